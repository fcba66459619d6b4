"""Suggesting themes for a statement from the keywords each theme carries."""

import re
from functools import lru_cache

from .models import Theme

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
