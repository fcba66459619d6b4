"""The header line that names the meeting, of the banner, body, meeting and label lines."""

import pytest

from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document
from intake.interpreter.title_choice import (
    as_one,
    body_above,
    choose,
    is_banner,
    joined,
    names_its_meeting,
    names_nothing,
    numbered_only,
)
from intake.interpreter.units import Unit
from intake.readers.blocks import BlockKind, Place
from tests.intake.blocks import document, heading


def lines(*texts: str, block=None) -> list[Unit]:
    return [
        Unit(text, Place(line=i + 1), BlockKind.PARAGRAPH, index=i, block=i if block is None else 0)
        for i, text in enumerate(texts)
    ]


def chosen(*texts: str, document_title: str = "") -> str:
    unit = choose(lines(*texts), document_title)
    return unit.text if unit else ""


@pytest.mark.parametrize(
    "texts, title",
    [
        # Whose minutes these are outranks a line naming a meeting by its body's name.
        (
            (
                "CEDAR RUN MONTHLY MEETING OF THE RELIGIOUS SOCIETY OF FRIENDS",
                "Minutes of the Meeting for Worship with a Concern for Business",
            ),
            "Minutes of the Meeting for Worship with a Concern for Business",
        ),
        # A meeting before a body, a body before a banner, any line before a banner.
        (("City of Maple Ridge", "Regular Meeting of the City Council"),
         "Regular Meeting of the City Council"),
        (("Kestrel University", "Audit Committee"), "Audit Committee"),
        (("Consortium", "Accessible Media Task Force"), "Accessible Media Task Force"),
        (("Blue Rivers Alliance", "Water, Conflict and Cooperation"),
         "Water, Conflict and Cooperation"),
        # A bracketed note is no title while another line is there.
        (("(Part I \u2013 Proceedings other than Questions)", "LOK SABHA DEBATES"),
         "LOK SABHA DEBATES"),
        (("[House Hearing, 116 Congress]",), "[House Hearing, 116 Congress]"),
        # 'General Assembly' and 'Seventy-second session' name a body and its term.
        (("General Assembly", "Seventy-second session", "88th plenary meeting"),
         "88th plenary meeting"),
    ],
)  # fmt: skip
def test_the_line_that_names_the_meeting_is_chosen(texts, title):
    assert chosen(*texts) == title


def test_the_line_the_documents_own_title_repeats_outranks_a_bodys_name():
    texts = ("Rural Affairs Committee", "Oral evidence: Flood resilience of rural communities")
    page = "Oral evidence - Flood resilience of rural communities - Committees - UK Parliament"
    assert chosen(*texts, document_title=page) == texts[1]
    # Of two lines the title repeats, the one it repeats more of.
    title = "Justice Committee: Oral evidence: The prison estate, HC 1021"
    assert chosen("JUSTICE COMMITTEE", "Oral evidence: The prison estate, HC 1021",
                  document_title=title) == "Oral evidence: The prison estate, HC 1021"  # fmt: skip
    # A banner the title repeats is still a banner; one shared word is no agreement.
    meeting = "Regular Meeting of the City Council"
    assert chosen("City of Springfield", meeting, document_title="City of Springfield") == meeting
    assert chosen("Audit Committee", "Remuneration Panel report",
                  document_title="Audit news") == "Audit Committee"  # fmt: skip


@pytest.mark.parametrize(
    "text, banner",
    [
        ("Blue Rivers Alliance", True),
        ("COLDHARBOUR UNIVERSITY", True),
        ("City of Maple Ridge", True),
        ("U.S. ENVIRONMENTAL STEWARDSHIP AGENCY", True),
        ("Rural Bus Services", False),  # a debate's subject
        ("Board of Trustees", False),
        ("Annual Meeting", False),
        ("Water, Conflict and Cooperation", False),
    ],
)
def test_a_banner_is_an_organisations_name_alone(text, banner):
    assert is_banner(text) is banner


@pytest.mark.parametrize(
    "text, numbered",
    [
        ("88th plenary meeting", True),
        ("8217th meeting", True),
        ("Summary record of the 20th meeting", True),
        ("Minutes of the meeting held on 3rd March 2015", True),
        ("Seventy-first meeting", True),
        ("Minutes of Special Meeting", False),
        ("Public Meeting", False),
        ("20th meeting of the Audit Committee", False),
        ("Regular Meeting of the City Council", False),
        ("Meeting for Worship", False),
    ],
)
def test_a_meeting_named_by_its_number_or_date_alone(text, numbered):
    assert numbered_only(text) is numbered


def test_a_numbered_meeting_takes_the_bodys_name_from_the_nearest_line_above():
    header = lines("United Nations", "General Assembly", "Seventy-second session",
                   "88th plenary meeting")  # fmt: skip
    assert body_above(header[3], header) == "General Assembly"
    dashed = lines(
        "University of Northmoor \u2014 Senate", "Minutes of the meeting held on 3 May 2015"
    )
    assert body_above(dashed[1], dashed) == "Senate"
    # A meeting with a name of its own, or no body above it, takes none.
    named = lines("Board of School Trustees", "Minutes of Special Meeting")
    assert body_above(named[1], named) == ""
    alone = lines("Kestrel University", "Summary record of the 20th meeting")
    assert body_above(alone[1], alone) == ""


@pytest.mark.parametrize(
    "label, names",
    [
        ("MINUTES OF SPECIAL MEETING", True),
        ("Summary record of the 20th meeting", True),
        ("TRANSCRIPT OF PUBLIC MEETING", True),
        ("Summary of the panel discussion", False),
        ("Transcript of the proceedings", False),
        ("Minutes of the meeting", False),
        ("Minutes from the Meeting", False),
        ("Minutes", False),
    ],
)
def test_a_document_label_may_name_its_meeting(label, names):
    assert names_its_meeting(label) is names


def title_of(doc) -> str:
    draft = draft_from_document(
        document=doc, themes=[], people=KnownPeople(), organisations=KnownOrganisations(),
        recorded=False,
    )  # fmt: skip
    return draft.data["meeting"]["title"]


def test_a_summary_record_is_titled_with_its_body():
    doc = document(
        "Sixth Committee",
        "Summary record of the 20th meeting",
        "Held at Headquarters, New York, on Wednesday, 24 October 2018, at 10 a.m.",
        "1. The Chair invited the Committee to continue its consideration of the report.",
    )
    assert title_of(doc) == "Sixth Committee, Summary record of the 20th meeting"


def test_a_label_naming_the_meeting_is_the_title_and_a_plain_label_is_not():
    special = document(
        "BOARD OF SCHOOL TRUSTEES",
        "MINUTES OF SPECIAL MEETING",
        "Monday, August 16, 2021",
        "The Board met to consider the plan for the new school year.",
    )
    assert title_of(special) == "MINUTES OF SPECIAL MEETING"
    panel = document(
        heading("Water and Peace"),
        "Summary of the panel discussion",
        "14 June 2017",
        "The moderator opened the discussion with a question on water wars.",
    )
    assert title_of(panel) == "Water and Peace"


def test_the_date_the_title_line_gives_still_dates_the_meeting():
    doc = document(
        "Juniper Foundation Board of Directors Meeting Minutes October 24, 2018",
        "1. Call to order. The meeting began at 10:33.",
    )
    draft = draft_from_document(
        document=doc, themes=[], people=KnownPeople(), organisations=KnownOrganisations(),
        recorded=False,
    )  # fmt: skip
    assert draft.data["meeting"]["title"] == "Board of Directors Meeting"
    assert draft.data["meeting"]["date"] == "2018-10-24"


def test_a_title_wrapped_after_its_colon_is_one_line_again():
    printed = lines("[House Hearing]", "RURAL WATER:", "REVIEWING USDA PROGRAMS", "HEARING",
                    block=0)  # fmt: skip
    groups = joined(printed)
    assert [[u.text for u in g] for g in groups] == [
        ["[House Hearing]"],
        ["RURAL WATER:", "REVIEWING USDA PROGRAMS"],
        ["HEARING"],
    ]
    assert as_one(groups[1]).text == "RURAL WATER: REVIEWING USDA PROGRAMS"
    # In separate blocks, or without the colon, two lines stay two.
    apart = lines("Audit Committee:", "Minutes of the 4th meeting")
    assert len(joined(apart)) == 2
    assert len(joined(lines("Audit Committee", "Minutes", block=0))) == 2


def test_a_hearings_title_is_the_line_above_hearing():
    cover = ("[House Hearing, 116 Congress]", "RURAL WATER INFRASTRUCTURE", "HEARING",
             "BEFORE THE", "COMMITTEE ON AGRICULTURE")  # fmt: skip
    assert chosen(*cover) == "RURAL WATER INFRASTRUCTURE"
    joint = ("OVERSIGHT OF THE FAA", "JOINT HEARING BEFORE THE SUBCOMMITTEE ON AVIATION")
    assert chosen(*joint) == "OVERSIGHT OF THE FAA"
    # 'Public hearing' names the meeting itself; 'HEARING' with no line above is the title.
    assert chosen("ZONING BOARD OF APPEALS", "PUBLIC HEARING") == "PUBLIC HEARING"
    assert chosen("HEARING", "COMMITTEE ON AGRICULTURE") == "HEARING"


@pytest.mark.parametrize(
    "text, nothing",
    [
        ("Verbatim report of proceedings | Wednesday, 5 June - Strasbourg", True),
        ("Minutes \u2014 3 March 2015", True),
        ("Minutes \u2014 Audit Committee", False),
        ("Transcript | Public Meeting of the Board", False),
        ("Proceedings of the Royal Society", False),
    ],
)
def test_a_label_with_its_date_and_place_names_no_meeting(text, nothing):
    assert names_nothing(text) is nothing


def test_a_page_whose_header_names_nothing_takes_its_title_from_the_page():
    page = document(
        "Verbatim report of proceedings | Wednesday, 5 June - Strasbourg",
        "President. \u2013 The next item is the Commission statement on packaging.",
        name="debate.html",
        title="Debates - Wednesday, 5 June 2019 - Single-use plastic packaging (debate)",
    )
    assert title_of(page) == "Single-use plastic packaging (debate)"
