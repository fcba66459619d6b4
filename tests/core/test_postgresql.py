"""The PostgreSQL backend waits out a server restart, and fails at once on a configuration error."""

import pytest
from django.db.backends.postgresql import base as django_base

from core.postgresql import base

REFUSED = (
    'connection failed: connection to server at "127.0.0.1", port 5432 failed: '
    "Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?"
)
STARTING = "connection to server failed: FATAL:  the database system is starting up"
NO_DATABASE = 'connection to server failed: FATAL:  database "gp_typo" does not exist'
BAD_PASSWORD = 'connection to server failed: FATAL:  password authentication failed for user "gp"'


@pytest.fixture
def connects(monkeypatch, settings):
    """Make the next connection attempts fail with these messages, then succeed."""
    settings.DATABASE_CONNECT_RETRY_SECONDS = 5
    monkeypatch.setattr(base.time, "sleep", lambda seconds: None)
    attempts = []

    def arrange(*messages):
        failures = list(messages)

        def connect(self, params):
            attempts.append(params)
            if failures:
                raise base.base.Database.OperationalError(failures.pop(0))
            return "connection"

        monkeypatch.setattr(django_base.DatabaseWrapper, "get_new_connection", connect)
        return attempts

    return arrange


def wrapper():
    return base.DatabaseWrapper({"NAME": "x", "OPTIONS": {}}, alias="retry-test")


def test_a_restarting_server_is_waited_for(connects):
    attempts = connects(REFUSED, STARTING, REFUSED)
    assert wrapper().get_new_connection({}) == "connection"
    assert len(attempts) == 4


@pytest.mark.parametrize("message", [NO_DATABASE, BAD_PASSWORD])
def test_a_configuration_error_fails_at_once(connects, message):
    attempts = connects(message)
    with pytest.raises(base.base.Database.OperationalError, match="FATAL"):
        wrapper().get_new_connection({})
    assert len(attempts) == 1


def test_it_gives_up_after_the_configured_time(connects, settings, monkeypatch):
    settings.DATABASE_CONNECT_RETRY_SECONDS = 0
    attempts = connects(REFUSED, REFUSED)
    with pytest.raises(base.base.Database.OperationalError, match="refused"):
        wrapper().get_new_connection({})
    assert len(attempts) == 1
