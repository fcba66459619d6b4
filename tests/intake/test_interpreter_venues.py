"""Places beyond a single line: a meeting held on a platform, named by its name or its link,
or known from the platform's own record at the top of the file."""

import pytest

from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document
from intake.interpreter.venues import attended_on, online_place, platform_place
from tests.intake.blocks import text_document


@pytest.mark.parametrize(
    "place, online",
    [
        ("Jitsi, https://meet.jit.si/abc-tc (link in the calendar invite)", "Online (Jitsi)"),
        ("Jitsi \u2014 https://meet.jit.si/board-2019", "Online (Jitsi)"),
        ("https://us02web.zoom.us/j/881234", "Online (Zoom)"),
        ("<https://meet.google.com/abc-defg-hij>", "Online (Google Meet)"),
        ("Microsoft Teams", "Online (Microsoft Teams)"),
        ("Discord", "Online (Discord)"),
    ],
)
def test_a_place_that_only_names_a_platform_or_its_link_is_online(place, online):
    assert platform_place(place) == online


@pytest.mark.parametrize(
    "place",
    ["Council Chamber, City Hall", "Zoom Room 3, Library Building", "https://example.org/venue"],
)
def test_a_room_or_another_link_is_no_platform(place):
    assert platform_place(place) == ""


@pytest.mark.parametrize(
    "line, online",
    [
        ("Zoom Webinar - closed captions and chat", "Online (Zoom)"),
        ("Jitsi call, 12 June", "Online (Jitsi)"),
        ("Topic: Trustees' meeting, held here on Discord", "Online (Discord)"),
    ],
)
def test_a_platforms_own_record_says_the_meeting_was_online(line, online):
    assert online_place([line]) == online


@pytest.mark.parametrize(
    "line",
    [
        "The zoom meeting idea was rejected by the board.",
        "Microsoft Teams meeting transcript",  # a tool's file says no place
        "Zoom meeting recording",
    ],
)
def test_a_platform_word_in_a_sentence_or_a_tools_file_name_says_no_place(line):
    assert online_place([line]) == ""


def test_when_and_where_fields_in_one_paragraph_give_date_and_platform():
    doc = text_document(
        "Board of Directors Meeting\n\n"
        "When: 12 March 2019, 18:30 UTC\n"
        "Where: Jitsi, https://meet.jit.si/board-2019\n\n"
        "Ms. Lee: We start.\n"
    )
    data = draft_from_document(
        document=doc, themes=[], people=KnownPeople(), organisations=KnownOrganisations(),
        recorded=False,
    ).data  # fmt: skip
    assert data["meeting"]["date"] == "2019-03-12"
    assert data["meeting"]["location"] == "Online (Jitsi)"
    assert "meet.jit.si" not in str(data)


@pytest.mark.parametrize(
    "line, online",
    [
        ("**Attendees (from Zoom):** Maria Delgado, Kevin O'Hare", "Online (Zoom)"),
        ("Participants on Microsoft Teams: Ann Lee, Bo Park", "Online (Microsoft Teams)"),
        ("Present via Webex: Ann Lee", "Online (Webex)"),
        ("Joined using Google Meet: Ann, Bo", "Online (Google Meet)"),
    ],
)
def test_an_attendance_line_drawn_from_a_platform_says_the_meeting_was_on_it(line, online):
    assert attended_on([line]) == online


@pytest.mark.parametrize(
    "line", ["Present: Ann Lee, Bo Park (on Zoom)", "Attendees: the Zoom pilot team", "Ann: Hi."]
)
def test_an_attendance_line_naming_no_platform_for_all_says_no_place(line):
    assert attended_on([line]) == ""


@pytest.mark.django_db
def test_a_summary_whose_attendees_came_from_zoom_was_held_online():
    doc = text_document(
        "# March 2024 meeting\n\n**Attendees (from Zoom):** Maria Delgado, Kevin O'Hare\n\n"
        "## Meeting summary for Cedar Park Watch (03/05/2024)\n\n"
        "Maria reported on the thefts. Kevin presented the budget.\n",
        name="summary.md",
    )
    data = draft_from_document(document=doc, themes=[]).data["meeting"]
    assert data["location"] == "Online (Zoom)"
