"""Popolo export: the documents' shape, and conformance with the Popolo JSON Schemas."""

import json
from pathlib import Path

import pytest
from django.conf import settings

from exports.popolo import meeting_document, statements_document, validation_errors
from minutes.models import Statement, Status
from tests.factories import make_attendance, make_person, make_record

pytestmark = pytest.mark.django_db

SCHEMAS = Path(settings.BASE_DIR).parent / "shared" / "popolo" / "schemas"
needs_schemas = pytest.mark.skipif(
    not (SCHEMAS / "speech.json").is_file(),
    reason=f"the Popolo JSON Schemas are not at {SCHEMAS} (they live outside the project)",
)


def test_meeting_document_holds_its_people_organisations_events_and_speeches(record):
    make_attendance(meeting=record.meeting, person=make_person(slug="listener", name="Listener"))
    document = meeting_document(meeting=record.meeting, base_url="https://gp.example")
    assert set(document) == {"persons", "organizations", "memberships", "events", "speeches"}
    assert [p["id"] for p in document["persons"]] == ["listener", "pub-alice", "pub-bob"]
    alice = document["persons"][1]
    assert alice["honorific_prefix"] == "Dr."
    assert alice["links"] == [{"url": "https://gp.example/people/pub-alice/", "note": "GP Records"}]
    assert {o["id"] for o in document["organizations"]} == {
        "pub-department",
        "pub-office",
        "pub-agency",
    }
    office = next(o for o in document["organizations"] if o["id"] == "pub-office")
    assert office["parent_id"] == "pub-department"
    assert {"name": "OFF", "note": "abbreviation"} in office["other_names"]
    assert document["memberships"] == [
        {
            "id": document["memberships"][0]["id"],
            "person_id": "pub-alice",
            "organization_id": "pub-office",
            "role": "Director",
        }
    ]
    meeting, panel1, panel2 = document["events"]
    assert (meeting["id"], meeting["start_date"], meeting["organization_id"]) == (
        "pub-meeting",
        record.meeting.date.isoformat(),
        "pub-department",
    )
    assert (panel1["id"], panel1["parent_id"], panel1["description"]) == (
        "pub-meeting/panel-1",
        "pub-meeting",
        "Threats",
    )
    assert panel2["id"] == "pub-meeting/panel-2"
    speeches = {s["id"]: s for s in document["speeches"]}
    s4 = speeches[f"statement-{record.s4.pk}"]
    assert s4["creator_id"] == "pub-alice"
    assert (s4["role"], s4["attribution_text"]) == ("Deputy", "Deputy, pub Department")
    assert s4["event_id"] == "pub-meeting/panel-2"
    assert s4["sources"] == [
        {"url": f"https://gp.example/statements/{record.s4.pk}/", "note": "permalink"}
    ]
    assert sorted(s4["themes"]) == ["pub-biosecurity", "pub-nuclear"]
    narrative = speeches[f"statement-{record.s3.pk}"]
    assert narrative["type"] == "narrative" and "creator_id" not in narrative


def test_statements_document_covers_only_the_statements_given(record):
    statements = Statement.objects.filter(pk=record.s2.pk)
    document = statements_document(statements=statements, base_url="")
    assert [s["id"] for s in document["speeches"]] == [f"statement-{record.s2.pk}"]
    assert [p["id"] for p in document["persons"]] == ["pub-bob"]
    assert [e["id"] for e in document["events"]] == ["pub-meeting", "pub-meeting/panel-1"]
    # The host and the organisation Bob spoke for.
    assert {o["id"] for o in document["organizations"]} == {"pub-department", "pub-agency"}


def test_document_queries_do_not_grow_with_statements(record, django_assert_max_num_queries):
    other = make_record(prefix="more")
    with django_assert_max_num_queries(10):
        document = statements_document(statements=Statement.objects.all(), base_url="")
    assert len(document["speeches"]) == 8
    del other


@needs_schemas
def test_documents_conform_to_the_popolo_schemas(record):
    make_record(prefix="draft", status=Status.DRAFT)
    for document in (
        meeting_document(meeting=record.meeting, base_url="https://gp.example"),
        statements_document(
            statements=Statement.objects.published(), base_url="https://gp.example"
        ),
    ):
        assert validation_errors(document=document, schema_dir=SCHEMAS) == []


@needs_schemas
def test_the_shipped_meeting_conforms_to_the_popolo_schemas(shipped_meeting):
    document = meeting_document(meeting=shipped_meeting, base_url="https://gp.example")
    assert len(document["speeches"]) == 52
    assert len(document["events"]) == 3
    assert validation_errors(document=document, schema_dir=SCHEMAS) == []
    # Round trip through JSON, as a client reads it.
    assert json.loads(json.dumps(document)) == document


@needs_schemas
def test_validation_catches_a_broken_document(record):
    document = meeting_document(meeting=record.meeting, base_url="")
    document["persons"][0]["name"] = 42
    document["speeches"][0]["creator_id"] = "nobody"
    document["events"][0]["start_date"] = "26 January 2012"
    document["organizations"][0]["links"] = [{"note": "no url"}]
    errors = validation_errors(document=document, schema_dir=SCHEMAS)
    assert len(errors) == 4, errors
    assert any(e.startswith("persons[0]['name']: 42 is not of type") for e in errors)
    assert "speeches[0].creator_id: no persons with id 'nobody'" in errors
    assert any(
        e.startswith("events[0]['start_date']: '26 January 2012' does not match") for e in errors
    )
    assert any(
        e == "organizations[0]['links'][0]['url']: 'url' is a required property" for e in errors
    )


def test_schemas_are_resolved_from_the_folder_never_fetched(tmp_path):
    # An empty folder: a $ref to a schema that is not there fails, it is not downloaded.
    (tmp_path / "speech.json").write_text(
        json.dumps(
            {
                "$schema": "http://json-schema.org/draft-03/schema#",
                "type": "object",
                "properties": {
                    "creator": {"$ref": "http://www.popoloproject.com/schemas/person.json#"}
                },
            }
        )
    )
    from referencing.exceptions import Unresolvable

    with pytest.raises(Unresolvable):
        validation_errors(document={"speeches": [{"creator": {}}]}, schema_dir=tmp_path)
