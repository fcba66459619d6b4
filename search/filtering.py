"""What the statements page and the search page share: the filters, their facets, and one
address for every filtered view (parameters in a fixed order, values sorted, empties out)."""

from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.http import urlencode

from core.aggregate_cache import cached_aggregate
from minutes.models import Statement
from search.facets import FacetCount, listed_statement_facets, statement_facets
from search.filters import PARAMETER_ORDER, StatementFilter
from search.statements import clean_query_text

MULTIPLE = frozenset({"theme", "kind"})
# Changing one of these makes the others meaningless: a panel is numbered within a meeting.
RESETS = {"meeting": ("panel",)}

FACET_TITLES = {
    "theme": ("Themes", "Choosing several shows statements tagged with all of them."),
    "speaker": ("Speakers", ""),
    "organisation": ("Organisations", "Counts include the bodies inside each organisation."),
    "meeting": ("Meetings", ""),
    "panel": ("Panels", ""),
    "kind": ("Kinds", "Choosing several shows statements of any of them."),
}


def canonical_pairs(params: QueryDict) -> list[tuple[str, str]]:
    """The known parameters, in PARAMETER_ORDER, with sorted unique values and no empties."""
    pairs = []
    for name in PARAMETER_ORDER:
        values = [value.strip() for value in params.getlist(name)]
        if name == "q":
            values = [" ".join(clean_query_text(value).split()) for value in values]
        values = [value for value in values if value]
        values = sorted(set(values)) if name in MULTIPLE else values[-1:]
        if name == "page" and values == ["1"]:
            values = []
        pairs += [(name, value) for value in values]
    return pairs


@dataclass(frozen=True)
class FacetLink:
    """One facet value as a link that adds it to the filters, or removes it if chosen."""

    label: str
    count: int
    url: str
    selected: bool


class FilterLinks:
    """Addresses of the current view with one parameter added, replaced or removed."""

    def __init__(self, path: str, pairs: list[tuple[str, str]]):
        self.path, self.pairs = path, [pair for pair in pairs if pair[0] != "page"]
        self.page = next((value for name, value in pairs if name == "page"), None)

    def url(self, pairs: list[tuple[str, str]]) -> str:
        order = {name: index for index, name in enumerate(PARAMETER_ORDER)}
        pairs = sorted(set(pairs), key=lambda pair: (order[pair[0]], pair[1]))
        return self.path + (f"?{urlencode(pairs)}" if pairs else "")

    def current(self, *, page: int | None = None) -> str:
        page_pairs = [("page", str(page))] if page and page > 1 else []
        return self.url(self.pairs + page_pairs)

    def selected(self, name: str, value: str) -> bool:
        return (name, value) in self.pairs

    def toggled(self, name: str, value: str) -> str:
        """Add the value (replacing a single-valued filter's), or remove it if chosen."""
        if self.selected(name, value):
            return self.without(name, value)
        dropped = (name, *RESETS.get(name, ())) if name not in MULTIPLE else RESETS.get(name, ())
        kept = [pair for pair in self.pairs if pair[0] not in dropped]
        return self.url([*kept, (name, value)])

    def without(self, name: str, value: str | None = None) -> str:
        dropped = {name, *RESETS.get(name, ())} if value is None or name not in MULTIPLE else set()
        return self.url(
            [pair for pair in self.pairs if pair[0] not in dropped and pair != (name, value)]
        )

    def without_filters(self) -> str:
        """The same words (if any) and order, with every filter removed."""
        return self.url([pair for pair in self.pairs if pair[0] in ("q", "sort")])

    def hidden_fields(self, *, exclude: tuple[str, ...]) -> list[tuple[str, str]]:
        """The current filters the form carries along unseen (its own fields excluded)."""
        return [pair for pair in self.pairs if pair[0] not in exclude]


class StatementFiltersMixin:
    """Builds `self.filterset` from the request (drafts never included) and gives templates
    the facets, the chosen filters with links to remove each, and the canonical address."""

    # Parameters the page reads itself rather than through StatementFilter.
    own_parameters: tuple[str, ...] = ()

    def setup_filters(self, request) -> None:
        self.links = FilterLinks(request.path, canonical_pairs(request.GET))
        data = request.GET.copy()
        for name in self.own_parameters:
            data.pop(name, None)
        self.filterset = StatementFilter(
            data, queryset=Statement.objects.published(), request=request
        )
        self.filters_valid = self.filterset.is_valid()

    def filtered_statements(self):
        """The matches as a set: to count, group or search within."""
        return self.filterset.qs if self.filters_valid else Statement.objects.none()

    def statements_in_reading_order(self):
        """The matches to read a page at a time (see StatementFilter.in_reading_order)."""
        if not self.filters_valid:
            return Statement.objects.none()
        return self.filterset.in_reading_order()

    def render_to_response(self, context, **kwargs):
        # A filter value that names nothing, or a malformed date, is the client's mistake.
        status = 200 if self.filters_valid else 400
        return super().render_to_response(context, status=status, **kwargs)

    def facet_links(self, statements: QuerySet | None = None, ids: list | None = None) -> list:
        """Facets of a set of statements, or of a list of their ids (see search.facets)."""
        cleaned = self.filterset.form.cleaned_data if self.filters_valid else {}
        options = {
            "organisation": cleaned.get("organisation"),
            "with_panels": bool(cleaned.get("meeting")),
        }
        # Counted over every match (or the first 2,000 a search ranks): kept for this page's
        # words, filters and order (what decides the matches) until the records change.
        if ids is None:
            count = lambda: statement_facets(statements, **options)  # noqa: E731
        else:
            count = lambda: listed_statement_facets(ids, **options)  # noqa: E731
        facets = cached_aggregate(
            name="statement-facets", parts=(self.links.path, *self.links.pairs), compute=count
        )
        return [
            {
                "name": name,
                "title": FACET_TITLES[name][0],
                "note": FACET_TITLES[name][1],
                "links": [self._facet_link(name, count) for count in counts],
            }
            for name, counts in facets.items()
            if counts
        ]

    def _facet_link(self, name: str, count: FacetCount) -> FacetLink:
        return FacetLink(
            label=count.label,
            count=count.count,
            url=self.links.toggled(name, count.value),
            selected=self.links.selected(name, count.value),
        )

    def chosen_filters(self) -> list[dict]:
        """Each chosen filter value with a readable label and a link that removes it."""
        if not self.filters_valid:
            return []
        cleaned, chosen = self.filterset.form.cleaned_data, []
        for name, value in self.links.pairs:
            if name in self.own_parameters or name not in self.filterset.filters:
                continue
            label = _chosen_label(name, value, cleaned)
            chosen.append({"name": name, "label": label, "url": self.links.without(name, value)})
        return chosen

    def filter_context(self) -> dict:
        chosen = self.chosen_filters()
        return {
            "filterset": self.filterset,
            "filters_valid": self.filters_valid,
            "chosen_filters": chosen,
            "filter_summary": "; ".join(item["label"] for item in chosen),
            "date_hidden_fields": self.links.hidden_fields(exclude=("date_from", "date_to")),
            "links": self.links,
        }

    def page_links(self, page) -> dict:
        """Canonical addresses of the previous and next pages."""
        if page is None:
            return {}
        return {
            "previous": self.links.current(page=page.previous_page_number())
            if page.has_previous()
            else None,
            "next": self.links.current(page=page.next_page_number()) if page.has_next() else None,
        }


def _chosen_label(name: str, value: str, cleaned: dict) -> str:
    field = StatementFilter.base_filters[name]
    title = str(field.label or name.replace("_", " ").capitalize())
    chosen = cleaned.get(name)
    if name == "theme":
        named = {theme.slug: theme.name for theme in chosen or ()}
        return f"Theme: {named.get(value, value)}"
    if name == "kind":
        return f"Kind: {dict(field.extra['choices']).get(value, value)}"
    if name == "meeting" and chosen is not None:
        return f"Meeting: {chosen.display_title}"
    if name == "panel":
        return f"Panel {value}"
    if name == "q":
        return f"Words: {value}"
    if chosen is not None and hasattr(chosen, "name"):
        return f"{title}: {chosen.name}"
    return f"{title}: {value}"
