"""Abbreviations found among a theme's keywords and where a text defines them."""

import pytest

from search.abbreviations import defined_pairs, initials_match, keyword_pairs


@pytest.mark.parametrize(
    ("short", "long", "match"),
    [
        ("WMD", "weapons of mass destruction", True),  # stop words skipped
        ("COE", "centre of excellence", True),  # or counted
        ("COEs", "centres of excellence", True),  # a plural s
        ("FSU", "former Soviet Union", True),
        ("GP", "Global Partnership", True),
        ("GP", "general practice of law", False),
        ("X", "xenon", False),  # one letter is no abbreviation
        ("1540", "resolution", False),
    ],
)
def test_initials(short, long, match):
    assert initials_match(short, long) is match


def test_pairs_among_keywords():
    keywords = ["cbrn", "wmd", "weapons of mass destruction", "preparedness", "coe"]

    assert keyword_pairs(keywords) == [("wmd", "weapons of mass destruction")]


def test_pairs_a_text_defines_either_way_round():
    text = (
        "Chemical, biological, radiological and nuclear (CBRN) threats. Accelerating "
        "IHRs(International Health Regulations) is important. Lessons from the past (FSU)."
    )

    assert defined_pairs(text) == [
        ("CBRN", "Chemical, biological, radiological and nuclear"),
        ("IHRs", "International Health Regulations"),
    ]
