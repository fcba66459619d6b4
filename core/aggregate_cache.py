"""Counts over the whole archive, kept until the records change.

Pages are rendered afresh whether or not the page cache is on, but the totals and facet
counts on them read every matching statement (hundreds of thousands in a large archive).
Those are cached here under the records version (see core.page_cache): any committed write
replaces the version, so a count is never read after the rows it counted have changed. The
version is read before counting, so a count that races a write is filed under the old
version, which is never read again.

A shared cache (Redis) makes a write seen at once by every process. A local-memory cache is
per process: there a write made by another process (a load_meeting command) shows once the
entry expires, AGGREGATE_CACHE_SECONDS, as for the page cache.

In front of the shared cache each process keeps the counts it has lately read, under the same
keys and for no longer. A key names its records version, so what it holds never changes: the
copy cannot go stale, and a page's counts cost one round trip to Redis (the version's) rather
than one more per count.
"""

import hashlib
import logging
import pickle
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache

from core.page_cache import records_version

log = logging.getLogger(__name__)

T = TypeVar("T")
_MISSING = object()
_LOCKS = [threading.Lock() for _ in range(32)]
LOCK_SECONDS = 10
NEAR_ENTRIES = 256  # kept in each process: a few pages' worth of every kind of count
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
    value = _near.get(key)
    if value is _MISSING:
        value = _stored(key)
        if value is _MISSING:
            value = _compute_once(key, compute)
        else:
            _near.put(key, value)
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
        _near.put(key, value)
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


class NearCache:
    """A process's own copies of recently read values: pickled, so that a caller changing what
    it was given cannot change what the next caller gets; least recently used dropped first."""

    def __init__(self, *, entries: int, entry_bytes: int):
        self.entries, self.entry_bytes = entries, entry_bytes
        self._values: OrderedDict[str, tuple[float, bytes]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> object:
        with self._lock:
            found = self._values.get(key)
            if found is None:
                return _MISSING
            expires, data = found
            if expires < time.monotonic():
                del self._values[key]
                return _MISSING
            self._values.move_to_end(key)
        return pickle.loads(data)

    def put(self, key: str, value: object) -> None:
        data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        if len(data) > self.entry_bytes:
            return
        # No longer than the shared cache keeps it: with a per-process cache (no Redis) the
        # version does not see other processes' writes, and expiry is what brings them in.
        expires = time.monotonic() + settings.AGGREGATE_CACHE_SECONDS
        with self._lock:
            self._values[key] = (expires, data)
            self._values.move_to_end(key)
            while len(self._values) > self.entries:
                self._values.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._values.clear()


_near = NearCache(entries=NEAR_ENTRIES, entry_bytes=NEAR_ENTRY_BYTES)
