"""The records version kept in the database, for sites whose cache is local to each process."""

import pytest
from django.db import transaction

from core.aggregate_cache import cached_aggregate
from core.models import RecordsVersion
from core.page_cache import bump_records_version, records_version
from minutes.models import Meeting, Status
from tests.factories import make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _version_in_the_database(settings):
    settings.RECORDS_VERSION_IN_DATABASE = True
    settings.AGGREGATE_CACHE_ENABLED = True


def as_worker(settings, name: str) -> None:
    """From now on, caches of their own, as another gunicorn worker has without Redis."""
    local = "django.core.cache.backends.locmem.LocMemCache"
    settings.CACHES = {
        "default": {"BACKEND": local, "LOCATION": f"{name}-default"},
        "near": {"BACKEND": local, "LOCATION": f"{name}-near"},
    }


def test_the_version_is_made_once_and_replaced_by_a_new_token():
    first = RecordsVersion.current()
    assert RecordsVersion.current() == first == records_version()
    assert RecordsVersion.replace() != first
    assert RecordsVersion.objects.count() == 1


def test_a_bump_replaces_the_version_in_the_database():
    before = records_version()
    bump_records_version()
    assert records_version() == RecordsVersion.current() != before


def test_a_change_through_one_worker_is_counted_afresh_by_another(settings):
    as_worker(settings, "a")
    assert cached_aggregate(name="n", parts=(), compute=lambda: "before") == "before"
    as_worker(settings, "b")
    bump_records_version()  # a write committed through worker b
    as_worker(settings, "a")
    assert cached_aggregate(name="n", parts=(), compute=lambda: "after") == "after"


@pytest.mark.django_db(transaction=True)
def test_unpublishing_through_one_worker_is_seen_by_another_at_once(settings, client):
    statement = make_statement(text="Zebras were counted in public.")
    meeting = statement.panel.meeting
    url = "/search/?q=zebras"
    as_worker(settings, "a")
    assert "were counted in public" in client.get(url).content.decode()
    as_worker(settings, "b")
    with transaction.atomic():
        Meeting.objects.filter(pk=meeting.pk).update(status=Status.DRAFT)
        transaction.on_commit(bump_records_version)  # as the admin's write does
    as_worker(settings, "a")
    assert "were counted in public" not in client.get(url).content.decode()
