"""Places written as small bodies write them: rooms in lower case, fields on one line, an
hour before the room, a date after the hall, an address over a block's lines."""

import pytest

from intake.interpreter import draft_from_document
from intake.interpreter.places import common_venue, place_in_sentence
from tests.intake.blocks import document

pytestmark = pytest.mark.django_db


def location(*blocks) -> str:
    return draft_from_document(document=document(*blocks), themes=[]).data["meeting"]["location"]


@pytest.mark.parametrize(
    "text, place",
    [
        ("the clubhouse at Ferndale Rec", "Clubhouse, Ferndale Rec"),
        ("committee room 1.", "Committee room 1"),
        ("the church hall, Mill Lane, Ashby", "Church hall, Mill Lane, Ashby"),
        ("the school library", "School library"),
        ("the afternoon", ""),
        ("closed session to discuss", ""),
    ],
)  # fmt: skip
def test_a_room_in_lower_case(text, place):
    assert common_venue(text) == place


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("The committee met at 0900 in committee room 1.", "Committee room 1"),
        ("The Board met at 1830 hours in the boardroom.", "Boardroom"),
        ("Minutes of the Regular Meeting of the City Council held at the Town Hall on 5 March "
         "2019", "Town Hall"),
        ("The Council met at the Guildhall on Tuesday, 5 March.", "Guildhall"),
        ("Held at the clubhouse, 1400 Quail Run Drive, Sedona Springs, AZ 86336.",
         "Clubhouse, 1400 Quail Run Drive, Sedona Springs, AZ 86336"),
    ],
)  # fmt: skip
def test_a_place_in_a_sentence_past_the_hour_and_before_the_date(sentence, place):
    assert place_in_sentence(sentence) == place


@pytest.mark.parametrize(
    "lines, place",
    [
        (["Parks Committee", "Monday 2nd Sept 2019, 7.30pm, in the clubhouse at Ferndale Rec"],
         "Clubhouse, Ferndale Rec"),
        (["Governors", "Date: 26.11.2019 Time: 6.00pm Venue: School library"],
         "School library"),
        (["Governors", "Date: 26.11.2019    Location: Room 4, Civic Centre"],
         "Room 4, Civic Centre"),
        (["Board", "Date: 3 March 2020 | Time: 7 p.m. | Place: Board Room, 200 Elm Street"],
         "Board Room, 200 Elm Street"),
        (["Tenants", "Tuesday the 16th of April 2024, 7.00pm, at the co-op office, 2 Elmfield Row"],
         "Co-op office, 2 Elmfield Row"),
        (["Finance Committee", "5 March 2019", "Council Chamber\nCivic Centre\n1 Main Street"],
         "Council Chamber, Civic Centre, 1 Main Street"),
        (["Finance Committee", "5 March 2019",
          "Mr Jones reported that the new library at Main Street would open in May."], ""),
    ],
)  # fmt: skip
def test_a_place_in_the_header(lines, place):
    assert location(*lines, "Mr Smith said hello.") == place
