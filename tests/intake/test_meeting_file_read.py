"""Checking meeting files: every problem reported, with the file and the place in it."""

import copy

import pytest
import yaml

from intake.meeting_file import parse_text, read_file
from intake.meeting_file.read import place
from tests.factories import make_person

GOOD = {
    "format": "gp-meeting/1",
    "meeting": {"slug": "m-1", "title": "A meeting", "date": "2020-02-03", "status": "published"},
    "organisations": [
        {"key": "dept", "name": "Department"},
        {"key": "office", "name": "Office", "parent": "dept", "aliases": ["The Office"]},
    ],
    "people": [
        {"key": "ann", "name": "Ann Example", "memberships": [{"organisation": "office"}]},
        {"key": "bob", "name": "Bob Example"},
    ],
    "themes": [{"key": "t-one", "name": "One", "keywords": ["one"]}],
    "panels": [
        {
            "title": "Panel 1",
            "panelists": [{"person": "ann", "organisation": "office"}, {"person": "bob"}],
            "statements": [
                {"speaker": "ann", "text": "First.", "themes": ["t-one"]},
                {"speaker": "bob", "text": "Second."},
            ],
        }
    ],
}


def good() -> dict:
    return copy.deepcopy(GOOD)


def problems_of(data: dict) -> list[str]:
    import yaml

    return parse_text(yaml.safe_dump(data), source="m.yaml").problems


@pytest.mark.django_db
def test_a_good_file_has_no_problems():
    assert problems_of(good()) == []


def test_place_reads_like_python():
    assert place(["panels", 1, "statements", 4, "speaker"]) == "panels[1].statements[4].speaker"
    assert place([]) == "(top)"


@pytest.mark.django_db
def test_unknown_reference_names_file_place_and_key():
    data = good()
    data["panels"][0]["statements"][1]["speaker"] = "k-mrabit"
    assert problems_of(data) == ["m.yaml: panels[0].statements[1].speaker: no person 'k-mrabit'"]


@pytest.mark.django_db
def test_a_reference_to_a_record_in_the_database_is_fine():
    make_person(slug="carol")
    data = good()
    data["panels"][0]["statements"][1]["speaker"] = "carol"
    assert problems_of(data) == []


@pytest.mark.django_db
def test_missing_field():
    data = good()
    del data["meeting"]["title"]
    assert problems_of(data) == ["m.yaml: meeting: missing field 'title'"]


@pytest.mark.django_db
def test_wrong_type():
    data = good()
    data["panels"][0]["statements"][0]["themes"] = "t-one"
    assert problems_of(data) == [
        "m.yaml: panels[0].statements[0].themes: 't-one' is not of type 'array'"
    ]


@pytest.mark.django_db
def test_unknown_field_is_named():
    data = good()
    data["panels"][0]["speakers"] = []
    (problem,) = problems_of(data)
    assert problem.startswith("m.yaml: panels[0]: unknown field(s)")
    assert "'speakers'" in problem


def test_malformed_yaml_gives_line_and_column():
    result = parse_text("format: gp-meeting/1\nmeeting: {slug: [\n", source="bad.yaml")
    (problem,) = result.problems
    assert problem.startswith("bad.yaml: line ")
    assert "not valid YAML or JSON" in problem


def test_a_list_at_the_top_is_refused():
    assert parse_text("- 1\n- 2\n", source="l.yaml").problems == [
        "l.yaml: a meeting file must be a mapping at the top"
    ]


@pytest.mark.django_db
def test_duplicate_panel_position():
    data = good()
    data["panels"].append({"title": "Again", "position": 1})
    assert problems_of(data) == [
        "m.yaml: panels[0].position: duplicate position 1",
        "m.yaml: panels[1].position: duplicate position 1",
    ]


@pytest.mark.django_db
def test_every_problem_is_reported_at_once():
    data = good()
    data["panels"][0]["statements"][0]["speaker"] = "nobody"
    data["panels"][0]["statements"][0]["themes"] = ["no-theme"]
    data["people"][0]["memberships"][0]["organisation"] = "no-org"
    data["people"].append({"key": "ann", "name": "Ann Again"})
    problems = problems_of(data)
    assert "m.yaml: people: key 'ann' is used 2 times" in problems
    assert "m.yaml: panels[0].statements[0].speaker: no person 'nobody'" in problems
    assert "m.yaml: panels[0].statements[0].themes[0]: no theme 'no-theme'" in problems
    assert "m.yaml: people[0].memberships[0].organisation: no organisation 'no-org'" in problems


@pytest.mark.django_db
def test_impossible_date_and_reversed_membership():
    data = good()
    data["meeting"]["date"] = "2020-02-30"
    data["people"][0]["memberships"][0].update(start_date="2020-01-01", end_date="2019-01-01")
    assert problems_of(data) == [
        "m.yaml: people[0].memberships[0]: ends before it starts",
        "m.yaml: meeting.date: '2020-02-30' is not a real date (YYYY-MM-DD)",
    ]


@pytest.mark.django_db
def test_parent_cycle_is_refused():
    data = good()
    data["organisations"][0]["parent"] = "office"
    problems = problems_of(data)
    assert "m.yaml: organisations[0].parent: 'dept' is its own ancestor" in problems


@pytest.mark.django_db
def test_a_person_twice_in_a_line_up():
    data = good()
    data["panels"][0]["panelists"].append({"person": "ann"})
    problems = problems_of(data)
    assert "m.yaml: panels[0].panelists[2].person: 'ann' is in this line-up more than once" in (
        problems
    )


@pytest.mark.django_db
def test_bad_key_and_empty_text():
    data = good()
    data["people"][1]["key"] = "Bob Example"
    data["panels"][0]["statements"][1]["text"] = "   "
    problems = problems_of(data)
    assert problems == [
        "m.yaml: panels[0].statements[1].text: must not be empty",
        "m.yaml: people[1].key: 'Bob Example' is not a key"
        " (lowercase letters, digits and single hyphens)",
    ]


def test_unreadable_file_is_a_problem_not_a_crash(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"title: caf\xe9\n")
    (problem,) = read_file(path).problems
    assert problem.startswith(f"{path}: cannot read")
    (missing,) = read_file(tmp_path / "nope.yaml").problems
    assert "cannot read" in missing


@pytest.mark.django_db
def test_json_is_read_too(tmp_path):
    import json

    path = tmp_path / "m.json"
    path.write_text(json.dumps(good()), encoding="utf-8")
    assert read_file(path).problems == []


@pytest.mark.django_db
def test_json_and_yaml_of_the_same_records_read_the_same():
    import json

    as_yaml = parse_text(yaml.safe_dump(good()), source="m.yaml")
    as_json = parse_text(json.dumps(good()), source="m.json")
    assert as_json.data == as_yaml.data and not as_json.problems


def test_broken_json_gives_line_and_column_too():
    (problem,) = parse_text('{"format": "gp-meeting/1",\n "meeting": [}', source="b.json").problems
    assert problem.startswith("b.json: line 2, column ")
    assert "not valid YAML or JSON" in problem


def test_yaml_in_flow_style_is_still_read_as_yaml():
    flow = parse_text("{format: gp-meeting/1, meeting: {date: 2012-01-26}}", source="f.yaml")
    assert flow.data["meeting"] == {"date": "2012-01-26"}  # not JSON, and the date kept as text


def test_text_no_database_can_store_is_a_problem_with_its_place():
    data = good()
    data["meeting"]["summary"] = "A\x00B"
    problems = problems_of(data)
    assert "m.yaml: meeting.summary: contains the character U+0000, which is not text" in problems
