"""Whole-page caching for anonymous readers, made stale at once by any change to the records.

Every cached page is stored under the current *records version*, a random token kept in the
shared cache (Redis) where there is one, and otherwise in the database (core.models), the one
store every process shares. Any write to a record (a staff edit, a load, an import, an admin
action) replaces the token once its transaction commits, so the next request in any process
misses and sees the change; the old pages are never read again and age out.
"""

import contextlib
import logging
import threading
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_cache_key, learn_cache_key

from core.models import RecordsVersion

log = logging.getLogger(__name__)

RECORD_APPS = ("people", "minutes", "search")  # search: the thesaurus
VERSION_KEY = "records-version"
SAFE_METHODS = ("GET", "HEAD")
STATUS_HEADER = "X-Page-Cache"


# The version as this thread's current request first read it (see read_version_once).
_request = threading.local()


def records_version() -> str:
    """The token current pages are cached under; made afresh if the cache lost it."""
    version = getattr(_request, "version", None)
    if version is None:
        version = _read_records_version()
        if getattr(_request, "active", False):
            _request.version = version
    return version


@contextlib.contextmanager
def read_version_once():
    """Within it, this thread reads the records version from the cache once, not once per
    cached count (a round trip to Redis each), and every count on a page comes from the same
    version. Outside it (commands, tests) every call reads the cache."""
    _request.active, _request.version = True, None
    try:
        yield
    finally:
        _request.active, _request.version = False, None


def _read_records_version() -> str:
    if settings.RECORDS_VERSION_IN_DATABASE:
        return RecordsVersion.current()
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def bump_records_version() -> None:
    """Make every cached page stale. A new random token, so a lost key cannot revive old pages."""
    _request.version = None  # a request that writes reads the new version afterwards
    try:
        if settings.RECORDS_VERSION_IN_DATABASE:
            RecordsVersion.replace()
        else:
            cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
    except Exception:
        log.exception("Could not replace the records version: cached pages may be stale.")


def bump_records_version_on_commit(using: str | None = None) -> None:
    """Bump once the current transaction commits (at once outside one), once per transaction.

    Bumping before the commit would let a concurrent reader cache the old rows under the new
    version; a rolled-back transaction changes nothing and so bumps nothing.
    """
    connection = transaction.get_connection(using)
    if connection.in_atomic_block and any(
        entry[1] is bump_records_version for entry in connection.run_on_commit
    ):
        return
    transaction.on_commit(bump_records_version, using=using)


def _record_changed(sender, using=None, action="post_", **kwargs) -> None:
    # m2m_changed fires before and after each change; the "post_" one is enough.
    if sender._meta.app_label in RECORD_APPS and action.startswith("post_"):
        bump_records_version_on_commit(using)


def _migrated(sender, **kwargs) -> None:
    # A deploy's migrate may change what pages show and what cached counts hold (pickled
    # model instances): nothing cached before it is read after it.
    if sender.name == "minutes":  # once per migrate: post_migrate is sent per app with models
        bump_records_version()


def connect_signals() -> None:
    """Single-row saves and deletes; bulk writes bump explicitly (see load_parsed); and every
    `migrate`."""
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_record_changed, dispatch_uid=f"page_cache_{signal!r}")
    post_migrate.connect(_migrated, dispatch_uid="page_cache_post_migrate")


class AnonymousPageCacheMiddleware:
    """Serves GET and HEAD pages to anonymous readers from the cache; everyone else gets fresh.

    Placed last in MIDDLEWARE, so security and CSP headers are added to hits and misses alike.
    Keys cover the full URL with its query string and every header the view's Vary names.
    A page is stored only if it is a 200 that sets no cookie and is not marked private.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with read_version_once():
            return self._respond(request)

    def _respond(self, request: HttpRequest) -> HttpResponse:
        if not self._readable(request):
            response = self.get_response(request)
            if self._staff_write(request, response):
                # Admin actions and imports may write with QuerySet.update(), which sends no
                # signals: any successful write by a signed-in user makes cached pages stale.
                bump_records_version_on_commit()
            return response
        try:
            prefix = f"records-{records_version()}"
            key = get_cache_key(request, prefix, "GET", cache=cache)
            cached = cache.get(key) if key else None
        except Exception:
            log.exception("Page cache unavailable: serving uncached.")
            return self.get_response(request)
        if cached is not None:
            cached[STATUS_HEADER] = "hit"
            return cached
        response = self.get_response(request)
        if self._storable(request, response):
            self._store(request, response, prefix)
            response[STATUS_HEADER] = "miss"
        return response

    @staticmethod
    def _readable(request: HttpRequest) -> bool:
        return (
            settings.PAGE_CACHE_ENABLED
            and request.method in SAFE_METHODS
            and not request.path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PREFIXES))
            and "messages" not in request.COOKIES
            and not request.user.is_authenticated
        )

    @staticmethod
    def _staff_write(request: HttpRequest, response: HttpResponse) -> bool:
        # Anonymous writes are refused anyway; letting them bump would let anyone empty the cache.
        return (
            request.method not in SAFE_METHODS
            and response.status_code < 400
            and request.user.is_authenticated
        )

    @staticmethod
    def _storable(request: HttpRequest, response: HttpResponse) -> bool:
        """A page the same for every anonymous reader: no cookie set, nothing private."""
        cache_control = response.get("Cache-Control", "")
        session = getattr(request, "session", None)
        return (
            request.method == "GET"
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not (session is not None and session.modified)
            and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
            and "*" not in response.get("Vary", "")
        )

    @staticmethod
    def _store(request: HttpRequest, response: HttpResponse, prefix: str) -> None:
        try:
            timeout = settings.PAGE_CACHE_SECONDS
            key = learn_cache_key(request, response, timeout, prefix, cache=cache)
            cache.set(key, response, timeout)
        except Exception:
            log.exception("Could not store a page in the cache.")
