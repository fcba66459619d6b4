"""Putting it together: a document's blocks in, a draft gp-meeting/1 file and its notes out."""

import logging
import re
from functools import cache

from jsonschema import Draft202012Validator

from intake.meeting_file.read import place as path_of
from intake.meeting_file.read import schema
from intake.readers.blocks import Document, DocumentError
from minutes.models import Meeting, Theme
from minutes.themes import suggest_themes

from . import front
from .action_sections import actions_under_headings
from .dates import numeric_convention
from .fallback import in_document_order
from .fuller_names import lengthen_short_names
from .furniture import drop_furniture
from .kinds import classify
from .known import KnownOrganisations, KnownPeople
from .names import key_for, writes_french_honorifics
from .narrative import single_speaker, tidy
from .notes import Draft, Note
from .people import Registry
from .record import PanelDraft, PanelistDraft, Record, StatementDraft
from .role_holders import speakers_by_office
from .roll_offices import chair_roles
from .turns import Reader
from .units import Unit, units_of

DEFAULT_PANEL_TITLE = "Proceedings"
logger = logging.getLogger(__name__)


def draft_from_document(
    *,
    document: Document,
    themes: list[Theme] | None = None,
    people: KnownPeople | None = None,
    organisations: KnownOrganisations | None = None,
    recorded: bool = True,
) -> Draft:
    """A draft meeting file for the minutes in the document; DocumentError says what is missing.

    Themes are suggested from `themes` (by default every theme in the database); `people` and
    `organisations` are the recorded ones, loaded here unless the caller loaded them once for
    a batch. With `recorded` false the database is not consulted at all (nor is it when
    themes, people and organisations are given): measuring drafts needs none.
    """
    kept, dropped = drop_furniture(units_of(document))
    if not kept:
        raise DocumentError(
            f"{document.name}: no minutes found: the document is empty or only page furniture"
        )
    registry = Registry(
        KnownPeople.load() if people is None else people,
        french=writes_french_honorifics(u.text for u in kept),
    )
    organisations = KnownOrganisations.load() if organisations is None else organisations
    themes = list(Theme.objects.all()) if themes is None else themes

    def new_record() -> Record:
        return Record(
            registry=registry,
            organisations=organisations,
            source_url=document.source_url,
            # The page's own stamps ('Edited on Mar 6, 2024') show the convention too.
            day_first=numeric_convention(u.text for u in [*kept, *dropped]),
        )

    try:
        record = _read(new_record(), document, kept, dropped)
    except Exception as error:
        # A rule failing on an unforeseen shape must not cost the document its draft: the
        # text is given paragraph by paragraph. The fault is logged in full, to be mended.
        logger.exception("%s: the rules failed; the draft keeps document order", document.name)
        record = in_document_order(new_record(), document, kept, dropped, reason=repr(error))
    _dated(record, document, kept)
    data, notes = _assemble(record, themes, document, recorded)
    problems = _problems(data, document)
    if problems:
        registry.people.clear()
        record = in_document_order(
            new_record(), document, kept, dropped, reason="; ".join(problems[:3])
        )
        _dated(record, document, kept)
        data, notes = _assemble(record, themes, document, recorded)
        problems = _problems(data, document)
    if problems:
        raise DocumentError("\n".join(problems))
    return Draft(data=data, notes=notes, document=document)


def _read(record: Record, document: Document, kept: list[Unit], dropped: list[Unit]) -> Record:
    """The rules, in order: the reading, the tidying of statements, the header's choices."""
    reader = Reader(kept, record)
    reader.run()
    lengthen_short_names(record.registry, kept)
    speakers_by_office(record, kept)
    chair_roles(record)
    tidy(record.panels)
    front.masthead(record, reader.first_label)
    single_speaker(record)
    front.finish(record, document, kept, dropped)
    classify(record)
    actions_under_headings(record)
    record.not_copied += dropped
    return record


def _dated(record: Record, document: Document, kept: list[Unit]) -> None:
    if record.date is None:
        raise DocumentError(
            f"{document.name}: no meeting date found: no date and no year is printed anywhere "
            f"in it ({kept[0].place} to {kept[-1].place}), nor in its title: put the date on "
            "a line of its own near the top (e.g. 'January 26, 2012' or 'Date: 26 January 2012')"
        )


def _problems(data: dict, document: Document) -> list[str]:
    return [
        f"{document.name}: {path_of(error.absolute_path)}: {error.message}"
        for error in _validator().iter_errors(data)
    ]


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(schema())


def meeting_slug(title: str, date) -> str:
    """'… Mass Destruction (GP)' on 2012-01-26 → 'gp-2012-01-26'; else title words and date."""
    abbreviation = re.search(r"\(([A-Z][A-Z0-9&]{1,11})\)\s*$", title)
    words = key_for(abbreviation.group(1)) if abbreviation else _first_words(key_for(title))
    return f"{words}-{date.isoformat()}" if words else f"meeting-{date.isoformat()}"


def _first_words(key: str, limit: int = 50) -> str:
    kept: list[str] = []
    for word in key.split("-"):
        if kept and len("-".join([*kept, word])) > limit:
            break
        kept.append(word)
    return "-".join(kept)[:limit]


def _assemble(
    record: Record, themes: list[Theme], document: Document, recorded: bool
) -> tuple[dict, list[Note]]:
    notes = [Note(at, text, place) for at, text, place in record.notes]
    data = {"format": "gp-meeting/1", "meeting": _meeting(record, notes, recorded)}
    new_people = [p for p in record.registry.people if not p.known]
    data["people"] = [p.entry() for p in new_people]
    for i, person in enumerate(new_people):
        notes += [Note(f"people[{i}]", text, place or person.place) for text, place in person.notes]
    data["attendees"] = [_attendee(a, i, notes) for i, a in enumerate(record.attendees)]
    panels = [p for p in record.panels if not p.is_empty] or [PanelDraft()]
    record.not_copied += [p.heading for p in record.panels if p.is_empty and p.heading]
    data["panels"] = [_panel(panel, p, themes, notes) for p, panel in enumerate(panels)]
    if any(s["themes"] for panel in data["panels"] for s in panel["statements"]):
        notes.append(
            Note("panels[*].statements[*].themes", "suggested from theme keywords; confirm them")
        )
    for person in record.registry.people:
        if person.known:
            notes += [Note(f"person {person.key!r}", text, place) for text, place in person.notes]
    _not_copied(record, notes)
    data["review"] = [str(note) for note in notes]
    return data, notes


def _meeting(record: Record, notes: list[Note], recorded: bool) -> dict:
    title = record.title.strip()
    if not title:
        title = f"Meeting of {record.date:%-d %B %Y}"
        notes.append(
            Note(
                "meeting.title",
                f"no title line was found; named {title!r} \u2014 give it its title",
            )
        )
    meeting = {
        "slug": meeting_slug(title, record.date),
        "title": title[:500],
        "date": record.date.isoformat(),
        "location": record.location[:200],
        "status": "draft",
    }
    if record.host:
        meeting["host"] = record.host
    if record.source_url and len(record.source_url) <= 500:
        meeting["source_url"] = record.source_url
    meeting["summary"] = "\n\n".join(record.summary)
    if recorded and Meeting.objects.filter(slug=meeting["slug"]).exists():
        notes.append(
            Note(
                "meeting.slug",
                f"a meeting {meeting['slug']!r} is already recorded; loading this draft "
                "replaces its record \u2014 change the slug for a different meeting",
            )
        )
    return meeting


def _attendee(attendee, i: int, notes: list[Note]) -> dict:
    entry = {"person": attendee.person.key}
    if attendee.role:
        entry["role"] = attendee.role
    if attendee.group:
        entry["group"] = attendee.group
    if attendee.organisation:
        notes.append(
            Note(
                f"attendees[{i}]",
                f"printed with {attendee.organisation!r}: add the organisation to the "
                "person's memberships if it is theirs",
                attendee.place,
            )
        )
    return entry


def _panel(panel: PanelDraft, p: int, themes: list[Theme], notes: list[Note]) -> dict:
    if not panel.title:
        panel.title = DEFAULT_PANEL_TITLE
        notes.append(
            Note(f"panels[{p}].title", f"the text has no panel heading; named {panel.title!r}")
        )
    entry = {"title": panel.title[:300]}
    if panel.topic:
        entry["topic"] = panel.topic[:500]
    entry["panelists"] = [_panelist(one, p, j, notes) for j, one in enumerate(panel.panelists)]
    entry["statements"] = []
    for k, statement in enumerate(panel.statements):
        entry["statements"].append(_statement(statement, themes))
        if statement.note:
            at = f"panels[{p}].statements[{k}].speaker"
            notes.append(Note(at, statement.note, statement.unit.place))
    return entry


def _panelist(panelist: PanelistDraft, p: int, j: int, notes: list[Note]) -> dict:
    entry = {"person": panelist.person.key}
    for name in ("title", "role", "organisation", "biography"):
        if getattr(panelist, name):
            entry[name] = getattr(panelist, name)
    for name, note in panelist.notes.items():
        notes.append(Note(f"panels[{p}].panelists[{j}].{name}", note, panelist.place))
    return entry


def _statement(statement: StatementDraft, themes: list[Theme]) -> dict:
    return {
        "speaker": statement.speaker.key if statement.speaker else None,
        "kind": statement.kind,
        "themes": [theme.slug for theme in suggest_themes(text=statement.text, themes=themes)],
        "text": statement.text,
        "source": str(statement.unit.place),
    }


def _not_copied(record: Record, notes: list[Note]) -> None:
    if not record.not_copied:
        return
    units = sorted({u.index: u for u in record.not_copied}.values(), key=lambda u: u.index)
    lines = ", ".join(repr(u.text[:80]) for u in units)
    notes.append(
        Note(
            "(not copied)",
            f"read as page furniture, headings or repeats \u2014 {lines}; check that none of "
            "it belongs to the minutes",
        )
    )
