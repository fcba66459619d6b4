"""Places in the header lines real minutes print: upper-case venues, parted lines, a host, a
city before the date, a hybrid meeting's room in person."""

import pytest

from intake.interpreter import draft_from_document
from tests.intake.blocks import document

pytestmark = pytest.mark.django_db


def meeting(*blocks) -> dict:
    return draft_from_document(document=document(*blocks, "Ann Lee: Welcome."), themes=[]).data[
        "meeting"
    ]


@pytest.mark.parametrize(
    "lines, location",
    [
        # Upper-case venue lines with a house number: a name's capitals, the numbers as printed.
        (["TENANCY TRIBUNAL", "HEARING ROOM 4, TRIBUNAL CENTRE, 200 QUEEN STREET, PORT ROYAL",
          "TUESDAY, 14 MAY 2019, 10.02 AM"],
         "Hearing Room 4, Tribunal Centre, 200 Queen Street, Port Royal"),
        (["Planning Board", "5 March 2019", "COUNCIL CHAMBERS, 200 QUEEN STREET"],
         "Council Chambers, 200 Queen Street"),
        (["Parish Council", "5 March 2019", "VILLAGE HALL, 3 CHURCH LANE, LEEDS LS1 4DJ"],
         "Village Hall, 3 Church Lane, Leeds LS1 4DJ"),
    ],
)  # fmt: skip
def test_an_upper_case_venue_line(lines, location):
    assert meeting(*lines)["location"] == location


@pytest.mark.parametrize(
    "lines, location",
    [
        (["Rowing Club · weekly meeting no. 87 · Boathouse, 4 River Lane, Henley", "5 May 2019"],
         "Boathouse, 4 River Lane, Henley"),
        (["Rotary Club Kraków · meeting no. 1187 · Restauracja Pod Lipami, ul. Długa 14, Kraków",
          "5 March 2019"],
         "Restauracja Pod Lipami, ul. Długa 14, Kraków"),
        (["Schema Committee — 14th Meeting",
          "Open Formats Alliance · 15 November 2017 · Hosted by Acme Corp, Building 4, "
          "Mountain View, California, and online"],
         "Acme Corp, Building 4, Mountain View, California"),
        (["Board", "March 5, 2019", "Hosted by Acme Corp, Building 4"], "Acme Corp, Building 4"),
        (["Working Group | 3 March 2020 | Hosted at Northwind Data, 12 Harbour Street, Leith"],
         "Northwind Data, 12 Harbour Street, Leith"),
    ],
)  # fmt: skip
def test_a_venue_among_the_parts_of_a_header_line_or_its_host(lines, location):
    assert meeting(*lines)["location"] == location


@pytest.mark.parametrize(
    "lines, location",
    [
        (["Board of Directors", "Minutes | June 3rd, 2024 | 7:00 PM",
          "Administration Building, Board Room \u2014 31 Mill Street, Riverbend"],
         "Administration Building, Board Room \u2014 31 Mill Street, Riverbend"),
        (["Senate", "Unconfirmed minutes of the meeting held on 17 May 2023, Kinross Room, "
          "Library Building"], "Kinross Room, Library Building"),
        (["Senate", "Minutes of the meeting held on 4 June 2021, Room 2, County Hall"],
         "Room 2, County Hall"),
    ],
)  # fmt: skip
def test_a_venue_after_the_date_or_under_it(lines, location):
    assert meeting(*lines)["location"] == location


@pytest.mark.parametrize(
    "lines, location",
    [
        (["Verbatim report of proceedings", "Wednesday, 5 June 2019 - Strasbourg"], "Strasbourg"),
        (["Plenary", "Monday 3 March 2014 \u2013 Brussels"], "Brussels"),
        (["Steering group", "5 March 2019, 14:00-16:00 CET, Brussels (hybrid)"], "Brussels"),
        (["Working party", "Thursday 7 June 2018, 10:00 UTC, Den Haag"], "Den Haag"),
        (["Board", "5 March 2019, 7pm, Minutes"], ""),
        (["Forum", "Kathmandu, 9 December 2019 \u2014 Hotel Yak & Yeti, Durbar Hall"],
         "Hotel Yak & Yeti, Durbar Hall, Kathmandu"),
        (["Workshop", "Geneva, 4 May 2018 \u2014 Palais des Nations, Room XVII"],
         "Palais des Nations, Room XVII, Geneva"),
        # A label after the date is no place.
        (["Council", "5 March 2019 \u2013 Minutes"], ""),
        (["Council", "5 March 2019 - Draft"], ""),
    ],
)  # fmt: skip
def test_a_city_beside_the_date(lines, location):
    assert meeting(*lines)["location"] == location


@pytest.mark.parametrize(
    "lines, location",
    [
        (["Land Use Committee", "Wednesday, 20 March 2019",
          "Hybrid: in person at P.S. 312 Auditorium, 7103 Avenue T, Brooklyn, and on WebEx"],
         "P.S. 312 Auditorium, 7103 Avenue T, Brooklyn"),
        (["Parish Council", "5 March 2019", "In person at the Village Hall, and via Zoom"],
         "Village Hall"),
        (["Board", "5 March 2019", "In person: Boardroom, Kingsley Building; online via Teams"],
         "Boardroom, Kingsley Building"),
    ],
)  # fmt: skip
def test_a_hybrid_meetings_room_in_person(lines, location):
    assert meeting(*lines)["location"] == location


def test_a_town_and_the_date_of_issue_are_no_meetings_date():
    found = meeting("Executive Board", "Geneva, 1 February 2019", "Summary record",
                    "WHO headquarters, Geneva", "Wednesday, 30 January 2019, at 14:30")  # fmt: skip
    assert (found["date"], found["location"]) == ("2019-01-30", "WHO headquarters, Geneva")


@pytest.mark.parametrize(
    "field, location",
    [
        ("Lieu : Salle du conseil, Mairie de Lyon", "Salle du conseil, Mairie de Lyon"),
        ("Ort: Rathaus, Sitzungssaal 2", "Rathaus, Sitzungssaal 2"),
        ("Lugar: Sala de Juntas, Edificio Central", "Sala de Juntas, Edificio Central"),
        ("Plaats: Raadzaal, Stadhuis", "Raadzaal, Stadhuis"),
    ],
)
def test_a_place_field_in_the_bodys_own_language(field, location):
    assert meeting("Conseil municipal", "5 March 2019", field)["location"] == location


def test_a_letterheads_parts_are_the_bodys_address_not_the_meetings_place():
    found = meeting(
        "City of Cedar Falls seal | City Hall, 400 Harbor Boulevard, Cedar Falls, OR 97390",
        "Tuesday, July 16, 2019 | 6:00 PM | Council Chambers",
    )
    assert found["location"] == "Council Chambers"


@pytest.mark.parametrize(
    "lines, location",
    [
        (["Subject: Minutes - committee meeting 2019", "Committee meeting, Thursday 7th March, "
          "7pm, Community Room, Block C"], "Community Room, Block C"),
        (["Rovers FC \u2013 Committee Meeting 2019", "Monday 2nd Sept, 7.30pm, in the clubhouse "
          "at Ferndale Rec"], "Clubhouse, Ferndale Rec"),
        (["Residents' committee, 2019", "Wednesday 5 June, 6pm, at the Old School, Ashby"],
         "Old School, Ashby"),
    ],
)  # fmt: skip
def test_a_venue_after_a_date_printed_without_its_year(lines, location):
    assert meeting(*lines)["location"] == location


@pytest.mark.parametrize(
    "lines, location",
    [
        (["COUNTY BOARD OF COMMISSIONERS", "Regular Session \u2013 Monday, August 5, 2019 \u2013 "
          "9:00 a.m.", "Commission Chambers, County Courthouse, 101 N. Main Street, Alvord, Texas"],
         "Commission Chambers, County Courthouse, 101 N. Main Street, Alvord, Texas"),
        (["Town Board", "Special Meeting - March 5, 2019 - 7:00 PM", "Town Hall, 3 Main Street"],
         "Town Hall, 3 Main Street"),
    ],
)  # fmt: skip
def test_a_venue_line_under_the_kind_of_sitting_and_its_date(lines, location):
    assert meeting(*lines)["location"] == location


@pytest.mark.parametrize(
    "lines, location",
    [
        # The place line ends with a comma: the town on the next paragraph goes on with it.
        (["Session held on Wednesday 22 May 2019, 14:00\u201315:40, Institut f\u00fcr "
          "Geod\u00e4sie, Technische Universit\u00e4t Wien,", "Vienna"],
         "Institut f\u00fcr Geod\u00e4sie, Technische Universit\u00e4t Wien, Vienna"),
        (["Held on 5 May 2021, Committee Room 4, County Hall,", "Norbridge"],
         "Committee Room 4, County Hall, Norbridge"),
        # The hour, then the venue, under the meeting's name.
        (["5 May 2021", "6:00 PM, District Office Board Room, 1150 Canal Road"],
         "District Office Board Room, 1150 Canal Road"),
        (["5 May 2021", "7.30pm \u2013 Village Hall, Church Lane, Little Ashcombe"],
         "Village Hall, Church Lane, Little Ashcombe"),
    ],
)  # fmt: skip
def test_a_place_going_on_in_the_next_paragraph_or_after_the_hour(lines, location):
    doc = document("Board meeting", *lines, "Ms. Lee: We start.")
    assert draft_from_document(document=doc, themes=[]).data["meeting"]["location"] == location


@pytest.mark.parametrize(
    "block, location",
    [
        ("E&OE TRANSCRIPT\nDOORSTOP INTERVIEW\nROBERTSON BARRACKS, DARWIN\nFRIDAY, 19 AUGUST 2022",
         "Robertson Barracks, Darwin"),
        ("E&OE TRANSCRIPT\nJOINT PRESS CONFERENCE\nGARDEN ISLAND, SYDNEY\nFRIDAY, 19 AUGUST 2022",
         "Garden Island, Sydney"),
    ],
)  # fmt: skip
def test_a_place_on_the_line_above_the_date_in_one_block(block, location):
    doc = document("Transcript", "19 August 2022 Transcript", block, "MINISTER: Thanks, all.")
    assert draft_from_document(document=doc, themes=[]).data["meeting"]["location"] == location
