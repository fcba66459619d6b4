"""Expressions rendered in each database's query language, words only ever quoted."""

from search.expression import AllOf, AnyOf, TextQuery, all_of, any_of, fts5, phrases, tsquery
from search.query import Phrase

WORDS = Phrase(("codes", "of", "conduct"))
ONE = Phrase(("wmd",))


def test_fts5_quotes_every_phrase_and_nests_groups():
    expression = all_of([any_of([WORDS, ONE]), Phrase(("nuclear",))])

    assert fts5(expression) == '((("codes of conduct" OR "wmd") AND "nuclear"))'
    assert fts5(ONE, [Phrase(("russia",))]) == '("wmd") NOT "russia"'


def test_tsquery_turns_stop_words_inside_a_phrase_into_gaps():
    assert tsquery(WORDS) == "(('codes' <2> 'conduct'))"
    assert tsquery(Phrase(("s", "t"))) == "(('s' <-> 't'))"  # only stop words: all kept
    assert tsquery(Phrase(("who",))) == "('who')"
    assert tsquery(any_of([WORDS, ONE]), [ONE]) == "((('codes' <2> 'conduct') | 'wmd')) & !('wmd')"


def test_a_single_item_is_not_wrapped_and_repeats_count_once():
    assert any_of([ONE, ONE]) == ONE
    assert all_of([ONE]) == ONE
    assert isinstance(any_of([ONE, WORDS]), AnyOf)
    assert isinstance(all_of([ONE, WORDS]), AllOf)
    assert list(phrases(all_of([any_of([ONE, WORDS]), ONE]))) == [ONE, WORDS]


def test_a_text_query_renders_with_its_exclusions():
    query = TextQuery(ONE, (Phrase(("russia",)),))

    assert query.fts5() == '("wmd") NOT "russia"'
    assert query.tsquery() == "('wmd') & !('russia')"
