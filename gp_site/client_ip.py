"""The address of the client, read correctly behind the configured number of reverse proxies."""

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """The address the nearest trusted proxy saw, or REMOTE_ADDR when no proxy is trusted.

    Each proxy appends the address it received the request from to X-Forwarded-For, so with
    N trusted proxies the client is the N-th entry from the right. Entries further left were
    written by the client itself and can be forged; they are never used.
    """
    remote = request.META.get("REMOTE_ADDR")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < count:
        # The request did not pass through every proxy we trust: only the peer is certain.
        return remote
    return forwarded[-count]
