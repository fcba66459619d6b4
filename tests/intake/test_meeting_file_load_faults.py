"""A load that fails midway, on a real transaction, leaves the database byte-for-byte as before.

These tests use real commits (transactional_db), so the load's transaction is the outermost
one, as under `manage.py load_meeting`, and not a savepoint inside the test's transaction.
"""

import pytest
import yaml
from django.db import DatabaseError, connection

from core.page_cache import records_version
from exports.backup import dump_records
from intake.meeting_file import load, load_meeting_files, shared
from minutes.models import Meeting
from tests.conftest import SHIPPED_RECORD

pytestmark = pytest.mark.django_db(transaction=True)


def corrected(tmp_path):
    """The shipped record with every kind of change a correction brings."""
    data = yaml.safe_load(SHIPPED_RECORD.read_text(encoding="utf-8"))
    data["meeting"]["title"] = "Corrected title"
    data["people"][1]["biography"] = "A corrected biography."
    data["people"].append({"key": "new-speaker", "name": "New Speaker"})
    data["attendees"] = [{"person": "new-speaker", "role": "Observer", "group": "Present"}]
    first, second = data["panels"][0], data["panels"][1]
    first["panelists"].reverse()
    first["statements"].insert(0, {"speaker": "new-speaker", "text": "A new first paragraph."})
    first["statements"][3]["text"] += " (corrected)"
    del first["statements"][5]
    second["statements"][0]["themes"] = []
    path = tmp_path / "corrected.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def backup_bytes(tmp_path, name: str) -> bytes:
    path = tmp_path / name
    dump_records(path=path)
    return path.read_bytes()


def fail_after(step_name: str, monkeypatch):
    """Let a step of the loader write, then fail with a real error from the database."""
    module = shared if step_name in ("people", "themes") else load
    original = getattr(module, step_name)

    def step_then_fail(*args, **kwargs):
        original(*args, **kwargs)
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM no_such_table_the_disk_is_gone")

    monkeypatch.setattr(module, step_name, step_then_fail)


@pytest.mark.parametrize(
    "step_name",
    [
        "people",
        "_upsert_meeting",
        "_sync_attendees",
        "_sync_panelists",
        "_write_updates",
        "_sync_statement_themes",
    ],
)
def test_a_database_error_midway_leaves_every_record_as_it_was(tmp_path, monkeypatch, step_name):
    load_meeting_files(paths=[SHIPPED_RECORD])
    before = backup_bytes(tmp_path, "before.json")
    version = records_version()
    fail_after(step_name, monkeypatch)

    with pytest.raises(DatabaseError):
        load_meeting_files(paths=[corrected(tmp_path)])

    assert backup_bytes(tmp_path, "after.json") == before
    assert Meeting.objects.get().title.startswith("Panel Discussions")
    # Nothing committed, so the cached pages were not made stale either.
    assert records_version() == version


def test_the_same_correction_without_the_fault_changes_the_records(tmp_path):
    # The counterpart of the test above: the correction does reach every step it breaks.
    load_meeting_files(paths=[SHIPPED_RECORD])
    before = backup_bytes(tmp_path, "before.json")
    version = records_version()

    report = load_meeting_files(paths=[corrected(tmp_path)])

    assert backup_bytes(tmp_path, "after.json") != before
    assert Meeting.objects.get().title == "Corrected title"
    for kind in ("people", "attendees", "panelists", "statements", "statement themes"):
        assert (
            report.counts[kind]["created"]
            + report.counts[kind]["updated"]
            + report.counts[kind]["deleted"]
        ), kind
    assert records_version() != version
