"""PostgreSQL backend whose new connections retry for a few seconds while the server restarts.

Persistent connections are health-checked before each request (CONN_HEALTH_CHECKS), so after
a restart a worker opens a new one; without retrying, every request arriving while the server
is down would fail at once. With it, they wait (DATABASE_CONNECT_RETRY_SECONDS at most) and
only the requests whose queries were running when the server went down fail.
"""

import logging
import time

from django.conf import settings
from django.db.backends.postgresql import base

log = logging.getLogger(__name__)


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        deadline = time.monotonic() + settings.DATABASE_CONNECT_RETRY_SECONDS
        delay = 0.1
        while True:
            try:
                return super().get_new_connection(conn_params)
            except base.Database.OperationalError as error:
                if not _server_unavailable(error) or time.monotonic() + delay > deadline:
                    raise
                log.warning("PostgreSQL not answering; retrying in %.1f s", delay)
                time.sleep(delay)
                delay = min(delay * 2, 1.0)


def _server_unavailable(error) -> bool:
    """Refused, reset, starting up or shutting down; not a wrong password or database name."""
    # psycopg gives no SQLSTATE for a failed connection: the server's FATAL message (if it
    # answered at all) tells a restart from a mistake in DATABASE_URL.
    message = str(error)
    if "FATAL:" not in message:
        return True
    return any(words in message for words in RESTARTING)


RESTARTING = (
    "the database system is starting up",
    "the database system is shutting down",
    "the database system is in recovery mode",
    "the database system is not yet accepting connections",
    "terminating connection due to administrator command",
)
