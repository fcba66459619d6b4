"""Lay out a corpus source as a PDF with a text layer, the way a word processor's export looks.

Lines are set by hand with reportlab's canvas so that what ends a line is known: body text
is ragged right (or justified, when the layout says so), a word is hyphenated at a line end
only when the line would otherwise be left short (and a word that already has a hyphen may
break after it), and every page gets the running head, page number and footer the source
names. Optional features: a title page without running head (`plain_first_page`), centred
lines (`center`), vertical space (`space`), ruled tables (`table`), footnotes set at the foot
of the page they are called on (`footnote`), small capitals (the run face "sc"), a page
that looks scanned (`scan`: a tinted sheet with specks, drawn under the text layer) and line
numbers in the left margin (`line_numbers`, as a court reporter's transcript has them). Output is
deterministic.
"""

import random
import re
from dataclasses import dataclass, field

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, A5
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1

FONTS = {
    "Helvetica": {"r": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique"},
    "Times": {"r": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic"},
    "Courier": {"r": "Courier", "b": "Courier-Bold", "i": "Courier-Oblique"},
}
SMALL_CAPS = 0.78  # the size of a small capital, as a share of the type size
VOWELS = set("aeiouy")
# Pairs of consonants that begin a syllable together: a word is never broken between them.
ONSETS = {"bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "gh", "kn", "ph", "pl"}
ONSETS |= {"pr", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tr", "wh", "wr"}


@dataclass
class Word:
    """One word of a paragraph in one face; `space` says a space follows it."""

    text: str
    face: str
    space: bool = True


@dataclass
class Layout:
    """Where text goes on the page and in which type."""

    family: str = "Helvetica"
    size: float = 10.5
    leading: float = 14.0
    margin: float = 64.0
    columns: int = 1
    gutter: float = 22.0
    first_indent: float = 0.0
    space_after: float = 6.0
    # A line filled less than this share of its width hyphenates the word that did not fit.
    hyphenate_below: float = 0.86
    page: str = "A4"
    # Lines other than a paragraph's last are spread to the full measure.
    justify: bool = False
    # The first page (a title page) has no running head, footer or page number.
    plain_first_page: bool = False
    # Each page looks scanned: a tinted sheet with specks, seeded with this number.
    scan: int = 0
    # Each body line is numbered in the left margin, from 1 on every page (a court transcript).
    line_numbers: bool = False
    footnote_size: float = 8.0
    hyphenated: list[str] = field(default_factory=list)


def words_of(content) -> list[Word]:
    """A paragraph's words: a str is in regular type, ("b", str) bold, ("i", str) italic,
    ("sc", str) in small capitals."""
    runs = [("r", content)] if isinstance(content, str) else content
    runs = [("r", run) if isinstance(run, str) else run for run in runs]
    words: list[Word] = []
    for face, text in runs:
        for piece in re.split(r"( +)", text):
            if piece.isspace() and words:
                words[-1].space = True
            elif piece and not piece.isspace():
                words.append(Word(piece, face, space=False))
    return words


def breaks(word: str) -> list[int]:
    """Where a word may be hyphenated: not within three letters of either end."""
    if "-" in word.strip("-") or len(word) < 8 or not word.isalpha():
        return []
    places = []
    for i in range(3, len(word) - 3):
        before, after, next_ = word[i - 1].lower(), word[i].lower(), word[i + 1].lower()
        if after in VOWELS or next_ not in VOWELS:
            continue
        if before in VOWELS or (before + after not in ONSETS and before != "q"):
            places.append(i)
    return places


class Pager:
    """A canvas that knows where the next line goes and turns pages and columns itself."""

    def __init__(self, path, layout: Layout, head: tuple[str, str], footer: str, metadata: dict):
        self.layout = layout
        self.head = head
        self.footer = footer
        pagesize = {"A4": A4, "A5": A5}[layout.page]
        self.canvas = Canvas(str(path), pagesize=pagesize, invariant=1, pageCompression=1)
        self.canvas.setTitle(metadata.get("title", ""))
        self.canvas.setAuthor(metadata.get("author", ""))
        self.canvas.setSubject(metadata.get("subject", ""))
        self.canvas.setCreator("GP Records test corpus")
        self.width, self.height = pagesize
        usable = self.width - 2 * layout.margin
        self.column_width = (usable - (layout.columns - 1) * layout.gutter) / layout.columns
        self.page = 0
        self.reserved = 0.0  # room kept at the foot of the page for its footnotes
        self.footnotes: list[list[Word]] = []
        self.new_page()

    def font(self, face: str, size: float | None = None) -> tuple[str, float]:
        return FONTS[self.layout.family]["r" if face == "sc" else face], size or self.layout.size

    def new_page(self) -> None:
        if self.page:
            self.set_footnotes()
            self.canvas.showPage()
        self.page += 1
        self.column = 0
        self.line_number = 0
        self.y = self.height - self.layout.margin - 18
        if self.layout.scan:
            self.scanned_sheet()
        if self.page == 1 and self.layout.plain_first_page:
            return
        left, right = self.head
        face, size = self.font("r", 8.5)
        self.canvas.setFont(face, size)
        top = self.height - self.layout.margin + 14
        self.canvas.drawString(self.layout.margin, top, left)
        self.canvas.drawRightString(self.width - self.layout.margin, top, right)
        self.canvas.line(self.layout.margin, top - 4, self.width - self.layout.margin, top - 4)
        self.canvas.drawString(self.layout.margin, self.layout.margin - 30, self.footer)
        self.canvas.drawRightString(
            self.width - self.layout.margin, self.layout.margin - 30, f"Page {self.page}"
        )

    def x(self) -> float:
        return self.layout.margin + self.column * (self.column_width + self.layout.gutter)

    def scanned_sheet(self) -> None:
        """A page that looks like a scan: an off-white sheet, specks of dust and toner."""
        dice = random.Random(self.layout.scan * 1000 + self.page)
        self.canvas.saveState()
        self.canvas.setFillColorRGB(0.965, 0.955, 0.93)
        self.canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        for _ in range(140):
            grey = dice.uniform(0.45, 0.8)
            self.canvas.setFillColorRGB(grey, grey, grey)
            x, y = dice.uniform(0, self.width), dice.uniform(0, self.height)
            self.canvas.circle(x, y, dice.uniform(0.15, 0.7), stroke=0, fill=1)
        self.canvas.setFillColorRGB(0.82, 0.82, 0.8)
        self.canvas.rect(0, 0, 9 + dice.uniform(0, 4), self.height, stroke=0, fill=1)
        self.canvas.restoreState()

    def add_footnote(self, words: list[Word]) -> None:
        """Keep room at the foot of this page for a footnote, set when the page is done."""
        size = self.layout.footnote_size
        lines = len(break_lines(self, words, room=self.column_width, size=size))
        if not self.footnotes:
            self.reserved += 8
        self.reserved += lines * size * 1.25 + 2
        self.footnotes.append(words)

    def set_footnotes(self) -> None:
        if not self.footnotes:
            return
        size = self.layout.footnote_size
        y = self.layout.margin + self.reserved - 4
        self.canvas.line(self.layout.margin, y, self.layout.margin + 120, y)
        y -= 4
        for words in self.footnotes:
            for line in break_lines(self, words, room=self.column_width, size=size):
                y -= size * 1.25
                x = self.layout.margin
                for i, word in enumerate(line):
                    face, _ = self.font(word.face)
                    text = word.text + (" " if word.space and i < len(line) - 1 else "")
                    self.canvas.setFont(face, size)
                    self.canvas.drawString(x, y, text)
                    x += stringWidth(text, face, size)
            y -= 2
        self.footnotes, self.reserved = [], 0.0

    def need(self, height: float) -> None:
        if self.y - height >= self.layout.margin + self.reserved:
            return
        if self.column + 1 < self.layout.columns:
            self.column += 1
            self.y = self.height - self.layout.margin - 18
        else:
            self.new_page()

    def draw_line(self, words: list[Word], indent: float, size: float, center: bool = False,
                  spread: float = 0.0):  # fmt: skip
        """Draw a line of words; `spread` is the width a justified line fills."""
        self.need(size * 1.35)
        self.y -= size * 1.35 if size != self.layout.size else self.layout.leading
        width = line_width(words, self, size)
        x = self.x() + indent
        if center:
            x = self.x() + (self.column_width - width) / 2
        if self.layout.line_numbers:
            self.number_line()
        gaps = sum(1 for word in words[:-1] if word.space)
        extra = (spread - width) / gaps if spread and gaps and spread > width else 0.0
        for i, word in enumerate(words):
            face, _ = self.font(word.face)
            text = word.text + (" " if word.space and i < len(words) - 1 else "")
            if word.face == "sc":
                x += draw_small_caps(self.canvas, text, face, size, x, self.y)
            else:
                self.canvas.setFont(face, size)
                self.canvas.drawString(x, self.y, text)
                x += stringWidth(text, face, size)
            if extra and word.space:
                x += extra

    def number_line(self) -> None:
        """The line's number, set well clear of the text so that it reads as a line of its own."""
        self.line_number += 1
        face, _ = self.font("r")
        self.canvas.setFont(face, self.layout.size)
        self.canvas.drawRightString(self.layout.margin - 26, self.y, str(self.line_number))

    def space(self, points: float) -> None:
        self.y -= points

    def save(self) -> None:
        self.set_footnotes()
        self.canvas.showPage()
        self.canvas.save()


def line_width(words: list[Word], pager: Pager, size: float) -> float:
    total = 0.0
    for i, word in enumerate(words):
        face, _ = pager.font(word.face)
        text = word.text + (" " if word.space and i < len(words) - 1 else "")
        if word.face == "sc":
            total += sum(stringWidth(t, face, s) for t, s in small_caps(text, size))
        else:
            total += stringWidth(text, face, size)
    return total


def small_caps(text: str, size: float) -> list[tuple[str, float]]:
    """Pieces of `text` in capitals: lower-case letters become smaller capitals."""
    pieces = re.findall(r"[a-z\u00df-\u00ff]+|[^a-z\u00df-\u00ff]+", text)
    return [(p.upper(), size * SMALL_CAPS) if p.islower() else (p, size) for p in pieces]


def draw_small_caps(canvas, text: str, face: str, size: float, x: float, y: float) -> float:
    start = x
    for piece, piece_size in small_caps(text, size):
        canvas.setFont(face, piece_size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, face, piece_size)
    return x - start


def break_lines(pager: Pager, words: list[Word], *, room: float, size: float) -> list[list[Word]]:
    """Words broken into lines of a measure, without hyphenation (footnotes, table cells)."""
    lines: list[list[Word]] = [[]]
    for word in words:
        if lines[-1] and line_width([*lines[-1], word], pager, size) > room:
            lines.append([])
        lines[-1].append(word)
    return lines


def set_paragraph(pager: Pager, words: list[Word], *, indent: float, hang: float, size: float,
                  center: bool = False) -> None:  # fmt: skip
    """Break a paragraph into lines that fit the column and draw them."""
    line: list[Word] = []
    first = True
    queue = list(words)
    while queue:
        word = queue.pop(0)
        room = pager.column_width - (indent if first else hang)
        if not line or line_width([*line, word], pager, size) <= room:
            line.append(word)
            continue
        head, tail = split_to_fit(pager, line, word, room, size)
        if head:
            line.append(head)
            queue.insert(0, tail)
        if pager.layout.justify and not center:
            pager.draw_line(line, indent if first else hang, size, center, spread=room)
        else:
            pager.draw_line(line, indent if first else hang, size, center)
        first, line = False, []
        if not head:
            queue.insert(0, word)
    if line:
        pager.draw_line(line, indent if first else hang, size, center)


def split_to_fit(pager: Pager, line: list[Word], word: Word, room: float, size: float):
    """The part of `word` that ends this line (with its hyphen) and the rest, or (None, None)."""
    trailing = re.search(r"[^\w]+$", word.text)
    if "-" in word.text.strip("-"):
        at = word.text.index("-", 1) + 1
        head = Word(word.text[:at], word.face, space=False)
        if line_width([*line, head], pager, size) <= room:
            pager.layout.hyphenated.append(word.text)
            return head, Word(word.text[at:], word.face, word.space)
    if line_width(line, pager, size) >= pager.layout.hyphenate_below * room:
        return None, None
    core = word.text[: trailing.start()] if trailing else word.text
    for at in reversed(breaks(core)):
        head = Word(word.text[:at] + "-", word.face, space=False)
        if line_width([*line, head], pager, size) <= room:
            pager.layout.hyphenated.append(word.text)
            return head, Word(word.text[at:], word.face, word.space)
    return None, None


def build_pdf(path, source) -> list[str]:
    """Write `source` (a module of the corpus's sources/) to `path`; return the words hyphenated."""
    layout = Layout(**getattr(source, "LAYOUT", {}))
    pager = Pager(path, layout, source.RUNNING_HEAD, source.FOOTER, source.METADATA)
    for block in footnotes_first(source.BLOCKS):
        kind, content = block[0], block[1]
        if kind == "title":
            pager.space(4)
            set_paragraph(pager, words_of([("b", content)]), indent=0, hang=0,
                          size=layout.size + 3, center=True)  # fmt: skip
            pager.space(6)
        elif kind in {"heading", "boldhead"}:
            pager.space(8)
            pager.need(layout.leading * 3)
            set_paragraph(pager, words_of([("b", content)]), indent=0, hang=0, size=layout.size)
            pager.space(3)
        elif kind in {"p", "plain"}:
            indent = layout.first_indent if kind == "p" else 0
            for n, part in enumerate(split_lines(content)):
                set_paragraph(pager, words_of(part), indent=indent if n == 0 else 0, hang=0,
                              size=layout.size)  # fmt: skip
            pager.space(layout.space_after)
        elif kind in {"number", "bullet"}:
            marker = block[2] if kind == "number" else "\u2022"
            set_paragraph(pager, words_of([f"{marker} ", *runs(content)]), indent=14, hang=28,
                          size=layout.size)  # fmt: skip
            pager.space(layout.space_after / 2)
        elif kind == "pagebreak":
            pager.new_page()
        elif kind == "center":
            size = block[2] if len(block) > 2 else layout.size
            for part in split_lines(content):
                set_paragraph(pager, words_of(part), indent=0, hang=0, size=size, center=True)
            pager.space(layout.space_after)
        elif kind == "space":
            pager.space(content)
        elif kind == "footnote":
            pager.add_footnote(words_of(content))
        elif kind == "table":
            set_table(pager, content, block[2])
            pager.space(layout.space_after)
        else:
            raise ValueError(f"{source.__name__}: unknown block kind {kind!r}")
    pager.save()
    return layout.hyphenated


def footnotes_first(blocks: list) -> list:
    """The blocks, each footnote moved before the paragraph that calls it, to keep its room."""
    ordered: list = []
    calling = 0
    for block in blocks:
        if block[0] == "footnote" and ordered:
            ordered.insert(calling, block)
            calling += 1
        else:
            calling = len(ordered)
            ordered.append(block)
    return ordered


def set_table(pager: Pager, rows: list[list[str]], widths: list[float]) -> None:
    """A ruled table: `widths` are shares of the column; the first row is a bold header."""
    size = pager.layout.size - 1
    lead = size * 1.3
    left = pager.x()
    edges = [left]
    for share in widths:
        edges.append(edges[-1] + share * pager.column_width)
    for r, row in enumerate(rows):
        cells = [
            [
                line
                for part in str(value).split("\n")
                for line in break_lines(
                    pager,
                    words_of([("b", part)] if r == 0 else part),
                    room=edges[c + 1] - edges[c] - 8,
                    size=size,
                )
            ]
            for c, value in enumerate(row)
        ]
        height = max(len(lines) for lines in cells) * lead + 6
        pager.need(height)
        top = pager.y
        for c, lines in enumerate(cells):
            y = top - 3
            for line in lines:
                y -= lead
                x = edges[c] + 4
                for i, word in enumerate(line):
                    face, _ = pager.font(word.face)
                    text = word.text + (" " if word.space and i < len(line) - 1 else "")
                    pager.canvas.setFont(face, size)
                    pager.canvas.drawString(x, y + 3, text)
                    x += stringWidth(text, face, size)
        bottom = top - height
        pager.canvas.line(edges[0], top, edges[-1], top)
        pager.canvas.line(edges[0], bottom, edges[-1], bottom)
        for edge in edges:
            pager.canvas.line(edge, top, edge, bottom)
        pager.y = bottom


def runs(content) -> list:
    return [content] if isinstance(content, str) else list(content)


def split_lines(content) -> list[list]:
    """A paragraph's runs cut at its line breaks ("\\n"), each part set as a line of its own."""
    parts: list[list] = [[]]
    for run in runs(content):
        face, text = ("r", run) if isinstance(run, str) else run
        pieces = text.split("\n")
        for n, piece in enumerate(pieces):
            if n:
                parts.append([])
            if piece:
                parts[-1].append((face, piece))
    return parts
