"""Delegations that speak: 'Germany (DE):', 'The representative of France:', 'Commission:'.

Councils of states, intergovernmental bodies and international conferences label each turn
with the delegation, not the person, and print the person in a roster of delegations
('Germany: Mr Joachim Brenner, Parliamentary State Secretary', one a line). The roster is what
says who a delegation's label is: it is read as a run of three or more such lines, each a
delegation, a colon, and a person named with an honorific or in full.
"""

import re

from .label_shapes import language_note_removed
from .labels import NOT_SPEAKERS, Label
from .names import ParsedName, fold, parse_name, take_role
from .units import Unit

LEAST_ENTRIES = 3
# 'Germany: Mr Joachim Brenner, Parliamentary State Secretary, Federal Ministry …'
ENTRY = re.compile(
    r"^(?P<delegation>[^\W\d][^:()]{1,60}?)\s*:\s+(?P<who>[^,;()\u2013\u2014]{3,80}?)"
    r"\s*(?:[,;(\u2013\u2014].*)?$"
)
# 'Germany (DE): …', 'The representative of France: …', 'Poland (spoke in Polish): …'
LABEL = re.compile(r"^(?P<printed>[^:]{2,100}?)\s*:\s+(?P<rest>\S.*)$", re.DOTALL)
_CODES = re.compile(r"\s*\((?:[A-Z]{2,3}|spoke in [^)]*|speaking in [^)]*|in [A-Z][a-z]+)\)\s*$")
_REPRESENTATIVE = re.compile(
    r"^(?:the\s+)?(?:representative|delegate|delegation|observer|head of (?:the )?delegation)"
    r"\s+(?:of|for|from)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def roster_entry(text: str) -> tuple[str, ParsedName] | None:
    """(delegation, person) for a roster line ('Belgium: Ms Hélène Vandamme, Minister')."""
    match = ENTRY.match(text)
    if match is None:
        return None
    delegation = match.group("delegation").strip()
    if fold(delegation) in NOT_SPEAKERS or take_role(delegation.split()):
        return None  # 'Chair: Mr Petre Dobrescu': an office and its holder, not a delegation
    named = parse_name(delegation)
    if named is not None and (named.honorific or named.is_full):
        return None  # a person's own label, not a delegation's
    person = parse_name(match.group("who").strip())
    if person is None or not person.name or not (person.honorific or person.is_full):
        return None
    return delegation, person


def delegation_roster(units: list[Unit]) -> dict[str, tuple[ParsedName, int]]:
    """Each delegation of the document's rosters (runs of roster lines), folded, with its
    person and the roster line's index."""
    roster: dict[str, tuple[ParsedName, int]] = {}
    run: list[tuple[int, str, ParsedName]] = []
    for i, unit in enumerate([*units, None]):
        entry = roster_entry(unit.text) if unit is not None else None
        if entry is not None:
            run.append((i, *entry))
            continue
        if len(run) >= LEAST_ENTRIES:
            for index, delegation, person in run:
                roster.setdefault(fold(delegation), (person, index))
        run = []
    return roster


def delegation_key(printed: str) -> str:
    """The delegation a label names: 'Germany (DE)' and 'The representative of Germany' are
    'germany'."""
    printed = _CODES.sub("", printed.strip())
    return fold(_REPRESENTATIVE.sub("", printed)).strip()


def delegation_label(unit: Unit, roster: dict[str, tuple[ParsedName, int]]) -> Label | None:
    """The label of a turn opened by a delegation of the roster: the person the roster gives."""
    match = LABEL.match(unit.text)
    if match is None:
        return None
    found = roster.get(delegation_key(match.group("printed")))
    if found is None:
        return None
    person, _ = found
    return Label(
        match.group("printed"),
        language_note_removed(match.group("rest").strip()),
        "strong",
        name=ParsedName(person.name, person.honorific, ""),
        affiliation=_CODES.sub("", match.group("printed")).strip(),
    )


def delegation_labels(units: list[Unit]) -> dict[int, Label]:
    """The turns labelled by a delegation that a roster names, by unit index (not the
    roster's own lines)."""
    roster = delegation_roster(units)
    if not roster:
        return {}
    entries = {index for _, index in roster.values()}
    return {
        i: label
        for i, unit in enumerate(units)
        if i not in entries and (label := delegation_label(unit, roster)) is not None
    }
