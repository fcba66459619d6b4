"""Putting it together: plain-text minutes in, a draft gp-meeting/1 dict out."""

import re

from jsonschema import Draft202012Validator

from intake.meeting_file.read import place, schema
from minutes.models import Meeting, Theme
from minutes.themes import suggest_themes

from .biography import post_from_attribution
from .body import PanelDraft, PanelistDraft, StatementDraft, read_body
from .furniture import drop_furniture
from .header import Header, date_from_other_lines, maybe_host, person_in, read_header
from .names import key_for, looks_like_office, names_a_meeting
from .paragraphs import MinutesImportError, split
from .people import Registry

DEFAULT_PANEL_TITLE = "Proceedings"


def draft_from_text(*, text: str, source: str = "", themes: list[Theme] | None = None) -> dict:
    """A draft meeting file for the minutes in `text`; MinutesImportError says what is missing.

    Themes are suggested from `themes` (by default every theme in the database).
    """
    where = f"{source}: " if source else ""
    kept, dropped = drop_furniture(split(text, source=source))
    if not kept:
        raise MinutesImportError(
            [f"{where}no minutes found: the text is empty or only page furniture"]
        )
    registry = Registry()
    header, body = read_header(kept, registry)
    panels = read_body(body, registry)
    _single_speaker(header, panels, registry)
    date_from_other_lines(header)
    if header.date is None:
        raise MinutesImportError(
            [
                f"{where}no meeting date found above the minutes: put the date on a line of "
                "its own near the top (e.g. 'January 26, 2012' or 'Date: 26 January 2012')"
            ]
        )
    title, notes = _title(header)
    themes = list(Theme.objects.all()) if themes is None else themes
    draft = _assemble(header, title, panels, registry, themes, notes + header.notes)
    _review_not_copied(draft, dropped + header.not_copied)
    problems = [
        f"{where}{place(error.absolute_path)}: {error.message}"
        for error in Draft202012Validator(schema()).iter_errors(draft)
    ]
    if problems:
        raise MinutesImportError(problems)
    return draft


def _single_speaker(header: Header, panels: list[PanelDraft], registry: Registry) -> None:
    """One speaker named in the header and no one in the body: all the text is theirs."""
    if any(panel.panelists for panel in panels):
        return
    found = person_in(header.leftovers)
    if found is None:
        return
    index, (parsed, attribution), byline = found
    person = registry.add(parsed)
    if not panels:
        panels.append(PanelDraft())
    place = panels[0].place_for(person)
    line = header.leftovers.pop(index)
    if attribution:
        place.take(post_from_attribution(attribution))
    elif index < len(header.leftovers) and _is_post(header.leftovers[index].text):
        place.take(post_from_attribution(header.leftovers.pop(index).text))
    elif parsed.role:
        place.role = parsed.role  # 'Under Secretary Ana Ruiz'
    if byline and not header.leftovers:
        header.leftovers.append(line)  # 'Remarks by X at Y' is all there is: the title
    elif byline:
        place.title = line.text[:300]
    for panel in panels:
        for statement in panel.statements:
            if statement.kind == "narrative":
                statement.speaker, statement.kind = person, "remark"
    if not byline and len(header.leftovers) >= 2:
        place.title = header.leftovers.pop(0).text[:300]


def _is_post(text: str) -> bool:
    return looks_like_office(text) and len(text) <= 300


def _title(header: Header) -> tuple[str, list[str]]:
    candidates = [p for p in header.leftovers if len(p.text) <= 500]
    if candidates:
        # 'Riverside Commission' above 'Public Meeting on X': the meeting is the title.
        chosen = next((p for p in candidates if names_a_meeting(p.text)), candidates[0])
        header.leftovers.remove(chosen)
        for other in header.leftovers:
            if len(other.text.split()) <= 12:
                maybe_host(other.text, header)
        header.summary = [p.text for p in header.leftovers] + header.summary
        return chosen.text, []
    header.summary = [p.text for p in header.leftovers] + header.summary
    title = f"Meeting of {header.date:%-d %B %Y}"
    return title, [
        f"meeting.title: no title line was found; named {title!r} \u2014 give it its title"
    ]


def meeting_slug(title: str, date) -> str:
    """'… Mass Destruction (GP)' on 2012-01-26 → 'gp-2012-01-26'; else title words and date."""
    abbreviation = re.search(r"\(([A-Z][A-Z0-9&]{1,11})\)\s*$", title)
    words = key_for(abbreviation.group(1)) if abbreviation else _first_words(key_for(title))
    return f"{words}-{date.isoformat()}" if words else f"meeting-{date.isoformat()}"


def _first_words(key: str, limit: int = 50) -> str:
    kept = []
    for word in key.split("-"):
        if kept and len("-".join([*kept, word])) > limit:
            break
        kept.append(word)
    return "-".join(kept)[:limit]


def _assemble(header, title, panels, registry, themes, notes) -> dict:
    meeting = {
        "slug": meeting_slug(title, header.date),
        "title": title,
        "date": header.date.isoformat(),
        "location": header.location,
        "status": "draft",
    }
    if header.host:
        meeting["host"] = header.host
    if header.source_url:
        meeting["source_url"] = header.source_url
    meeting["summary"] = "\n\n".join(header.summary)
    if Meeting.objects.filter(slug=meeting["slug"]).exists():
        notes.append(
            f"meeting.slug: a meeting {meeting['slug']!r} is already recorded; loading this "
            "draft replaces its record \u2014 change the slug for a different meeting"
        )
    new_people = [p for p in registry.people if not p.in_database]
    draft = {
        "format": "gp-meeting/1",
        "meeting": meeting,
        "people": [p.entry() for p in new_people],
        "attendees": [
            {
                "person": a.person.key,
                **{k: v for k, v in (("role", a.role), ("group", a.group)) if v},
            }
            for a in header.attendees
        ],
        "panels": [],
    }
    for i, person in enumerate(new_people):
        notes += [f"people[{i}]: {note}" for note in person.notes]
    if not panels:
        panels = [PanelDraft()]
    suggested = False
    for p, panel in enumerate(panels):
        if not panel.title:
            panel.title = DEFAULT_PANEL_TITLE
            notes.append(f"panels[{p}].title: the text has no panel heading; named {panel.title!r}")
        entry = {"title": panel.title}
        if panel.topic:
            entry["topic"] = panel.topic[:500]
        entry["panelists"] = [
            _panelist(panelist, p, j, notes) for j, panelist in enumerate(panel.panelists)
        ]
        entry["statements"] = []
        for k, statement in enumerate(panel.statements):
            entry["statements"].append(_statement(statement, themes))
            suggested = suggested or bool(entry["statements"][-1]["themes"])
            if statement.note:
                notes.append(f"panels[{p}].statements[{k}].speaker: {statement.note}")
        draft["panels"].append(entry)
    if suggested:
        notes.append("panels[*].statements[*].themes: suggested from theme keywords; confirm them")
    for person in registry.people:
        if person.in_database:
            notes += [f"person {person.key!r}: {note}" for note in person.notes]
    draft["review"] = notes
    return draft


def _panelist(panelist: PanelistDraft, p: int, j: int, notes: list[str]) -> dict:
    entry = {"person": panelist.person.key}
    for name in ("title", "role", "organisation", "biography"):
        if getattr(panelist, name):
            entry[name] = getattr(panelist, name)
    for name, note in panelist.notes.items():
        notes.append(f"panels[{p}].panelists[{j}].{name}: {note}")
    return entry


def _statement(statement: StatementDraft, themes: list[Theme]) -> dict:
    entry = {"speaker": statement.speaker.key if statement.speaker else None}
    entry["kind"] = statement.kind
    entry["themes"] = [theme.slug for theme in suggest_themes(text=statement.text, themes=themes)]
    entry["text"] = statement.text
    return entry


def _review_not_copied(draft: dict, paras) -> None:
    if paras:
        lines = ", ".join(repr(p.text[:80]) for p in sorted(paras, key=lambda p: p.line))
        draft["review"].append(
            f"(not copied): read as page furniture, headings or repeats \u2014 {lines}; "
            "check that none of it belongs to the minutes"
        )
