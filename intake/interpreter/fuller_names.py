"""A speaker met only by surname or first name ('MR. HARGROVE.', 'Dwayne  00:10:23') whose
full name the document prints elsewhere — a roster ('GLENN T. HARGROVE, Kansas'), a heading
('OPENING STATEMENT OF HON. GLENN T. HARGROVE'), a sentence ('I invite Ms. Katarina
Lindholm …'): the one fuller name found is theirs, with a note. Two fuller names of one
surname ('RAUL M. MORALES', 'PATRICIA MORALES') name no one."""

import re

from .names import fold, honorific_of, parse_name, title_case
from .people import PersonDraft, Registry
from .units import Unit
from .words import HEADING_WORDS, ORG_WORDS, ROLE_WORDS, TITLE_WORDS

# A word of a name, a double-barrelled one whole ('Ortega-Byrne', "O'Neill-Hughes").
_NAME_WORD = (
    r"(?:[A-Z](?:['\u2019][A-Z])?[a-z\u00e0-\u024f'\u2019]+(?:-[A-Z]?[a-z\u00e0-\u024f'\u2019]+)*"
    r"|[A-Z]\.|[A-Z][A-Z'\u2019-]+)"
)
# Words that may stand before a surname without being a first name ('Ranking Member Hargrove').
_NOT_FIRST = (
    {w for role in ROLE_WORDS for w in role.split()} | TITLE_WORDS | ORG_WORDS | HEADING_WORDS
)


def lengthen_short_names(registry: Registry, units: list[Unit]) -> None:
    """Give each person known by one word, or by first name and surname, the one fuller name
    the document prints for it."""
    texts = [unit.text for unit in units]
    for person in list(registry.people):
        if person.known or person.handles or len(person.words) > 2:
            continue
        if len(person.words) == 2:
            names = middle_named(person.name, texts)
        else:
            names = fuller_names(person.name, texts)
        if len(names) != 1:
            continue
        (name,) = names
        if any(fold(other.name) == fold(name) for other in registry.people):
            continue  # met under that name already: another entry, not this one's
        _lengthen(registry, person, name)


def fuller_names(word: str, texts: list[str]) -> set[str]:
    """The distinct fuller names ending (a surname) or starting (a first name) with the word."""
    plain, capitals = re.escape(title_case(word)), re.escape(word.upper())
    patterns = (
        rf"\b((?:{_NAME_WORD} ){{1,3}}){plain}\b",
        rf"\b((?:{_NAME_WORD} ){{1,3}}){capitals}\b",
        rf"\b{plain}((?: {_NAME_WORD}){{1,2}})\b",
    )
    found: set[str] = set()
    for text in texts:
        for k, pattern in enumerate(patterns):
            for match in re.finditer(pattern, text):
                words = match.group(1).split()
                name = _full_name(words, word, before=k < 2)
                if name:
                    found.add(name)
    return found


def middle_named(name: str, texts: list[str]) -> set[str]:
    """'Meena Gaikwad' printed elsewhere as 'Meena Sopan Gaikwad': the distinct names with the
    same first name and surname and one or two middle names between."""
    first, last = (re.escape(word) for word in name.split())
    pattern = rf"\b{first}((?: {_NAME_WORD}){{1,2}}) {last}\b"
    found: set[str] = set()
    for text in texts:
        for match in re.finditer(pattern, text):
            middle = match.group(1).split()
            if not any(_no_name(word) for word in middle):
                found.add(" ".join([name.split()[0], *middle, name.split()[1]]))
    return found


def _full_name(words: list[str], word: str, *, before: bool) -> str:
    """The name the words and the known word make, '' when they make none."""
    while before and words and (honorific_of(words[0]) or _no_name(words[0])):
        words = words[1:]  # 'OF HON. GLENN T.' → 'GLENN T.'
    if not before:
        words = [w for w in words if not _no_name(w)][:1]
    if not words or any(_no_name(w) for w in words):
        return ""
    parts = [*words, word] if before else [word, *words]
    name = " ".join(title_case(part) for part in parts)
    parsed = parse_name(name)
    if parsed is None or parsed.role or parsed.honorific or not parsed.is_full:
        return ""
    return name if not re.search(r"\b[A-Z]\.$", name) else ""


def _no_name(word: str) -> bool:
    """An office, a body or a heading's word ('Senators', 'Ranking', 'Committee')."""
    folded = fold(word.rstrip(".,"))
    return folded in _NOT_FIRST or folded.rstrip("s") in _NOT_FIRST


def _lengthen(registry: Registry, person: PersonDraft, name: str) -> None:
    registry.lengthen(person, name)
    note = f"the full name {name!r} is read from elsewhere in the text; check it"
    person.notes.append((note, None))


def listed_with_place(
    people: list[PersonDraft], place: str, texts: list[str]
) -> PersonDraft | None:
    """Of members sharing a surname, the one the document prints with the label's state or
    seat: 'Ms. MORALES of California' is 'PATRICIA MORALES, California' on the roster."""
    found = []
    for person in people:
        printed = rf"\b{re.escape(person.name)}(?:,\s*|\s+of\s+|\s*\()\s*{re.escape(place)}\b"
        if len(person.words) > 1 and any(re.search(printed, t, re.IGNORECASE) for t in texts):
            found.append(person)
    return found[0] if len(found) == 1 else None
