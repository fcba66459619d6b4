"""GET /health/ for load balancers and monitors: is this app server able to serve?"""

import logging

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse

log = logging.getLogger(__name__)

PATH = "/health/"


class HealthCheckMiddleware:
    """Answers /health/ before host checks and HTTPS redirects, which a probe cannot pass.

    A load balancer probes each app server by its own address over plain HTTP; the answer
    says nothing secret and changes nothing. 200 when the database answers (the cache may be
    down: pages are then served uncached), 503 when it does not.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if request.path != PATH or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        checks = {"database": _database(), "cache": _cache()}
        response = JsonResponse(checks, status=200 if checks["database"] == "ok" else 503)
        response["Cache-Control"] = "no-store"
        return response


def _database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return "ok"
    except Exception:
        log.exception("Health check: the database does not answer.")
        return "unavailable"


def _cache() -> str:
    try:
        cache.get("health-check")
        return "ok"
    except Exception:
        log.exception("Health check: the cache does not answer.")
        return "unavailable"
