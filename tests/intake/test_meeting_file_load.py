"""Loading meeting files: atomic, idempotent, corrections in place, bad files change nothing."""

import json

import pytest
import yaml
from django.core.management import CommandError, call_command

from intake.meeting_file import MeetingFileError, load_meeting_files
from minutes.models import Meeting, Panel, Panelist, Statement, Theme
from people.models import Membership, Organisation, OrganisationAlias, Person
from tests.factories import make_statement
from tests.intake.test_meeting_file_read import good

MODELS = (Organisation, OrganisationAlias, Person, Membership, Theme, Meeting, Panel, Panelist)


def write(tmp_path, data: dict, name: str = "m.yaml"):
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def snapshot() -> dict:
    """Every row of every records table, to prove that nothing changed."""
    rows = {model.__name__: list(model.objects.order_by("pk").values()) for model in MODELS}
    rows["Statement"] = list(Statement.objects.order_by("pk").values())
    rows["links"] = sorted(Statement.themes.through.objects.values_list("statement_id", "theme_id"))
    return rows


@pytest.mark.django_db
def test_a_good_file_creates_everything(tmp_path):
    report = load_meeting_files(paths=[write(tmp_path, good())])
    meeting = Meeting.objects.get(slug="m-1")
    assert meeting.is_published
    assert [p.person.slug for p in Panelist.objects.order_by("position")] == ["ann", "bob"]
    first, second = Statement.objects.order_by("position")
    assert (first.speaker.slug, first.text, [t.slug for t in first.themes.all()]) == (
        "ann",
        "First.",
        ["t-one"],
    )
    assert second.text == "Second."
    office = Organisation.objects.get(slug="office")
    assert office.parent.slug == "dept"
    assert list(office.aliases.values_list("name", flat=True)) == ["The Office"]
    assert Membership.objects.get().organisation == office
    assert report.counts["statements"]["created"] == 2
    assert report.changed


@pytest.mark.django_db
def test_loading_twice_changes_nothing(tmp_path):
    path = write(tmp_path, good())
    load_meeting_files(paths=[path])
    before = snapshot()
    report = load_meeting_files(paths=[path])
    assert not report.changed
    assert snapshot() == before


@pytest.mark.django_db
def test_a_corrected_file_updates_in_place(tmp_path):
    load_meeting_files(paths=[write(tmp_path, good())])
    ids = dict(Statement.objects.values_list("text", "pk"))
    data = good()
    statements = data["panels"][0]["statements"]
    statements[1]["text"] = "Second, corrected."
    statements.insert(0, {"speaker": "bob", "text": "A new opening.", "themes": ["t-one"]})
    statements[1]["themes"] = []
    data["meeting"]["title"] = "A better title"
    report = load_meeting_files(paths=[write(tmp_path, data)])
    rows = list(Statement.objects.order_by("position").values_list("position", "text", "pk"))
    assert [(p, t) for p, t, _ in rows] == [
        (1, "A new opening."),
        (2, "First."),
        (3, "Second, corrected."),
    ]
    # Unchanged and corrected paragraphs keep their ids, so permalinks survive corrections.
    assert rows[1][2] == ids["First."]
    assert rows[2][2] == ids["Second."]
    assert not Statement.objects.get(text="First.").themes.exists()
    assert Meeting.objects.get().title == "A better title"
    assert Meeting.objects.count() == 1
    assert report.counts["statements"] == {"created": 1, "updated": 2}


@pytest.mark.django_db
def test_statements_and_panels_left_out_are_deleted(tmp_path):
    data = good()
    data["panels"].append({"title": "Panel 2", "statements": [{"text": "Narrative."}]})
    load_meeting_files(paths=[write(tmp_path, data)])
    assert Statement.objects.count() == 3
    data = good()
    del data["panels"][0]["statements"][1]
    report = load_meeting_files(paths=[write(tmp_path, data)])
    assert list(Statement.objects.values_list("text", flat=True)) == ["First."]
    assert Panel.objects.count() == 1
    assert report.counts["panels"]["deleted"] == 1


@pytest.mark.django_db
def test_swapping_the_line_up_order(tmp_path):
    load_meeting_files(paths=[write(tmp_path, good())])
    data = good()
    data["panels"][0]["panelists"].reverse()
    load_meeting_files(paths=[write(tmp_path, data)])
    assert [p.person.slug for p in Panelist.objects.order_by("position")] == ["bob", "ann"]


@pytest.mark.django_db
def test_fields_left_out_of_shared_records_are_kept(tmp_path):
    load_meeting_files(paths=[write(tmp_path, good())])
    Person.objects.filter(slug="bob").update(biography="Written in the admin.")
    load_meeting_files(paths=[write(tmp_path, good())])
    assert Person.objects.get(slug="bob").biography == "Written in the admin."


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("breakage", "message"),
    [
        (
            lambda d: d["panels"][0]["statements"][0].update(speaker="k-mrabit"),
            "panels[0].statements[0].speaker: no person 'k-mrabit'",
        ),
        (lambda d: d["meeting"].pop("date"), "meeting: missing field 'date'"),
        (
            lambda d: d["panels"][0].update(position="one"),
            "panels[0].position: 'one' is not of type 'integer'",
        ),
        (
            lambda d: d["panels"].append({"title": "Dup", "position": 1}),
            "panels[1].position: duplicate position 1",
        ),
    ],
    ids=["unknown-reference", "missing-field", "wrong-type", "duplicate-position"],
)
def test_a_bad_file_changes_nothing(tmp_path, breakage, message):
    load_meeting_files(paths=[write(tmp_path, good())])
    before = snapshot()
    data = good()
    data["panels"][0]["statements"][0]["text"] = "This edit must not land."
    breakage(data)
    path = write(tmp_path, data, "bad.yaml")
    with pytest.raises(MeetingFileError) as caught:
        load_meeting_files(paths=[path])
    assert f"{path}: {message}" in caught.value.problems
    assert snapshot() == before


@pytest.mark.django_db
def test_malformed_yaml_changes_nothing(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("format: gp-meeting/1\nmeeting: [unclosed\n", encoding="utf-8")
    with pytest.raises(MeetingFileError) as caught:
        load_meeting_files(paths=[path])
    assert caught.value.problems[0].startswith(f"{path}: line 3, column 1: not valid YAML")
    assert snapshot() == {key: [] for key in snapshot()}


@pytest.mark.django_db
def test_one_bad_file_stops_all(tmp_path):
    other = good()
    other["meeting"]["slug"] = "m-2"
    bad = good()
    bad["panels"][0]["statements"][0]["speaker"] = "nobody"
    with pytest.raises(MeetingFileError):
        load_meeting_files(paths=[write(tmp_path, other, "a.yaml"), write(tmp_path, bad, "b.yaml")])
    assert not Meeting.objects.exists()


@pytest.mark.django_db
def test_a_database_error_midway_rolls_everything_back(tmp_path, monkeypatch):
    from intake.meeting_file import load

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(load, "_sync_statement_themes", explode)
    with pytest.raises(RuntimeError):
        load_meeting_files(paths=[write(tmp_path, good())])
    assert snapshot() == {key: [] for key in snapshot()}


@pytest.mark.django_db
def test_dry_run_reports_and_writes_nothing(tmp_path):
    report = load_meeting_files(paths=[write(tmp_path, good())], dry_run=True)
    assert report.counts["statements"]["created"] == 2
    assert report.counts["meetings"]["created"] == 1
    assert not Meeting.objects.exists()
    assert not Person.objects.exists()


@pytest.mark.django_db
def test_statements_created_elsewhere_are_matched_not_duplicated(tmp_path):
    load_meeting_files(paths=[write(tmp_path, good())])
    panel = Panel.objects.get()
    make_statement(panel=panel, speaker=None, text="Added in the admin.")
    load_meeting_files(paths=[write(tmp_path, good())])
    assert list(Statement.objects.order_by("position").values_list("text", flat=True)) == [
        "First.",
        "Second.",
    ]


@pytest.mark.django_db
def test_the_command_reports_counts(tmp_path, capsys):
    path = write(tmp_path, good())
    call_command("load_meeting", str(path), "--dry-run")
    out = capsys.readouterr().out
    assert "Would load m-1" in out
    assert "statements: 2 created" in out
    assert "Dry run: nothing was written." in out
    call_command("load_meeting", str(path))
    call_command("load_meeting", str(path))
    assert "statements: 2 unchanged" in capsys.readouterr().out


@pytest.mark.django_db
def test_the_command_fails_with_every_problem(tmp_path, capsys):
    data = good()
    data["panels"][0]["statements"][0]["speaker"] = "nobody"
    data["panels"][0]["statements"][1]["themes"] = ["nothing"]
    path = write(tmp_path, data)
    with pytest.raises(CommandError, match=r"2 problem\(s\) found; nothing was written"):
        call_command("load_meeting", str(path))
    err = capsys.readouterr().err
    assert f"{path}: panels[0].statements[0].speaker: no person 'nobody'" in err
    assert f"{path}: panels[0].statements[1].themes[0]: no theme 'nothing'" in err
    assert not Meeting.objects.exists()


@pytest.mark.django_db
def test_a_json_file_loads(tmp_path):
    path = tmp_path / "m.json"
    path.write_text(json.dumps(good()), encoding="utf-8")
    load_meeting_files(paths=[path])
    assert Statement.objects.count() == 2


@pytest.mark.django_db
def test_where_a_statement_was_read_is_kept_and_corrected_in_place(tmp_path):
    data = good()
    data["panels"][0]["statements"][0]["source"] = "page 2, paragraph 4"
    load_meeting_files(paths=[write(tmp_path, data)])
    first = Statement.objects.get(text="First.")
    assert first.source_place == "page 2, paragraph 4"

    data["panels"][0]["statements"][0]["source"] = "page 2, paragraph 5"
    report = load_meeting_files(paths=[write(tmp_path, data)])

    assert Statement.objects.get(pk=first.pk).source_place == "page 2, paragraph 5"
    assert report.counts["statements"]["updated"] == 1


@pytest.mark.django_db
def test_a_person_may_be_listed_in_several_groups_once_each(tmp_path):
    data = good()
    data["attendees"] = [
        {"person": "ann", "group": "Members present"},
        {"person": "ann", "group": "In the Chair", "role": "Chair"},
    ]
    load_meeting_files(paths=[write(tmp_path, data)])
    meeting = Meeting.objects.get(slug="m-1")
    assert sorted(meeting.attendances.values_list("group", "role")) == [
        ("In the Chair", "Chair"),
        ("Members present", ""),
    ]

    data["attendees"] = [{"person": "ann", "group": "In the Chair", "role": "Chair"}]
    report = load_meeting_files(paths=[write(tmp_path, data)])

    assert list(meeting.attendances.values_list("group", flat=True)) == ["In the Chair"]
    assert report.counts["attendees"]["deleted"] == 1

    data["attendees"] = [dict(data["attendees"][0]) for _ in range(2)]
    with pytest.raises(MeetingFileError, match="listed 2 times in the group 'In the Chair'"):
        load_meeting_files(paths=[write(tmp_path, data)])
