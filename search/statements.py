"""Search over statements, and by name over people, organisations and meetings.

    query = read_query('"centres of excellence" -russia')
    results = search_statements(statements=Statement.objects.published(), query=query)
    page = Paginator(results, 20).page(1)   # rows fetched, with .marked_text, a page at a time

`read_query` parses what was typed and reads it forgivingly (expansion.py); ranking.py finds
and orders the matches; matching, scoring and marking happen in the database (backend/, the
only code that knows which database it is).
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import models
from django.db.models import Q, QuerySet

from minutes.models import Statement

from .backend import search_backend
from .expansion import ExpandedQuery, expand
from .expression import TextQuery, any_of
from .highlight import marked_html
from .lexicon import lexicon
from .names import matching_meetings, matching_organisations, matching_people, matching_themes
from .query import ParsedQuery, Phrase, clean_query_text, parse_query
from .ranking import PARTIAL_BELOW, rank
from .sets import name_sets
from .suggestions import did_you_mean

__all__ = [
    "CANDIDATE_CAP",
    "ExpandedQuery",
    "ParsedQuery",
    "Phrase",
    "SearchOrder",
    "StatementResults",
    "clean_query_text",
    "marked_html",
    "matching_meetings",
    "matching_organisations",
    "matching_people",
    "matching_statements",
    "matching_themes",
    "parse_query",
    "read_query",
    "search_statements",
    "suggestion",
]

# At most this many matches are ranked: for a word found in most statements, ranking the
# whole table would cost seconds and tell the reader nothing; the newest this many are ranked.
CANDIDATE_CAP = 2000


class SearchOrder(models.TextChoices):
    RELEVANCE = "relevance", "Most relevant first"
    NEWEST = "newest", "Newest meeting first"
    OLDEST = "oldest", "Oldest meeting first"


_DATE_ORDER = {
    SearchOrder.NEWEST: ("-panel__meeting__date", "panel__meeting__slug"),
    SearchOrder.OLDEST: ("panel__meeting__date", "panel__meeting__slug"),
}


def read_query(text: str) -> ExpandedQuery:
    """What was typed, as the search reads it (names and thesaurus as they stand now)."""
    if not clean_query_text(text):
        return ExpandedQuery(parsed=ParsedQuery())
    known = lexicon()
    parsed = parse_query(text, abbreviations=known.abbreviations)
    return expand(query=parsed, lexicon=known, known_words=search_backend().present_words)


def suggestion(*, text: str, query: ExpandedQuery) -> str:
    """A "did you mean" for what was typed, or "" (see suggestions.py)."""
    words = query.lexicon or lexicon()
    return did_you_mean(text=text, query=query, lexicon=words, backend=search_backend())


def _expanded(query: ParsedQuery | ExpandedQuery) -> ExpandedQuery:
    if isinstance(query, ExpandedQuery):
        return query
    return expand(query=query, lexicon=lexicon(), known_words=search_backend().present_words)


@dataclass
class StatementResults(Sequence):
    """The statements a search found, in order; slicing fetches those rows with their text
    marked up, so a Paginator loads one page at a time. The first `matched` match every
    group of the query; for the others, `missing` names the groups they lack."""

    query: ExpandedQuery
    ids: list[int]
    capped: bool = False
    matched: int = 0
    missing: dict[int, tuple[int, ...]] = field(default_factory=dict)
    rows: QuerySet = field(default_factory=Statement.objects.all)

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index):
        if isinstance(index, int):
            return self[index : index + 1][0]
        page_ids = self.ids[index]
        if not page_ids:
            return []
        found = self.rows.in_bulk(page_ids)
        text = self.query.any_text(abbreviations=True)
        backend = search_backend()
        marked = backend.marked_texts(page_ids, TextQuery(text)) if text is not None else {}
        statements = [found[pk] for pk in page_ids if pk in found]
        for statement in statements:
            statement.marked_text = marked_html(marked.get(statement.pk) or statement.text)
            statement.missing_words = [
                _shown(self.query.groups[n].typed) for n in self.missing.get(statement.pk, ())
            ]
        return statements

    @property
    def partial(self) -> int:
        """How many of the results hold only some of the groups."""
        return len(self.ids) - self.matched


def _shown(phrases: tuple[Phrase, ...]) -> str:
    return " or ".join(phrase.text for phrase in phrases)


def matching_statements(*, statements: QuerySet, query: ParsedQuery | ExpandedQuery) -> QuerySet:
    """Statements that match the query, unranked, as a QuerySet (for filters and downloads):
    those holding every group; when fewer than a page do, those the search lists after them."""
    query = _expanded(query)
    if not query:
        return statements.none()
    backend = search_backend()
    sets = name_sets(statements=statements, query=query, backend=backend)
    condition = Q()
    for n, group in enumerate(query.groups):
        either = Q(pk__in=[])
        if group.expression() is not None:
            either |= Q(backend.condition(TextQuery(group.expression())))
        for name_set in sets:
            if n in name_set.groups:
                either |= name_set.condition
        condition &= either
    matches = statements.filter(condition)
    if query.excluded:
        matches = backend.without(matches, TextQuery(any_of(query.excluded)))
    if len(query.groups) > 1 and matches.count() < PARTIAL_BELOW:
        found = search_statements(statements=statements, query=query)
        matches = statements.filter(pk__in=found.ids)
    return matches


def search_statements(
    *,
    statements: QuerySet,
    query: ParsedQuery | ExpandedQuery,
    order: str = SearchOrder.RELEVANCE,
    cap: int = CANDIDATE_CAP,
    rows: QuerySet | None = None,
) -> StatementResults:
    """Statements that match, best first (or by meeting date); at most `cap` of them.

    When more than `cap` match, the newest `cap` are kept and `capped` is set, so the page
    can say that the results are a part of the matches. `rows` is the queryset the shown
    statements are fetched with (add select_related/prefetch_related there).
    """
    query = _expanded(query)
    rows = Statement.objects.all() if rows is None else rows
    ranking = rank(statements=statements, query=query, backend=search_backend(), cap=cap)
    ids = ranking.ids
    if ids and order in _DATE_ORDER:
        ids = _by_date(ids[: ranking.matched], order) + _by_date(ids[ranking.matched :], order)
    return StatementResults(
        query=query,
        ids=ids,
        capped=ranking.capped,
        matched=ranking.matched,
        missing=ranking.missing,
        rows=rows,
    )


def _by_date(ids: list[int], order: str) -> list[int]:
    if not ids:
        return []
    by_date = Statement.objects.filter(pk__in=ids).order_by(
        *_DATE_ORDER[order], "panel__position", "position"
    )
    return list(by_date.values_list("pk", flat=True))
