"""The ranking a search shows, kept until the records change: shared by the search page and the
API, so that both list the same statements in the same order for the same words and filters."""

from dataclasses import dataclass, field

from django.db.models import QuerySet

from core.aggregate_cache import cached_aggregate

from .expansion import ExpandedQuery
from .statements import CANDIDATE_CAP, SearchOrder, search_statements


@dataclass(frozen=True)
class Ranked:
    """Ids in order (see StatementResults for what `matched` and `missing` say)."""

    ids: list[int]
    capped: bool = False
    matched: int = 0
    missing: dict[int, tuple[int, ...]] = field(default_factory=dict)


def ranked(
    *,
    statements: QuerySet,
    query: ExpandedQuery,
    filters: list[tuple[str, str]],
    order: str = SearchOrder.RELEVANCE,
    cap: int = CANDIDATE_CAP,
) -> Ranked:
    """The search's results among `statements` (the published ones, narrowed by `filters`:
    the canonical parameters, the words among them).

    Finding and ranking up to 2,000 candidates reads each of them: kept for these words,
    filters and order until the records change, so the next page, or the next reader,
    does not rank them again. Only ids: every page's rows and marks are fetched afresh.
    """

    def rank() -> Ranked:
        found = search_statements(statements=statements, query=query, order=order, cap=cap)
        return Ranked(found.ids, found.capped, found.matched, found.missing)

    key = [pair for pair in filters if pair[0] not in ("page", "sort")]
    return cached_aggregate(name="search-ranking", parts=(cap, str(order), *key), compute=rank)
