"""Template tags shared by every public page: the canonical address and the current section."""

from django import template
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.safestring import SafeString

from core.links import url_former
from minutes.presentation.addresses import web_url
from minutes.presentation.dates import day

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
def nav_current(context, href: str) -> SafeString:
    """`aria-current` for a nav link: "page" on the page itself, "true" within its section."""
    path = context["request"].path
    if path == href:
        return format_html(' aria-current="{}"', "page")
    if path.startswith(href):
        return format_html(' aria-current="{}"', "true")
    return ""


@register.simple_tag(takes_context=True)
def nav_link(context, viewname: str, label: str) -> SafeString:
    """A main-navigation item: `<li>` with a link to the route, current where it applies
    (the route reversed once, by url_former: every page has several)."""
    href = url_former(viewname)()
    return format_html('<li><a href="{}"{}>{}</a></li>', href, nav_current(context, href), label)


register.filter("day", day)
register.filter("web_url", web_url)
