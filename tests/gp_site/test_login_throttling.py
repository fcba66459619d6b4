"""Guessing the admin password: axes locks one user from one address, behind the proxy too."""

import pytest
from django.contrib.auth.models import User
from django.test import Client

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5


def login(username, password, address="203.0.113.5", forwarded=None):
    headers = {"REMOTE_ADDR": address}
    if forwarded:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    client = Client()
    response = client.post(
        "/admin/login/?next=/admin/", {"username": username, "password": password}, **headers
    )
    return response, "_auth_user_id" in client.session


def fail(times, username="staff", **where):
    return [login(username, "wrong-guess", **where)[0].status_code for _ in range(times)]


def test_below_the_limit_the_right_password_still_works(axes_on, staff_user):
    assert fail(4) == [200] * 4
    assert login("staff", PASSWORD)[1]


def test_repeated_failures_lock_that_user_out_from_that_address(axes_on, staff_user):
    fail(5)
    response, signed_in = login("staff", PASSWORD)
    assert response.status_code == 429
    assert not signed_in


def test_the_lock_is_per_user_and_address(axes_on, staff_user):
    User.objects.create_user("other", password=PASSWORD, is_staff=True)
    fail(5)
    assert login("staff", PASSWORD, address="198.51.100.9")[1]
    assert login("other", PASSWORD)[1]
    assert not login("staff", PASSWORD)[1]


def test_behind_the_proxy_the_forwarded_client_is_locked(axes_on, settings, staff_user):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.2"
    # Forging the left part of X-Forwarded-For does not give an attacker a fresh address.
    for n in range(5):
        login("staff", "wrong-guess", address=proxy, forwarded=f"10.9.9.{n}, 203.0.113.5")
    assert login("staff", PASSWORD, address=proxy, forwarded="203.0.113.5")[0].status_code == 429
    # Another reader behind the same proxy is not locked out with the attacker.
    assert login("staff", PASSWORD, address=proxy, forwarded="198.51.100.9")[1]
