"""A page's own dates: edit, creation and publication stamps, and a notebook page's stamp under
a title that dates its meeting."""

import pytest

from intake.interpreter import draft_from_document
from intake.interpreter.stamps import is_notebook_stamp, is_page_stamp
from tests.intake.blocks import document, heading, text_document

pytestmark = pytest.mark.django_db


def drafted(*blocks) -> dict:
    return draft_from_document(document=document(*blocks), themes=[]).data["meeting"]


@pytest.mark.parametrize(
    "line",
    [
        "_Edited by mdelgado on Mar 6, 2024 \u00b7 2 revisions_",
        "Published 4 July 2019",
        "Created by Rafael Quintero, last modified on Jun 18, 2019",
        "Last updated: Tuesday, 5 March 2019",
        "Posted on 12 October 2021 by admin",
        "Page last edited on 3 February 2020, at 14:02",
        "Revised 2020-01-09",
    ],
)
def test_a_line_dating_the_page_is_a_stamp(line):
    assert is_page_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "Revised agenda for 5 March 2019",  # the meeting's date, the agenda revised
        "Updated minutes of the meeting of 5 March 2019",
        "Posted on the portal",
        "Board meeting, 5 March 2019",
        "Edited by the Clerk",
    ],
)
def test_a_line_about_the_meeting_or_without_a_date_is_no_stamp(line):
    assert not is_page_stamp(line)


@pytest.mark.parametrize(
    "stamp",
    ["Edited by jo on Jun 20, 2021 \u00b7 3 revisions", "Published 21 June 2021",
     "Last modified: 22 June 2021"],
)  # fmt: skip
def test_a_stamp_above_the_record_is_not_the_meetings_date(stamp):
    meeting = drafted("Garden club", stamp, "Committee meeting, 14 June 2021", "Ann: Welcome.")
    assert meeting["date"] == "2021-06-14"


def test_a_stamp_gives_the_year_of_a_day_printed_without_one():
    meeting = drafted("Garden club", "Posted on 4 September 2019 by debs", "Monday 2nd Sept, 7pm",
                      "Ann: Welcome.")  # fmt: skip
    assert meeting["date"] == "2019-09-02"


@pytest.mark.parametrize(
    "title, stamp, time, date",
    [
        ("Board Mtg - Mon 4/8/19", "Tuesday, April 9, 2019", "8:47 AM", "2019-04-08"),
        ("Committee call Thu 3/14/19", "Friday, March 15, 2019", "10:02", "2019-03-14"),
        ("Staff meeting 2 May 2022", "Wednesday, 4 May 2022", "16:40", "2022-05-02"),
    ],
)
def test_a_notebook_pages_stamp_under_a_dated_title_dates_the_page(title, stamp, time, date):
    meeting = drafted(heading(title), stamp, time, "Board: Ann Lee, Bo Park", "Ann: We start.")
    assert meeting["date"] == date


def test_a_date_and_its_hour_under_an_undated_title_are_the_meetings():
    meeting = drafted(heading("Board meeting"), "Tuesday, April 9, 2019", "6:00 PM", "Ann: Hi.")
    assert meeting["date"] == "2019-04-09"


def test_a_notebook_stamp_is_a_date_line_over_a_bare_hour():
    assert is_notebook_stamp("Tuesday, April 9, 2019", "8:47 AM")
    assert not is_notebook_stamp("Tuesday, April 9, 2019", "Call to order at 6 pm")
    assert not is_notebook_stamp("Board meeting, April 9, 2019", "8:47 AM")


@pytest.mark.parametrize(
    "line",
    [
        "On Fri, 8 Mar 2019 at 22:03, Wale Adebayo <wale@example.com> wrote:",
        ">> On Thu, 7 Mar 2019 at 16:40, Bernadette Kearns wrote:",
        "On 12/03/2019 09:14, Ann Lee wrote:",
        "Le 5 mars 2019 \u00e0 10:02, Anne a \u00e9crit :",
    ],
)
def test_a_replys_line_over_a_quoted_message_dates_the_message(line):
    assert is_page_stamp(line) == line.startswith(("On", ">"))


def test_a_quoted_messages_date_is_not_the_meetings():
    text = (
        "From: Bernie <b@example.org>\nTo: committee@example.org\nSubject: Minutes\n"
        "Date: Sat, 9 Mar 2019 10:14:55 +0000\n\nHi all, minutes below.\n\n"
        "Committee meeting, Thursday 7th March, 7pm, Community Room, Block C\n\n"
        "1. Minutes of last meeting - agreed.\n\n"
        "On Fri, 8 Mar 2019 at 22:03, Wale Adebayo <wale@example.com> wrote:\n\n> Thanks.\n"
    )
    doc = text_document(text, name="minutes.txt")
    meeting = draft_from_document(document=doc, themes=[]).data["meeting"]
    assert (meeting["date"], meeting["location"]) == ("2019-03-07", "Community Room, Block C")


@pytest.mark.parametrize(
    "held, date",
    [
        ("Held at Headquarters, New York, on Tuesday, 5 June 2018, at 3 p.m.", "2018-06-05"),
        ("Held at the Palais des Nations, Geneva, on Monday, 4 June 2018, at 10 a.m.",
         "2018-06-04"),
    ],
)  # fmt: skip
def test_a_masthead_issue_date_gives_way_to_the_meetings(held, date):
    meeting = drafted("United Nations", "E/AC.51/2018/SR.5", "Distr.: General", "12 June 2018",
                      "Original: English", "Committee for Programme and Coordination",
                      "Summary record of the 5th meeting", held,
                      "The meeting was called to order at 3.05 p.m.")  # fmt: skip
    assert meeting["date"] == date


def test_a_dateline_with_no_masthead_around_it_stays():
    meeting = drafted("Committee", "12 June 2018", "The committee met on 5 June 2018 to agree it.",
                      "Ann: Welcome.")  # fmt: skip
    assert meeting["date"] == "2018-06-12"
