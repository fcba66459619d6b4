"""Dates in every common written form, and the meeting's own date rather than one in passing."""

import datetime

import pytest

from intake.interpreter import draft_from_document
from intake.interpreter.dates import find_date, is_only_a_date, numeric_convention, year_from_words
from tests.intake.blocks import document


@pytest.mark.parametrize(
    "text",
    [
        "Tuesday, 3 March 2015 | 2:00\u20134:00 p.m.",
        "3rd March 2015",
        "March 3, 2015",
        "2015-03-03",
        "Thu., Mar. 3rd, 2015",
        "the third day of March, two thousand and fifteen",
        "March third, 2015",
        "3\u20134 March 2015",
    ],
)
def test_written_forms(text):
    assert find_date(text).date == datetime.date(2015, 3, 3)


@pytest.mark.parametrize(
    "words, year",
    [("two thousand and nineteen", 2019), ("nineteen ninety-nine", 1999), ("twenty fifteen", 2015)],
)
def test_years_in_words(words, year):
    assert year_from_words(words) == year


def test_dates_that_cannot_be_read_two_ways_only():
    assert find_date("13/03/2015").date == datetime.date(2015, 3, 13)
    assert find_date("03/04/2015") is None
    assert find_date("February 30, 2015") is None


def test_a_line_that_is_only_a_date():
    assert is_only_a_date("Date: Tuesday, 3 March 2015")
    assert not is_only_a_date("The minutes of 3 March 2015 were approved.")


@pytest.mark.django_db
def test_the_date_is_the_meetings_own_not_one_in_passing():
    doc = document(
        "Meeting of the Example Board",
        "12 May 2016",
        "Mr. Alan Smith: In March 2014 we decided this; on June 1, 2015 we did it again.",
    )
    assert draft_from_document(document=doc, themes=[]).data["meeting"]["date"] == "2016-05-12"


@pytest.mark.django_db
def test_a_date_in_the_title_or_the_first_sentence_is_taken_and_noted():
    doc = document("Minutes of the Finance Committee held on 5 March 2019", "Ms. Lee: Approved.")
    data = draft_from_document(document=doc, themes=[]).data
    assert data["meeting"]["date"] == "2019-03-05"
    titled = document("Ms. Lee: Approved.", title="Board minutes, 7 May 2020")
    assert draft_from_document(document=titled, themes=[]).data["meeting"]["date"] == "2020-05-07"


@pytest.mark.parametrize(
    "text, date",
    [
        ("Twelfth Month 9, 2018", datetime.date(2018, 12, 9)),
        ("held Third Month 14, 2021, at the meetinghouse", datetime.date(2021, 3, 14)),
        ("the 2nd day of First Month 2020", datetime.date(2020, 1, 2)),
        ("2021-06-24T18:30:00+01:00", datetime.date(2021, 6, 24)),
        ("created: 2023-03-09T19:05", datetime.date(2023, 3, 9)),
        ("the 12th day of March 2019", datetime.date(2019, 3, 12)),
        ("the twenty-first day of May, two thousand and twenty", datetime.date(2020, 5, 21)),
    ],
)
def test_plain_dates_timestamps_and_dates_in_words(text, date):
    assert find_date(text).date == date


@pytest.mark.parametrize(
    "text, date",
    [
        ("Tuesday 09/04/2019", datetime.date(2019, 4, 9)),  # 9 April 2019 was a Tuesday
        ("Wednesday 09/04/2019", datetime.date(2019, 9, 4)),  # 4 September a Wednesday
        ("held on Fri, 02/03/2023 at 7pm", datetime.date(2023, 2, 3)),  # month first
        ("Thu. 02.03.2023", datetime.date(2023, 3, 2)),  # day first
        ("Monday 5/6/2023", datetime.date(2023, 6, 5)),
    ],
)
def test_a_weekday_printed_with_a_numeric_date_chooses_its_reading(text, date):
    assert find_date(text).date == date


def test_a_numeric_date_follows_the_documents_convention():
    assert numeric_convention(["Next: 14/05/2019", "held 09/04/2019"]) is True
    assert numeric_convention(["Next: 5/14/2019", "held 09/04/2019"]) is False
    assert numeric_convention(["held 09/04/2019"]) is None
    assert find_date("held 09/04/2019", day_first=True).date == datetime.date(2019, 4, 9)
    assert find_date("held 09/04/2019", day_first=False).date == datetime.date(2019, 9, 4)
    assert find_date("held 09/04/2019") is None


@pytest.mark.django_db
def test_a_uk_parish_reads_its_numeric_dates_day_first():
    doc = document(
        "Minutes of the Meeting of the Parish Council held on 09/04/2019 in the Village Hall",
        "Present: Cllr A Smith (Chairman), Cllr B Jones",
        "The Council noted the report.",
        "Date of next meeting: 21/05/2019.",
    )
    assert draft_from_document(document=doc, themes=[]).data["meeting"]["date"] == "2019-04-09"


@pytest.mark.parametrize(
    "text, date",
    [
        ("After: 05-Mar-19 06:55 PM", datetime.date(2019, 3, 5)),
        ("Exported 5/Sep/21", datetime.date(2021, 9, 5)),
        ("held on 27-06-2019 (Thursday)", datetime.date(2019, 6, 27)),
        ("held on 27- 06-2019 (Thursday)", datetime.date(2019, 6, 27)),
    ],
)
def test_a_short_month_with_two_digits_of_year_and_dashed_numeric_dates(text, date):
    assert find_date(text, day_first=True).date == date


@pytest.mark.parametrize("text", ["Room 5 May 19:30", "on 5 Mar 19 members", "version 1.2.3"])
def test_near_misses_of_short_dates_are_no_dates(text):
    assert find_date(text, day_first=True) is None


@pytest.mark.parametrize(
    "text",
    [
        # Minutes in translation keep the month as the original printed it.
        "Procès-verbal de la séance du 5 mars 2019",
        "le mardi 5 mars 2019 à 19 h 30",
        "Niederschrift über die Sitzung vom 5. März 2019",
        "Dienstag, 5. Maerz 2019",
        "Acta de la sesión ordinaria del 5 de marzo de 2019",
        "Verbale della seduta del 5 marzo 2019",
        "Ata da reunião de 5 de março de 2019",
        "Notulen van de vergadering van 5 maart 2019",
        "Referat af byrådsmøde den 5. marts 2019",
        "Protokoll fört vid sammanträde 5 mars 2019",
        "Protokół z posiedzenia w dniu 5 marca 2019 r.",
        # English forms the first battery leaves out.
        "Tues., March 5th, 2019",
        "5th of March, 2019",
        "Tuesday the 5th of March 2019",
        "Mar. 5, 2019",
        "5-Mar-2019",
        "05.03.2019 (Tuesday)",
        "Tuesday, 5 March, 2019",
        "MARCH 5, 2019",
    ],
)
def test_forms_of_other_languages_and_abbreviations(text):
    assert find_date(text, day_first=True).date == datetime.date(2019, 3, 5)


@pytest.mark.parametrize(
    "text",
    ["We met on Mars 5 2019 in theory", "Mai 2019 newsletter", "Sept. 2019"],
)
def test_a_month_word_without_a_day_is_no_date(text):
    found = find_date(text)
    assert found is None or found.date.day != 1


def test_without_a_one_way_numeric_date_the_order_of_dates_in_words_tells():
    assert numeric_convention(["held 3/12/2019", "next meeting: April 9, 2019"]) is False
    assert numeric_convention(["held 3/12/2019", "next meeting: 9th of April 2019"]) is True
    assert numeric_convention(["held 3/12/2019", "in April 2019"]) is None


@pytest.mark.parametrize(
    "text, day_first, date",
    [
        ("Board Mtg - Mon 4/8/19", False, datetime.date(2019, 4, 8)),
        ("Board Mtg - Mon 4/8/19", True, datetime.date(2019, 4, 8)),  # the weekday decides
        ("Tues 3/12/19 meeting", False, datetime.date(2019, 3, 12)),
        ("Wed, 10/4/19", None, datetime.date(2019, 4, 10)),
        ("held on Tuesday 23.10.18 at 7.30pm", None, datetime.date(2018, 10, 23)),
        ("Thursday 07-03-24", True, datetime.date(2024, 3, 7)),
    ],
)
def test_two_digits_of_the_year_are_read_under_a_weekday_that_agrees(text, day_first, date):
    assert find_date(text, day_first=day_first).date == date


@pytest.mark.parametrize(
    "text",
    ["Vote 4/8/19", "Carried 5/0/1", "Mon 4/9/19", "Ref. 12/3/20", "Mon 23.10.18", "Mon 4/8-19"],
)
def test_two_digits_of_the_year_without_an_agreeing_weekday_are_no_date(text):
    assert find_date(text, day_first=False) is None


@pytest.mark.parametrize(
    "text, date",
    [
        ("Club assembly, 15.X.2019", datetime.date(2019, 10, 15)),
        ("Posiedzenie zarządu 1. XII. 2018", datetime.date(2018, 12, 1)),
        ("Meeting of 3.IV.2021, 18:00", datetime.date(2021, 4, 3)),
    ],
)
def test_a_month_in_roman_numerals_between_dots(text, date):
    assert find_date(text).date == date


@pytest.mark.parametrize("text", ["Article 5 I 2019", "Chapter IV 2019", "Figure 3.IV"])
def test_roman_numerals_without_the_dots_of_a_date_are_no_date(text):
    assert find_date(text) is None
