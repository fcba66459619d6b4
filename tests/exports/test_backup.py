"""Backups: every record out and back in, with the same primary keys and the same pages."""

import gzip
import json
import re

import pytest
from django.core.management import CommandError, call_command

from exports.backup import RestoreError, dump_records, record_counts, restore_records
from minutes.models import Statement
from people.models import Organisation
from search.models import ThesaurusEntry
from tests.factories import make_attendance, make_membership, make_organisation, make_statement

# Real commits, as a restore into a fresh database would have them.
pytestmark = pytest.mark.django_db(transaction=True)


def build_records(shipped_meeting):
    """The shipped record plus rows of every kind it lacks, some of them out of key order."""
    child = make_organisation(name="Inner office", slug="a-inner-office")
    parent = make_organisation(name="Outer department", slug="z-outer-department")
    child.parent = parent
    child.save()
    make_membership(organisation=child)
    make_attendance(meeting=shipped_meeting)
    make_statement(panel=shipped_meeting.panels.first(), speaker=None, text="Narrative.")


def wipe():
    call_command("flush", interactive=False, verbosity=0)


def test_dump_flush_restore_gives_back_identical_rows(tmp_path, shipped_meeting):
    build_records(shipped_meeting)
    counts = record_counts()
    first = tmp_path / "first.json.gz"
    dump_records(path=first)
    pks = list(Statement.objects.order_by("pk").values_list("pk", "text"))

    wipe()
    assert not +record_counts()
    restore_records(path=first)

    assert record_counts() == counts
    assert list(Statement.objects.order_by("pk").values_list("pk", "text")) == pks
    assert Organisation.objects.get(slug="a-inner-office").parent.slug == "z-outer-department"
    second = tmp_path / "second.json.gz"
    dump_records(path=second)
    assert same_instants(second) == same_instants(first)


def same_instants(dump) -> bytes:
    """The dump with "…:00.000Z" written as "…:00Z": Django's encoder keeps milliseconds, so a
    time less than a millisecond past the second is dumped as .000 and, once restored, as no
    fraction at all; the same instant."""
    return re.sub(rb"(\d\d:\d\d:\d\d)\.000Z", rb"\1Z", gzip.decompress(dump.read_bytes()))


def public_pages(client) -> dict[str, str]:
    """Every public page of every record, rendered."""
    from django.urls import reverse

    from minutes.models import Meeting, Panel, Theme
    from people.models import Person

    urls = [
        reverse(name)
        for name in (
            "minutes:home",
            "minutes:meeting_list",
            "search:statement_list",
            "minutes:theme_list",
            "people:person_list",
            "people:organisation_list",
        )
    ]
    for model in (Meeting, Panel, Statement):
        urls += [row.get_absolute_url() for row in model.objects.all()]
    for model in (Theme, Person, Organisation):  # shared records: the public ones have pages
        urls += [row.get_absolute_url() for row in model.objects.public()]
    pages = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.content.decode()
    return pages


def test_restoring_into_an_empty_database_gives_identical_pages(client, tmp_path, shipped_meeting):
    build_records(shipped_meeting)
    before = public_pages(client)
    path = tmp_path / "records.json.gz"
    dump_records(path=path)
    wipe()
    assert client.get(shipped_meeting.get_absolute_url()).status_code == 404
    restore_records(path=path)
    after = public_pages(client)
    assert len(before) > 100
    assert after.keys() == before.keys()
    for url, html in before.items():
        assert after[url] == html, url


def test_foreign_keys_are_natural_and_primary_keys_kept(tmp_path, shipped_meeting):
    path = tmp_path / "records.json"
    dump_records(path=path)
    rows = json.loads(path.read_text())
    statement = next(row for row in rows if row["model"] == "minutes.statement")
    assert isinstance(statement["pk"], int)
    assert statement["fields"]["panel"] == ["gp-2012-01-26", 1]
    assert isinstance(statement["fields"]["speaker"], list)
    assert {row["model"].split(".")[0] for row in rows} == {"people", "minutes"}


def test_restore_refuses_a_database_that_holds_records(tmp_path, shipped_meeting):
    path = tmp_path / "records.json"
    dump_records(path=path)
    make_statement(panel=shipped_meeting.panels.first(), text="Added after the backup.")
    counts = record_counts()
    with pytest.raises(RestoreError, match="already holds records"):
        restore_records(path=path)
    assert record_counts() == counts


def test_restore_with_replace_puts_the_backup_in_place_of_the_records(tmp_path, shipped_meeting):
    path = tmp_path / "records.json"
    dump_records(path=path)
    counts = record_counts()
    make_statement(panel=shipped_meeting.panels.first(), text="Added after the backup.")
    restore_records(path=path, replace=True)
    assert record_counts() == counts
    assert not Statement.objects.filter(text="Added after the backup.").exists()


def test_the_commands(tmp_path, shipped_meeting, capsys):
    path = tmp_path / "records.json.xz"
    call_command("backup_records", str(path))
    assert "minutes.statement: 52" in capsys.readouterr().out
    wipe()
    call_command("restore_records", str(path))
    assert Statement.objects.count() == 52
    with pytest.raises(CommandError, match=r"already holds records.*Nothing was changed"):
        call_command("restore_records", str(path))
    with pytest.raises(CommandError, match="no such backup file"):
        call_command("restore_records", str(tmp_path / "missing.json"))


def test_the_thesaurus_is_backed_up_and_replaces_the_seeded_entries_on_restore(
    tmp_path, shipped_meeting
):
    ThesaurusEntry.objects.create(term="COE", equivalents="centre of excellence")
    kept = sorted(ThesaurusEntry.objects.values_list("term", "equivalents"))
    path = tmp_path / "backup.json"
    dump_records(path=path)

    wipe()  # a new database: its migration seeds entries again, one of them edited here
    ThesaurusEntry.objects.create(term="seeded", equivalents="only in the new database")
    restore_records(path=path)

    assert sorted(ThesaurusEntry.objects.values_list("term", "equivalents")) == kept
