"""Facet counts: how many of a set of statements fall under each theme, speaker, organisation,
meeting, panel and kind. One GROUP BY query per facet, the largest few values only."""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, OuterRef, QuerySet, Subquery

from minutes.models import Meeting, Panelist, Statement, StatementKind, Theme
from people.models import Organisation, Person

FACET_LIMIT = 10


@dataclass(frozen=True)
class FacetCount:
    """One value of a facet (a slug, a kind, a panel position), its label and its count."""

    value: str
    label: str
    count: int


def _top(rows: QuerySet, limit: int) -> list[tuple[int, int]]:
    """(id, count) pairs, largest counts first, from a values_list of one id column."""
    return list(rows.annotate(n=Count("*")).order_by("-n", rows.query.values_select[0])[:limit])


def _labelled(top: list[tuple[int, int]], model, label) -> list[FacetCount]:
    """Counts by id made FacetCounts: labels come from one query for the few ids kept (the
    grouping itself touches no other table, so the database cannot pick a poor join)."""
    rows = model.objects.in_bulk([pk for pk, _ in top])
    return [FacetCount(*label(rows[pk]), n) for pk, n in top if pk in rows]


def theme_counts(statements: QuerySet, limit: int = FACET_LIMIT) -> list[FacetCount]:
    # Counted on the link table, so a theme filter's own joins cannot narrow the count.
    links = Statement.themes.through.objects.filter(statement__in=statements.values("pk"))
    top = _top(links.values_list("theme_id"), limit)
    return _labelled(top, Theme, lambda theme: (theme.slug, theme.name))


def speaker_counts(statements: QuerySet, limit: int = FACET_LIMIT) -> list[FacetCount]:
    top = _top(statements.filter(speaker__isnull=False).values_list("speaker_id"), limit)
    return _labelled(top, Person, lambda person: (person.slug, person.name))


def organisation_counts(
    statements: QuerySet, limit: int = FACET_LIMIT, *, within: Organisation | None = None
) -> list[FacetCount]:
    """Statements by the organisation printed beside the speaker on that panel, rolled up to
    the top-level bodies, or to the bodies directly inside `within` once one is chosen."""
    # The organisation comes from a lookup per statement on the line-up's (panel, person)
    # key: a join lets SQLite start from the line-up and probe the statements, far slower.
    place = Panelist.objects.filter(panel=OuterRef("panel"), person=OuterRef("speaker"))
    direct = (
        statements.filter(speaker__isnull=False)
        .annotate(organisation=Subquery(place.values("organisation")[:1]))
        .filter(organisation__isnull=False)
        .values_list("organisation")
        .annotate(n=Count("*"))
        .order_by()
    )
    direct = dict(direct)
    if not direct:
        return []
    tree = {
        pk: (parent, slug, name, short)
        for pk, parent, slug, name, short in Organisation.objects.values_list(
            "pk", "parent", "slug", "name", "abbreviation"
        )
    }
    level_parent = within.pk if within else None
    totals = Counter()
    for pk, n in direct.items():
        for node in _chain(tree, pk):
            if tree[node][0] == level_parent:
                totals[node] += n
    ranked = sorted(totals, key=lambda pk: (-totals[pk], tree[pk][2]))[:limit]
    return [FacetCount(tree[pk][1], _org_label(*tree[pk][2:]), totals[pk]) for pk in ranked]


def _chain(tree: dict, pk: int) -> list[int]:
    """The organisation and its parents up to the top (a cycle stops the walk)."""
    chain = []
    while pk is not None and pk in tree and pk not in chain:
        chain.append(pk)
        pk = tree[pk][0]
    return chain


def _org_label(name: str, abbreviation: str) -> str:
    return f"{name} ({abbreviation})" if abbreviation else name


def meeting_counts(statements: QuerySet, limit: int = FACET_LIMIT) -> list[FacetCount]:
    top = _top(statements.values_list("panel__meeting_id"), limit)
    return _labelled(top, Meeting, lambda meeting: (meeting.slug, meeting.display_title))


def panel_counts(statements: QuerySet, limit: int = FACET_LIMIT) -> list[FacetCount]:
    """Only meaningful within one meeting: panels are numbered per meeting."""
    rows = (
        statements.values("panel__position", "panel__title")
        .annotate(n=Count("pk"))
        .order_by("panel__position")[:limit]
    )
    return [FacetCount(str(r["panel__position"]), r["panel__title"], r["n"]) for r in rows]


def kind_counts(statements: QuerySet, limit: int = FACET_LIMIT) -> list[FacetCount]:
    labels = dict(StatementKind.choices)
    rows = statements.values("kind").annotate(n=Count("pk")).order_by("-n", "kind")[:limit]
    return [FacetCount(r["kind"], labels.get(r["kind"], r["kind"]), r["n"]) for r in rows]


def statement_facets(
    statements: QuerySet, *, organisation: Organisation | None = None, with_panels: bool = False
) -> dict[str, list[FacetCount]]:
    """All facets of a set of statements, by filter name."""
    facets = {
        "theme": theme_counts(statements),
        "speaker": speaker_counts(statements),
        "organisation": organisation_counts(statements, within=organisation),
        "meeting": meeting_counts(statements),
        "kind": kind_counts(statements),
    }
    if with_panels:
        facets["panel"] = panel_counts(statements)
    return facets
