"""A title as a reader gives it: the document's label, the particulars and the host's name
around the meeting's name are left off; what names the meeting is kept."""

import pytest

from intake.interpreter.title_choice import is_label
from intake.interpreter.titles import clean_title, page_title, recording_title


@pytest.mark.parametrize(
    "printed, title",
    [
        # The particulars after 'held': the date, hour and room are the meeting's, not its name.
        (
            "Minutes of the Meeting of the Parish Council held on Tuesday 09/04/2019 at 7.30pm "
            "in the Village Hall",
            "Minutes of the Meeting of the Parish Council",
        ),
        (
            "Minutes of the Meeting for Worship with a Concern for Business held at the Cedar "
            "Run Meetinghouse, Twelfth Month 9, 2018",
            "Minutes of the Meeting for Worship with a Concern for Business",
        ),
        ("Annual Meeting of Members, held virtually on 3 May 2021", "Annual Meeting of Members"),
        # A meeting named by its date alone keeps the date, not the hour and room after it.
        (
            "Minutes of the meeting held on Wednesday 15th November 2017 at 2.00 pm in the "
            "Senate Chamber",
            "Minutes of the meeting held on Wednesday 15th November 2017",
        ),
        (
            "Minutes of the meeting held on 3rd March 2015",
            "Minutes of the meeting held on 3rd March 2015",
        ),
        # 'Label' words run on from a line above, and the body referred back to by its kind.
        (
            "of the Annual General Meeting of the Company held on the 12th day of March 2019",
            "Annual General Meeting",
        ),
        # The platform, and a month and year after a dash.
        ("LCTA General Meeting via Zoom - Nov 2021", "LCTA General Meeting"),
        ("Residents' Forum on Microsoft Teams", "Residents' Forum"),
        # The document's label and a date after the meeting's name, without separators.
        (
            "Board of Directors Meeting Minutes October 24, 2018",
            "Board of Directors Meeting",
        ),
        ("TRANSCRIPT OF PUBLIC MEETING", "PUBLIC MEETING"),
        # The host's name before its board.
        (
            "The Juniper Software Foundation Board of Directors Meeting",
            "Board of Directors Meeting",
        ),
        (
            "Lakeview Unified School District Board of Education \u2013 Regular Meeting",
            "Board of Education \u2013 Regular Meeting",
        ),
        # What was there before: a date after a dash, a label before a colon.
        ("Highways Committee - Tuesday, 14th March, 2023 2.15 pm", "Highways Committee"),
        ("Transcript: Media briefing on measles", "Media briefing on measles"),
        # The document's state in brackets or between dashes.
        (
            "Steering Committee \u2013 Meeting 5 \u2013 Minutes (DRAFT v2)",
            "Steering Committee \u2013 Meeting 5",
        ),
        ("Audit Committee [unconfirmed]", "Audit Committee"),
        ("Board Meeting - DRAFT -", "Board Meeting"),
    ],
)
def test_what_is_no_part_of_the_name_is_left_off(printed, title):
    assert clean_title(printed) == title


@pytest.mark.parametrize(
    "printed",
    [
        # Held in public or in private is the kind of meeting, part of its name.
        "Minutes of the Board of Directors meeting held in public",
        "Minutes of the Trust Board meeting held in private",
        # A council is a body, not a host: 'Springfield City Council' stays.
        "Springfield City Council Regular Meeting",
        # The body named in full ('of the Parish Council') is no back-reference.
        "Meeting of the Parish Council",
        # A date inside the name, with no label after it, stays.
        "Budget Hearing on the 2019 Estimates",
        # 'Teams' that is no platform.
        "Meeting of the Project Teams",
        "Board of Education Meeting",
        "Meeting on the Draft Plan",
        "Review of the Approved Budget (2019)",
    ],
)
def test_what_names_the_meeting_is_kept(printed):
    assert clean_title(printed) == printed


def test_a_title_that_is_only_particulars_is_kept_as_printed():
    assert clean_title("held on 3 March 2015") == "held on 3 March 2015"


def test_a_recording_file_name_names_the_meeting():
    assert recording_title("Finance Committee-20230412_140312-Meeting Recording") == (
        "Finance Committee"
    )
    assert recording_title("Finance Committee") == ""


@pytest.mark.parametrize(
    "own, title",
    [
        (
            "Debates - Wednesday, 5 June 2019 - Single-use plastic packaging (debate)",
            "Single-use plastic packaging (debate)",
        ),
        ("Rural Bus Services - Hansard - Legislative Assembly", "Rural Bus Services"),
        ("Transcript: Media briefing | Northshore Agency", "Transcript: Media briefing"),
        # One part: the title as it is, for clean_title to tidy.
        ("Minutes of the Board of Directors, June 14, 2018",) * 2,
        ("Finance Committee-20230412_140312-Meeting Recording",) * 2,
        # Nothing but labels and dates: kept whole.
        ("Minutes - 3 March 2015", "Minutes - 3 March 2015"),
    ],
)  # fmt: skip
def test_a_pages_own_title_without_its_labels_dates_and_site(own, title):
    assert page_title(own, is_label=is_label) == title


@pytest.mark.parametrize(
    "printed, title",
    [
        ("Faculty Board \u2013 Minutes", "Faculty Board \u2013 Minutes"),
        ("Band Council Meeting \u2013 Minutes", "Band Council Meeting \u2013 Minutes"),
        ("Steering Group \u2013 Meeting 5 \u2013 Minutes", "Steering Group \u2013 Meeting 5"),
        ("Members' meeting \u2014 transcript", "Members' meeting"),
        ("Regular Meeting of Town Council \u2014 Transcript (English version)",
         "Regular Meeting of Town Council"),
    ],
)  # fmt: skip
def test_minutes_after_a_bodys_name_stay_and_other_labels_go(printed, title):
    assert clean_title(printed) == title


@pytest.mark.parametrize(
    "printed, title",
    [
        ("Clinical Ethics Committee, Minutes of the meeting held on Thursday 14/02/2019",
         "Clinical Ethics Committee"),
        ("Minutes of the meeting held on 3 May 2015", "Minutes of the meeting held on 3 May 2015"),
    ],
)  # fmt: skip
def test_a_body_before_minutes_of_the_meeting_held_on_a_date_is_the_title(printed, title):
    assert clean_title(printed) == title
