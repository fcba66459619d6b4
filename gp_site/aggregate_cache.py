"""Counts over the whole archive, kept until the records change.

Pages are rendered afresh whether or not the page cache is on, but the totals and facet
counts on them read every matching statement (hundreds of thousands in a large archive).
Those are cached here under the records version (see gp_site.page_cache): any committed write
replaces the version, so a count is never read after the rows it counted have changed. The
version is read before counting, so a count that races a write is filed under the old
version, which is never read again.

A shared cache (Redis) makes a write seen at once by every process. A local-memory cache is
per process: there a write made by another process (a load_meeting command) shows once the
entry expires, AGGREGATE_CACHE_SECONDS, as for the page cache.
"""

import hashlib
import logging
from collections.abc import Callable, Iterable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache

from gp_site.page_cache import records_version

log = logging.getLogger(__name__)

T = TypeVar("T")
_MISSING = object()


def cached_aggregate(*, name: str, parts: Iterable[object], compute: Callable[[], T]) -> T:
    """`compute()`, or its value from the cache for these records and these `parts`.

    `parts` are what the value depends on besides the records (the chosen filters, say),
    as plain values whose repr is stable; `compute()` must return something picklable.
    """
    if not settings.AGGREGATE_CACHE_ENABLED:
        return compute()
    try:
        key = _key(name, records_version(), parts)
        value = cache.get(key, _MISSING)
    except Exception:
        log.exception("Aggregate cache unavailable: counting afresh.")
        return compute()
    if value is _MISSING:
        value = compute()
        try:
            cache.set(key, value, settings.AGGREGATE_CACHE_SECONDS)
        except Exception:
            log.exception("Could not store an aggregate in the cache.")
    return value


def _key(name: str, version: str, parts: Iterable[object]) -> str:
    # Hashed: filter values are free text of any length, and some backends limit key length.
    digest = hashlib.sha256(repr(list(parts)).encode()).hexdigest()[:32]
    return f"aggregate-{version}-{name}-{digest}"
