"""A document with text always gets a draft: the date's best candidate with a note, and a
shape the rules cannot read given paragraph by paragraph in document order."""

import pytest

from intake.interpreter import draft_from_document, turns
from intake.readers.blocks import DocumentError
from tests.intake.blocks import document, text_document

pytestmark = pytest.mark.django_db


def drafted(*blocks, **fields) -> dict:
    return draft_from_document(document=document(*blocks, **fields), themes=[]).data


def date_note(data: dict) -> str:
    return next(note for note in data["review"] if note.startswith("meeting.date"))


@pytest.mark.parametrize(
    "blocks, date",
    [
        # A bracketed opening line, then the dateline further down.
        (("[Senate Hearing, 118 Congress]", "WATER POLICY", "MAY 2, 2023", "Mr. ROE. Hi."),
         "2023-05-02"),
        (("(Provisional)", "Standing Committee", "Friday, 9 June 2017", "Ms Lo: Hi."),
         "2017-06-09"),
    ],
)  # fmt: skip
def test_a_dateline_anywhere_when_the_header_has_none(blocks, date):
    assert drafted(*blocks)["meeting"]["date"] == date


@pytest.mark.parametrize(
    "title, line, date",
    [
        ("Residents Meeting via Zoom - Mar 2022", "Wed, 3/16 6:30PM", "2022-03-16"),
        ("Garden club committee, 2019", "Thursday 7th March, 7 pm", "2019-03-07"),
        ("Choir AGM 2024", "Monday, 5 February", "2024-02-05"),
    ],
)
def test_a_day_and_month_take_the_year_from_the_title(title, line, date):
    data = drafted(title, line, "Ann: Welcome, all of you, to the meeting.")
    assert data["meeting"]["date"] == date
    assert "from the title or header" in date_note(data)


def test_the_weekday_chooses_among_the_years_offered():
    # 7 March was a Thursday in 2019, not in 2018.
    data = drafted("Minutes 2018/2019", "Thursday 7 March", "Ann: Welcome to the meeting.")
    assert data["meeting"]["date"] == "2019-03-07"


@pytest.mark.parametrize(
    "headers",
    [
        "From: Ann Lee <ann@example.org>\nSent: Saturday, March 9, 2019 10:02 AM\n"
        "To: Committee\nSubject: Minutes",
        "From: Ann Lee <ann@example.org>\nDate: Sat, 09 Mar 2019 10:02:11 +0000\nSubject: Minutes",
    ],
)
def test_the_date_a_mail_was_sent_gives_only_the_year(headers):
    text = f"{headers}\n\nGarden club committee\n\nHeld on Thursday 7th March, 7 pm.\n\n"
    data = draft_from_document(document=text_document(text + "Ann: Welcome, all."), themes=[])
    assert data.data["meeting"]["date"] == "2019-03-07"


def test_the_year_alone_is_taken_with_a_note_to_set_the_day():
    data = drafted("Annual report of the allotment society, 2021", "Ann: We had a good year.")
    assert data["meeting"]["date"] == "2021-01-01"
    assert "only the year is printed" in date_note(data)


def test_dates_of_other_meetings_are_passed_over():
    data = drafted(
        "Allotment society",
        "The minutes of 3 May 2021 were approved.",
        "The next meeting will be on 9 August 2021.",
        "Treasurer's report of 14 June 2021 received.",
    )
    assert data["meeting"]["date"] == "2021-06-14"


def test_no_date_and_no_year_anywhere_is_the_one_error():
    with pytest.raises(DocumentError, match="no meeting date found: no date and no year"):
        drafted("Allotment society", "Ann: We had a good year.")


def test_a_shape_the_rules_fail_on_gives_the_paragraphs_in_order(monkeypatch):
    def failing(self):
        raise IndexError("an unforeseen shape")

    monkeypatch.setattr(turns.Reader, "run", failing)
    data = drafted("Allotment society", "12 May 2021", "First paragraph.", "Second one.")
    statements = [(s["speaker"], s["kind"], s["text"]) for s in data["panels"][0]["statements"]]
    assert statements == [
        (None, "narrative", "12 May 2021"),
        (None, "narrative", "First paragraph."),
        (None, "narrative", "Second one."),
    ]
    assert data["meeting"]["title"] == "Allotment society"
    assert data["meeting"]["date"] == "2021-05-12"
    assert any("shape was not recognised" in note and "IndexError" in note
               for note in data["review"])  # fmt: skip


@pytest.mark.parametrize(
    "name, date",
    [
        ("2019-03-12 minutes.txt", "2019-03-12"),
        ("minutes_20190312.txt", "2019-03-12"),
        ("Council_Minutes_12_March_2019.txt", "2019-03-12"),
        ("minutes-march-12-2019.txt", "2019-03-12"),
    ],
)
def test_with_no_date_in_the_text_the_file_names_date_with_a_note(name, date):
    data = drafted("Captions", "Ann Lee: Welcome, everyone.", "Bo Park: Thank you.", name=name)
    assert data["meeting"]["date"] == date
    assert "file name" in date_note(data)


def test_a_date_in_the_text_beats_the_file_names():
    data = drafted("Board meeting", "Held on 5 June 2018", "Ann Lee: Hi.", name="2019-03-12.txt")
    assert data["meeting"]["date"] == "2018-06-05"


@pytest.mark.parametrize(
    "link",
    [
        "Up: [[Department meetings]] \u00b7 Previous: [[2019-04-10 History Dept meeting]]",
        "Next: 2019-06-12 Board meeting",
        "\u2190 Prev: 10 April 2019",
    ],
)
def test_a_pages_links_to_the_previous_or_next_meeting_give_no_date(link):
    head = ["---", "created: 2019-05-10T08:14", "---", "History Dept meeting \u2014 Wed 8 May"]
    data = drafted(*head, link, "Ann: Welcome.")
    assert data["meeting"]["date"] == "2019-05-08"
