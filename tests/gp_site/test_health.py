"""/health/: what a load balancer probing an app server by its address over HTTP gets."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client

pytestmark = pytest.mark.django_db


def probe():
    # By the server's own address, over plain HTTP, as a load balancer does.
    return Client().get("/health/", HTTP_HOST="10.0.0.7:8000")


def test_healthy(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["records.example.org"]
    response = probe()
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert response["Cache-Control"] == "no-store"


def test_the_same_host_is_refused_elsewhere(settings):
    # The counterpart: only /health/ skips the host check.
    settings.ALLOWED_HOSTS = ["records.example.org"]
    assert Client().get("/", HTTP_HOST="10.0.0.7:8000").status_code == 400


def test_database_down_is_503(monkeypatch):
    def refuse(*args, **kwargs):
        raise ConnectionError("no database")

    monkeypatch.setattr(connection, "cursor", refuse)
    response = probe()
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_cache_down_still_serves(monkeypatch):
    def refuse(*args, **kwargs):
        raise ConnectionError("no cache")

    monkeypatch.setattr(cache, "get", refuse)
    response = probe()
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "unavailable"}
