"""The benchmark's yardstick: the cheapest page Django can serve through this project's stack."""

from django.http import HttpResponse


def minimal(request):
    """A tiny response through the same middleware as every page (routed only by bench/urls.py)."""
    return HttpResponse("ok", content_type="text/plain")
