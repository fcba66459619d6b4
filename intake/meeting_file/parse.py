"""Turning the text of a meeting file into data, refusing what could hurt the site.

A meeting file is plain data: mappings, lists and scalars, a few levels deep. Anything beyond
that is refused before it can cost time or memory: a file over MAX_CHARACTERS, an alias (a
425-byte file of nested aliases expands to gigabytes), nesting past MAX_DEPTH (a deep file
overflows a recursive parser), a key written twice in one mapping (the last would silently
win: `status: published` below `status: draft`), an explicit tag, a second document.

YAML is read from the parser's events, one at a time, and built here without recursion, so
nothing is expanded or nested before it is checked. JSON is read by `json` (much faster for
large files) and checked as it is built; a problem found there is placed by reading the same
text as YAML, of which JSON is a subset.
"""

import json
from dataclasses import dataclass, field
from typing import Any

import yaml

MAX_CHARACTERS = 64 * 1024 * 1024  # a 100,000-statement meeting file is about 45 MiB
MAX_DEPTH = 12  # the format nests 5 deep (panels[].statements[].themes[]); room for notes
MAX_MESSAGE = 300  # characters of a problem shown; the rest would quote the file back

# Tags a meeting file may name explicitly; any other (!!python/…, !!binary, !!set) is refused.
PLAIN_TAGS = {
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "map", "seq")
}
STRING = "tag:yaml.org,2002:str"
MERGE = "tag:yaml.org,2002:merge"
SCALAR_CONSTRUCTORS = {
    f"tag:yaml.org,2002:{name}": f"construct_yaml_{name}"
    for name in ("int", "float", "bool", "null")
}
TOO_DEEP = f"nested more than {MAX_DEPTH} levels deep"


class DocumentError(ValueError):
    """Text that is not a meeting file's plain data; `where` is 'line L, column C: ' or ''."""

    def __init__(self, reason: str, *, where: str = "", kind: str = ""):
        self.reason, self.where, self.kind = shorten(reason), where, kind
        super().__init__(f"{where}{self.reason}")


def shorten(text: str, limit: int = MAX_MESSAGE) -> str:
    """At most `limit` characters of a message, marked where it was cut."""
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


def position(mark) -> str:
    return f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""


class _StringDateLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Keeps dates as the strings that were written, so the schema checks them as text."""


_StringDateLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_document(text: str) -> Any:
    """The data of one YAML or JSON document; DocumentError says where and why it is refused."""
    if len(text) > MAX_CHARACTERS:
        raise DocumentError(
            f"the file is {len(text):,} characters long; the limit is {MAX_CHARACTERS:,}"
        )
    if text.lstrip().startswith("{"):
        try:
            return _parse_json(text)
        except DocumentError as refused:
            raise _placed(refused, text) from None
        except ValueError:
            pass  # YAML in flow style, or broken JSON: the YAML parser says where
    return _parse_yaml(text)


def _placed(refused: "DocumentError", text: str) -> "DocumentError":
    """The JSON parser's refusal, with the line and column the YAML parser finds for it."""
    try:
        _parse_yaml(text)
    except DocumentError as placed:
        if placed.kind == refused.kind:
            return placed
    return refused


def _parse_json(text: str) -> Any:
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys)
    except RecursionError:
        raise DocumentError(TOO_DEEP, kind="depth") from None
    if _depth(data) > MAX_DEPTH:
        raise DocumentError(TOO_DEEP, kind="depth")
    return data


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict:
    mapping = dict(pairs)
    if len(mapping) < len(pairs):
        seen = set()
        for key, _ in pairs:
            if key in seen:
                raise DocumentError(_twice(key), kind="duplicate")
            seen.add(key)
    return mapping


def _twice(key: Any) -> str:
    return f"the key {shorten(repr(key), 80)} is written twice in one mapping"


def _depth(data: Any) -> int:
    """How many containers deep the data goes, walked without recursion."""
    deepest, todo = 0, [(data, 1)] if isinstance(data, dict | list) else []
    while todo:
        value, level = todo.pop()
        deepest = max(deepest, level)
        children = value.values() if isinstance(value, dict) else value
        todo.extend((child, level + 1) for child in children if isinstance(child, dict | list))
    return deepest


@dataclass
class _Open:
    """A mapping or list being built; for a mapping, the key waiting for its value."""

    value: dict | list
    key: Any = None
    has_key: bool = False
    key_marks: dict = field(default_factory=dict)


def _parse_yaml(text: str) -> Any:
    loader = _StringDateLoader(text)
    try:
        return _build(loader)
    except yaml.MarkedYAMLError as error:
        reason = f"not valid YAML or JSON: {error.problem or error}"
        raise DocumentError(reason, where=position(error.problem_mark)) from None
    except yaml.YAMLError as error:
        raise DocumentError(f"not valid YAML or JSON: {error}") from None
    finally:
        loader.dispose()


def _build(loader) -> Any:
    """The document's data, built event by event with an explicit stack."""
    stack: list[_Open] = []
    root, documents = None, 0
    while not loader.check_event(yaml.StreamEndEvent):
        event = loader.get_event()
        where = position(event.start_mark)
        _refuse_unsafe(event, where)
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise DocumentError(
                    "a meeting file is one document; a second one starts", where=where
                )
            continue
        if isinstance(event, yaml.CollectionStartEvent):
            if len(stack) >= MAX_DEPTH:
                raise DocumentError(TOO_DEEP, where=where, kind="depth")
            stack.append(_Open({} if isinstance(event, yaml.MappingStartEvent) else []))
            continue
        if isinstance(event, yaml.ScalarEvent):
            value = _scalar(loader, event, where)
        elif isinstance(event, yaml.CollectionEndEvent):
            value = stack.pop().value
        else:
            continue
        if stack:
            _put(stack[-1], value, event.start_mark)
        else:
            root = value
    return root


def _refuse_unsafe(event, where: str) -> None:
    if isinstance(event, yaml.AliasEvent):
        anchor = shorten(event.anchor, 40)
        raise DocumentError(
            f"an alias (*{anchor}) is not accepted: write the value out", where=where
        )
    if isinstance(event, yaml.NodeEvent) and event.tag not in (None, "!", *PLAIN_TAGS):
        raise DocumentError(f"the tag {shorten(event.tag, 60)} is not accepted", where=where)


def _scalar(loader, event, where: str) -> Any:
    """A scalar's value as the safe loader would make it, dates kept as text."""
    tag = event.tag
    if tag in (None, "!"):
        tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
    if tag in (STRING, MERGE):
        return event.value
    if tag not in SCALAR_CONSTRUCTORS:
        raise DocumentError(f"{shorten(tag, 60)} does not fit a single value", where=where)
    node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
    try:
        return getattr(loader, SCALAR_CONSTRUCTORS[tag])(node)
    except ValueError:
        raise DocumentError(
            f"{shorten(repr(event.value), 80)} is not a {tag}", where=where
        ) from None


def _put(parent: _Open, value: Any, mark) -> None:
    """Put a finished value into the mapping or list being built."""
    if isinstance(parent.value, list):
        parent.value.append(value)
    elif parent.has_key:
        parent.value[parent.key] = value
        parent.has_key = False
    elif isinstance(value, dict | list):
        raise DocumentError("a key must be a single value", where=position(mark))
    elif value in parent.key_marks:
        first = parent.key_marks[value].line + 1
        reason = f"{_twice(value)} (first on line {first})"
        raise DocumentError(reason, where=position(mark), kind="duplicate")
    else:
        parent.key_marks[value] = mark
        parent.key, parent.has_key = value, True
