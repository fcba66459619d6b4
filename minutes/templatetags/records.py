"""Template tags shared by every public page: the canonical address and the current section."""

from urllib.parse import urlsplit

from django import template
from django.utils.http import urlencode
from django.utils.safestring import mark_safe

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


@register.filter
def web_url(value: str) -> str:
    """The address if it is http(s), else nothing: records may come from files, not forms."""
    return value if urlsplit(value or "").scheme in {"http", "https"} else ""
