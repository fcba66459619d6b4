"""An office printed for a speaker whom the record names only later, or elsewhere: 'Answer
(Treasurer):' above, 'Officers at the date of the meeting: Treasurer, Mr Neil Ashcroft; …' at
the end. The one person the document prints with that office is the speaker, with a note;
two people printed with it name no one."""

import re

from .names import ParsedName, parse_name
from .record import Record
from .units import Unit

_HONORIFIC = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Revd|Rev|Canon|Cllr|Councillor|Sir|Dame|Shri|"
    r"Shrimati|Smt|Sri|Srimati|Kumari|Km)\.?\s+)"
)
_NAME = rf"(?P<name>{_HONORIFIC}?(?:[A-Z][\w'\u2019.-]*\s+){{1,3}}[A-Z][\w'\u2019-]+)"
# What may stand between a listed name and its office: 'Ann Lee, Treasurer', 'Ann Lee, the
# Treasurer', 'Ms Helen Radcliffe BA(Hons) MRTPI, an Inspector', 'Ann Lee (Treasurer)', an
# officials list's 'Smt. Ann Lee - Sarpanch'.
_BETWEEN = (
    r"(?:\s+(?:[A-Z]{2,}[A-Za-z]*(?:\([A-Za-z]+\))?))*"  # letters after it: 'BA(Hons) MRTPI'
    r"\s*(?:,\s*(?:(?:the|an?)\s+)?|\(|\s[-\u2013\u2014]\s*)"
)
# An office after a name as lists print it: capitalised words, in brackets or after a dash
# ('Ricardo Alvarez (General Manager)', 'Smt. Sunita Jadhav - Sarpanch'), or after a comma
# when it ends the entry ('Ann Lee, Treasurer;'), a list of names being no list of offices.
_OFFICE = r"(?P<office>[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,3})"
_OFFICE_AFTER = (
    re.compile(rf"{_NAME}\s*(?:\(|\s[-\u2013\u2014]\s*){_OFFICE}"),
    re.compile(rf"{_NAME}\s*,\s*(?:the\s+)?{_OFFICE}(?=\s*(?:$|[;.)]))"),
    # an attendance table's row: 'Mr Simon Akinyemi | Headteacher | P'
    re.compile(rf"{_NAME}\s*\|\s*{_OFFICE}(?=\s*(?:$|\|))"),
)


def holders_printed(role: str, texts: list[str]) -> set[str]:
    """The distinct full names printed with the office: 'Treasurer, Mr Neil Ashcroft',
    'Treasurer: Neil Ashcroft', 'Neil Ashcroft, Treasurer', 'Neil Ashcroft (Treasurer)'."""
    office = re.escape(role)
    patterns = (
        rf"\b{office}\s*[,:\u2013\u2014-]\s*{_NAME}",
        rf"{_NAME}{_BETWEEN}{office}\b",
    )
    found: set[str] = set()
    for text in texts:
        for pattern in patterns:
            for match in re.finditer(pattern, text):
                parsed = parse_name(match.group("name"))
                if parsed is not None and parsed.is_full:
                    found.add(parsed.name)
    return found


def speakers_by_office(record: Record, units: list[Unit]) -> None:
    """Statements of an office no one was named for: the one person printed with it."""
    texts = [unit.text for unit in units]
    registry = record.registry
    for panel in record.panels:
        for statement in panel.statements:
            if statement.speaker is not None or not statement.role:
                continue
            names = holders_printed(statement.role, texts)
            if len(names) != 1:
                continue
            (name,) = names
            person = registry.find(ParsedName(name)) or registry.add(parse_name(name))
            registry.give_role(person, statement.role)
            panel.place_for(person)
            statement.speaker = person
            statement.note = (
                f"printed as {statement.role}; read as {person.name}, whom the document prints "
                f"as {statement.role}; check it"
            )


def offices_printed(texts: list[str]) -> list[tuple[str, str]]:
    """(full name, office) for each name printed with an office after it."""
    found: list[tuple[str, str]] = []
    for text in texts:
        for pattern in _OFFICE_AFTER:
            for match in pattern.finditer(text):
                parsed = parse_name(match.group("name"))
                if parsed is not None and parsed.is_full and not parsed.role:
                    found.append((parsed.name, match.group("office")))
    return found


def holder_of(label: str, offices: list[tuple[str, str]]) -> str:
    """The one person printed with the office a one-word label prints: 'Sarpanch:' for 'Smt.
    Sunita Jadhav - Sarpanch', 'GM:' for 'Ricardo Alvarez (General Manager)' by its initials;
    '' when no one or more than one is."""
    word = label.strip()
    if not re.fullmatch(r"[A-Z][\w'\u2019-]+", word):
        return ""
    folded = word.casefold()
    names = set()
    for name, office in offices:
        words = office.split()
        initials = "".join(w[0] for w in words if w[0].isupper())
        if office.casefold() == folded or (word.isupper() and len(words) > 1 and initials == word):
            names.add(name)
    return next(iter(names)) if len(names) == 1 else ""
