"""Themes: the cached vocabulary statement lists read theme ids against, and rankings."""

import pytest

from minutes.models import Statement, ThemeVocabulary
from minutes.models.themes import percent
from tests.factories import make_person, make_statement, make_theme


@pytest.mark.django_db
def test_theme_ids_are_read_in_the_order_of_names_once_per_list():
    b, a = make_theme(name="Biosecurity"), make_theme(name="Awareness")
    vocabulary = ThemeVocabulary([(a.pk, a.name, a.slug), (b.pk, b.name, b.slug)])

    themes = vocabulary.themes(f"{b.pk},{a.pk}")

    assert [name for _, name, _ in themes] == ["Awareness", "Biosecurity"]
    assert vocabulary.themes(f"{b.pk},{a.pk}") is themes
    assert vocabulary.themes(None) == vocabulary.themes("") == []


@pytest.mark.django_db
def test_a_theme_made_since_the_vocabulary_was_cached_is_looked_up():
    old = make_theme(name="Old")
    vocabulary = ThemeVocabulary([(old.pk, old.name, old.slug)])
    new = make_theme(name="New")

    themes = vocabulary.themes(f"{old.pk},{new.pk}")

    assert [(pk, name) for pk, name, _ in themes] == [(new.pk, "New"), (old.pk, "Old")]


class TestPercent:
    def test_share_of_largest_rounded(self):
        assert percent(1, 3) == 33
        assert percent(3, 3) == 100

    def test_small_but_present_shows(self):
        assert percent(1, 1000) == 1
        assert percent(0, 10) == 0


@pytest.mark.django_db
class TestThemeRanking:
    def test_themes_most_frequent_first_with_share_of_the_top(self, django_assert_num_queries):
        person = make_person()
        arms, ebola, zoo = (make_theme(name=name) for name in ("Arms", "Ebola", "Zoo"))
        make_statement(speaker=person, themes=[zoo, arms])
        make_statement(speaker=person, themes=[zoo])
        make_statement(speaker=person, themes=[zoo, ebola])
        make_statement(speaker=person, themes=[arms])
        make_statement(themes=[ebola, arms])  # someone else

        with django_assert_num_queries(1):
            ranking = Statement.objects.filter(speaker=person).theme_ranking()

        assert [(r.theme.name, r.count, r.percent) for r in ranking] == [
            ("Zoo", 3, 100),
            ("Arms", 2, 67),
            ("Ebola", 1, 33),
        ]

    def test_limit_keeps_the_top(self):
        person = make_person()
        make_statement(speaker=person, themes=[make_theme(name="B"), make_theme(name="A")])
        ranking = Statement.objects.filter(speaker=person).theme_ranking(limit=1)
        assert [r.theme.name for r in ranking] == ["A"]

    def test_nobody_with_themes_ranks_nothing(self):
        assert Statement.objects.none().theme_ranking() == []
