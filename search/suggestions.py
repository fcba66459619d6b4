""" "Did you mean": a word of the query found in no statement and no name is replaced by the
most alike word that is (trigram similarity: pg_trgm on PostgreSQL, the same reckoning in
Python on SQLite and for names), the rest of what was typed left as it was."""

import re
from functools import cache

from spellchecker import SpellChecker

from .expansion import ExpandedQuery, word_spellings
from .lexicon import Lexicon
from .query import STOP_WORDS
from .spelling import inflected_forms, strip_accents
from .trigrams import THRESHOLD, similarity

MIN_WORD = 3
CANDIDATES = 5


def did_you_mean(*, text: str, query: ExpandedQuery, lexicon: Lexicon, backend) -> str:
    """`text` with its unknown words replaced, or "" when every word is known (or nothing
    alike is)."""
    suggestion = text
    for word in dict.fromkeys(_words_to_check(query, lexicon)):
        if not _checked(word) or _known(word, query, lexicon):
            continue
        better = _most_alike(word, lexicon, backend)
        if better:
            pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
            suggestion = pattern.sub(lambda _, better=better: better, suggestion)
    return suggestion if suggestion != text else ""


def _words_to_check(query: ExpandedQuery, lexicon: Lexicon) -> list[str]:
    """The query's words, but not the parts of a compound known as one word ("co-operation"
    where the statements say "cooperation": "operation" alone is no misspelling)."""
    return [
        word
        for phrase in query.parsed.phrases
        if len(phrase.words) == 1 or not _known("".join(phrase.words), query, lexicon)
        for word in phrase.words
    ]


def _checked(word: str) -> bool:
    return len(word) >= MIN_WORD and not word.isdigit() and word not in STOP_WORDS


def _known(word: str, query: ExpandedQuery, lexicon: Lexicon) -> bool:
    """In a name or in a statement as written, in another spelling or in a plain form
    ("working" where statements say "work"); or a word of English whose inflection is
    ("outbreak" where they say "outbreaks": the search found it, by its stem)."""
    forms = word_spellings(word)
    if any(strip_accents(form) in lexicon.name_words for form in forms):
        return True
    if any(form in query.known for form in forms):
        return True
    # Only for a word of English: "preparednes" + "s" is a word, but a misspelt one.
    inflected = any(
        form in query.known or form in lexicon.name_words for form in inflected_forms(word)
    )
    return inflected and _is_english(word)  # the word list is loaded only when it decides


@cache
def _english() -> SpellChecker:
    """pyspellchecker's English word list, loaded once (about 0.2 s) when first needed."""
    return SpellChecker(language="en", distance=1)


def _is_english(word: str) -> bool:
    return bool(_english().known([word]))


def _most_alike(word: str, lexicon: Lexicon, backend) -> str:
    """The most alike word (as printed, for a name): ties go to the more frequent word."""
    plain = strip_accents(word)
    found = [
        (similarity(plain, name), 1, printed)
        for name, printed in lexicon.words_starting(plain[0])
        if similarity(plain, name) >= THRESHOLD
    ]
    found += [
        (similarity(plain, term), count, term)
        for term, count in backend.similar_words(plain, CANDIDATES)
        if term not in STOP_WORDS  # "you" for "youth" would search for nothing
    ]
    if not found:
        return ""
    return max(found, key=lambda row: (row[0], row[1]))[2]
