"""Splitting pasted text into paragraphs, keeping each one's text verbatim and its line number."""

import re
import unicodedata
from dataclasses import dataclass


class MinutesImportError(ValueError):
    """Text that cannot become a draft; `problems` says where and what, one line each."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class Para:
    """One paragraph of the source: its text, first line and the blank-line block it is in."""

    text: str
    line: int
    block: int

    def __str__(self):
        return self.text


# Line breaks a word processor or a web page may leave in pasted text.
_BREAKS = re.compile(r"\r\n|[\r\v\f\x85\u2028\u2029]")
# A line that starts a new unit even inside wrapped prose: a list item or a "Label:" line.
_STARTS_UNIT = re.compile(
    r"^\s*(?:\(?\d{1,3}[.)]|\([a-z]\)|[-\u2022*\u2013]\s|[A-Z][\w .\u2019'-]{0,40}:\s)"
)
WRAP_WIDTH = 100


def split(text: str, *, source: str) -> list[Para]:
    """Paragraphs of the text: blocks between blank lines, a line each unless hard-wrapped."""
    text = _BREAKS.sub("\n", text)
    _check_characters(text, source)
    blocks, start, current = [], 0, []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line.strip())
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    all_lines = [line for _, lines in blocks for line in lines]
    width = max((len(line) for line in all_lines if len(line) <= WRAP_WIDTH), default=0)
    width = width if _is_hard_wrapped(all_lines) else 0
    paras = []
    for index, (start, lines) in enumerate(blocks):
        for number, joined in _units(start, lines, width):
            paras.append(Para(joined, number, index))
    return paras


def _check_characters(text: str, source: str) -> None:
    where = f"{source}: " if source else ""
    for number, line in enumerate(text.split("\n"), start=1):
        for char in line:
            if char != "\t" and unicodedata.category(char) in ("Cc", "Cs"):
                raise MinutesImportError(
                    [
                        f"{where}line {number}: a control character (U+{ord(char):04X}) "
                        "is not text; remove it and try again"
                    ]
                )


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Text wrapped at a fixed width (an e-mail): no long lines, and several near the width."""
    long_lines = [line for line in lines if len(line) > WRAP_WIDTH]
    near_width = [line for line in lines if 50 <= len(line) <= WRAP_WIDTH]
    return len(near_width) >= 3 and len(long_lines) <= len(lines) // 20


def _units(start: int, lines: list[str], width: int):
    """(line number, text) for each paragraph of a block; wrapped lines joined with a space."""
    if not width:
        yield from ((start + i, line) for i, line in enumerate(lines))
        return
    number, current = start, lines[0]
    for i, line in enumerate(lines[1:], start=1):
        previous = lines[i - 1]
        # A line was wrapped if the next word would not have fitted on it.
        full = len(previous) + 1 + len(line.split()[0]) > width - 2
        if full and not previous.endswith(":") and not _STARTS_UNIT.match(line):
            current = f"{current} {line}"
        else:
            yield number, current
            number, current = start + i, line
    yield number, current
