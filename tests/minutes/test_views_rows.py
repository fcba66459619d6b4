"""Statement rows: themes read from a statement's theme ids and the cached vocabulary."""

import pytest

from minutes.views.rows import ThemeVocabulary
from tests.factories import make_theme


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
