"""Reading a meeting file and checking it, reporting every problem with its place."""

import datetime
import json
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from minutes.models import Theme
from people.models import Organisation, Person

from .parse import MAX_CHARACTERS, DocumentError, parse_document, shorten

SCHEMA_PATH = Path(__file__).with_name("gp-meeting-1.schema.json")
MAX_PROBLEMS = 100  # listed one by one; past that, counted


class MeetingFileError(Exception):
    """A meeting file that cannot be loaded; `problems` lists every reason, each with its place."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class MeetingFile:
    """A parsed, checked meeting file."""

    source: str
    data: dict[str, Any]
    problems: list[str] = field(default_factory=list)


@cache
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def parse_text(text: str, *, source: str) -> MeetingFile:
    """Parse YAML (JSON is a subset of it) and check it; problems are collected, not raised."""
    try:
        data = parse_document(text)
    except DocumentError as error:
        return MeetingFile(source, {}, [f"{source}: {error}"])
    if not isinstance(data, dict):
        return MeetingFile(source, {}, [f"{source}: a meeting file must be a mapping at the top"])
    return MeetingFile(source, data, reported(source, check(data)))


def reported(source: str, problems: list[str]) -> list[str]:
    """Problems as shown: each with its file, each short, and no more than MAX_PROBLEMS."""
    shown = [shorten(f"{source}: {problem}") for problem in problems[:MAX_PROBLEMS]]
    if len(problems) > MAX_PROBLEMS:
        shown.append(f"{source}: … and {len(problems) - MAX_PROBLEMS:,} more problems")
    return shown


def read_file(path: str | Path) -> MeetingFile:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_CHARACTERS:
            # Refused before reading: the text would be held in memory whole.
            limit = f"{MAX_CHARACTERS:,}"
            return MeetingFile(str(path), {}, [f"{path}: {size:,} bytes; the limit is {limit}"])
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return MeetingFile(str(path), {}, [f"{path}: cannot read: {shorten(str(error))}"])
    return parse_text(text, source=str(path))


def place(path) -> str:
    """Turn a JSON path such as ['panels', 1, 'statements', 4] into 'panels[1].statements[4]'."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top)"


def check(data: dict) -> list[str]:
    """Every problem of the file: shape first; references only once the shape is right."""
    validator = Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    unstorable = list(_unstorable_text(data, ()))
    if errors or unstorable:
        return [
            f"{place(error.absolute_path)}: {_describe(error)}" for error in errors
        ] + unstorable
    return _check_dates(data) + _check_references(data)


def _unstorable_text(value, path):
    """Text no database can store: a NUL character or half of a surrogate pair."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _unstorable_text(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _unstorable_text(item, (*path, index))
    elif isinstance(value, str):
        bad = next((c for c in value if c == "\x00" or "\ud800" <= c <= "\udfff"), None)
        if bad is not None:
            yield f"{place(path)}: contains the character U+{ord(bad):04X}, which is not text"


def _describe(error) -> str:
    if error.validator == "additionalProperties":
        return error.message.replace("Additional properties are not allowed", "unknown field(s)")
    if error.validator == "required":
        return f"missing field {error.message.split(' is a required')[0]}"
    if error.validator == "pattern" and error.schema.get("maxLength") == 120:
        return f"{error.instance!r} is not a key (lowercase letters, digits and single hyphens)"
    if error.validator == "pattern" and error.validator_value == "\\S":
        return "must not be empty"
    if error.validator == "oneOf" and isinstance(error.instance, str):
        return f"{error.instance!r} is not valid here"
    return error.message


def _check_dates(data: dict) -> list[str]:
    problems = []
    dated = [(("meeting", "date"), data["meeting"].get("date"))]
    for i, person in enumerate(data.get("people", [])):
        for j, membership in enumerate(person.get("memberships", [])):
            for name in ("start_date", "end_date"):
                dated.append((("people", i, "memberships", j, name), membership.get(name)))
            start, end = membership.get("start_date"), membership.get("end_date")
            if start and end and end < start:
                problems.append(f"{place(('people', i, 'memberships', j))}: ends before it starts")
    for path, value in dated:
        if value is None:
            continue
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            problems.append(f"{place(path)}: {value!r} is not a real date (YYYY-MM-DD)")
    return problems


def _check_references(data: dict) -> list[str]:
    problems = []
    known = {}
    for section, model in (("organisations", Organisation), ("people", Person), ("themes", Theme)):
        entries = data.get(section, [])
        keys = [entry["key"] for entry in entries]
        for key, count in Counter(keys).items():
            if count > 1:
                problems.append(f"{section}: key {key!r} is used {count} times")
        wanted = {key for _, _, key in _references(data, section)} - set(keys)
        in_db = set(model.objects.filter(slug__in=wanted).values_list("slug", flat=True))
        known[section] = set(keys) | in_db
    for section, path, key in _all_references(data):
        if key not in known[section]:
            noun = {"organisations": "organisation", "people": "person", "themes": "theme"}
            problems.append(f"{place(path)}: no {noun[section]} {key!r}")
    problems += _check_parents(data, "organisations") + _check_parents(data, "themes")
    problems += _check_panels(data)
    return problems


def _all_references(data: dict):
    for section in ("organisations", "people", "themes"):
        yield from _references(data, section)


def _references(data: dict, section: str):
    """(section, path, key) for every reference to an entry of `section`."""
    if section == "organisations":
        if data["meeting"].get("host"):
            yield section, ("meeting", "host"), data["meeting"]["host"]
        for i, org in enumerate(data.get("organisations", [])):
            if org.get("parent"):
                yield section, ("organisations", i, "parent"), org["parent"]
        for i, person in enumerate(data.get("people", [])):
            for j, membership in enumerate(person.get("memberships", [])):
                path = ("people", i, "memberships", j, "organisation")
                yield section, path, membership["organisation"]
    for i, panel in enumerate(data.get("panels", [])):
        if section == "people" and panel.get("moderator"):
            yield section, ("panels", i, "moderator"), panel["moderator"]
        for j, panelist in enumerate(panel.get("panelists", [])):
            if section == "people":
                yield section, ("panels", i, "panelists", j, "person"), panelist["person"]
            if section == "organisations" and panelist.get("organisation"):
                path = ("panels", i, "panelists", j, "organisation")
                yield section, path, panelist["organisation"]
        for j, statement in enumerate(panel.get("statements", [])):
            if section == "people" and statement.get("speaker"):
                yield section, ("panels", i, "statements", j, "speaker"), statement["speaker"]
            if section == "themes":
                for k, theme in enumerate(statement.get("themes", [])):
                    yield section, ("panels", i, "statements", j, "themes", k), theme
    if section == "people":
        for i, attendee in enumerate(data.get("attendees", [])):
            yield section, ("attendees", i, "person"), attendee["person"]
    if section == "themes":
        for i, theme in enumerate(data.get("themes", [])):
            if theme.get("parent"):
                yield section, ("themes", i, "parent"), theme["parent"]


def _check_parents(data: dict, section: str) -> list[str]:
    """A parent chain inside the file must not loop back on itself."""
    parents = {entry["key"]: entry.get("parent") for entry in data.get(section, [])}
    problems = []
    for i, entry in enumerate(data.get(section, [])):
        seen, node = {entry["key"]}, entry.get("parent")
        while node in parents:
            if node in seen:
                problems.append(
                    f"{place((section, i, 'parent'))}: {entry['key']!r} is its own ancestor"
                )
                break
            seen.add(node)
            node = parents[node]
    return problems


def _check_panels(data: dict) -> list[str]:
    problems = []
    positions = Counter(panel_position(i, panel) for i, panel in enumerate(data["panels"]))
    for i, panel in enumerate(data["panels"]):
        if positions[panel_position(i, panel)] > 1:
            problems.append(
                f"{place(('panels', i, 'position'))}: duplicate position {panel_position(i, panel)}"
            )
        people = Counter(panelist["person"] for panelist in panel.get("panelists", []))
        for j, panelist in enumerate(panel.get("panelists", [])):
            if people[panelist["person"]] > 1:
                problems.append(
                    f"{place(('panels', i, 'panelists', j, 'person'))}: "
                    f"{panelist['person']!r} is in this line-up more than once"
                )
        for j, statement in enumerate(panel.get("statements", [])):
            themes = statement.get("themes", [])
            if len(themes) != len(set(themes)):
                problems.append(
                    f"{place(('panels', i, 'statements', j, 'themes'))}: a theme is repeated"
                )
    attendees = Counter(
        (attendee["person"], attendee.get("group", "")) for attendee in data.get("attendees", [])
    )
    problems += [
        f"attendees: {person!r} is listed {count} times in the group {group!r}"
        for (person, group), count in attendees.items()
        if count > 1
    ]
    return problems


def panel_position(index: int, panel: dict) -> int:
    """A panel's position: the one written, or its place in the list counting from 1."""
    return panel.get("position", index + 1)
