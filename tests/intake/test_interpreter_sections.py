"""Headings that divide the record, and the lines that are never headings."""

import pytest

from intake.interpreter.sections import (
    is_document_label,
    is_minuted_outcome,
    is_record_of_proceedings,
    is_timed_moment,
    looks_like_heading,
    panel_heading,
    run_in,
)
from intake.interpreter.units import units_of
from tests.intake.blocks import document, heading


def unit(block):
    return units_of(document(block))[0]


@pytest.mark.parametrize(
    "text", ["Minutes", "Transcript of Proceedings", "P R O C E E D I N G S", "Summary record"]
)
def test_document_labels(text):
    assert is_document_label(text)


def test_panel_headings_with_their_topic():
    assert panel_heading("Session 2: What works") == ("Session 2", "What works")
    assert panel_heading("Morning session") == ("Morning session", "")
    assert panel_heading("Panel discussions were held.") is None


@pytest.mark.parametrize(
    "block",
    [
        "1. CALL TO ORDER",
        "3.1 Maple Ridge Cycling Coalition",
        "ADJOURNMENT",
        heading("Budget"),
        "4. Any other business",
        "5. Planning and Development",
    ],
)
def test_headings(block):
    assert looks_like_heading(unit(block))


@pytest.mark.parametrize(
    "text",
    [
        "CARRIED UNANIMOUSLY",
        "2.47 pm",
        "The Board approved the budget.",
        "Members Present:",
        # Items of a list that a sentence goes on through.
        "1. the pass mark for postgraduate taught modules to be 50 per cent;",
        "2. a student to be permitted one reassessment attempt per module; and",
        "1. Gulfside Restoration, $1,410,000, 10 months,",
        "2. grants for engineering reports or",
    ],
)
def test_not_headings(text):
    assert not looks_like_heading(unit(text))


@pytest.mark.parametrize(
    "text",
    [
        "<THE WITNESS WITHDREW [10.21 AM]",
        "ADJOURNED [10.29 AM]",
        "<PRIYA SUBRAMANIAM, AFFIRMED [10.04 AM]",
        "LUNCHEON ADJOURNMENT (1.05 pm)",
        "SHORT ADJOURNMENT (11:15)",
    ],
)
def test_moments_of_a_hearing_with_their_time_are_records_not_headings(text):
    assert is_timed_moment(text)
    assert not looks_like_heading(unit(text))


@pytest.mark.parametrize(
    "text", ["Welcome and introductions (10:00)", "3. FINANCE [10.30]", "ADJOURNMENT", "(10.30)"]
)
def test_headings_with_a_time_and_bare_times_are_no_such_moment(text):
    assert not is_timed_moment(text)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("1. PRIMARY HEALTH CARE: Item 5.3 of the provisional agenda (document EB144/12)",
         "PRIMARY HEALTH CARE"),
        ("4.2 Community Land Trust: report of the working group", "Community Land Trust"),
        ("19/042 Declarations of interest: Cllr Lang declared an interest.",
         "Declarations of interest"),
    ],
)  # fmt: skip
def test_run_in_items_whose_heading_reads_like_a_name(text, heading):
    assert run_in(text)[1] == heading


@pytest.mark.parametrize(
    "text", ["3. Ms. Lee: Thank you, Chair.", "2. Lorraine Batiste: My name is Lorraine."]
)
def test_a_numbered_speaker_label_is_no_run_in_item(text):
    assert run_in(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Amendment put.",
        "Motion, as amended, agreed to.",
        "Amendment declared carried.",
        "Question put and agreed to.",
        "Interjection.",
        "The Dáil divided by electronic means.",
        "The committee recessed at 0927.",
        "The members left at 7.15pm.",
        "The forum closed with thanks to the organisers and interpreters.",
    ],
)
def test_the_records_own_account_of_the_proceedings(text):
    assert is_record_of_proceedings(text)


@pytest.mark.parametrize(
    "text",
    [
        "The school closed last year, and the children now travel to Alvord.",
        "The school closed in 2019.",
        "I put the amendment to the committee last week.",
        "The committee recessed, I think, too early last time.",
        "The Board approved the budget.",
    ],
)
def test_words_about_other_things_are_no_such_account(text):
    assert not is_record_of_proceedings(text)


@pytest.mark.parametrize(
    "text",
    [
        "The accounts were received.",
        "The report was noted.",
        "Mrs Helen Voss was reappointed.",
        "Governors approved the revised budget.",
        "The committee noted the report.",
        "Members unanimously agreed to defer the item.",
        "Mrs Whitmore reported the results of the pupil voice survey on behaviour.",
        "Dr Qureshi presented the budget on behalf of the resources committee.",
        "Cllr Hale outlined the options for the car park.",
    ],
)
def test_outcomes_the_minutes_record_in_the_passive_or_with_the_meeting_as_subject(text):
    assert is_minuted_outcome(text)


@pytest.mark.parametrize(
    "text",
    [
        "We were received warmly by the mayor.",
        "The accounts were late again this year",
        "Parents approved of the new uniform, we heard.",
        "The contractor approved the drawings.",
        "Mr Chairman, I reported this to the police last week.",
        "Dr Qureshi and I presented it together.",
    ],
)
def test_words_that_are_no_minuted_outcome(text):
    assert not is_minuted_outcome(text)
