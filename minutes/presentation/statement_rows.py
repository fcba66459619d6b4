"""Statements as plain rows, with every link worked out once per page.

A meeting page can hold a thousand statements, so listings skip model instances: rows are
dicts built from `values_list()` tuples, each statement's themes come with it (joined on a
meeting page; as theme ids read against the cached vocabulary, Theme.objects.vocabulary(), in
lists), and links are formed from one `reverse()` per route rather than one per link. The
`statement_articles` template tag renders the rows.
"""

from collections import Counter, defaultdict
from collections.abc import Iterable
from operator import itemgetter

from django.db.models import QuerySet

from core.links import url_former
from minutes.models import Meeting, Panel, Statement, StatementKind, Theme

ThemeLink = Statement.themes.through

# A remark is the ordinary case; every other kind is worth a label beside the text.
KIND_LABELS = {kind: kind.label for kind in StatementKind if kind != StatementKind.REMARK}

STATEMENT_FIELDS = (
    "pk",
    "panel_id",
    "text",
    "kind",
    "speaker_id",
    "speaker__name",
    "speaker__slug",
    "speaker__sort_name",
    "position",
)


# STATEMENT_FIELDS joined to each theme, unordered (see records_with_themes). Built once, as a
# view's `queryset` is, and filtered per page: setting up its joins was a quarter of the query.
STATEMENTS_WITH_THEMES = Statement.objects.order_by().values_list(
    *STATEMENT_FIELDS, "themes__id", "themes__name", "themes__slug"
)
_PANEL_AND_POSITION = itemgetter(1, STATEMENT_FIELDS.index("position"))
_NAME = itemgetter("name")


class StatementRows:
    """Builds template rows for statements, remembering each speaker's and theme's link."""

    def __init__(self, request):
        self.origin = f"{request.scheme}://{request.get_host()}"
        self.statement_url = url_former("minutes:statement_detail", "pk")
        self.person_url = url_former("people:person_detail", "slug")
        self.theme_url = url_former("minutes:theme_detail", "slug")
        self.themes: dict[int, dict] = {}
        # Translated once per page: each use of a lazy label would translate it again.
        self.kind_labels = {kind: str(label) for kind, label in KIND_LABELS.items()}
        self.speakers: dict[int, dict] = {}

    def theme(self, pk: int, name: str, slug: str) -> dict:
        theme = self.themes.get(pk)
        if theme is None:
            theme = {"pk": pk, "name": name, "slug": slug, "url": self.theme_url(slug)}
            self.themes[pk] = theme
        return theme

    def speaker(
        self, pk: int | None, name: str | None, slug: str | None, sort_name: str | None = ""
    ) -> dict | None:
        if pk is None:
            return None
        speaker = self.speakers.get(pk)
        if speaker is None:
            speaker = self.speakers[pk] = {
                "pk": pk,
                "name": name,
                "slug": slug,
                "sort_name": sort_name or name,
                "url": self.person_url(slug),
            }
        return speaker

    def records_with_themes(
        self, panel_ids: list[int]
    ) -> tuple[list[list], dict[int, list], dict[int, Counter]]:
        """`STATEMENT_FIELDS` values of the panels' statements in panel order, the themes of
        each statement and theme counts per panel, from one query that joins each statement
        to its themes.

        One query instead of two (statements, then their links): a meeting page spent more
        of its time building queries than running them.
        """
        records, by_statement, per_panel = {}, defaultdict(list), defaultdict(Counter)
        width = len(STATEMENT_FIELDS)
        for row in STATEMENTS_WITH_THEMES.filter(panel_id__in=panel_ids):
            pk = row[0]
            if pk not in records:  # one row per theme of the statement
                records[pk] = row[:width]
            theme_id, name, slug = row[width:]
            if theme_id is not None:
                by_statement[pk].append(self.theme(theme_id, name, slug))
                per_panel[row[1]][theme_id] += 1
        for themes in by_statement.values():
            if len(themes) > 1:
                themes.sort(key=_NAME)
        # Sorted here: an ORDER BY cost more to build than these sorts of one meeting's rows.
        return sorted(records.values(), key=_PANEL_AND_POSITION), by_statement, per_panel

    def rows(self, records: Iterable[tuple], themes: dict[int, list]) -> list[dict]:
        """Rows from tuples that start with `STATEMENT_FIELDS`; `continued` marks a speaker's next
        paragraph."""
        rows, previous = [], None
        for pk, panel_id, text, kind, speaker_id, name, slug, sort_name, position, *_ in records:
            rows.append(
                {
                    "pk": pk,
                    "panel_id": panel_id,
                    "position": position,
                    "anchor": f"s{pk}",
                    "permalink": self.origin + self.statement_url(pk),
                    "text": text,
                    "kind_label": self.kind_labels.get(kind, ""),
                    "speaker": self.speaker(speaker_id, name, slug, sort_name),
                    "themes": themes.get(pk, ()),
                    "continued": speaker_id is not None and (panel_id, speaker_id) == previous,
                }
            )
            previous = (panel_id, speaker_id)
        return rows

    def for_statements(self, statements: QuerySet) -> list[dict]:
        """Rows for an already narrowed (e.g. paginated) list of statements, in its order,
        their themes read from each statement's theme ids and the cached vocabulary."""
        return self.rows(*self._records_and_themes(statements, STATEMENT_FIELDS))

    def grouped_by_meeting(self, statements: QuerySet) -> list[dict]:
        """Rows for a narrowed list of statements, nested by meeting and then by panel in its
        order: `[{"meeting": Meeting, "panels": [{"panel": Panel, "statements": rows}]}]`.

        What the headings show of each meeting and panel is read with the statements (the
        rest deferred) rather than by a query of its own.
        """
        fields = (*STATEMENT_FIELDS, *PANEL_FIELDS, *MEETING_FIELDS)
        records, themes = self._records_and_themes(statements, fields)
        groups: list[dict] = []
        for record, row in zip(records, self.rows(records, themes), strict=True):
            panel_values = record[len(STATEMENT_FIELDS) : -len(MEETING_FIELDS)]
            meeting_values = record[-len(MEETING_FIELDS) :]
            if not groups or groups[-1]["meeting"].pk != meeting_values[0]:
                meeting = Meeting.from_db(statements.db, MEETING_ATTNAMES, meeting_values)
                groups.append({"meeting": meeting, "panels": []})
            panels = groups[-1]["panels"]
            if not panels or panels[-1]["panel"].pk != panel_values[0]:
                panel = Panel.from_db(statements.db, PANEL_ATTNAMES, panel_values)
                panel.meeting = groups[-1]["meeting"]
                panels.append({"panel": panel, "statements": []})
            panels[-1]["statements"].append(row)
        return groups

    def _records_and_themes(
        self, statements: QuerySet, fields: tuple[str, ...]
    ) -> tuple[list[list], dict[int, list]]:
        """Values of `fields` and the themes of each statement, from one query."""
        records, themes = [], {}
        vocabulary = Theme.objects.vocabulary()
        for *record, ids in statements.with_theme_ids().values_list(*fields, "theme_ids"):
            records.append(record)
            if ids:
                themes[record[0]] = [self.theme(*theme) for theme in vocabulary.themes(ids)]
        return records, themes


# What a grouped list's headings show of each panel and meeting (see grouped_by_meeting),
# in the order of the models' fields, as Model.from_db() takes them.
PANEL_FIELDS = ("panel_id", "panel__meeting_id", "panel__position", "panel__title", "panel__topic")
PANEL_ATTNAMES = ("id", "meeting_id", "position", "title", "topic")
MEETING_FIELDS = (
    "panel__meeting_id",
    "panel__meeting__slug",
    "panel__meeting__title",
    "panel__meeting__date",
    "panel__meeting__location",  # for citations
)
MEETING_ATTNAMES = ("id", "slug", "title", "date", "location")
