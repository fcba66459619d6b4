"""Statement list rows built from plain values, for the API's busiest list.

A page of 100 statements as model instances and nested serializers costs ~30 ms, most of it
creating objects and walking fields; from value tuples it costs a few. The rows carry exactly
what StatementSerializer gives for one statement (the tests compare the two), and the schema
stays the serializer's.
"""

from collections.abc import Sequence

from core.links import statement_url_template
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


# The published statements as value tuples of FIELDS, in reading order: built once, since
# setting up these joins costs more than cloning them for a request and filtering the clone.
PUBLISHED_ROWS = (
    Statement.objects.published()
    .in_reading_order()
    .with_speaker_place()
    .with_theme_ids()
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
    vocabulary = Theme.objects.vocabulary()
    return {ids: [slug for _, _, slug in vocabulary.themes(ids)] for ids in id_lists}
