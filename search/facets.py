"""Facet counts: how many of a set of statements fall under each theme, speaker, organisation,
meeting, panel and kind, the largest few values of each.

Two ways to count, one result: `statement_facets` groups in the database, one GROUP BY per
facet, for a set of any size (the statements page); `listed_statement_facets` counts a short
list of ids (the at most 2,000 a search ranks) from one fetch, as reading those rows once is
cheaper than once per facet. Either way the labels come from one query per facet for the few
values kept.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, QuerySet

from minutes.models import Meeting, Panel, Statement, StatementKind, Theme
from people.models import Organisation, Person

FACET_LIMIT = 10

Counts = list[tuple[object, int]]  # (id or value, count), largest first


@dataclass(frozen=True)
class FacetCount:
    """One value of a facet (a slug, a kind, a panel position), its label and its count."""

    value: str
    label: str
    count: int


def statement_facets(
    statements: QuerySet, *, organisation: Organisation | None = None, with_panels: bool = False
) -> dict[str, list[FacetCount]]:
    """All facets of a set of statements, by filter name, counted in the database."""
    counts = {
        # On the link table, so that a theme filter's own joins cannot narrow the count.
        "theme": _grouped(
            Statement.themes.through.objects.filter(statement__in=statements.values("pk")),
            "theme_id",
        ),
        "speaker": _grouped(statements.filter(speaker__isnull=False), "speaker_id"),
        "organisation": _grouped(
            statements.with_speaker_place(), "place__organisation", limit=None
        ),
        "meeting": _grouped(statements, "panel__meeting_id"),
        "kind": _grouped(statements, "kind"),
    }
    if with_panels:
        counts["panel"] = _grouped(statements, "panel_id")
    return _labelled(counts, organisation=organisation)


def listed_statement_facets(
    ids: list[int], *, organisation: Organisation | None = None, with_panels: bool = False
) -> dict[str, list[FacetCount]]:
    """The same facets for a short list of statement ids, counted from one fetch of them."""
    rows = (
        Statement.objects.filter(pk__in=ids)
        .with_speaker_place()
        .values_list("speaker_id", "place__organisation", "panel__meeting_id", "kind", "panel_id")
    )
    columns = list(zip(*rows, strict=True)) or [(), (), (), (), ()]
    themes = Statement.themes.through.objects.filter(statement_id__in=ids)
    counts = {
        "theme": _top(Counter(themes.values_list("theme_id", flat=True))),
        "speaker": _top(Counter(pk for pk in columns[0] if pk is not None)),
        "organisation": _top(Counter(pk for pk in columns[1] if pk is not None), limit=None),
        "meeting": _top(Counter(columns[2])),
        "kind": _top(Counter(columns[3])),
    }
    if with_panels:
        counts["panel"] = _top(Counter(columns[4]))
    return _labelled(counts, organisation=organisation)


def _grouped(rows: QuerySet, column: str, limit: int | None = FACET_LIMIT) -> Counts:
    counted = rows.values_list(column).annotate(n=Count("*")).order_by("-n", column)
    return [(key, n) for key, n in (counted[:limit] if limit else counted) if key is not None]


def _top(counter: Counter, limit: int | None = FACET_LIMIT) -> Counts:
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:limit]


def _labelled(counts: dict[str, Counts], *, organisation: Organisation | None) -> dict:
    labels = {
        "theme": _by_pk(Theme, counts["theme"], lambda theme: (theme.slug, theme.name)),
        "speaker": _by_pk(Person, counts["speaker"], lambda person: (person.slug, person.name)),
        "organisation": _organisations(counts["organisation"], within=organisation),
        "meeting": _by_pk(
            Meeting, counts["meeting"], lambda meeting: (meeting.slug, meeting.display_title)
        ),
        "kind": _kinds(counts["kind"]),
    }
    if "panel" in counts:  # panels are numbered within a meeting: shown once one is chosen
        panels = sorted(_by_pk(Panel, counts["panel"], _panel_label), key=_panel_order)
        labels["panel"] = panels
    return labels


def _by_pk(model, counts: Counts, label) -> list[FacetCount]:
    """FacetCounts for counts by primary key, labelled from one query for those keys."""
    rows = model.objects.in_bulk([pk for pk, _ in counts])
    return [FacetCount(*label(rows[pk]), n) for pk, n in counts if pk in rows]


def _kinds(counts: Counts) -> list[FacetCount]:
    labels = dict(StatementKind.choices)
    return [FacetCount(kind, labels.get(kind, kind), n) for kind, n in counts]


def _organisations(counts: Counts, *, within: Organisation | None) -> list[FacetCount]:
    """Counts by the organisation printed for each statement, rolled up to the top-level
    bodies, or to the bodies directly inside `within` once one is chosen."""
    if not counts:
        return []
    tree = {
        pk: (parent, slug, name, short)
        for pk, parent, slug, name, short in Organisation.objects.values_list(
            "pk", "parent", "slug", "name", "abbreviation"
        )
    }
    level_parent = within.pk if within else None
    totals = Counter()
    for pk, n in counts:
        for node in _chain(tree, pk):
            if tree[node][0] == level_parent:
                totals[node] += n
    ranked = sorted(totals, key=lambda pk: (-totals[pk], tree[pk][2]))[:FACET_LIMIT]
    return [FacetCount(tree[pk][1], _org_label(*tree[pk][2:]), totals[pk]) for pk in ranked]


def _chain(tree: dict, pk: int) -> Iterable[int]:
    """The organisation and its parents up to the top (a cycle stops the walk)."""
    seen = []
    while pk is not None and pk in tree and pk not in seen:
        seen.append(pk)
        pk = tree[pk][0]
    return seen


def _org_label(name: str, abbreviation: str) -> str:
    return f"{name} ({abbreviation})" if abbreviation else name


def _panel_label(panel) -> tuple[str, str]:
    return str(panel.position), panel.title


def _panel_order(facet: FacetCount) -> int:
    return int(facet.value)
