"""How an attendance list may print a name: surname first, or with whom a substitute sat for."""

import pytest

from intake.interpreter.attendance import entries_in
from intake.interpreter.attendance_headings import attendance_heading
from intake.interpreter.attendance_names import surname_first, without_whom_replaced


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ole Kjaer (V) for Jens Holm", "Ole Kjaer (V)"),
        ("Bo Park replacing Carl Dean", "Bo Park"),
        ("Ann Lee in place of Dee Roe", "Ann Lee"),
    ],
)
def test_a_substitute_is_listed_without_the_member_they_sat_for(text, name):
    assert without_whom_replaced(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Under-Secretary of State for Agricultural Policies",
        "Minister for Public Works",
        "Ann Lee for Acme",
    ],
)
def test_an_office_for_a_field_is_left_whole(text):
    assert without_whom_replaced(text) == text


def test_a_substitutes_heading_lists_the_substitute():
    group, rest, sure = attendance_heading("Substitute: Ole Kjaer (V) for Jens Holm")
    assert (group, sure) == ("Substitute", True)
    assert [e.name.name for e in entries_in(rest)] == ["Ole Kjaer"]


@pytest.mark.parametrize(
    "text, printed",
    [
        ("Mthembu, Ms N (ANC)", "Ms N Mthembu (ANC)"),
        ("Khoza, Mr M", "Mr M Khoza"),
        ("Ann Lee, Chair", "Ann Lee, Chair"),  # a name, then a role: not surname first
        ("The Speaker, Ms Ellison", "The Speaker, Ms Ellison"),
    ],
)
def test_a_surname_first_before_honorific_and_initials_is_turned_round(text, printed):
    assert surname_first(text) == printed
