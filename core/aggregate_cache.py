"""Counts over the whole archive, kept until the records change.

Pages are rendered afresh whether or not the page cache is on, but the totals and facet
counts on them read every matching statement (hundreds of thousands in a large archive).
Those are cached here under the records version (see core.page_cache): any committed write
replaces the version, so a count is never read after the rows it counted have changed. The
version is read before counting, so a count that races a write is filed under the old
version, which is never read again.

The records version is shared by every process (kept in Redis, or in the database where the
cache is local to each process), so a write made anywhere (another gunicorn worker, a
load_meeting command) is seen by every process at once, with or without Redis.

In front of the default cache each process keeps the counts it has lately read, in the `near`
cache (a LocMemCache alias), under the same keys and for no longer. A key names its records
version, so what it holds never changes: the copy cannot go stale, and a page's counts cost
one round trip to Redis (the version's) rather than one more per count.
"""

import hashlib
import logging
import pickle
import threading
from collections.abc import Callable, Iterable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache, caches

from core.page_cache import records_version

log = logging.getLogger(__name__)

T = TypeVar("T")
_MISSING = object()
_LOCKS = [threading.Lock() for _ in range(32)]
LOCK_SECONDS = 10
NEAR_ENTRY_BYTES = 256 * 1024  # larger values (long search rankings) stay in the shared cache


def cached_aggregate(*, name: str, parts: Iterable[object], compute: Callable[[], T]) -> T:
    """`compute()`, or its value from the cache for these records and these `parts`.

    `parts` are what the value depends on besides the records (the chosen filters, say),
    as plain values whose repr is stable; `compute()` must return something picklable.
    """
    if not settings.AGGREGATE_CACHE_ENABLED:
        return compute()
    try:
        key = _key(name, records_version(), parts)
    except Exception:
        log.exception("Aggregate cache unavailable: counting afresh.")
        return compute()
    value = near_copy(key)
    if value is _MISSING:
        value = _stored(key)
        if value is _MISSING:
            value = _compute_once(key, compute)
        else:
            keep_near(key, value)
    return value


def _compute_once(key: str, compute: Callable[[], T]) -> T:
    """Count and store; threads of this process asking for the same count meanwhile wait for
    it rather than count it too (a worker's threads all miss at once on a busy page)."""
    lock = _LOCKS[hash(key) % len(_LOCKS)]
    # Bounded wait: a count inside another's computation cannot deadlock, only count twice.
    locked = lock.acquire(timeout=LOCK_SECONDS)
    try:
        value = _stored(key) if locked else _MISSING
        if value is _MISSING:
            value = compute()
            _store(key, value)
        keep_near(key, value)
        return value
    finally:
        if locked:
            lock.release()


def _stored(key: str) -> object:
    try:
        return cache.get(key, _MISSING)
    except Exception:
        log.exception("Aggregate cache unavailable: counting afresh.")
        return _MISSING


def _store(key: str, value: object) -> None:
    try:
        cache.set(key, value, settings.AGGREGATE_CACHE_SECONDS)
    except Exception:
        log.exception("Could not store an aggregate in the cache.")


def _key(name: str, version: str, parts: Iterable[object]) -> str:
    # Hashed: filter values are free text of any length, and some backends limit key length.
    digest = hashlib.sha256(repr(list(parts)).encode()).hexdigest()[:32]
    return f"aggregate-{version}-{name}-{digest}"


def near_copy(key: str) -> object:
    """This process's copy of a value, or _MISSING; a copy of its own for each caller."""
    data = caches["near"].get(key)
    return _MISSING if data is None else pickle.loads(data)


def keep_near(key: str, value: object) -> None:
    # Pickled here rather than by the cache, so that a value too large to keep is seen.
    data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    if len(data) <= NEAR_ENTRY_BYTES:
        # No longer than the default cache keeps it.
        caches["near"].set(key, data, settings.AGGREGATE_CACHE_SECONDS)
