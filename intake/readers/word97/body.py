"""A .doc's paragraphs as an HTML body for the walk: headings, paragraphs with their bold
runs, lists with Word's numbers, and tables from cell marks."""

import re
from dataclasses import dataclass, field

from intake.readers.html.building import add, append_text, new_body

PARAGRAPH, CELL, LINE_BREAK, PAGE_BREAK = "\r", "\x07", "\x0b", "\x0c"
# Characters XML cannot hold (Word's own marks among them, a picture's, a footnote's): left
# out, a tab apart.
NOT_TEXT = re.compile("[^\t\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass
class Paragraph:
    """A paragraph as read from the text and the formatting tables."""

    runs: list[tuple[str, bool]] = field(default_factory=list)  # (text, bold)
    mark: str = PARAGRAPH  # or CELL
    heading: int = 0  # its level; 0 for body text
    marker: str | None = None  # a list item's printed number, "" for a bullet; None: no item
    depth: int = 1  # a list item's, from 1

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.runs)


def body_of(paragraphs: list[Paragraph]):
    """The paragraphs as HTML, and the markers of the numbered items, for the walk."""
    # Word ends a cell's last paragraph with a cell mark and a row with one more; a row's end
    # is told by its cell count, the first row's (a first row ends at the first empty mark
    # after a cell). Paragraphs that end before a cell mark, with no other paragraph between,
    # are that cell's; any other paragraph after a row ends the table.
    body, table, lists = new_body(), Table(), Lists()
    in_cell = cell_follows(paragraphs)
    for index, paragraph in enumerate(paragraphs):
        if paragraph.mark == CELL:
            lists.close()
            table.cell(paragraph, body)
        elif table.open_row or (table.columns and in_cell[index]):
            table.pending.append(paragraph)
        else:
            table.close()
            if paragraph.text.strip():
                add_paragraph(body, paragraph, lists)
    return body, lists.markers


def cell_follows(paragraphs: list[Paragraph]) -> list[bool]:
    """For each paragraph, whether the next one not ending a paragraph ends a cell."""
    found, following = [False] * len(paragraphs), False
    for index in range(len(paragraphs) - 1, -1, -1):
        if paragraphs[index].mark == CELL:
            following = True
        elif not paragraphs[index].text.strip():
            following = False  # an empty paragraph stands between a table and what follows
        found[index] = following
    return found


class Table:
    """The table being read from a .doc's cell marks."""

    def __init__(self):
        self.element = None
        self.columns: int | None = None
        self.cells: list[list[Paragraph]] = []
        self.pending: list[Paragraph] = []

    @property
    def open_row(self) -> bool:
        return bool(self.cells)

    def cell(self, paragraph: Paragraph, body) -> None:
        empty = not paragraph.text and not self.pending
        ends_first_row = self.columns is None and self.cells and empty
        if ends_first_row or (self.columns is not None and len(self.cells) == self.columns):
            self.columns = len(self.cells)
            self.row(body)
            return
        self.cells.append([*self.pending, paragraph])
        self.pending = []

    def row(self, body) -> None:
        if self.element is None:
            self.element = add(body, "table")
        tr = add(self.element, "tr")
        for paragraphs in self.cells:
            td = add(tr, "td")
            for paragraph in paragraphs:
                fill(add(td, "p"), paragraph.runs)
        self.cells = []

    def close(self) -> None:
        self.element, self.columns, self.cells, self.pending = None, None, [], []


class Lists:
    """The lists open at the end of the body, deepest last, and the numbered items' markers."""

    def __init__(self):
        self.open: list[tuple[object, int, bool]] = []  # (list element, depth, numbered)
        self.markers: dict = {}

    def item(self, body, paragraph: Paragraph):
        numbered = bool(paragraph.marker)
        while self.open and self.open[-1][1] > paragraph.depth:
            self.open.pop()
        if self.open and self.open[-1][1] == paragraph.depth and self.open[-1][2] != numbered:
            self.open.pop()  # a bulleted list after a numbered one at the same depth
        if not self.open or self.open[-1][1] < paragraph.depth:
            parent = self.open[-1][0][-1] if self.open and len(self.open[-1][0]) else body
            element = add(parent, "ol" if numbered else "ul")
            self.open.append((element, paragraph.depth, numbered))
        entry = add(self.open[-1][0], "li")
        if numbered:
            self.markers[entry] = paragraph.marker
        return entry

    def close(self) -> None:
        self.open = []


def add_paragraph(body, paragraph: Paragraph, lists: Lists) -> None:
    """A heading, a list item, or a paragraph."""
    if paragraph.heading:  # plain, as the .docx reader gives headings: their weight is the style's
        lists.close()
        fill(add(body, f"h{paragraph.heading}"), [(paragraph.text, False)])
    elif paragraph.marker is not None:
        fill(lists.item(body, paragraph), paragraph.runs)
    else:
        lists.close()
        fill(add(body, "p"), paragraph.runs)


def fill(element, runs: list[tuple[str, bool]]) -> None:
    """The runs as text, bold ones in `strong`, Word's line and page breaks as `br`."""
    for text, bold in runs:
        target = add(element, "strong") if bold else element
        for number, line in enumerate(text.replace(PAGE_BREAK, LINE_BREAK).split(LINE_BREAK)):
            if number:
                add(target, "br")
            append_text(target, NOT_TEXT.sub("", line))
