"""Rich Text Format (.rtf) as the HTML the HTML reader's walk reads.

Older archives of minutes are full of RTF, saved by WordPad, Word and many a clerk's
template. The file is read token by token in one pass: groups keep and restore their
character formatting; `\\par` ends a paragraph and `\\line` breaks a line in it; `\\b`
makes bold; a paragraph in a style named "heading N" or "Title" (from the stylesheet), or
with an outline level, is a heading; table cells and rows make table rows; `\\'hh` is read
in the document's code page and `\\uN` as Unicode, skipping its fallback. Font and colour
tables, pictures, fields' instructions, headers, footers, footnotes, comments and tracked
deletions are no text.
"""

import re
from dataclasses import dataclass, field, replace

from lxml.html import HtmlElement

from intake.readers.blocks import Document, DocumentError
from intake.readers.html.building import add, append_text, new_body
from intake.readers.html.walk import blocks_of

TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # a control word and its number
    r"|\\'([0-9a-fA-F]{2})"  # a character by its code in the code page
    r"|\\([^a-zA-Z'])"  # a control symbol
    r"|([{}])"
    r"|([^\\{}\r\n]+)"  # text
    r"|[\r\n]+",
    re.S,
)
# Destinations whose content is no text of the minutes (those starting `\*` are skipped too).
HIDDEN = {
    "fonttbl", "colortbl", "info", "pict", "object", "header", "headerl", "headerr", "headerf",
    "footer", "footerl", "footerr", "footerf", "footnote", "annotation", "fldinst", "themedata",
    "colorschememapping", "latentstyles", "datastore", "listtable", "listoverridetable",
    "revtbl", "rsidtbl", "generator", "xmlnstbl", "mmathPr", "pgdsctbl", "filetbl", "atnid",
    "atnauthor", "atrfstart", "atrfend", "bkmkstart", "bkmkend", "nonshppict", "shppict",
}  # fmt: skip
CHARACTERS = {
    "tab": "\t", "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c",
    "rdblquote": "\u201d", "endash": "\u2013", "emdash": "\u2014", "bullet": "\u2022",
    "emspace": " ", "enspace": " ", "qmspace": " ",
}  # fmt: skip
SYMBOLS = {"~": "\u00a0", "_": "\u2011", "-": "", "\\": "\\", "{": "{", "}": "}", "|": ""}
HEADING_STYLE = re.compile(r"^\s*(?:heading\s*(\d)|title)\b", re.I)
MAX_BINARY_SKIP = 50 * 1024 * 1024


@dataclass
class Format:
    """A group's state: its character formatting and whether its content is hidden."""

    bold: bool = False
    hidden: bool = False
    fallback: int = 1  # characters after a \u that stand in for it (\ucN)
    style_group: bool = False  # a style's definition inside the stylesheet


@dataclass
class ParagraphFormat:
    style: int = 0
    outline: int | None = None
    in_table: bool = False


@dataclass
class Builder:
    """The HTML body being built, the paragraph being read, and the table it may belong to."""

    body: HtmlElement = field(default_factory=new_body)
    runs: list[tuple[str, bool]] = field(default_factory=list)
    paragraph: ParagraphFormat = field(default_factory=ParagraphFormat)
    styles: dict[int, str] = field(default_factory=dict)
    row: HtmlElement | None = None
    cell: list[list[tuple[str, bool]]] = field(default_factory=list)

    def text(self, text: str, bold: bool) -> None:
        if text:
            self.runs.append((text, bold))

    def end_paragraph(self) -> None:
        """\\par: the paragraph read so far becomes an element (or a line of a table cell)."""
        if self.paragraph.in_table:
            self.cell.append(self.runs)
        elif any(text.strip() for text, _ in self.runs):
            self.row = None
            level = self.heading_level()
            self.fill(add(self.body, f"h{level}" if level else "p"), [self.runs])
        self.runs = []

    def end_cell(self) -> None:
        self.cell.append(self.runs)
        self.runs = []
        if self.row is None:
            self.row = add(add(self.body, "table"), "tr")
        self.fill(add(self.row, "td"), self.cell)
        self.cell = []

    def end_row(self) -> None:
        if self.row is not None:
            table = self.row.getparent()
            self.row = add(table, "tr")

    def heading_level(self) -> int:
        if self.paragraph.outline is not None and 0 <= self.paragraph.outline < 6:
            return self.paragraph.outline + 1
        found = HEADING_STYLE.match(self.styles.get(self.paragraph.style, ""))
        if not found:
            return 0
        return min(int(found.group(1) or 1), 6)

    def fill(self, element: HtmlElement, lines: list[list[tuple[str, bool]]]) -> None:
        """Put runs into `element`, bold ones in `strong`, lines apart by `br`."""
        for index, runs in enumerate(lines):
            if index:
                add(element, "br")
            for text, bold in runs:
                for number, piece in enumerate(text.split("\n")):
                    if number:
                        add(element, "br")
                    if bold and piece.strip():
                        add(element, "strong").text = piece
                    else:
                        append_text(element, piece)

    def finish(self) -> HtmlElement:
        if self.runs:
            self.end_paragraph()
        for row in self.body.iter("tr"):
            if not len(row):
                row.getparent().remove(row)
        return self.body


class Reader:
    """Reads the tokens of an RTF document into a `Builder`."""

    def __init__(self, text: str):
        self.text = text
        self.out = Builder()
        self.state = Format()
        self.stack: list[Format] = []
        self.codepage = "cp1252"
        self.skip = 0  # fallback characters still to skip after a \u
        self.high_surrogate = 0  # the first half of a character beyond the 16-bit plane
        self.style_number = 0
        self.style_name: list[str] = []

    def read(self) -> HtmlElement:
        position = 0
        while position < len(self.text):
            found = TOKEN.match(self.text, position)
            if not found:
                position += 1  # a lone backslash at the end
                continue
            position = found.end()
            word, number, code, symbol, brace, text = found.groups()
            if word == "bin" and number:
                position += min(max(int(number), 0), MAX_BINARY_SKIP)
            elif word:
                self.control(word, number)
            elif code:
                self.characters(bytes([int(code, 16)]).decode(self.codepage, "replace"))
            elif symbol:
                self.symbol(symbol)
            elif brace:
                self.brace(brace)
            elif text:
                self.characters(text)
        return self.out.finish()

    def brace(self, brace: str) -> None:
        if brace == "{":
            self.stack.append(self.state)
            self.state = replace(self.state)
            return
        if self.state.style_group:
            name = "".join(self.style_name).strip().rstrip(";").strip()
            self.out.styles.setdefault(self.style_number, name)
        self.state = self.stack.pop() if self.stack else Format()

    def symbol(self, symbol: str) -> None:
        if symbol == "*":
            self.state.hidden = True
        elif not self.state.hidden:
            self.characters(SYMBOLS.get(symbol, ""))

    def characters(self, text: str) -> None:
        if self.skip:
            taken = min(self.skip, len(text))
            text, self.skip = text[taken:], self.skip - taken
        if self.state.style_group:
            self.style_name.append(text)
        elif not self.state.hidden:
            self.out.text(text, self.state.bold)

    def control(self, word: str, number: str | None) -> None:
        value = int(number) if number else None
        if word in HIDDEN or word == "deleted":  # a tracked deletion is no text
            self.state.hidden = True
        elif word == "stylesheet":
            self.state.hidden = True
            self.style_number, self.style_name = 0, []
        elif word in ("s", "cs", "ds", "ts") and self.in_stylesheet():
            self.state.style_group, self.style_number, self.style_name = True, value or 0, []
        elif self.state.hidden:
            return
        elif word == "ansicpg" and value:
            self.codepage = codepage(value)
        elif word == "uc":
            self.state.fallback = max(value or 0, 0)
        elif word == "u" and value is not None:
            self.unicode(value)
        else:
            self.formatting(word, value)

    def in_stylesheet(self) -> bool:
        return bool(self.stack) and self.stack[-1].hidden and not self.state.style_group

    def unicode(self, value: int) -> None:
        """\\uN: a UTF-16 unit (negative past 32767); a surrogate pair makes one character."""
        unit = value + 65536 if value < 0 else value
        if 0xD800 <= unit < 0xDC00:
            self.high_surrogate = unit
        elif 0xDC00 <= unit < 0xE000 and self.high_surrogate:
            pair = 0x10000 + ((self.high_surrogate - 0xD800) << 10) + (unit - 0xDC00)
            self.high_surrogate = 0
            self.characters(chr(pair))
        elif 0 < unit < 0xD800 or 0xE000 <= unit <= 0xFFFF:
            self.high_surrogate = 0
            self.characters(chr(unit))
        self.skip = self.state.fallback

    def formatting(self, word: str, value: int | None) -> None:
        out = self.out
        if word in ("par", "sect", "page"):
            out.end_paragraph()
        elif word == "line":
            out.end_paragraph() if out.paragraph.in_table else out.text("\n", False)
        elif word in CHARACTERS:
            self.characters(CHARACTERS[word])
        elif word == "b":
            self.state.bold = value != 0
        elif word == "plain":
            self.state.bold = False
        elif word == "pard":
            out.paragraph = ParagraphFormat()
        elif word == "s":
            out.paragraph.style = value or 0
        elif word == "outlinelevel":
            out.paragraph.outline = value
        elif word == "intbl":
            out.paragraph.in_table = True
        elif word in ("cell", "nestcell"):
            out.end_cell()
        elif word in ("row", "nestrow"):
            out.end_row()


def codepage(number: int) -> str:
    name = f"cp{number}"
    try:
        "".encode(name)
    except LookupError:
        return "cp1252"
    return name


def read_rtf(*, data: bytes, name: str) -> Document:
    """An .rtf file as headings, paragraphs and table rows (list numbers kept as printed)."""
    # RTF is 7-bit: anything beyond ASCII is escaped, so Latin-1 decodes every byte as itself.
    body = Reader(data.decode("latin-1")).read()
    blocks = blocks_of(body)
    if not blocks:
        raise DocumentError(f"{name}: a Rich Text file with no text")
    return Document(name=name, format="rtf", blocks=blocks)
