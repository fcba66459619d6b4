"""What to look for in statement text, as a small tree of phrases, "any of" and "all of", and
its rendering in each database's query language (an FTS5 MATCH string, a tsquery string).

Every leaf is a Phrase of words that are runs of letters and digits (see query.py), so both
renderings only ever quote words we produced: nothing typed reaches a query language as syntax.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .query import STOP_WORDS, Phrase


@dataclass(frozen=True)
class AnyOf:
    """Matches where one of its items matches."""

    items: tuple["Expression", ...]


@dataclass(frozen=True)
class AllOf:
    """Matches where every one of its items matches."""

    items: tuple["Expression", ...]


Expression = Phrase | AnyOf | AllOf


def any_of(items: Iterable[Expression]) -> Expression:
    unique = tuple(dict.fromkeys(items))
    return unique[0] if len(unique) == 1 else AnyOf(unique)


def all_of(items: Iterable[Expression]) -> Expression:
    unique = tuple(dict.fromkeys(items))
    return unique[0] if len(unique) == 1 else AllOf(unique)


def phrases(expression: Expression) -> Iterator[Phrase]:
    """Every phrase in the tree, once each, in order."""
    if isinstance(expression, Phrase):
        yield expression
        return
    seen = set()
    for item in expression.items:
        for phrase in phrases(item):
            if phrase not in seen:
                seen.add(phrase)
                yield phrase


def fts5(expression: Expression, excluded: Iterable[Phrase] = ()) -> str:
    """An SQLite FTS5 MATCH expression: every phrase inside double quotes."""
    text = _fts5(expression)
    return f"({text})" + "".join(f" NOT {_fts5(phrase)}" for phrase in excluded)


def _fts5(expression: Expression) -> str:
    if isinstance(expression, Phrase):
        return '"' + " ".join(expression.words) + '"'
    joiner = " OR " if isinstance(expression, AnyOf) else " AND "
    return "(" + joiner.join(_fts5(item) for item in expression.items) + ")"


def tsquery(expression: Expression, excluded: Iterable[Phrase] = ()) -> str:
    """A PostgreSQL tsquery for to_tsquery(): every word quoted as a lexeme to normalise."""
    text = _tsquery(expression)
    return f"({text})" + "".join(f" & !({_tsquery(phrase)})" for phrase in excluded)


def _tsquery(expression: Expression) -> str:
    if isinstance(expression, Phrase):
        return _ts_phrase(expression.words)
    joiner = " | " if isinstance(expression, AnyOf) else " & "
    return "(" + joiner.join(_tsquery(item) for item in expression.items) + ")"


def _ts_phrase(words: tuple[str, ...]) -> str:
    """Words in order; stop words inside a phrase become gaps (`code <2> conduct`), as
    PostgreSQL's own phraseto_tsquery writes them, so that a phrase never reads the index
    entry of "of" or "the". A phrase of nothing but stop words keeps them all."""
    kept = [(n, word) for n, word in enumerate(words) if word not in STOP_WORDS]
    if not kept:
        kept = list(enumerate(words))
    parts, previous = [], None
    for position, word in kept:
        if previous is not None:
            gap = position - previous
            parts.append("<->" if gap == 1 else f"<{gap}>")
        parts.append(f"'{word}'")
        previous = position
    text = " ".join(parts)
    return f"({text})" if len(kept) > 1 else text


@dataclass(frozen=True)
class TextQuery:
    """An expression to find, less the phrases that must not be there."""

    expression: Expression
    excluded: tuple[Phrase, ...] = ()

    def fts5(self) -> str:
        return fts5(self.expression, self.excluded)

    def tsquery(self) -> str:
        return tsquery(self.expression, self.excluded)
