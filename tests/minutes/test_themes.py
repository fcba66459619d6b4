"""Theme suggestions from keywords, and how well they match the hand-assigned themes."""

import pytest
from django.core.management import call_command

from minutes.models import Statement, Theme
from minutes.themes import add_suggested_themes, measure_suggestions, suggest_themes
from tests.factories import make_statement, make_theme

pytestmark = pytest.mark.django_db

# Measured on the shipped record when the suggestions were written: precision 0.87, recall 0.75.
PRECISION_FLOOR = 0.80
RECALL_FLOOR = 0.70


def test_keywords_match_whole_words_in_any_case_and_plural():
    coe = Theme(name="Centres", keywords="coe, border security")
    assert suggest_themes(text="Two COEs were built.", themes=[coe]) == [coe]
    assert suggest_themes(text="Border-security matters.", themes=[coe]) == [coe]
    assert suggest_themes(text="A coefficient is not a centre.", themes=[coe]) == []


def test_curly_apostrophes_and_dashes_match_straight_ones():
    theme = Theme(name="Cooperation", keywords="partners' views, re-engaging")
    text = "The partners\u2019 views, re\u2013engaging all."
    assert suggest_themes(text=text, themes=[theme]) == [theme]


def test_themes_with_more_keywords_come_first():
    one = Theme(name="A one", keywords="nuclear")
    two = Theme(name="B two", keywords="nuclear, security")
    assert suggest_themes(text="Nuclear security.", themes=[one, two]) == [two, one]


def test_precision_and_recall_on_the_shipped_record(shipped_meeting, capsys):
    statements = Statement.objects.filter(panel__meeting=shipped_meeting)
    overall, per_theme = measure_suggestions(statements=statements, themes=Theme.objects.all())
    with capsys.disabled():
        print(
            f"\ntheme suggestions: precision {overall.precision:.2f}, recall {overall.recall:.2f}"
        )
    assert overall.precision >= PRECISION_FLOOR
    assert overall.recall >= RECALL_FLOOR
    assert overall.hits == sum(score.hits for score in per_theme.values())
    assert overall.hits + overall.missed == Statement.themes.through.objects.count()


def test_measure_command_prints_each_theme_and_the_total(shipped_meeting, capsys):
    call_command("measure_theme_suggestions", shipped_meeting.slug)
    out = capsys.readouterr().out
    assert "nuclear-radiological-security" in out
    assert "overall (52 statements)" in out


def test_add_suggested_themes_keeps_existing_tags():
    kept = make_theme(name="Kept")
    suggested = make_theme(name="Bio", keywords="laboratory")
    statement = make_statement(text="A new laboratory.", themes=[kept])
    added = add_suggested_themes(statements=Statement.objects.all())
    assert added == {statement.pk: [suggested]}
    assert set(statement.themes.all()) == {kept, suggested}
    assert add_suggested_themes(statements=Statement.objects.all()) == {}
