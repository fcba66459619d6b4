"""Template filters for download links that carry a page's filters."""

from django import template
from django.utils.http import urlencode

register = template.Library()


@register.filter
def query_string(pairs) -> str:
    """(name, value) pairs as a query string, e.g. the current filters for an export link."""
    return urlencode(list(pairs))
