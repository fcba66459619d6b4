"""Reading a query: what may stand for each group in a statement's text, and which names."""

import pytest

from search.expansion import expand, word_spellings
from search.lexicon import Lexicon, build_lexicon
from search.query import Phrase, parse_query
from tests.factories import make_organisation, make_person, make_theme
from tests.search.conftest import made_public

VOCABULARY = {"bio", "security", "re", "engagement", "tripwires"}


def known(words):
    return VOCABULARY.intersection(words)


def read(text: str, lexicon: Lexicon | None = None):
    lexicon = lexicon or Lexicon()
    query = parse_query(text, abbreviations=lexicon.abbreviations)
    return expand(query=query, lexicon=lexicon, known_words=known)


def texts(text: str, group: int = 0) -> set[str]:
    return {phrase.text for phrase in read(text).groups[group].text}


def test_a_word_is_also_looked_for_as_two_known_words():
    assert texts("biosecurity") == {"biosecurity", "bio security"}
    assert texts("reengagement") == {"reengagement", "re engagement"}
    assert texts("cybersecurity") == {"cybersecurity"}  # "cyber" is in no statement


def test_hyphenated_or_neighbouring_words_are_also_looked_for_joined():
    assert texts("non-binding") == {"non binding", "nonbinding"}
    assert texts("trip wires", 0) == {"trip", "tripwires"}
    assert texts("trip wires", 1) == {"wires", "tripwires"}
    assert texts("security council") == {"security"}  # "securitycouncil" is nowhere


def test_a_number_typed_without_separators_is_also_looked_for_as_printed_with_them():
    assert texts("10000") == {"10000", "10 000"}
    assert texts("1250000") == {"1250000", "1 250 000"}
    assert texts("106") == {"106"}  # no separator to print
    assert texts("0012") == {"0012"}


def test_other_spellings_are_looked_for_in_phrases_too():
    assert texts('"centres of excellence"') == {"centres of excellence", "centers of excellence"}
    assert texts("organising") == {"organising", "organizing"}
    assert {"colours", "colors", "colour", "color", "coloring"} <= set(word_spellings("colours"))
    assert "preparedness" not in word_spellings("preparednes")


def test_exclusions_are_spelled_both_ways():
    assert {p.text for p in read("nuclear -defence").excluded} == {"defence", "defense"}


@pytest.mark.django_db
def test_thesaurus_terms_stand_for_the_groups_they_span():
    made_public(make_theme(name="CBRN", keywords="wmd, weapons of mass destruction"))
    query = read("weapons of mass destruction", build_lexicon())

    assert [group.typed[0].text for group in query.groups] == ["weapons", "mass", "destruction"]
    (abbreviation,) = query.abbreviations
    assert abbreviation.written == "WMD" and abbreviation.groups == {0, 1, 2}
    assert query.text_expression([0, 1, 2]) is not None


@pytest.mark.django_db
def test_names_in_the_query_stand_for_the_groups_they_cover():
    mallin = made_public(make_person(name="Monte Mallin", sort_name="Mallin, Monte"))
    ministry = made_public(
        make_organisation(name="Norwegian Ministry of Foreign Affairs", abbreviation="MFA")
    )
    query = read("monte mallin norwegian MFA funding", build_lexicon())

    spans = {(span.entity.kind, span.entity.pk): span.groups for span in query.spans}
    assert spans["speaker", mallin.pk] == {0, 1}
    assert spans["organisation", ministry.pk] == {2, 3}  # Norwegian, beside its abbreviation
    assert not any(4 in groups for groups in spans.values())


@pytest.mark.django_db
def test_a_name_in_quotes_is_only_words():
    made_public(make_person(name="Monte Mallin", sort_name="Mallin, Monte"))

    assert read('"mallin"', build_lexicon()).spans == ()


@pytest.mark.django_db
def test_an_abbreviation_typed_in_capitals_is_found_as_such():
    made_public(make_organisation(name="U.S. Department of Energy", abbreviation="DOE"))
    lexicon = build_lexicon()

    capitals, lower = read("DOE", lexicon), read("doe", lexicon)

    assert [a.written for a in capitals.abbreviations] == ["DOE"]
    # Not "doe", which is also how "does" is indexed; its name is looked for in the text.
    assert Phrase(("doe",)) not in capitals.groups[0].text
    assert Phrase(("u", "s", "department", "of", "energy")) in capitals.groups[0].text
    assert Phrase(("doe",)) in lower.groups[0].text
