"""Template tags shared by every public page: the canonical address and the current section."""

import datetime
import functools
from html import escape
from urllib.parse import urlsplit

from django import template
from django.utils.dateformat import format as date_format
from django.utils.http import urlencode
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from core.links import url_former

register = template.Library()


@register.simple_tag(takes_context=True)
def canonical_url(context, *keep: str) -> str:
    """The page's absolute address, keeping only the query parameters named (and page > 1)."""
    request = context["request"]
    params = {name: request.GET[name] for name in keep if request.GET.get(name)}
    page_obj = context.get("page_obj")
    if page_obj is not None and page_obj.number > 1:
        params["page"] = page_obj.number
    query = f"?{urlencode(params)}" if params else ""
    return request.build_absolute_uri(request.path) + query


@register.simple_tag(takes_context=True)
def nav_current(context, href: str) -> str:
    """`aria-current` for a nav link: "page" on the page itself, "true" within its section."""
    path = context["request"].path
    if path == href:
        return mark_safe(' aria-current="page"')
    if path.startswith(href):
        return mark_safe(' aria-current="true"')
    return ""


@register.simple_tag(takes_context=True)
def nav_link(context, viewname: str, label: str) -> SafeString:
    """A main-navigation item: `<li>` with a link to the route, current where it applies."""
    href = url_former(viewname)()
    current = nav_current(context, href)
    return mark_safe(f'<li><a href="{escape(href)}"{current}>{escape(label)}</a></li>')


@register.simple_tag
def route(viewname: str, **kwargs) -> str:
    """`{% url %}` for routes whose arguments are slugs and numbers (nothing to quote), with
    the route reversed once rather than on every page: reverse() costs some 20 µs a link."""
    return url_former(viewname, *kwargs)(*kwargs.values())


@register.filter
def web_url(value: str) -> str:
    """The address if it is http(s), else nothing: records may come from files, not forms."""
    return value if urlsplit(value or "").scheme in {"http", "https"} else ""


@register.filter
def day(value: datetime.date | None, format_string: str) -> str:
    """The `date` filter for dates, each formatted once per format and language."""
    return formatted_date(value, format_string) if value else ""


def formatted_date(date: datetime.date, format_string: str) -> str:
    """`date_format()`, remembered: a page formats the same few meeting dates many times,
    at some 15 µs each."""
    return _formatted_date(date, format_string, get_language())


@functools.lru_cache(maxsize=4096)
def _formatted_date(date: datetime.date, format_string: str, language: str) -> str:
    return date_format(date, format_string)
