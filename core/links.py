"""Addresses of many rows at once: reverse a route once, then fill in each row's keys.

Reversing costs some 20 µs a link; a list of thousands of rows, or a page with a link in every
line, spent much of its time there. For routes whose arguments are ids, slugs and numbers,
which need no quoting.
"""

import functools
from collections.abc import Callable

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse


def url_former(viewname: str, *kwargs: str) -> Callable[..., str]:
    """A function that forms the route's URL from its values, given in the order of
    `kwargs`. The route's parts are kept per URL conf and script prefix."""
    parts, order = _route_parts(viewname, kwargs, *_resolving())
    if len(parts) == 2:  # the usual case, made as cheap as it can be
        head, tail = parts
        return lambda value: f"{head}{value}{tail}"
    head, *tails = parts
    return lambda *values: (
        head + "".join(f"{values[index]}{tail}" for index, tail in zip(order, tails, strict=True))
    )


def url_template(url_name: str, *kwarg_names: str) -> str:
    """A path such as "/statements/{0}/" for str.format, its fields in the order of
    `kwarg_names`."""
    parts, order = _route_parts(url_name, kwarg_names, *_resolving())
    head, *tails = (part.replace("{", "{{").replace("}", "}}") for part in parts)
    return head + "".join(f"{{{index}}}{tail}" for index, tail in zip(order, tails, strict=True))


def statement_url_template(*, base_url: str = "") -> str:
    """The permalink of any statement, absolute when given the site's base URL."""
    return base_url.rstrip("/") + url_template("minutes:statement_detail", "pk")


def _resolving() -> tuple[str, str]:
    return get_urlconf() or settings.ROOT_URLCONF, get_script_prefix()


@functools.lru_cache(maxsize=128)
def _route_parts(
    viewname: str, kwargs: tuple[str, ...], urlconf: str, prefix: str
) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """What comes before, between and after the arguments in the route's URL, and which
    argument goes in each gap."""
    markers = [str(2147483647 - n) for n in range(len(kwargs))]
    url = reverse(viewname, kwargs=dict(zip(kwargs, markers, strict=True)), urlconf=urlconf)
    order = tuple(sorted(range(len(markers)), key=lambda index: url.index(markers[index])))
    parts = []
    for index in order:
        head, url = url.split(markers[index])
        parts.append(head)
    return (*parts, url), order
