"""Did you mean: unknown words replaced by the most alike known word, the rest as typed."""

import pytest

from search.statements import read_query, suggestion
from tests.factories import make_organisation, make_person, make_statement, make_theme
from tests.search.conftest import made_public

pytestmark = pytest.mark.django_db


def suggested(text: str) -> str:
    return suggestion(text=text, query=read_query(text))


def test_a_misspelt_word_of_the_statements_is_corrected():
    make_statement(text="Bioterrorism and biosecurity units.")

    assert suggested("bioterorism") == "bioterrorism"
    assert suggested("Bioterorism units") == "bioterrorism units"


def test_a_misspelt_name_is_corrected_as_printed_and_the_rest_kept_as_typed():
    made_public(
        make_person(name="Krzysztof Paturej", sort_name="Paturej, Krzysztof"),
        make_person(name="Bruno Dupré", sort_name="Dupré, Bruno"),
        make_organisation(
            name="International Criminal Police Organization", abbreviation="INTERPOL"
        ),
    )

    assert suggested("Krzystof Paturej") == "Krzysztof Paturej"
    assert suggested("Dupree") == "Dupré"
    assert suggested("intrepol") == "INTERPOL"


def test_known_words_in_any_form_get_none():
    make_statement(text="We will work together on training.")

    assert suggested("working trained") == ""  # other forms of words that are there
    assert suggested("zzzzqx") == ""  # nothing alike
    assert suggested("the") == ""


def test_the_parts_of_a_compound_known_as_one_word_get_none():
    make_statement(text="International cooperation and obligations.")

    assert suggested("co-operation") == ""
    assert suggested('"co operation"') == ""
    assert suggested("co-obligatons") == "co-obligations"  # a part unknown is still checked


def test_a_word_found_by_its_stem_or_in_a_theme_in_another_form_gets_none():
    make_statement(text="Response to outbreaks and codes of conduct.")
    made_public(make_theme(name="Global health", keywords=["epidemic"]))

    assert suggested("outbreak") == ""  # the statements say "outbreaks"
    assert suggested("code of conduct") == ""
    assert suggested("epidemics") == ""  # the theme says "epidemic"
    assert suggested("outbreks") == "outbreaks"  # a misspelling still gets one


def test_a_stop_word_is_never_suggested():
    make_statement(text="Will you train them?")

    assert suggested("youth") == ""
