"""Lay out a corpus source as a PDF with a text layer, the way a word processor's export looks.

Lines are set by hand with reportlab's canvas so that what ends a line is known: body text
is ragged right, a word is hyphenated at a line end only when the line would otherwise be
left short (and a word that already has a hyphen may break after it), and every page gets
the running head, page number and footer the source names. Output is deterministic.
"""

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
}
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
    hyphenated: list[str] = field(default_factory=list)


def words_of(content) -> list[Word]:
    """A paragraph's words: a str is in regular type, ("b", str) bold, ("i", str) italic."""
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
        self.new_page()

    def font(self, face: str, size: float | None = None) -> tuple[str, float]:
        return FONTS[self.layout.family][face], size or self.layout.size

    def new_page(self) -> None:
        if self.page:
            self.canvas.showPage()
        self.page += 1
        self.column = 0
        self.y = self.height - self.layout.margin - 18
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

    def need(self, height: float) -> None:
        if self.y - height >= self.layout.margin:
            return
        if self.column + 1 < self.layout.columns:
            self.column += 1
            self.y = self.height - self.layout.margin - 18
        else:
            self.new_page()

    def draw_line(self, words: list[Word], indent: float, size: float, center: bool = False):
        self.need(size * 1.35)
        self.y -= size * 1.35 if size != self.layout.size else self.layout.leading
        width = line_width(words, self, size)
        x = self.x() + indent
        if center:
            x = self.x() + (self.column_width - width) / 2
        for i, word in enumerate(words):
            face, _ = self.font(word.face)
            text = word.text + (" " if word.space and i < len(words) - 1 else "")
            self.canvas.setFont(face, size)
            self.canvas.drawString(x, self.y, text)
            x += stringWidth(text, face, size)

    def space(self, points: float) -> None:
        self.y -= points

    def save(self) -> None:
        self.canvas.showPage()
        self.canvas.save()


def line_width(words: list[Word], pager: Pager, size: float) -> float:
    total = 0.0
    for i, word in enumerate(words):
        face, _ = pager.font(word.face)
        text = word.text + (" " if word.space and i < len(words) - 1 else "")
        total += stringWidth(text, face, size)
    return total


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
    for block in source.BLOCKS:
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
        else:
            raise ValueError(f"{source.__name__}: unknown block kind {kind!r}")
    pager.save()
    return layout.hyphenated


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
