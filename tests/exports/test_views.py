"""Download addresses: meetings and filtered statements as CSV and Popolo; drafts never served."""

import csv
import io

import pytest

from exports import views
from tests.factories import make_record

pytestmark = pytest.mark.django_db


def csv_rows(response) -> list[dict]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(body)))


def test_meeting_csv_is_streamed_as_an_attachment(client, record):
    response = client.get("/meetings/pub-meeting/export.csv")
    assert response.streaming
    assert response["Content-Disposition"] == 'attachment; filename="pub-meeting.csv"'
    rows = csv_rows(response)
    assert [row["text"] for row in rows] == [
        s.text for s in (record.s1, record.s2, record.s3, record.s4)
    ]
    assert rows[0]["permalink"] == f"http://testserver/statements/{record.s1.pk}/"


def test_meeting_popolo(client, record):
    response = client.get("/meetings/pub-meeting/popolo.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == 'attachment; filename="pub-meeting.popolo.json"'
    assert len(response.json()["speeches"]) == 4


def test_meeting_file_loads_back_as_the_same_meeting(client, record):
    from intake.meeting_file import parse_text

    response = client.get("/meetings/pub-meeting/meeting.yaml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/yaml; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="pub-meeting.yaml"'
    parsed = parse_text(response.content.decode(), source="pub-meeting.yaml")
    assert parsed.problems == []
    statements = [s["text"] for panel in parsed.data["panels"] for s in panel["statements"]]
    assert statements == [s.text for s in (record.s1, record.s2, record.s3, record.s4)]


@pytest.mark.parametrize("suffix", ["export.csv", "popolo.json", "meeting.yaml"])
def test_draft_and_unknown_meetings_are_404(client, draft, staff_user, suffix):
    assert client.get(f"/meetings/draft-meeting/{suffix}").status_code == 404
    assert client.get(f"/meetings/nope/{suffix}").status_code == 404
    # Exports are public records: staff previewing a draft get no file of it either.
    client.force_login(staff_user)
    assert client.get(f"/meetings/draft-meeting/{suffix}").status_code == 404


def test_statement_csv_takes_the_statement_filters(client, record, draft):
    rows = csv_rows(client.get("/statements/export.csv"))
    assert {row["meeting"] for row in rows} == {"pub-meeting"}
    assert len(rows) == 4
    rows = csv_rows(client.get("/statements/export.csv?theme=pub-nuclear&speaker=pub-alice"))
    assert [row["id"] for row in rows] == [str(record.s4.pk)]
    rows = csv_rows(client.get("/statements/export.csv?organisation=pub-department"))
    assert [row["id"] for row in rows] == [str(record.s1.pk), str(record.s4.pk)]


def test_statement_popolo_takes_the_filters_and_leaves_drafts_out(client, record, draft):
    document = client.get("/statements/popolo.json?theme=pub-biosecurity").json()
    assert [s["id"] for s in document["speeches"]] == [
        f"statement-{record.s1.pk}",
        f"statement-{record.s4.pk}",
    ]
    everything = client.get("/statements/popolo.json").json()
    assert "draft" not in str(everything)


@pytest.mark.parametrize("path", ["/statements/export.csv", "/statements/popolo.json"])
def test_bad_filters_are_a_400_that_says_which(client, record, path):
    response = client.get(f"{path}?theme=nope&kind=shouting")
    assert response.status_code == 400
    body = response.content.decode()
    assert body.startswith("Bad filter values:")
    assert "theme:" in body and "kind:" in body


def test_a_popolo_export_past_its_limit_says_so(client, record, monkeypatch):
    monkeypatch.setattr(views, "POPOLO_MAX_STATEMENTS", 3)
    response = client.get("/statements/popolo.json")
    assert response.status_code == 400
    assert "4 statements match" in response.content.decode()
    assert client.get("/statements/popolo.json?theme=pub-nuclear").status_code == 200


def test_export_queries_do_not_grow(client, record, django_assert_max_num_queries):
    make_record(prefix="more")
    # and four for the public themes and organisations the filters accept (two each, kept
    # until the records change outside the tests)
    with django_assert_max_num_queries(8):
        rows = csv_rows(client.get("/statements/export.csv"))
    assert len(rows) == 8


def test_json_and_meeting_file_downloads_keep_formula_like_text_verbatim(client, record):
    record.s1.text = '=HYPERLINK("http://x.example")'
    record.s1.save()
    speeches = client.get("/meetings/pub-meeting/popolo.json").json()["speeches"]
    assert record.s1.text in [speech["text"] for speech in speeches]
    meeting_file = client.get("/meetings/pub-meeting/meeting.yaml").content.decode()
    assert "- speaker: pub-alice" in meeting_file and "=HYPERLINK(" in meeting_file
    csv_text = [row["text"] for row in csv_rows(client.get("/meetings/pub-meeting/export.csv"))]
    assert f"'{record.s1.text}" in csv_text
