"""Line-ups: a speaker introduced by name on a line of its own, maybe with a talk title or post
under it and a biography after it, whose words follow (the shape of panel discussions)."""

import re

from .biography import post_from_attribution, post_from_biography
from .labels import read_label
from .names import HONORIFICS, ParsedName, fold, looks_like_office, parse_name
from .people import PersonDraft
from .record import PanelistDraft, Record
from .sections import is_prose, panel_heading
from .units import Unit

MIN_BIOGRAPHY_WORDS = 12


def name_line(text: str) -> tuple[ParsedName, str] | None:
    """(name, attribution) for 'Dr. Khammar Mrabit' or 'Jane Roe, Director of X'."""
    if len(text) > 300 or is_prose(text) or ":" in text:
        return None
    name_part, _, attribution = text.partition(",")
    parsed = parse_name(name_part.strip())
    if parsed is None or not parsed.name:
        return None
    if not parsed.is_full and not parsed.honorific:
        return None
    return parsed, attribution.strip()


def mentions(text: str, surname: str, *, within: int = 12) -> bool:
    """The first words of the text name this surname ('Mr. Mallin is …', 'Bruno Dupré, a …')."""
    words = [fold(word.strip(",.;:()\u2019'")) for word in text.split()[:within]]
    return fold(surname) in words


def introduction(units: list[Unit], i: int, record: Record, *, in_body: bool):
    """(person, indices used) when units[i] introduces a speaker, else None."""
    unit = units[i]
    named = name_line(unit.text)
    if named is None:
        return None
    parsed, attribution = named
    used, extra = {i}, []
    j = i + 1
    # Under the name, in the same block: a talk title, a post (two lines at most).
    while j < len(units) and len(extra) < 2 and _under_the_name(units, j, unit, parsed):
        extra.append(units[j].text)
        used.add(j)
        j += 1
    following = units[j] if j < len(units) else None
    biography = following is not None and _is_biography(following, parsed)
    if not in_body and not biography:
        return None  # in a header, a name alone is a byline or a title, not a line-up
    if not (biography or extra or parsed.honorific or attribution or _ends_run(following)):
        return None
    person = record.registry.add(parsed, unit.place)
    place = record.panel.place_for(person)
    if attribution:
        place.take(post_from_attribution(attribution, record.organisations))
    for line in extra:
        if place.title or (not place.role and looks_like_office(line)):
            place.take(post_from_attribution(line, record.organisations))
        else:
            place.title = line[:300]
    if biography:
        used.add(j)
        _take_biography(following.text, person, place, record)
    return person, used


def _under_the_name(units: list[Unit], j: int, name: Unit, parsed: ParsedName) -> bool:
    """A talk's title or a post under the name: in the name's block, or a short line of its
    own that the next name, a heading, the end or the biography follows (a PDF prints them
    as paragraphs of their own)."""
    unit = units[j]
    text = unit.text
    if is_prose(text) or name_line(text) or panel_heading(text) or read_label(unit):
        return False
    if unit.block == name.block:
        return True
    after = units[j + 1] if j + 1 < len(units) else None
    return len(text.split()) <= 8 and (_ends_run(after) or _is_biography(after, parsed))


def _ends_run(following: Unit | None) -> bool:
    """Nothing of this speaker's follows: the end, a heading or the next name."""
    if following is None:
        return True
    return bool(panel_heading(following.text) or name_line(following.text))


def _is_biography(unit: Unit | None, parsed: ParsedName) -> bool:
    if unit is None:
        return False
    words = unit.text.split()
    return (
        len(words) >= MIN_BIOGRAPHY_WORDS
        and is_prose(unit.text)
        and mentions(unit.text, parsed.surname)
    )


def _take_biography(text: str, person: PersonDraft, place: PanelistDraft, record: Record) -> None:
    if person.known or (person.biography and person.biography != text):
        place.biography = text
    else:
        person.biography = text
    if not person.honorific:
        match = re.search(rf"\b(Mr|Mrs|Ms|Dr|Prof)\.?\s+{re.escape(person.surname)}\b", text)
        if match:
            person.honorific = HONORIFICS[match.group(1).lower()]
    place.take(post_from_biography(text, record.organisations))
