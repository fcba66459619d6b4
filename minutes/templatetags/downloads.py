"""Template filters for download links that carry a page's filters."""

from django import template

register = template.Library()


@register.filter
def without_page(query_dict) -> str:
    """A query string of the same filters, without the page number (exports are not paged)."""
    query = query_dict.copy()
    query.pop("page", None)
    return query.urlencode()
