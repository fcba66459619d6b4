"""Export: a meeting written back as its file; export → load into an empty database → export."""

import pytest
from django.core.management import CommandError, call_command

from intake.meeting_file import load_meeting_files, parse_text
from intake.meeting_file.export import dump_yaml, export_meeting
from intake.meeting_file.parse import parse_document
from minutes.models import Attendance, Meeting, Panel, Panelist, Statement, Theme
from people.models import Membership, Organisation, OrganisationAlias, Person
from tests.conftest import SHIPPED_RECORD
from tests.factories import (
    make_attendance,
    make_membership,
    make_organisation,
    make_panelist,
    make_statement,
    make_theme,
)

pytestmark = pytest.mark.django_db


def empty_database() -> None:
    """Delete every record (children first), as a fresh database would have none."""
    Statement.themes.through.objects.all().delete()
    for model in (Statement, Panelist, Attendance, Panel, Meeting, Membership, OrganisationAlias):
        model.objects.all().delete()
    Theme.objects.update(parent=None)
    Theme.objects.all().delete()
    Person.objects.all().delete()
    while Organisation.objects.exists():
        Organisation.objects.filter(children__isnull=True).delete()


def round_trip(slug: str, tmp_path) -> tuple[str, str]:
    first = dump_yaml(export_meeting(meeting=Meeting.objects.get(slug=slug)))
    empty_database()
    path = tmp_path / "export.yaml"
    path.write_text(first, encoding="utf-8")
    load_meeting_files(paths=[path])
    second = dump_yaml(export_meeting(meeting=Meeting.objects.get(slug=slug)))
    return first, second


def test_the_shipped_record_round_trips_to_the_same_file(shipped_meeting, tmp_path):
    first, second = round_trip(shipped_meeting.slug, tmp_path)
    assert second == first
    assert parse_text(first, source="export").problems == []


def test_the_export_of_the_shipped_record_says_what_the_fixture_says(shipped_meeting):
    exported = export_meeting(meeting=shipped_meeting)
    shipped = parse_document(SHIPPED_RECORD.read_text(encoding="utf-8"))

    def normalised(data):
        # Only the order of unordered collections (themes on a statement, aliases) may differ.
        data = dict(data)
        for section in ("organisations", "people", "themes"):
            data[section] = sorted(data[section], key=lambda entry: entry["key"])
        for organisation in data["organisations"]:
            organisation["aliases"] = sorted(organisation["aliases"])
        for panel in data["panels"]:
            for statement in panel["statements"]:
                statement["themes"] = sorted(statement["themes"])
        return data

    assert normalised(exported) == normalised(shipped)


def test_a_meeting_with_everything_round_trips(tmp_path):
    parent = make_organisation(slug="dept", name="Department")
    office = make_organisation(slug="office", name="Office", parent=parent, abbreviation="OF")
    OrganisationAlias.objects.create(organisation=office, name="The Office")
    broad = make_theme(slug="broad", name="Broad", keywords="a, b c")
    narrow = make_theme(slug="narrow", name="Narrow", parent=broad)
    panelist = make_panelist(organisation=office, role="Head", title="Opening", biography="Then.")
    make_membership(person=panelist.person, organisation=office, role="Head")
    panel = panelist.panel
    panel.meeting.host = parent
    panel.meeting.summary = "Two\n\nparagraphs"
    panel.meeting.save()
    make_statement(panel=panel, speaker=panelist.person, text="One.\n\n1. Two", themes=[narrow])
    make_statement(
        panel=panel, speaker=None, text="(Laughter.)", kind="procedural", source_place="line 40"
    )
    make_attendance(meeting=panel.meeting, role="Chairman", group="Members present")
    data = export_meeting(meeting=panel.meeting)
    assert data["panels"][0]["statements"][1]["source"] == "line 40"
    assert [o["key"] for o in data["organisations"]] == ["dept", "office"]
    assert [t["key"] for t in data["themes"]] == ["broad", "narrow"]
    first, second = round_trip(panel.meeting.slug, tmp_path)
    assert second == first
    assert "text: |-\n      One.\n\n      1. Two" in first


def test_export_meeting_command_writes_stdout_or_a_file(shipped_meeting, tmp_path, capsys):
    call_command("export_meeting", shipped_meeting.slug)
    assert capsys.readouterr().out == dump_yaml(export_meeting(meeting=shipped_meeting))
    out = tmp_path / "out.yaml"
    call_command("export_meeting", shipped_meeting.slug, "-o", str(out))
    assert out.read_text(encoding="utf-8") == dump_yaml(export_meeting(meeting=shipped_meeting))
    with pytest.raises(CommandError, match="No meeting 'nope'"):
        call_command("export_meeting", "nope")


def test_a_value_used_twice_is_written_out_twice_not_as_an_alias():
    shared = ["security"]
    text = dump_yaml({"a": shared, "b": shared})
    assert "&" not in text and "*" not in text
    assert parse_document(text) == {"a": ["security"], "b": ["security"]}
