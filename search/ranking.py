"""Finding and ordering the statements a search matches.

A statement *matches* when every group of the query stands in it: by its text (the words, or
what expansion.py lets stand for them), or by a name the query contains (its speaker, the
organisation the speaker spoke for, a theme it is tagged with). Matches come first, best
first: the more groups found in the text rather than by a name, the better ("a statement
whose text matches ranks above one that matches only by speaker, organisation or theme"),
then the database's own text relevance (BM25 on SQLite, cover density on PostgreSQL).

When fewer than a page match, statements in which only some of the groups stand follow them,
weighted by how rare those groups are (a rare word found counts for more than a common one),
so that a question ("how many COE projects are empty") or a misspelt word among right ones
still finds what it can.
"""

import math
from dataclasses import dataclass, field
from itertools import combinations

from django.db.models import QuerySet

from core.aggregate_cache import cached_aggregate
from minutes.models import Statement

from .expansion import ExpandedQuery
from .expression import TextQuery, any_of
from .sets import NameSet, name_sets

PARTIAL_BELOW = 20  # fewer matches than a page of results: add partial ones
NAME_WEIGHT = 0.75  # a group found by a name counts three quarters of one found in the text
MAX_SETS = 6  # names used in one search (2**6 combinations at most)


@dataclass(frozen=True)
class Coverage:
    """The groups of the query a statement was found to hold, by its text and by names."""

    text: frozenset[int] = frozenset()
    names: frozenset[int] = frozenset()

    def merged(self, other: "Coverage") -> "Coverage":
        text = self.text | other.text
        return Coverage(text, (self.names | other.names) - text)

    @property
    def groups(self) -> frozenset[int]:
        return self.text | self.names


@dataclass
class Ranking:
    """Statement ids in order; the first `matched` match every group, the rest some."""

    ids: list[int] = field(default_factory=list)
    capped: bool = False
    matched: int = 0
    missing: dict[int, tuple[int, ...]] = field(default_factory=dict)  # id → groups not found


def rank(*, statements: QuerySet, query: ExpandedQuery, backend, cap: int) -> Ranking:
    if not query:
        return Ranking()
    if query.excluded:
        statements = backend.without(statements, TextQuery(any_of(query.excluded)))
    sets = name_sets(statements=statements, query=query, backend=backend)[:MAX_SETS]
    full, capped = _full_matches(statements, query, sets, backend, cap)
    _look_in_their_text(full, query, backend)
    every = frozenset(range(len(query.groups)))
    ids = _ordered(full, key=_match_score)
    ranking = Ranking(ids=ids, capped=capped, matched=len(ids))
    if len(full) < PARTIAL_BELOW and len(query.groups) > 1:
        partial = _partial_matches(statements, query, sets, backend, cap)
        for pk in full:
            partial.pop(pk, None)
        weights = _weights(partial, len(query.groups))
        best = sorted(partial, key=lambda pk: (-_weighted(partial[pk][0], weights), -pk))[:cap]
        partial = {pk: partial[pk] for pk in best}
        ranking.ids += _ordered(partial, key=lambda coverage: _weighted(coverage, weights))
        ranking.missing = {pk: tuple(sorted(every - c.groups)) for pk, (c, _) in partial.items()}
    return ranking


# What was found: each statement's coverage, and its relevance to the text it matched.
Found = dict[int, tuple[Coverage, float]]


def _found(found: Found, pk: int, coverage: Coverage, relevance: float, add: bool = False):
    """Note a statement found again: coverages merge; relevances add up across the groups
    of partial matches, and the best is kept across the ways of matching them all."""
    if pk not in found:
        found[pk] = (coverage, relevance)
        return
    known, score = found[pk]
    found[pk] = (known.merged(coverage), score + relevance if add else max(score, relevance))


def _full_matches(statements, query, sets: list[NameSet], backend, cap) -> tuple[Found, bool]:
    """Every statement holding all groups, from each way of covering them: text alone, or
    some names (their statements) with the text for the groups they leave."""
    every = frozenset(range(len(query.groups)))
    found: Found = {}
    capped = False
    for size in range(len(sets) + 1):
        for chosen in combinations(sets, size):
            if _redundant(chosen):
                continue
            covered = frozenset().union(*(s.groups for s in chosen))
            left = sorted(every - covered)
            expression = query.text_expression(left) if left else None
            if left and expression is None:
                continue
            narrowed = statements
            for name_set in chosen:
                narrowed = name_set.narrow(narrowed)
            text = TextQuery(expression) if expression is not None else None
            rows = backend.newest_matches(narrowed, text, cap + 1)
            capped = capped or len(rows) > cap
            by_text = frozenset(left) | frozenset().union(*(s.groups for s in chosen if s.text))
            coverage = Coverage(by_text, covered - by_text)
            for pk, relevance in rows[:cap]:
                _found(found, pk, coverage, relevance)
    if len(found) > cap:
        kept = sorted(found, key=lambda pk: (-_match_score(found[pk][0]), -pk))[:cap]
        found, capped = {pk: found[pk] for pk in kept}, True
    return found, capped


def _look_in_their_text(found: Found, query: ExpandedQuery, backend) -> None:
    """Statements found by a name may hold that group's words too (a statement tagged with
    Funding and sustainability that says "funding"): count those groups as found in the
    text, so that such statements come before those found by the name alone."""
    for n, group in enumerate(query.groups):
        expression = group.expression()
        named = [pk for pk, (coverage, _) in found.items() if n in coverage.names]
        if expression is None or not named:
            continue
        for pk in backend.matching_among(named, TextQuery(expression)):
            coverage, relevance = found[pk]
            found[pk] = (coverage.merged(Coverage(text=frozenset({n}))), relevance)


def _redundant(chosen: tuple[NameSet, ...]) -> bool:
    """A name adding no group to the others': its statements only narrow theirs."""
    for n, name_set in enumerate(chosen):
        others = frozenset().union(*(s.groups for k, s in enumerate(chosen) if k != n))
        if name_set.groups <= others:
            return True
    return False


def _partial_matches(statements, query, sets: list[NameSet], backend, cap) -> Found:
    """Statements holding any group, with the groups each holds: every match of a rare group
    (and the newest `cap` of a common one), checked against the other groups."""
    found: Found = {}
    texts = {}
    for n, group in enumerate(query.groups):
        expression = group.expression()
        if expression is None:
            continue
        texts[n] = TextQuery(expression)
        for pk, relevance in backend.newest_matches(statements, texts[n], cap):
            _found(found, pk, Coverage(text=frozenset({n})), relevance, add=True)
    for name_set in sets:
        for pk, _ in backend.newest_matches(name_set.narrow(statements), None, cap):
            _found(found, pk, _covered_by(name_set), 0.0, add=True)
    candidates = list(found)
    for n, text in texts.items():
        for pk in backend.matching_among(candidates, text):
            _found(found, pk, Coverage(text=frozenset({n})), 0.0, add=True)
    for name_set in sets:
        within = name_set.narrow(Statement.objects.filter(pk__in=candidates))
        for pk in within.values_list("pk", flat=True):
            _found(found, pk, _covered_by(name_set), 0.0, add=True)
    return found


def _covered_by(name_set: NameSet) -> Coverage:
    if name_set.text:
        return Coverage(text=name_set.groups)
    return Coverage(names=name_set.groups)


def _weights(found: Found, groups: int) -> list[float]:
    """How much finding each group counts: the rarer its words in statement text, the more
    (inverse document frequency; a large theme does not make its keyword common)."""
    total = max(_statement_total(), 1)
    counts = [sum(1 for c, _ in found.values() if n in c.text) for n in range(groups)]
    return [math.log(1 + total / (1 + count)) for count in counts]


def _statement_total() -> int:
    return cached_aggregate(
        name="search-statement-total", parts=(), compute=Statement.objects.count
    )


def _weighted(coverage: Coverage, weights: list[float]) -> float:
    return sum(weights[n] for n in coverage.text) + NAME_WEIGHT * sum(
        weights[n] for n in coverage.names
    )


def _match_score(coverage: Coverage) -> float:
    return len(coverage.text) + NAME_WEIGHT * len(coverage.names)


def _ordered(found: Found, key) -> list[int]:
    """Best first: by `key` of the coverage, then the database's text relevance, newest."""
    return sorted(found, key=lambda pk: (-round(key(found[pk][0]), 6), -found[pk][1], -pk))
