"""Full-text search over statements, and by name over people, organisations and meetings.

    query = parse_query('"centres of excellence" -russia')
    results = search_statements(statements=Statement.objects.published(), query=query)
    page = Paginator(results, 20).page(1)   # rows fetched, with .marked_text, a page at a time

Matching, scoring and marking happen in the database (backend.py, the only module that
knows which database it is); everything here is shared.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import models
from django.db.models import QuerySet

from minutes.models import Statement

from .backend import search_backend
from .highlight import marked_html
from .names import matching_meetings, matching_organisations, matching_people
from .query import ParsedQuery, Phrase, clean_query_text, parse_query

__all__ = [
    "CANDIDATE_CAP",
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
    "parse_query",
    "search_statements",
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


@dataclass
class StatementResults(Sequence):
    """The statements a search found, in order; slicing fetches those rows with their text
    marked up, so a Paginator loads one page at a time."""

    query: ParsedQuery
    ids: list[int]
    capped: bool = False
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
        marked = search_backend().marked_texts(page_ids, self.query)
        statements = [found[pk] for pk in page_ids if pk in found]
        for statement in statements:
            statement.marked_text = marked_html(marked.get(statement.pk) or statement.text)
        return statements


def matching_statements(*, statements: QuerySet, query: ParsedQuery) -> QuerySet:
    """Statements that match the query, unranked, as a QuerySet (for filters and the API)."""
    if not query:
        return statements.none()
    return search_backend().matching(statements, query)


def search_statements(
    *,
    statements: QuerySet,
    query: ParsedQuery,
    order: str = SearchOrder.RELEVANCE,
    cap: int = CANDIDATE_CAP,
    rows: QuerySet | None = None,
) -> StatementResults:
    """Statements that match, best first (or by meeting date); at most `cap` of them.

    When more than `cap` match, the newest `cap` are kept and `capped` is set, so the page
    can say that the results are a part of the matches. `rows` is the queryset the shown
    statements are fetched with (add select_related/prefetch_related there).
    """
    rows = Statement.objects.all() if rows is None else rows
    if not query:
        return StatementResults(query=query, ids=[], rows=rows)
    backend = search_backend()
    ids = backend.newest_matches(statements, query, cap + 1)
    capped, ids = len(ids) > cap, ids[:cap]
    if ids and order in _DATE_ORDER:
        by_date = Statement.objects.filter(pk__in=ids).order_by(
            *_DATE_ORDER[order], "panel__position", "position"
        )
        ids = list(by_date.values_list("pk", flat=True))
    elif ids:
        scores = backend.scores(ids, query)
        ids.sort(key=lambda pk: (-scores.get(pk, 0.0), -pk))
    return StatementResults(query=query, ids=ids, capped=capped, rows=rows)
