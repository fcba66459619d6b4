"""Where the meeting was: place lines, venue lines, datelines and sentences."""

import pytest

from intake.interpreter import draft_from_document
from intake.interpreter.places import dateline, is_venue, place_in_sentence
from tests.intake.blocks import document, heading

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("The Panel convened on Thursday 12 March 2015 at 1.30 pm in the Civic Hall, Leeds.",
         "Civic Hall, Leeds"),
        ("Held at the Hubert H. Humphrey Building, Room 800, Washington, DC, and by webinar.",
         "Hubert H. Humphrey Building, Room 800, Washington, DC"),
        ("Held at the offices of Carrick & Lowe LLP, 9 Albyn Place, Edinburgh",
         "The offices of Carrick & Lowe LLP, 9 Albyn Place, Edinburgh"),
        ("The Board met at ten o'clock in the forenoon.", ""),
        ("The Lok Sabha met at Eleven of the Clock.", ""),
        # The hour passed over, the room after it is the place.
        ("The House met at Two O\u2019Clock in the Assembly Chamber.", "Assembly Chamber"),
        ("The Council met at the Clock Tower, Millbrook.", "Clock Tower, Millbrook"),
        # A street in lower case after its house number is part of the address.
        ("Held in the Council Chamber, Town Hall, 120 rue Principale, Port-Lacroix, at 7 p.m.",
         "Council Chamber, Town Hall, 120 rue Principale, Port-Lacroix"),
        ("The Assembly met in the Sala Verde, 8 via Roma, Turin, at 10.00.",
         "Sala Verde, 8 via Roma, Turin"),
        ("Held on 13 June in the Society's rooms, 14 Gower Mews, London WC1E 6BT.",
         "The Society's rooms, 14 Gower Mews, London WC1E 6BT"),
        # A number that is not a house number after a comma starts no street.
        ("The Board met in Room 12 at noon to consider the budget.", "Room 12"),
        # A person named after the place is no part of it.
        ("The Committee met, pursuant to call, at 10:00 a.m., in Room 1300 of the Longworth "
         "Building, Hon. Walter Brandt presiding.", "Room 1300 of the Longworth Building"),
    ],
)  # fmt: skip
def test_a_place_inside_a_sentence(sentence, place):
    assert place_in_sentence(sentence) == place


def test_datelines_and_venues():
    assert dateline("Vienna, Austria, March 3, 2014")[1] == "Vienna, Austria"
    assert dateline("February 11, 2019 \u00b7 Agency Headquarters, Media Room B")[1] == (
        "Agency Headquarters, Media Room B"
    )
    assert is_venue("Council Chambers, City Hall, 11995 Haney Place")
    assert not is_venue("Office of the Spokesperson")


@pytest.mark.parametrize(
    "lines, location",
    [
        (
            ["1 June 2020", "Location: Council Chamber, 14 Quay Street"],
            "Council Chamber, 14 Quay Street",
        ),
        (
            ["1 June 2020", "Press Briefing Room\nWashington, D.C."],
            "Press Briefing Room, Washington, D.C.",
        ),
        (["Wednesday, 6 June 2018, 10 a.m.\nNew York"], "New York"),
    ],
)
def test_the_place_of_the_header(lines, location):
    doc = document("Board meeting", *lines, "Ms. Lee: We start.")
    assert draft_from_document(document=doc, themes=[]).data["meeting"]["location"] == location


@pytest.mark.parametrize(
    "line, place",
    [
        ("Meeting of Wednesday 27th February 2019, 2.00pm, in the Boardroom, Kingsley Building",
         "Boardroom, Kingsley Building"),
        ("Committee meeting, Friday 3 May 2019, 7pm, Community Room, Block C",
         "Community Room, Block C"),
        ("Europa building, Brussels \u00b7 Monday, 28 January 2019 \u00b7 Item 3",
         "Europa building, Brussels"),
        ("Minutes | 3 June 2024 | Council Chamber, Town Hall", "Council Chamber, Town Hall"),
    ],
)  # fmt: skip
def test_a_venue_after_a_lead_a_date_and_a_time_or_in_another_part_of_the_line(line, place):
    assert dateline(line, day_first=True)[1] == place


@pytest.mark.parametrize(
    "line",
    [
        "Report of Tuesday 4 May 2019, Annex",  # a lead that is no meeting's
        "Meeting of 4 May 2019, to agree the budget",  # no venue after the date
        "Item 3 \u00b7 4 May 2019 \u00b7 Agenda",
    ],
)
def test_words_after_a_date_that_are_no_venue_are_no_place(line):
    found = dateline(line, day_first=True)
    assert found is None or found[1] == ""


def test_a_sentence_saying_when_the_meeting_was_held_gives_the_venue_after_the_date():
    doc = document(
        heading("Lindenmoor University"),
        "Unconfirmed minutes of the meeting held on 17 May 2023, Kinross Room, Library Building",
        "Ms. Lee: We start.",
    )
    data = draft_from_document(document=doc, themes=[]).data
    assert data["meeting"]["location"] == "Kinross Room, Library Building"


@pytest.mark.parametrize(
    "lines, location",
    [
        (["Chairman Ames called the meeting to order at 6:30 PM in the Selectmen's Meeting "
          "Room, Town Hall."], "Selectmen's Meeting Room, Town Hall"),
        (["Call to Order: Chair Evans called the regular meeting to order at 7:00 pm at the "
          "Township Hall, 1234 Main Street."], "Township Hall, 1234 Main Street"),
        (["Held: Tuesday 5 March 2019, 7pm, St John's Church Hall"], "St John's Church Hall"),
        (["Date and time: 5 March 2019, 18:00", "Venue: Microsoft Teams"],
         "Online (Microsoft Teams)"),
        (["Meeting location: Zoom video conference"], "Online (Zoom)"),
        (["Location: Conference Room B / Zoom (hybrid)"], "Conference Room B"),
        (["Location: Council Chamber and Microsoft Teams"], "Council Chamber"),
    ],
)  # fmt: skip
def test_places_of_call_to_order_sentences_fields_and_hybrid_meetings(lines, location):
    doc = document("Finance Committee", "Minutes", "5 March 2019", *lines, "Ms. Lee: We start.")
    data = draft_from_document(document=doc, themes=[]).data
    assert data["meeting"]["location"] == location
    assert not any(a["group"] == "Venue" for a in data["attendees"])


@pytest.mark.parametrize(
    "line", ["Minutes of the meeting of 5 March 2019", "Meeting of Tuesday, 5 March 2019"]
)
def test_a_line_that_is_only_the_documents_label_and_its_date_dates_the_meeting(line):
    assert dateline(line, day_first=True)[0].isoformat() == "2019-03-05"


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Meeting held on Thursday 21st November 2019 at 6.00pm in the school library.",
         "School library"),
        ("The committee met in the church hall at 7 pm.", "Church hall"),
        ("The governors met on 3 May 2021 in the staff room.", "Staff room"),
    ],
)  # fmt: skip
def test_a_room_named_in_lower_case_takes_no_the(sentence, place):
    assert place_in_sentence(sentence) == place


@pytest.mark.parametrize(
    "text",
    [
        "Tues 12th Feb, 5.30pm, Meeting Room 3, Trinity Resource Centre, Eastmoor",
        "Wednesday, Committee Room 2, County Hall",
        "18:30, Village Hall, Church Lane",
        "Thurs 7th March, 7 p.m., Community Room, Block C",
    ],
)
def test_a_line_with_a_weekday_or_an_hour_is_a_date_line_not_a_venue(text):
    assert not is_venue(text)


@pytest.mark.parametrize(
    "line, place",
    [
        ("11 Jun 2019, 2:00\u20134:00 pm, Board Room, MVTA Administration Building, "
         "400 Riverside Ave.", "Board Room, MVTA Administration Building, 400 Riverside Ave."),
        ("5 March 2020, 7pm, Council Chamber, 12 Main St.", "Council Chamber, 12 Main St."),
        ("5 March 2020, 7pm, Council Chamber, Town Hall.", "Council Chamber, Town Hall"),
    ],
)  # fmt: skip
def test_an_abbreviation_ending_the_place_keeps_its_period(line, place):
    assert dateline(line)[1] == place


@pytest.mark.parametrize(
    "text",
    [
        "Institut f\u00fcr Geod\u00e4sie, Technische Universit\u00e4t Wien, Vienna",
        "Aula Magna, Universit\u00e0 degli Studi di Padova, Padua",
        "Faculteit der Geowetenschappen, Universiteit Utrecht, Utrecht",
    ],
)
def test_an_institute_or_university_named_in_its_language_is_a_venue(text):
    assert is_venue(text)
