"""What the search knows of names and terms, and when it learns of new ones."""

import pytest

from core.page_cache import bump_records_version
from people.models import OrganisationAlias
from search.lexicon import build_lexicon, lexicon, ring_key, significant_words
from search.models import ThesaurusEntry
from tests.factories import make_organisation, make_person, make_theme
from tests.search.conftest import made_public

pytestmark = pytest.mark.django_db


def ring_of(words, form: str) -> set[tuple[str, ...]]:
    key = ring_key(tuple(form.lower().split()))
    for ring_index, candidate in words.forms_by_first_word.get(key[0], ()):
        if candidate == key:
            return {f.words for f in words.rings[ring_index]}
    return set()


def test_significant_words_fold_and_skip_what_a_name_does_not_need():
    assert significant_words("U.S. Department of Energy") == ("department", "energy")
    assert significant_words("Organisations") == ("organization",)
    assert significant_words("WHO") == ("who",)  # a stop word in capitals is kept
    assert significant_words("who") == ()


def test_an_organisation_is_a_ring_of_its_names_and_a_name_for_its_statements():
    doe = made_public(make_organisation(name="U.S. Department of Energy", abbreviation="DOE"))
    OrganisationAlias.objects.create(organisation=doe, name="Energy Department")

    words = build_lexicon()

    assert ring_of(words, "DOE") == {
        ("doe",),
        ("u", "s", "department", "of", "energy"),
        ("energy", "department"),
    }
    assert "doe" in words.abbreviations
    forms = words.forms_by_word["energy"]
    assert {form.entity.pk for form in forms} == {doe.pk}
    assert all("department" in form.required + form.optional for form in forms)


def test_a_person_is_found_by_surname_with_given_names_beside_it():
    person = made_public(make_person(name="Bruno Dupré", sort_name="Dupré, Bruno"))
    placeholder = made_public(make_person(name="Anthony Thomas", sort_name="17, Person"))

    words = build_lexicon()

    (dupre,) = words.forms_by_word["dupre"]
    assert (dupre.entity.pk, dupre.required, dupre.optional) == (person.pk, ("dupre",), ("bruno",))
    (thomas,) = words.forms_by_word["thoma"]  # folded as names are: no plural s
    assert thomas.entity.pk == placeholder.pk
    assert words.name_words["dupre"] == "Dupré"


def test_themes_give_their_name_keywords_and_the_abbreviations_they_define():
    made_public(
        make_theme(
            name="CBRN threats",
            keywords="cbrn, wmd, weapons of mass destruction",
            description="Chemical, biological, radiological and nuclear (CBRN) threats.",
        )
    )

    words = build_lexicon()

    assert ("weapons", "of", "mass", "destruction") in ring_of(words, "WMD")
    assert ("chemical", "biological", "radiological", "and", "nuclear") in ring_of(words, "CBRN")
    assert {f.entity.kind for f in words.forms_by_word["wmd"]} == {"theme"}


def test_entries_staff_keep_are_rings_too():
    ThesaurusEntry.objects.create(term="lab-test", equivalents="laboratory test\nassay")

    ring = ring_of(build_lexicon(), "assay")
    assert ring == {("lab", "test"), ("laboratory", "test"), ("assay",)}


def test_kept_under_the_records_version_where_counts_are_cached(settings):
    settings.AGGREGATE_CACHE_ENABLED = True
    first = lexicon()
    made_public(make_person(name="Newcomer Person", sort_name="Newcomer, Person"))

    assert lexicon() is first  # until the records version changes (at the commit)
    bump_records_version()
    assert "newcomer" in lexicon().forms_by_word
