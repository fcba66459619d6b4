"""Form fields a meeting system prints around each item ('Subject : A. Call to Order',
'Meeting : Feb 27, 2024 - Regular Meeting', 'Category : 1. Call to Order', 'Type : Action'):
a run of short 'Key : value' lines with different keys is metadata, not anyone's words."""

import re

from .units import Unit

FIELD = re.compile(r"^(?P<key>[A-Z][\w/&'-]*(?:\s[\w/&'-]+){0,2})\s*:\s*(?P<value>.{0,100})$")
# Fields dating the document rather than the meeting: 'Created:', 'Last edited:', 'Sent:'.
DOCUMENT_DATE = re.compile(
    r"^(?:date\s+)?(?:created|modified|updated|last (?:edited|modified|updated)|edited|sent|"
    r"published|issued|printed|posted|generated|exported|distributed|circulated)"
    r"(?:\s+(?:on|at|time))?\s*:",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]['\"\u201d\u2019)]*$")
MIN_RUN = 3


def _field(unit: Unit) -> str:
    """The key of a field line ('' when the unit is none): short, no sentence after it."""
    match = FIELD.match(unit.text)
    if not match or _SENTENCE_END.search(match.group("value")):
        return ""
    return match.group("key").casefold()


def field_runs(units: list[Unit]) -> set[int]:
    """Positions (in `units`) of the lines in runs of three or more field lines whose keys
    differ, and of a bare 'Minutes :' field that closes such a run."""
    found: set[int] = set()
    run: list[int] = []
    for i, unit in enumerate([*units, None]):
        key = _field(unit) if unit is not None else ""
        keys = {_field(units[j]) for j in run}
        if key and key not in keys:
            run.append(i)
            continue
        if len(run) >= MIN_RUN:
            found.update(run)
        run = [i] if key else []
    return found
