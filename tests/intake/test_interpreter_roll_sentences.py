"""Roll calls written as sentences: who was present, absent, excused or on leave."""

import pytest

from intake.interpreter.roll_sentences import roll_sentences


def groups(text: str):
    found = roll_sentences(text)
    return found and [(group, [e.name.name for e in entries]) for group, entries in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Directors Chen, Alvarez, Brooks and Nguyen were present. Director Ito was absent.",
         [("Present", ["Chen", "Alvarez", "Brooks", "Nguyen"]), ("Absent", ["Ito"])]),
        ("Present were Commissioners Adams, Baker and Clark.",
         [("Present", ["Adams", "Baker", "Clark"])]),
        ("The following members were present: Ann Lee, Bo Park and Cy Young.",
         [("Present", ["Ann Lee", "Bo Park", "Cy Young"])]),
        ("Councillors J Farrow and L Stamp were absent.", [("Absent", ["J Farrow", "L Stamp"])]),
        ("Also present were Ms Ann Lee and Mr Bo Park.",
         [("Also present", ["Ann Lee", "Bo Park"])]),
        ("Leave of absence was granted to Dr. Meera Khan.", [("Leave of absence", ["Meera Khan"])]),
        ("Cllr Ward sent apologies.", [("Apologies", ["Ward"])]),
        ("Mrs Ann Lee sent her apologies for absence.", [("Apologies", ["Ann Lee"])]),
        ("Apologies were received from Cllr Jones and Cllr Patel.",
         [("Apologies", ["Jones", "Patel"])]),
    ],
)  # fmt: skip
def test_a_roll_call_in_sentences(text, expected):
    assert groups(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "All members were present.",
        "A quorum was present.",
        "The Board was present at the opening.",
        "Mr Smith said that the residents were present at the hearing.",
        "Directors Chen and Alvarez were present. The Chair opened the meeting at 7 p.m.",
    ],
)
def test_other_sentences_are_no_roll_call(text):
    assert not roll_sentences(text)
