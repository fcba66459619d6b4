"""Template tags shared by every public page: the canonical address and the current section."""

import functools
from html import escape
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.http import urlencode
from django.utils.safestring import SafeString, mark_safe

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
    href = _reversed(viewname, get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())
    current = nav_current(context, href)
    return mark_safe(f'<li><a href="{escape(href)}"{current}>{escape(label)}</a></li>')


@functools.lru_cache(maxsize=32)
def _reversed(viewname: str, urlconf: str, prefix: str) -> str:
    """A route without arguments, reversed once: every page's navigation links to five."""
    return reverse(viewname, urlconf=urlconf)


@register.filter
def web_url(value: str) -> str:
    """The address if it is http(s), else nothing: records may come from files, not forms."""
    return value if urlsplit(value or "").scheme in {"http", "https"} else ""
