"""Plain text: a block for each run of lines between blank lines.

Text as e-mail and old systems hand it over is read as a person reads it: the "> " marks of
a quoted message are no text (a change of quoting depth ends a block, a line of bare marks
is a blank line); on pages cut by form feeds, page numbers and the running heads repeated
at the top or bottom of most pages are left out; the control words of Rich Text pasted as
text are read as the text they format (`rtf_leftovers`).
"""

import re
from dataclasses import dataclass
from itertools import pairwise

from intake.readers.blocks import Block, BlockKind, Document, DocumentError, Place
from intake.readers.encoding import decode_text
from intake.readers.page_furniture import furniture_key, is_page_number, times_needed
from intake.readers.rtf_leftovers import without_rtf_control_words
from intake.readers.runs import as_printed

TAB_WIDTH = 8
PAGE_BREAK = "\x0c"
QUOTE_MARKS = re.compile(r"^[ \t]*((?:>[ \t]?)+)")
# How many lines a block at the top or bottom of a page, set off by a blank line, may have
# to be its head or footer.
MARGIN_LINES = 2
# How far a paragraph's first line is indented in text set that way, and how many such
# paragraphs show the style.
FIRST_LINE_INDENT = (2, 8)
MIN_INDENTED_PARAGRAPHS = 5
# A line drawn with one character: a separator, or a heading's underline.
RULE = re.compile(r"([-=_*~#])(?:\s?\1){2,}")
# Words set apart by a wide gap: columns of a table, which stay as printed.
COLUMN_GAP = re.compile(r"\S {3,}\S")


@dataclass(frozen=True)
class TextLine:
    """A line of the file without its quote marks: its number, its text, its quoting depth."""

    number: int
    text: str
    depth: int = 0

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def unquoted(number: int, line: str) -> TextLine:
    """A line as printed (see `runs.as_printed`), its quote marks apart."""
    line = as_printed(line)
    marks = QUOTE_MARKS.match(line)
    if not marks:
        return TextLine(number, line)
    return TextLine(number, line[marks.end() :], marks.group(1).count(">"))


def indentation(line: str) -> int:
    """The width of a line's leading white space, a tab counting to the next tab stop."""
    stripped = line.lstrip()
    return len(line[: len(line) - len(stripped)].expandtabs(TAB_WIDTH))


def dedent_block(lines: list[str]) -> str:
    """The lines of one block, each keeping only its indentation beyond the first line's."""
    first = indentation(lines[0])
    kept = []
    for line in lines:
        extra = max(indentation(line) - first, 0)
        kept.append(" " * extra + line.strip())
    return "\n".join(kept)


def text_blocks(lines: list[TextLine]) -> list[Block]:
    """The runs of non-blank lines at one quoting depth, each a paragraph at its first line;
    in text that indents each paragraph's first line, each such line starts a paragraph."""
    indented = first_lines_indented(lines)
    blocks = []
    run: list[TextLine] = []
    for line in [*lines, TextLine(0, "")]:
        if run and (line.blank or line.depth != run[0].depth):
            columns = any(COLUMN_GAP.search(one.text.strip()) for one in run)
            pieces = paragraphs_by_first_line(run) if indented and not columns else [(False, run)]
            for opened, piece in pieces:
                texts = [one.text for one in piece]
                text = " ".join(t.strip() for t in texts) if opened else dedent_block(texts)
                place = Place(line=piece[0].number)
                blocks.append(Block(kind=BlockKind.PARAGRAPH, text=text, place=place))
            run = []
        if not line.blank:
            run.append(line)
    return blocks


def _opens(line: TextLine) -> bool:
    return FIRST_LINE_INDENT[0] <= indentation(line.text) <= FIRST_LINE_INDENT[1]


def first_lines_indented(lines: list[TextLine]) -> bool:
    """The text indents a paragraph's first line and wraps the rest to the margin (GPO text:
    '    The CHAIRMAN. Good morning. This hearing of the Committee on' / 'Agriculture …'),
    more often than it indents lines under a first line at the margin."""
    opened = hanging = 0
    for previous, line in pairwise(lines):
        if previous.blank or line.blank or not _opens(previous):
            continue
        if indentation(line.text) == 0:
            opened += 1
        elif indentation(line.text) == indentation(previous.text):
            hanging += 1
    return opened >= MIN_INDENTED_PARAGRAPHS and opened > hanging


def paragraphs_by_first_line(run: list[TextLine]) -> list[tuple[bool, list[TextLine]]]:
    """(opened by an indented first line, lines) for each paragraph of a run: an indented
    line starts one, the lines at the margin after it go on with it; lines before the first
    such line (a centred heading) stay as printed."""
    pieces: list[tuple[bool, list[TextLine]]] = []
    for line in run:
        if _opens(line) or not pieces:
            pieces.append((_opens(line), [line]))
        else:
            pieces[-1][1].append(line)
    return pieces


def pages_of(text: str) -> list[list[TextLine]]:
    """The file's lines, numbered from 1, in pages cut at form feeds (a form feed ends a line)."""
    pages: list[list[TextLine]] = [[]]
    number = 0
    for raw in text.split("\n"):
        for index, piece in enumerate(raw.split(PAGE_BREAK)):
            if index:
                pages.append([])
            number += 1
            pages[-1].append(unquoted(number, piece))
    return pages


def edge_block(lines: list[TextLine]) -> list[TextLine]:
    """The block a page starts with (read from `lines`), when short and set off by a blank."""
    start = next((i for i, line in enumerate(lines) if not line.blank), len(lines))
    end = next((i for i in range(start, len(lines)) if lines[i].blank), len(lines))
    block = lines[start:end]
    return block if len(block) <= MARGIN_LINES and end < len(lines) else []


def margin_lines(page: list[TextLine]) -> list[tuple[str, TextLine]]:
    """("head" or "foot", line) for the short blocks a page starts and ends with."""
    heads = [("head", line) for line in edge_block(page)]
    feet = [("foot", line) for line in reversed(edge_block(page[::-1]))]
    return heads + [foot for foot in feet if foot[1] not in {line for _, line in heads}]


def page_furniture(pages: list[list[TextLine]]) -> set[int]:
    """The numbers of the lines that are page numbers or running heads and footers."""
    if len(pages) < 2:
        return set()
    seen: dict[tuple[str, str], int] = {}
    for page in pages:
        for key in {(edge, furniture_key(line.text)) for edge, line in margin_lines(page)}:
            seen[key] = seen.get(key, 0) + 1
    needed = times_needed(len(pages))
    return {
        line.number
        for page in pages
        for edge, line in margin_lines(page)
        if is_page_number(line.text) or seen[(edge, furniture_key(line.text))] >= needed
    }


def text_lines(text: str) -> list[TextLine]:
    """The lines of a text file, page furniture blanked so that it ends the blocks around it,
    and a rule opening a block set apart as the separator it is."""
    pages = pages_of(text)
    furniture = page_furniture(pages)
    lines = [
        TextLine(line.number, "") if line.number in furniture else line
        for page in pages
        for line in page
    ]
    apart: list[TextLine] = []
    for index, line in enumerate(lines):
        apart.append(line)
        if opens_with_rule(lines, index):
            apart.append(TextLine(line.number, ""))
    return apart


def opens_with_rule(lines: list[TextLine], index: int) -> bool:
    """Whether the line is a rule ('-----', '=====', '_____') at the head of a block: a mail's
    or a report's separator before its footer or its body, never part of them. (A rule under
    a line of text underlines it as a heading, and stays with it.)"""
    first = index == 0 or lines[index - 1].blank
    return first and bool(RULE.fullmatch(lines[index].text.strip()))


def read_text(*, data: bytes, name: str) -> Document:
    """A plain text file as paragraphs."""
    text = without_rtf_control_words(decode_text(data=data, name=name, pages=True))
    blocks = text_blocks(text_lines(text))
    if not blocks:
        raise DocumentError(f"{name}: holds no text")
    return Document(name=name, format="text", blocks=blocks)
