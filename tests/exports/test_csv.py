"""CSV export: one row per statement, role and organisation at the time, absolute permalinks."""

import csv
import io

import pytest

from exports.csv import HEADER, csv_lines, neutralised
from minutes.models import Statement
from tests.factories import make_record, make_statement

pytestmark = pytest.mark.django_db


def read(lines) -> list[dict]:
    return list(csv.DictReader(io.StringIO("".join(lines))))


def test_one_row_per_statement_in_reading_order():
    record = make_record(prefix="pub")
    rows = read(csv_lines(statements=Statement.objects.all(), base_url="https://gp.example"))
    assert [int(row["id"]) for row in rows] == [
        record.s1.pk,
        record.s2.pk,
        record.s3.pk,
        record.s4.pk,
    ]
    first = rows[0]
    assert first == {
        "id": str(record.s1.pk),
        "meeting": "pub-meeting",
        "meeting_title": record.meeting.title,
        "date": record.meeting.date.isoformat(),
        "panel": "Panel 1",
        "position": "1",
        "speaker": "pub Alice",
        "role": "Director",
        "organisation": "pub Office",
        "kind": "remark",
        "themes": "pub Biosecurity",
        "text": "pub: laboratories must keep pathogens safe.",
        "permalink": f"https://gp.example/statements/{record.s1.pk}/",
    }
    assert (rows[3]["role"], rows[3]["organisation"]) == ("Deputy", "pub Department")
    assert rows[3]["themes"] == "pub Biosecurity; pub Nuclear"
    assert (rows[2]["speaker"], rows[2]["role"], rows[2]["kind"]) == ("", "", "narrative")


def test_header_and_awkward_text_survive_a_round_trip():
    text = 'He said: "no", then paused;\nand went on, in a new line, with a comma.'
    statement = make_statement(text=text)
    lines = list(csv_lines(statements=Statement.objects.all(), base_url=""))
    assert lines[0] == ",".join(HEADER) + "\r\n"
    (row,) = read(lines)
    assert row["text"] == text
    assert row["permalink"] == f"/statements/{statement.pk}/"


def test_rows_cost_the_same_queries_however_many(django_assert_max_num_queries):
    record = make_record(prefix="pub")
    for _ in range(40):
        make_statement(panel=record.panel2, speaker=record.alice, themes=[record.nuclear])
    # statements, line-ups, themes (one chunk)
    with django_assert_max_num_queries(3):
        rows = read(csv_lines(statements=Statement.objects.all(), base_url=""))
    assert len(rows) == 44
    assert {row["role"] for row in rows if row["panel"] == "Panel 2"} == {"Deputy"}


DANGEROUS = ["=1+2", "+1", "-1 per cent", "@SUM(A1)", "\tindented", "\rreturned"]


@pytest.mark.parametrize("start", DANGEROUS, ids=["equals", "plus", "minus", "at", "tab", "cr"])
def test_a_cell_a_spreadsheet_would_run_starts_with_an_apostrophe(start):
    record = make_record(prefix="pub")
    record.alice.name = f"{start} Alice"
    record.alice.save()
    record.meeting.title = f"{start} meeting"
    record.meeting.save()
    said = make_statement(panel=record.panel1, speaker=record.alice, text=f"{start} said.")
    rows = read(csv_lines(statements=Statement.objects.all(), base_url=""))
    (row,) = [row for row in rows if row["id"] == str(said.pk)]
    assert (row["text"], row["speaker"], row["meeting_title"]) == (
        f"'{start} said.",
        f"'{start} Alice",
        f"'{start} meeting",
    )


def test_safe_cells_and_those_with_a_dangerous_character_later_are_left_as_written():
    make_statement(text="Costs rose 5% - or +5 = more; e-mail a@b.example")
    (row,) = read(csv_lines(statements=Statement.objects.all(), base_url=""))
    assert row["text"] == "Costs rose 5% - or +5 = more; e-mail a@b.example"
    assert not row["id"].startswith("'") and not row["date"].startswith("'")


@pytest.mark.parametrize("cell", ["", "'=already quoted", "plain", "1-2"])
def test_neutralised_only_touches_formula_starts(cell):
    assert neutralised(cell) == cell
