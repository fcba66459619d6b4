"""Statement list rows built from plain values, for the API's busiest list.

A page of 100 statements as model instances and nested serializers costs ~30 ms, most of it
creating objects and walking fields; from value tuples it costs a few. The rows carry exactly
what StatementSerializer gives for one statement (the tests compare the two), and the schema
stays the serializer's.
"""

from collections import defaultdict
from collections.abc import Sequence

from django.db.models import F, FilteredRelation, Q, QuerySet

from minutes.links import statement_url_template
from minutes.models import Statement

# What a row needs from the statement, its panel, meeting, speaker and the speaker's place
# in the panel's line-up (role and organisation at the time): one query.
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
)


def with_places(statements: QuerySet) -> QuerySet:
    """Join each statement to its speaker's line-up row (at most one: a person has one place)."""
    return statements.annotate(
        place=FilteredRelation(
            "panel__panelists", condition=Q(panel__panelists__person=F("speaker"))
        )
    )


def statement_rows(*, records: Sequence[tuple], base_url: str) -> list[dict]:
    """API rows for value tuples of FIELDS, with one more query for the themes."""
    themes = _themes([record[0] for record in records])
    permalink = statement_url_template(base_url=base_url)
    rows = []
    for record in records:
        pk, position, text, kind, panel_id, panel_position, panel_title, *rest = record
        meeting_slug, meeting_date, speaker_id, speaker_slug, speaker_name, *place = rest
        role, organisation_id, organisation_slug, organisation_name, abbreviation = place
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
                "themes": themes[pk],
                "url": permalink.format(pk),
            }
        )
    return rows


def _themes(statement_ids: list[int]) -> dict[int, list[str]]:
    links = (
        Statement.themes.through.objects.filter(statement_id__in=statement_ids)
        .order_by("theme__name")
        .values_list("statement_id", "theme__slug")
    )
    themes = defaultdict(list)
    for statement_id, slug in links:
        themes[statement_id].append(slug)
    return themes
