"""Line numbers printed in a page's left margin (court and tribunal transcripts, pleadings).

A transcript set on numbered paper prints 1, 2, 3 … down the margin beside every line, the
count starting again on each page. The numbers are no part of the text: a label or a
paragraph runs on across them. They are told from a numbered list by their shape on the
page, not their words: a bare number, set apart from the text by a gap wider than a
character, the numbers aligned on one edge, counting up by one down most of the page.
"""

from dataclasses import dataclass
from itertools import pairwise

from intake.readers.pdf.lines import SPACE_GAP, Line

# A page's numbered lines: at least this many, and this share of its lines.
LEAST_NUMBERED = 5
NUMBERED_SHARE = 0.6
# This share of steps from one numbered line to the next counts up by exactly one.
COUNTING_SHARE = 0.8
# The gap between the number and the text, in font sizes (a list's "1 " is a space).
GAP_AFTER = 1.0
# The numbers' right edges lie within this share of a font size of one another.
ALIGNED = 0.6
LONGEST = 3
DIGITS = "0123456789"  # not str.isdigit: a superscript note mark is no line number


@dataclass
class Numbered:
    """A line that opens with a bare number: the number, where it ends, where the text begins."""

    line: Line
    number: int
    right: float
    text_start: int | None  # index of the text's first glyph; None for a number alone


def opening_number(line: Line) -> Numbered | None:
    """The bare number a line opens with, if a wide gap sets it apart from any text after it."""
    glyphs = line.glyphs
    digits = 0
    while digits < len(glyphs) and glyphs[digits].char in DIGITS:
        if digits and glyphs[digits].x0 - glyphs[digits - 1].x1 > SPACE_GAP * line.size:
            break  # '10 10 Downing Street': the number ends at the first gap
        digits += 1
    if not 0 < digits <= LONGEST:
        return None
    right = glyphs[digits - 1].x1
    number = int("".join(glyph.char for glyph in glyphs[:digits]))
    start = digits
    while start < len(glyphs) and glyphs[start].char.isspace():
        start += 1
    if start == len(glyphs):
        return Numbered(line, number, right, None)
    if glyphs[start].x0 - right < GAP_AFTER * line.size:
        return None
    return Numbered(line, number, right, start)


def counts_up(numbered: list[Numbered]) -> bool:
    """Whether the numbers, top to bottom, mostly count up by one and are right-aligned."""
    steps = [b.number - a.number for a, b in pairwise(numbered)]
    if sum(step == 1 for step in steps) < COUNTING_SHARE * len(steps):
        return False
    size = max(item.line.size for item in numbered)
    rights = [item.right for item in numbered]
    return max(rights) - min(rights) <= ALIGNED * size


def margin_numbers(lines: list[Line]) -> list[Numbered]:
    """The page's margin line numbers, or none if its numbered lines are not such a column."""
    numbered = [found for line in lines if (found := opening_number(line)) is not None]
    if len(numbered) < max(LEAST_NUMBERED, NUMBERED_SHARE * len(lines)):
        return []
    numbered.sort(key=lambda item: -item.line.baseline)
    if not counts_up(numbered):
        return []
    text_left = min(
        item.line.glyphs[item.text_start].x0 for item in numbered if item.text_start is not None
    ) if any(item.text_start is not None for item in numbered) else float("inf")  # fmt: skip
    if any(item.right >= text_left for item in numbered):
        return []
    return numbered


def without_line_numbers(lines: list[Line]) -> list[Line]:
    """A page's lines less the line numbers down its margin (a number alone is dropped)."""
    numbered = {id(item.line): item for item in margin_numbers(lines)}
    if not numbered:
        return lines
    kept = []
    for line in lines:
        item = numbered.get(id(line))
        if item is None:
            kept.append(line)
        elif item.text_start is not None:
            kept.append(Line(glyphs=line.glyphs[item.text_start :], page=line.page))
    return kept
