"""A thesaurus entry: its forms, and what it must have."""

import pytest
from django.core.exceptions import ValidationError

from search.models import ThesaurusEntry


def test_forms_are_the_term_then_each_equivalent_once():
    entry = ThesaurusEntry(term=" WMD ", equivalents="weapons of mass destruction\n\n WMD\nWMDs")

    assert entry.equivalent_list == ["weapons of mass destruction", "WMD", "WMDs"]
    assert entry.forms() == ["WMD", "weapons of mass destruction", "WMDs"]
    assert str(entry) == " WMD "


@pytest.mark.parametrize(("term", "equivalents"), [("--", "x"), ("WMD", "\n—\n")])
def test_a_term_and_an_equivalent_need_a_letter_or_digit(term, equivalents):
    with pytest.raises(ValidationError):
        ThesaurusEntry(term=term, equivalents=equivalents).clean()


@pytest.mark.django_db
def test_the_field_s_abbreviations_are_seeded_and_found_by_natural_key():
    entry = ThesaurusEntry.objects.get_by_natural_key("WMD")

    assert entry.equivalent_list == ["weapons of mass destruction"]
    assert entry.natural_key() == ("WMD",)
    assert ThesaurusEntry.objects.filter(term__in=["EU", "UNSC", "S&T", "lab"]).count() == 4
