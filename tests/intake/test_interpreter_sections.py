"""Headings that divide the record, and the lines that are never headings."""

import pytest

from intake.interpreter.sections import (
    is_document_label,
    looks_like_heading,
    panel_heading,
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
