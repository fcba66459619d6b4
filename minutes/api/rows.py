"""Statement list rows built from plain values, for the API's busiest list.

A page of 100 statements as model instances and nested serializers costs ~30 ms, most of it
creating objects and walking fields; from value tuples it costs a few. The rows carry exactly
what StatementSerializer gives for one statement (the tests compare the two), and the schema
stays the serializer's.
"""

from collections.abc import Sequence

from django.db.models import CharField, F, FilteredRelation, Func, Q, QuerySet

from gp_site.aggregate_cache import cached_aggregate
from minutes.links import statement_url_template
from minutes.models import Statement, Theme

# What a row needs from the statement, its panel, meeting, speaker, the speaker's place in the
# panel's line-up (role and organisation at the time) and its themes: one query.
FIELDS = (
    "pk",
    "position",
    "text",
    "kind",
    "panel_id",
    "panel__position",
    "panel__title",
    "panel__meeting__slug",
    "panel__meeting__date",
    "speaker_id",
    "speaker__slug",
    "speaker__name",
    "place__role",
    "place__organisation_id",
    "place__organisation__slug",
    "place__organisation__name",
    "place__organisation__abbreviation",
    "theme_ids",
)


class ThemeIds(Func):
    """A statement's theme ids as one string, comma-separated, in no particular order.

    A subquery written out rather than built from a QuerySet: compiling that one costs a
    tenth of the whole request, and a second query for the page's themes costs more.
    """

    links = Statement.themes.through._meta.db_table
    template = f"(SELECT GROUP_CONCAT(theme_id) FROM {links} WHERE statement_id = %(expressions)s)"
    output_field = CharField()

    def as_postgresql(self, compiler, connection, **extra_context):
        template = (
            f"(SELECT STRING_AGG(theme_id::text, ',') FROM {self.links} "
            "WHERE statement_id = %(expressions)s)"
        )
        return self.as_sql(compiler, connection, template=template, **extra_context)


def with_places(statements: QuerySet) -> QuerySet:
    """Join each statement to its speaker's line-up row (at most one: a person has one place)."""
    return statements.annotate(
        place=FilteredRelation(
            "panel__panelists", condition=Q(panel__panelists__person=F("speaker"))
        )
    )


# The published statements as value tuples of FIELDS, in reading order: built once, since
# setting up these joins costs more than cloning them for a request and filtering the clone.
PUBLISHED_ROWS = (
    with_places(Statement.objects.published().in_reading_order())
    .annotate(theme_ids=ThemeIds("pk"))
    .values_list(*FIELDS)
)


def statement_rows(*, records: Sequence[tuple], base_url: str) -> list[dict]:
    """API rows for value tuples of FIELDS."""
    themes = _theme_slugs({record[-1] for record in records})
    permalink = statement_url_template(base_url=base_url)
    rows = []
    for record in records:
        pk, position, text, kind, panel_id, panel_position, panel_title, *rest = record
        meeting_slug, meeting_date, speaker_id, speaker_slug, speaker_name, *place = rest
        role, organisation_id, organisation_slug, organisation_name, abbreviation, ids = place
        rows.append(
            {
                "id": pk,
                "meeting": meeting_slug,
                "date": meeting_date.isoformat(),
                "panel": {"id": panel_id, "position": panel_position, "title": panel_title},
                "position": position,
                "speaker": {"slug": speaker_slug, "name": speaker_name} if speaker_id else None,
                "role": role or "",
                "organisation": {
                    "slug": organisation_slug,
                    "name": organisation_name,
                    "abbreviation": abbreviation,
                }
                if organisation_id
                else None,
                "kind": kind,
                "text": text,
                "themes": themes[ids],
                "url": permalink.format(pk),
            }
        )
    return rows


def _theme_slugs(id_lists: set[str | None]) -> dict[str | None, list[str]]:
    """Theme slugs in the order of names, for each list of theme ids (see ThemeIds)."""
    vocabulary = cached_aggregate(name="theme-slugs-by-name", parts=(), compute=theme_slugs_by_name)
    parsed = {ids: [int(pk) for pk in ids.split(",")] if ids else [] for ids in id_lists}
    if any(pk not in vocabulary for pks in parsed.values() for pk in pks):
        vocabulary = theme_slugs_by_name()  # a theme made since the vocabulary was cached
    return {
        ids: [slug for _, slug in sorted(vocabulary[pk] for pk in pks)]
        for ids, pks in parsed.items()
    }


def theme_slugs_by_name() -> dict[int, tuple[int, str]]:
    """Each theme's place in the order of names (the database's collation) and its slug."""
    ordered = Theme.objects.order_by("name").values_list("pk", "slug")
    return {pk: (place, slug) for place, (pk, slug) in enumerate(ordered)}
