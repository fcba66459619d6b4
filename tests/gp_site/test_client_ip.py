"""The client address behind trusted proxies: never taken from what the client can forge."""

import pytest
from django.test import RequestFactory

from gp_site.client_ip import client_ip


def request(remote="10.0.0.2", forwarded=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


def test_without_proxies_the_peer_is_the_client(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request(forwarded="6.6.6.6")) == "10.0.0.2"


@pytest.mark.parametrize(
    ("count", "forwarded", "expected"),
    [
        (1, "203.0.113.7", "203.0.113.7"),
        # The client sent a forged header; the proxy appended the real address after it.
        (1, "6.6.6.6, 203.0.113.7", "203.0.113.7"),
        (2, "6.6.6.6, 203.0.113.7, 10.0.0.9", "203.0.113.7"),
        # Fewer entries than trusted proxies: only the peer's address is certain.
        (2, "203.0.113.7", "10.0.0.2"),
        (1, "", "10.0.0.2"),
    ],
)
def test_behind_proxies_the_nth_address_from_the_right(settings, count, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = count
    assert client_ip(request(forwarded=forwarded)) == expected
