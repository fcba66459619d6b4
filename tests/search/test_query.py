"""The query parser: what people type becomes groups of phrases, exclusions, or nothing."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from search.query import MAX_PHRASES, MAX_QUERY_CHARS, clean_query_text, parse_query

# (typed, as the search understood it, the FTS5 expression)
CASES = [
    ("biosecurity", "biosecurity", '("biosecurity")'),
    (
        '"centres of excellence" -russia',
        '"centres of excellence" -russia',
        '("centres of excellence") NOT "russia"',
    ),
    (
        "nuclear OR chemical security",
        "nuclear OR chemical security",
        '(("nuclear" OR "chemical") AND "security")',
    ),
    ("Biosecurity BIOSECURITY", "biosecurity", '("biosecurity")'),
    ("cross-border", '"cross border"', '("cross border")'),
    ("INTERPOL\u2019s", "interpol", '("interpol")'),  # a possessive is its name
    ("col:term", "col term", '("col" AND "term")'),  # a colon between words parts them
    ('"unclosed phrase', '"unclosed phrase"', '("unclosed phrase")'),
    ("a OR", "", None),
    ("OR nuclear", "nuclear", '("nuclear")'),
    ("nuclear OR -russia", "nuclear -russia", '("nuclear") NOT "russia"'),
    ("--nuclear training", "training -nuclear", '("training") NOT "nuclear"'),
    ("Dupré 日本語", "dupré 日本語", '("dupré" AND "日本語")'),
    ("nuclear*", "nuclear", '("nuclear")'),
    ("NEAR(chemical weapons)", '"near chemical" weapons', '("near chemical" AND "weapons")'),
    ("x\x00y", "x y", '("x" AND "y")'),
]


@pytest.mark.parametrize(("typed", "display", "fts5"), CASES)
def test_parse_reads_what_people_type(typed, display, fts5):
    query = parse_query(typed)

    assert query.display() == display
    assert (query.fts5() if query else None) == fts5


@pytest.mark.parametrize(
    "typed", ['"', "-", "*", "^", "(", ")", "NOT", "AND OR", "the", '""', "- -", "-russia", ""]
)
def test_nothing_to_search_for_is_an_empty_query_not_an_error(typed):
    assert not parse_query(typed)


def test_stop_words_alone_are_dropped_and_reported_but_kept_inside_phrases():
    query = parse_query('not the "prohibition of chemical weapons"')

    assert query.dropped == ("not", "the")
    assert [p.words for p in query.phrases] == [("prohibition", "of", "chemical", "weapons")]


def test_exclusions_without_anything_wanted_are_dropped():
    query = parse_query("-russia -china")

    assert not query
    assert query.excluded == ()


def test_repeated_phrases_count_once():
    query = parse_query("nuclear nuclear -russia -russia")

    assert query.display() == "nuclear -russia"


def test_long_input_is_cut_and_says_so():
    words = " ".join(f"word{n}" for n in range(200))

    query = parse_query(words)

    assert query.shortened
    assert len(query.phrases) == MAX_PHRASES
    assert len(clean_query_text("x" * 5000)) == MAX_QUERY_CHARS


def test_control_characters_are_dropped_from_the_text():
    assert clean_query_text("  nuclear\x00\x07 security\n ") == "nuclear   security"


@given(st.text(max_size=2000))
def test_any_text_parses_to_words_only(text):
    query = parse_query(text)

    expression = query.fts5() if query else ""
    # Every phrase is a run of letters and digits inside double quotes: nothing else reaches
    # the database's query language.
    for phrase in [*query.phrases, *query.excluded]:
        assert all(word.isalnum() for word in phrase.words)
        assert f'"{phrase.text}"' in expression


def test_a_known_abbreviation_typed_in_capitals_is_kept_and_marked():
    known = frozenset({"who", "doe", "s&t"})

    who = parse_query("WHO", abbreviations=known)
    assert [(p.words, p.abbreviation) for p in who.phrases] == [(("who",), "WHO")]
    assert not parse_query("who", abbreviations=known)  # the pronoun: a stop word
    assert not parse_query("WHO")  # not known as an abbreviation
    assert parse_query("DOE?", abbreviations=known).phrases[0].abbreviation == "DOE"
    assert parse_query("doe", abbreviations=known).phrases[0].abbreviation == ""
    assert parse_query("S&T", abbreviations=known).phrases[0].words == ("s", "t")


def test_quoted_phrases_say_so():
    query = parse_query('"soft power" soft')

    assert [(p.text, p.quoted) for p in query.phrases] == [("soft power", True), ("soft", False)]


@pytest.mark.parametrize(
    ("typed", "display"),
    [
        ("what did Mallin say about scientists", "mallin scientists"),
        ("who talked about outbreaks", "outbreaks"),
        ("did anyone mention the EU", "eu"),
        ("has anybody discussed funding OR sustainability", "funding OR sustainability"),
        ('show me statements about "soft power"', '"soft power"'),
        ("Who spoke about soft power?", "soft power"),
    ],
)
def test_a_search_typed_as_a_question_keeps_only_what_it_asks_about(typed, display):
    assert parse_query(typed).display() == display


@pytest.mark.parametrize(
    ("typed", "display"),
    [
        ("Mallin said funding", "mallin said funding"),  # not a question: every word counts
        ('what "said the chair"', '"said the chair"'),  # a quoted phrase is kept whole
        ("comments on the draft", "comments draft"),
    ],
)
def test_asking_words_count_outside_a_question_and_inside_quotes(typed, display):
    assert parse_query(typed).display() == display


def test_a_question_of_asking_words_alone_searches_for_nothing():
    assert not parse_query("what did anyone say")


@pytest.mark.parametrize(
    ("typed", "display"),
    [
        ("Dr. Mrabit", "mrabit"),
        ("Mr Mallin funding", "mallin funding"),
        ("professor Kline OR Dr Rao", "kline OR rao"),
        ("Dr", "dr"),  # alone it is what was asked for
        ('"Dr Rao"', '"dr rao"'),  # quoted: as typed
    ],
)
def test_a_courtesy_title_before_a_name_is_left_out(typed, display):
    assert parse_query(typed).display() == display


@pytest.mark.parametrize(
    ("typed", "display"),
    [
        ("speaker:Mallin scientists", "mallin scientists"),
        ("theme:biosecurity -by:Thomas", "biosecurity -thomas"),
        ("site:gp nuclear", "site gp nuclear"),  # another field: its words, each on its own
        ("Mallin's remarks on funding", "mallin remarks funding"),
        ("INTERPOL\u2019s resources", "interpol resources"),
        ('"Russia\u2019s biggest priorities" by:nergard', '"russia s biggest priorities" nergard'),
        ("2:1 ratio", '"2 1" ratio'),  # a colon between numbers is part of what was printed
    ],
)
def test_fields_colons_and_possessives_are_read_as_plain_words(typed, display):
    assert parse_query(typed).display() == display
