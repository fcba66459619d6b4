"""Finding abbreviations and what they stand for, for the thesaurus: among a theme's keywords
("wmd" beside "weapons of mass destruction") and where a text defines one, "long form (LF)"
or "LF (long form)", as writers of minutes do at first use."""

import re
from collections.abc import Iterable

from .query import STOP_WORDS

_WORD = re.compile(r"[^\W_]+")
_DEFINED = re.compile(r"([^()]{2,200}?)\s*\(([^()]{1,120})\)")
MAX_SHORT = 8


def initials_match(short: str, long: str) -> bool:
    """Whether `short` is made of the initials of `long`'s words, with or without its stop
    words, and with or without a plural s ("COEs": centres of excellence)."""
    letters = "".join(_WORD.findall(short.lower()))
    if not 2 <= len(letters) <= MAX_SHORT or not letters.isalpha():
        return False
    words = _WORD.findall(long.lower())
    if len(words) < 2:
        return False
    candidates = {letters, letters[:-1] if letters.endswith("s") else letters}
    every = "".join(word[0] for word in words)
    significant = "".join(word[0] for word in words if word not in STOP_WORDS)
    return bool(candidates & {every, significant})


def keyword_pairs(keywords: Iterable[str]) -> list[tuple[str, str]]:
    """(abbreviation, long form) pairs among one theme's keywords."""
    keywords = list(keywords)
    shorts = [k for k in keywords if len(_WORD.findall(k)) == 1]
    return [
        (short, long)
        for short in shorts
        for long in keywords
        if long != short and initials_match(short, long)
    ]


def defined_pairs(text: str) -> list[tuple[str, str]]:
    """(abbreviation, long form) pairs a text defines with a parenthesis, either way round:
    the long form is the shortest run of words before the parenthesis whose initials make the
    abbreviation (as Schwartz and Hearst find them)."""
    pairs = []
    for match in _DEFINED.finditer(text):
        before, inside = match[1], match[2].strip()
        inside_words = _WORD.findall(inside)
        if len(inside_words) == 1:
            long = _long_form(inside, before)
            if long:
                pairs.append((inside, long))
        elif before_words := _WORD.findall(before):
            short = before_words[-1]
            if initials_match(short, inside):
                pairs.append((short, inside))
    return pairs


def _long_form(short: str, before: str) -> str | None:
    words = before.split()
    limit = min(len(words), len(short) + 5)
    for count in range(2, limit + 1):
        candidate = " ".join(words[-count:]).strip(" ,;:")
        if initials_match(short, candidate):
            return candidate
    return None
