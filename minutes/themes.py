"""Suggesting themes for a statement from the keywords each theme carries."""

import re
from dataclasses import dataclass
from functools import lru_cache

from django.db import transaction

from .models import Statement, Theme

# Curly and straight apostrophes, hyphens and dashes read alike when matching keywords.
_FOLD = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-"}
)


@lru_cache(maxsize=2048)
def keyword_pattern(keyword: str) -> re.Pattern:
    """A keyword as a whole word or phrase, any case, with an optional plural ending."""
    words = [re.escape(word) for word in keyword.translate(_FOLD).split()]
    return re.compile(r"(?<![\w-])" + r"[\s-]+".join(words) + r"(?:s|es|'s)?(?![\w-])", re.I)


def matched_keywords(*, text: str, theme: Theme) -> list[str]:
    folded = text.translate(_FOLD)
    return [kw for kw in theme.keyword_list if keyword_pattern(kw).search(folded)]


def suggest_themes(*, text: str, themes) -> list[Theme]:
    """The themes whose keywords the text uses, most keywords first, then by name."""
    scored = []
    for theme in themes:
        hits = len(matched_keywords(text=text, theme=theme))
        if hits:
            scored.append((-hits, theme.name, theme))
    return [theme for _, _, theme in sorted(scored, key=lambda item: item[:2])]


@dataclass
class Score:
    """Suggested against hand-assigned themes: true positives, false positives, misses."""

    hits: int = 0
    wrong: int = 0
    missed: int = 0

    @property
    def precision(self) -> float:
        return self.hits / (self.hits + self.wrong) if self.hits + self.wrong else 0.0

    @property
    def recall(self) -> float:
        return self.hits / (self.hits + self.missed) if self.hits + self.missed else 0.0


def measure_suggestions(*, statements, themes) -> tuple[Score, dict[Theme, Score]]:
    """Overall (micro-averaged) and per-theme scores of suggest_themes on tagged statements."""
    themes = list(themes)
    overall, per_theme = Score(), {theme: Score() for theme in themes}
    for statement in statements.prefetch_related("themes"):
        assigned = set(statement.themes.all())
        suggested = set(suggest_themes(text=statement.text, themes=themes))
        for theme in themes:
            if theme in suggested and theme in assigned:
                per_theme[theme].hits += 1
            elif theme in suggested:
                per_theme[theme].wrong += 1
            elif theme in assigned:
                per_theme[theme].missed += 1
    for score in per_theme.values():
        overall.hits += score.hits
        overall.wrong += score.wrong
        overall.missed += score.missed
    return overall, per_theme


def add_suggested_themes(*, statements) -> dict[int, list[Theme]]:
    """Tag each statement with the themes suggested for it, keeping the ones it has, in one
    transaction; returns the themes added, by statement id."""
    themes = list(Theme.objects.all())
    through = Statement.themes.through
    added: dict[int, list[Theme]] = {}
    with transaction.atomic():
        for statement in statements.prefetch_related("themes"):
            new = [
                theme
                for theme in suggest_themes(text=statement.text, themes=themes)
                if theme not in set(statement.themes.all())
            ]
            if new:
                added[statement.pk] = new
        through.objects.bulk_create(
            [through(statement_id=pk, theme=theme) for pk, new in added.items() for theme in new],
            ignore_conflicts=True,
        )
    return added
