"""The reader's walk: a properties block above the record feeds the particulars."""

import pytest

from intake.documents import read_document
from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document
from intake.readers.markdown import read_markdown
from tests.intake.blocks import document, paragraph, text_document


def drafted(doc) -> dict:
    return draft_from_document(
        document=doc, themes=[], people=KnownPeople(), organisations=KnownOrganisations(),
        recorded=False,
    ).data  # fmt: skip


def test_front_matter_gives_title_date_place_attendance_and_summary_and_no_statement():
    text = (
        "---\ntitle: Library Board\ndate: 2023-05-04\nlocation: Main Library\n"
        "attendees: [Ann Lee, Bo Park]\ntags: [board]\nlayout: minutes\n"
        "description: Monthly meeting.\n---\n\nAnn Lee called the meeting to order.\n"
    )
    data = drafted(read_markdown(data=text.encode(), name="m.md"))
    meeting = data["meeting"]
    assert (meeting["title"], meeting["date"], meeting["location"]) == (
        "Library Board", "2023-05-04", "Main Library",
    )  # fmt: skip
    assert meeting["summary"] == "Monthly meeting."
    assert len(data["attendees"]) == 2
    texts = [s["text"] for p in data["panels"] for s in p["statements"]]
    assert texts == ["Ann Lee called the meeting to order."]
    assert any("tags: board" in note for note in data["review"])


def test_property_lines_inside_the_record_are_the_record():
    doc = document(
        "Board meeting",
        "4 May 2023",
        "Ann Lee: We start.",
        paragraph("note: the budget is late\nstatus: open"),
    )
    texts = [s["text"] for p in drafted(doc)["panels"] for s in p["statements"]]
    assert "We start." in texts and len(texts) >= 2


def test_a_run_in_items_heading_is_not_read_as_a_speaker_of_its_text():
    doc = document(
        "EXECUTIVE BOARD",
        "Wednesday, 30 January 2019, at 14:30",
        paragraph(
            "1. PRIMARY HEALTH CARE: Item 5.3 of the provisional agenda (continued)",
            bold_lead="1. PRIMARY HEALTH CARE: Item 5.3 of the provisional agenda (continued)",
            bold=True,
        ),
        "The CHAIR invited the Board to continue its consideration of the report.",
        "Dr OKONKWO (Nigeria) said that his country had more midwives.",
    )
    data = drafted(doc)
    assert not data["people"] or all(p["name"] != "Primary Health Care" for p in data["people"])
    speakers = [s.get("speaker") for p in data["panels"] for s in p["statements"]]
    assert speakers[-1] is None


def test_the_records_account_after_a_turn_is_nobodys():
    doc = document(
        "Tenants' committee",
        "4 May 2023",
        "Chair: Yes, without names. Tom will sort that.",
        "The members left at 7.15pm.",
        "Amendment put.",
    )
    statements = [s for p in drafted(doc)["panels"] for s in p["statements"]]
    assert [(s.get("speaker"), s["kind"]) for s in statements[-2:]] == [
        (None, "procedural"), (None, "procedural"),
    ]  # fmt: skip


def test_a_signature_blocks_lead_is_no_statement_and_no_speaker():
    doc = document(
        "Town council",
        "4 May 2023",
        "Mayor Achterberg: We are adjourned.",
        "ATTEST: Dolores Figueroa, Town Clerk",
        "Signed: Ann Lee, Chair",
    )
    data = drafted(doc)
    texts = [s["text"] for p in data["panels"] for s in p["statements"]]
    assert texts == ["We are adjourned."]
    assert all(p["name"] != "Attest" for p in data["people"])


def test_a_votes_tally_by_name_is_no_label_and_no_attendance():
    doc = document(
        "City Council",
        "16 July 2019",
        "Present: Keith Harmon, Lucia Alvarez, Owen Pike",
        "A motion was made by Councilor Alvarez that the Consent Agenda be approved.",
        "Aye: 2 - Harmon and Alvarez",
        "Absent: 1 - Pike",
        "This Contract was approved on the Consent Agenda.",
        "Nay: 1 - Lindqvist",
        "Councilor Greer reported on the Parks Board.",
    )
    data = drafted(doc)
    statements = [s for p in data["panels"] for s in p["statements"]]
    assert [s["text"] for s in statements][1:] == [
        "Aye: 2 - Harmon and Alvarez", "Absent: 1 - Pike",
        "This Contract was approved on the Consent Agenda.", "Nay: 1 - Lindqvist",
        "Councilor Greer reported on the Parks Board.",
    ]  # fmt: skip
    assert all(s.get("speaker") is None for s in statements)
    assert {a["group"] for a in data["attendees"]} == {"Present"}


def test_a_motion_moved_and_seconded_after_a_turn_is_the_minutes():
    doc = document(
        "Town council",
        "4 May 2023",
        "Mayor Cormier: Is there a motion to adopt the agenda?",
        "Moved by Councillor Robichaud, seconded by Councillor O'Neill, that the agenda pass.",
    )
    statements = [s for p in drafted(doc)["panels"] for s in p["statements"]]
    assert statements[-1].get("speaker") is None


@pytest.mark.parametrize(
    "record_line",
    [
        "MOTION: to spend up to 1,200 on a new laser tube. Trustees please vote.",
        "ACTION: Ffion to confirm a date with the school.",
        "Decision - the workshop stays shut on Mondays.",
    ],
)
def test_a_record_line_posted_under_a_chat_header_is_its_senders(record_line):
    doc = text_document(
        "Trustees chat, 5 March 2019\n\n"
        "[05-Mar-19 07:10 PM] priya.r\nThe quote for the tube came in today.\n\n"
        f"[05-Mar-19 07:12 PM] nell.b#4410\n{record_line}\n"
    )
    data = drafted(doc)
    last = data["panels"][-1]["statements"][-1]
    assert (last["speaker"], last["kind"], last["text"]) == ("nellb", "procedural", record_line)


def test_a_record_line_in_minutes_outside_a_chat_stays_the_records():
    doc = text_document(
        "Trustees meeting, 5 March 2019\n\nPriya Raman: The quote for the tube came in today.\n\n"
        "MOTION: to spend up to 1,200 on a new laser tube.\n"
    )
    data = drafted(doc)
    last = data["panels"][-1]["statements"][-1]
    assert (last["speaker"], last["kind"]) == (None, "procedural")


@pytest.mark.parametrize(
    "line",
    [
        "For: 24   Against: 5   Abstentions: 2",
        "Yes: 7, No: 2, Abstain: 1",
        "Motion 19/07 PASSES.",
        "Resolution No. 2019-4 carried (6-1).",
        "Proposer: Ruby Castellano. Seconder: Sam Wu.",
        "Proposed by Jo Bell, seconded by Ann Lee.",
    ],
)
def test_the_records_count_or_movers_end_the_chairs_turn(line):
    doc = text_document(
        "Council, 5 March 2019\n\n"
        "Amara Obi (Chair): We move to the vote. Please vote now by card.\n\n"
        f"{line}\n"
    )
    last = drafted(doc)["panels"][-1]["statements"][-1]
    assert (last["speaker"], last["kind"], last["text"]) == (None, "procedural", line)


@pytest.mark.parametrize(
    "line",
    [
        "The motion is carried, and I thank everyone for a good debate.",
        "Moved by Councillor Lee, seconded by Councillor Hale:",
        "Proposed by Jo Bell, seconded by Ann Lee, that the Union lobby the University.",
        "Our target is 24 new members by May.",
    ],
)
def test_a_chairs_own_words_or_a_motions_wording_is_no_count(line):
    doc = text_document(
        "Council, 5 March 2019\n\n"
        "Amara Obi (Chair): We move to the vote. Please vote now by card.\n\n"
        f"{line}\n"
    )
    last = drafted(doc)["panels"][-1]["statements"][-1]
    assert last["speaker"] is not None or last["kind"] != "procedural"


def test_a_transcript_in_a_table_gives_each_row_to_its_speaker_and_no_header():
    html = (
        "<h1>Advisory Committee</h1><p>March 3, 2023</p><table>"
        "<tr><th>Speaker</th><th>Transcript</th></tr>"
        "<tr><td>Jane Doe</td><td>Good morning and welcome to the meeting.</td></tr>"
        "<tr><td>John Smith</td><td>Thank you, Jane. Why did the budget rise?</td></tr>"
        "</table>"
    )
    data = drafted(read_document(data=html.encode(), name="m.html"))
    names = {p["key"]: p["name"] for p in data["people"]}
    assert [
        (names.get(s["speaker"]), s["text"]) for p in data["panels"] for s in p["statements"]
    ] == [
        ("Jane Doe", "Good morning and welcome to the meeting."),
        ("John Smith", "Thank you, Jane. Why did the budget rise?"),
    ]
