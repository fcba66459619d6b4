"""Hostile meeting files: each refused with its place, in bounded time and memory, writing nothing.

Every refusal runs under tests.limits: 200 MiB more address space and 5 s at most.
"""

import itertools
import json
import os
import re
import subprocess
import sys

import pytest
import yaml
from django.conf import settings

from intake.meeting_file import parse_text, read_file
from intake.meeting_file.parse import (
    MAX_CHARACTERS,
    MAX_DEPTH,
    MAX_MESSAGE,
    DocumentError,
    parse_document,
)
from intake.meeting_file.read import MAX_PROBLEMS
from tests.intake.test_meeting_file_read import good
from tests.limits import bounded, limit_child

DEPTH_REFUSED = rf"nested more than {MAX_DEPTH} levels deep|exceeded maximum nesting depth"


def alias_bomb(levels: int = 9) -> str:
    """Nested aliases, "billion laughs": under 500 bytes that expand to 9**levels strings."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, name in itertools.pairwise("abcdefghijklmnopqrstuvwxyz"[:levels]):
        lines.append(f"{name}: &{name} [{','.join([f'*{previous}'] * 9)}]")
    return "\n".join(lines) + "\n"


def refusal(text: str) -> str:
    with bounded(), pytest.raises(DocumentError) as refused:
        parse_document(text)
    return str(refused.value)


def test_an_alias_bomb_is_refused_at_its_first_alias():
    assert len(alias_bomb()) < 500
    assert refusal(alias_bomb()) == (
        "line 2, column 8: an alias (*a) is not accepted: write the value out"
    )


def test_anchors_and_tags_that_build_objects_are_refused():
    assert refusal("a: !!python/object/apply:os.system ['true']\n") == (
        "line 1, column 4: the tag tag:yaml.org,2002:python/object/apply:os.system is not accepted"
    )
    assert "not accepted" in refusal("a: !!binary aGVsbG8=\n")
    assert "does not fit a single value" in refusal("a: !!seq x\n")


@pytest.mark.parametrize(
    "deep",
    [
        "[" * 100_000 + "]" * 100_000,  # flow YAML
        '{"a": ' * 100_000 + "1" + "}" * 100_000,  # JSON objects
        "[" * 100_000,  # unclosed
        "".join(f"{'  ' * level}- \n" for level in range(2_000)),  # block YAML
    ],
    ids=["flow", "json", "unclosed", "block"],
)
def test_deep_nesting_is_refused_before_it_recurses(deep):
    # Deep flow collections meet libyaml's own bound (1,000 levels) while it scans ahead.
    assert re.search(DEPTH_REFUSED, refusal(deep))


def test_a_json_file_nested_too_deep_is_placed():
    text = json.dumps({"a": [[[[[[[[[[[[["x"]]]]]]]]]]]]]})
    assert refusal(text).startswith("line 1, column ")


def test_nesting_up_to_the_limit_is_read():
    nested = "x"
    for _ in range(MAX_DEPTH):
        nested = [nested]
    assert parse_document(json.dumps(nested)) == nested
    assert parse_document(yaml.safe_dump(nested)) == nested


def test_a_key_written_twice_is_refused_with_both_places():
    text = "meeting:\n  status: draft\n  title: T\n  status: published\n"
    assert refusal(text) == (
        "line 4, column 3: the key 'status' is written twice in one mapping (first on line 2)"
    )


def test_a_json_key_written_twice_is_refused_with_its_place():
    text = '{"meeting": {"status": "draft",\n "status": "published"}}'
    assert refusal(text) == (
        "line 2, column 2: the key 'status' is written twice in one mapping (first on line 1)"
    )


def test_keys_equal_once_read_are_the_same_key():
    assert "written twice" in refusal("1: a\n0x1: b\n")


def test_a_second_document_is_refused():
    assert "one document" in refusal("a: 1\n---\na: 2\n")


def test_a_mapping_as_a_key_is_refused():
    assert "a key must be a single value" in refusal("? {a: 1}\n: b\n")


def test_plain_values_read_as_the_safe_loader_reads_them():
    text = "a: 1\nb: 1.5\nc: true\nd: null\ne: 2012-01-26\nf: '3'\ng: !!str 4\nh: ~\n"
    assert parse_document(text) == yaml.safe_load(text.replace("2012-01-26", "'2012-01-26'"))
    assert parse_document("<<: x\n") == {"<<": "x"}  # a merge key merges nothing: no aliases


def test_a_file_over_the_limit_is_refused_unread(tmp_path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as file:
        file.truncate(MAX_CHARACTERS + 1)  # sparse: no disk, and nothing may read it
    with bounded(memory=16 * 1024 * 1024, seconds=1):
        (problem,) = read_file(path).problems
    assert problem == f"{path}: {MAX_CHARACTERS + 1:,} bytes; the limit is {MAX_CHARACTERS:,}"


def test_text_over_the_limit_is_refused_unparsed():
    assert "characters long; the limit is" in refusal(" " * (MAX_CHARACTERS + 1))


@pytest.mark.django_db
def test_messages_are_cut_short_and_counted():
    data = good()
    data["meeting"]["title"] = ["x" * 10_000] * 50  # the schema quotes the value it refuses
    data["panels"][0]["statements"] = [{"text": 1}] * (MAX_PROBLEMS + 20)
    with bounded():
        problems = parse_text(json.dumps(data), source="m.json").problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert all(len(problem) <= MAX_MESSAGE for problem in problems)
    assert problems[-1] == "m.json: … and 21 more problems"


def load_meeting_command(path, tmp_path) -> subprocess.CompletedProcess:
    """`manage.py load_meeting PATH` in a process of its own, bounded by the kernel."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}"}
    return subprocess.run(
        [sys.executable, "manage.py", "load_meeting", str(path)],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        preexec_fn=limit_child(seconds=20),  # its start-up included
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (alias_bomb(), "line 2, column 8: an alias [(][*]a[)] is not accepted"),
        ("[" * 100_000 + "]" * 100_000, f"line 1, column [0-9]+: .*(?:{DEPTH_REFUSED})"),
        ('{"a": ' * 100_000 + "1" + "}" * 100_000, f"line 1, column 73: {DEPTH_REFUSED}"),
        ("meeting:\n  status: draft\n  status: published\n", "line 3, column 3: the key"),
    ],
    ids=["alias-bomb", "deep-yaml", "deep-json", "duplicate-key"],
)
def test_the_command_refuses_hostile_files_without_a_traceback(tmp_path, text, message):
    path = tmp_path / "hostile.yaml"
    path.write_text(text, encoding="utf-8")
    result = load_meeting_command(path, tmp_path)
    assert result.returncode == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert re.search(f"^{re.escape(str(path))}: {message}", result.stderr, re.MULTILINE)
    assert "nothing was written" in result.stderr
