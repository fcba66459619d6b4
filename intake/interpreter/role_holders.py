"""An office printed for a speaker whom the record names only later, or elsewhere: 'Answer
(Treasurer):' above, 'Officers at the date of the meeting: Treasurer, Mr Neil Ashcroft; …' at
the end. The one person the document prints with that office is the speaker, with a note;
two people printed with it name no one."""

import re

from .names import ParsedName, parse_name
from .record import Record
from .units import Unit

_HONORIFIC = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Revd|Rev|Canon|Cllr|Councillor|Sir|Dame)\.?\s+)"
)
_NAME = rf"(?P<name>{_HONORIFIC}?(?:[A-Z][\w'\u2019.-]*\s+){{1,3}}[A-Z][\w'\u2019-]+)"


def holders_printed(role: str, texts: list[str]) -> set[str]:
    """The distinct full names printed with the office: 'Treasurer, Mr Neil Ashcroft',
    'Treasurer: Neil Ashcroft', 'Neil Ashcroft, Treasurer', 'Neil Ashcroft (Treasurer)'."""
    office = re.escape(role)
    patterns = (
        rf"\b{office}\s*[,:\u2013\u2014-]\s*{_NAME}",
        rf"{_NAME}\s*(?:,\s*(?:the\s+)?|\(){office}\b",
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
