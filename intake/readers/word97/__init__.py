"""Old binary Word files (.doc, Word 97 to 2003) as paragraphs and table rows.

Archives of minutes from before 2007 are mostly `.doc`. The file is an OLE compound file
(read with olefile); its text is found through the piece table ([MS-DOC] 2.8.35: the CLX in
the table stream names where each run of characters lies in the WordDocument stream, and
whether it is stored as Windows-1252 bytes or UTF-16). Only the main document is read: page
headers, footers, footnotes, comments and text boxes follow it in the same text and are left
out. Fields keep their shown result, not their code. Paragraph marks end paragraphs; cell
marks end a table's cells and rows. Bold and heading styles are not read (they lie in the
formatting tables): labels are found by their shape, as in plain text.
"""

import struct

import olefile

from intake.readers.blocks import Document, DocumentError
from intake.readers.html.building import add, append_text, new_body
from intake.readers.html.walk import blocks_of
from intake.readers.word97.styles import levels_by_fc

# Offsets in the File Information Block ([MS-DOC] 2.5.1): flags, the main text's length in
# characters, and where the CLX lies in the table stream.
FLAGS_OFFSET = 0x000A
ENCRYPTED = 0x0100
WHICH_TABLE = 0x0200
CCP_TEXT_OFFSET = 0x004C
FC_CLX_OFFSET = 0x01A2
COMPRESSED = 0x40000000
MAX_PIECES = 100_000
# Characters with a meaning in Word's text stream.
PARAGRAPH, CELL, LINE_BREAK, PAGE_BREAK = "\r", "\x07", "\x0b", "\x0c"
FIELD_START, FIELD_SEPARATOR, FIELD_END = "\x13", "\x14", "\x15"
# Opens a heading paragraph in the text read, followed by its level's digit (a private-use
# character, never in a document's text).
HEADING = "\ue000"
REPLACED = {"\x1e": "-", "\x1f": "", "\xa0": " ", "\t": "\t"}


def main_text(data: bytes, *, name: str) -> str:
    """The main document's characters, from the piece table."""
    try:
        ole = olefile.OleFileIO(data)
    except (OSError, ValueError) as error:
        raise DocumentError(
            f"{name}: a damaged Word file ({error}): open it in Word and save it again"
        ) from None
    with ole:
        if not ole.exists("WordDocument"):
            raise DocumentError(f"{name}: an Office file that holds no Word document")
        word = ole.openstream("WordDocument").read()
        flags = struct.unpack_from("<H", word, FLAGS_OFFSET)[0]
        if flags & ENCRYPTED:
            raise DocumentError(f"{name}: a password-protected Word file: remove the password")
        table_name = "1Table" if flags & WHICH_TABLE else "0Table"
        if not ole.exists(table_name):
            raise DocumentError(f"{name}: a Word file without its table stream")
        table = ole.openstream(table_name).read()
    length = struct.unpack_from("<i", word, CCP_TEXT_OFFSET)[0]
    fc_clx, lcb_clx = struct.unpack_from("<II", word, FC_CLX_OFFSET)
    found = list(pieces(word, table[fc_clx : fc_clx + lcb_clx], length))
    return with_heading_marks(found, levels_by_fc(table, word), length)


def with_heading_marks(found: list[tuple[str, int, int]], level, length: int) -> str:
    """The pieces' text, each heading paragraph opened by HEADING and its level's digit.

    `found` holds (text, fc of its first character, bytes per character) for each piece;
    `level` gives a paragraph mark's heading level from its fc.
    """
    out: list[str] = []
    opening = True  # at the start of a paragraph
    start = 0
    for text, fc, width in found:
        for offset, char in enumerate(text[: max(length - start, 0)]):
            if opening:
                paragraph_at = len(out)
                out.append("")
                opening = False
            out.append(char)
            if char in (PARAGRAPH, CELL):
                heading = level(fc + width * offset) if char == PARAGRAPH else 0
                if heading:
                    out[paragraph_at] = f"{HEADING}{heading}"
                opening = True
        start += len(text)
    return "".join(out)


def pieces(word: bytes, clx: bytes, length: int):
    """(text, first fc, bytes per character) of each piece in order, until the main
    document's characters are read."""
    position = 0
    while position < len(clx) and clx[position] == 0x01:  # property modifiers, skipped
        position += 3 + struct.unpack_from("<H", clx, position + 1)[0]
    if position >= len(clx) or clx[position] != 0x02:
        raise ValueError("no piece table")
    size = struct.unpack_from("<I", clx, position + 1)[0]
    table = clx[position + 5 : position + 5 + size]
    count = (size - 4) // 12
    if count > MAX_PIECES or count < 1:
        raise ValueError(f"{count} pieces")
    starts = struct.unpack_from(f"<{count + 1}I", table, 0)
    read = 0
    for index in range(count):
        characters = starts[index + 1] - starts[index]
        descriptor = table[4 * (count + 1) + 8 * index : 4 * (count + 1) + 8 * index + 8]
        fc = struct.unpack_from("<I", descriptor, 2)[0]
        if fc & COMPRESSED:
            offset = (fc & ~COMPRESSED) // 2
            yield word[offset : offset + characters].decode("cp1252", errors="replace"), offset, 1
        else:
            yield word[fc : fc + 2 * characters].decode("utf-16-le", errors="replace"), fc, 2
        read += characters
        if read >= length:
            return


def without_field_codes(text: str) -> str:
    """Fields as their shown result: a field's code (between its start and separator) and the
    marks themselves are left out, nested fields included."""
    out: list[str] = []
    hiding: list[bool] = []  # per open field: still in its code
    for char in text:
        if char == FIELD_START:
            hiding.append(True)
        elif char == FIELD_SEPARATOR and hiding:
            hiding[-1] = False
        elif char == FIELD_END and hiding:
            hiding.pop()
        elif not any(hiding):
            out.append(REPLACED.get(char, char))
    return "".join(out)


def body_of(text: str):
    """The text as HTML paragraphs and table rows, for the walk.

    Word ends a cell's last paragraph with a cell mark and a row with one more; without the
    formatting tables a row's end is told by its cell count, the first row's (a first row ends
    at the first empty mark after a cell). Paragraphs that end before a cell mark, with no
    other paragraph between, are that cell's; any other paragraph after a row ends the table.
    """
    body, table = new_body(), Table()
    parts = split_keeping(text)
    in_cell = cell_follows(parts)
    for index, part in enumerate(parts):
        content, mark = part[:-1], part[-1]
        if mark == CELL:
            table.cell(content, body)
        elif table.open_row or (table.columns and in_cell[index]):
            table.pending.append(content)
        else:
            table.close()
            if content.strip():
                paragraph(body, content)
    return body


def cell_follows(parts: list[str]) -> list[bool]:
    """For each part, whether the next part not ending a paragraph ends a cell."""
    found, following = [False] * len(parts), False
    for index in range(len(parts) - 1, -1, -1):
        if parts[index].endswith(CELL):
            following = True
        elif not parts[index][:-1].strip():
            following = False  # an empty paragraph stands between a table and what follows
        found[index] = following
    return found


class Table:
    """The table being read from a .doc's cell marks."""

    def __init__(self):
        self.element = None
        self.columns: int | None = None
        self.cells: list[list[str]] = []
        self.pending: list[str] = []

    @property
    def open_row(self) -> bool:
        return bool(self.cells)

    def cell(self, content: str, body) -> None:
        ends_first_row = self.columns is None and self.cells and not content and not self.pending
        if ends_first_row or (self.columns is not None and len(self.cells) == self.columns):
            self.columns = len(self.cells)
            self.row(body)
            return
        self.cells.append([*self.pending, content])
        self.pending = []

    def row(self, body) -> None:
        if self.element is None:
            self.element = add(body, "table")
        tr = add(self.element, "tr")
        for paragraphs in self.cells:
            td = add(tr, "td")
            for content in paragraphs:
                fill(add(td, "p"), without_heading_mark(content))
        self.cells = []

    def close(self) -> None:
        self.element, self.columns, self.cells, self.pending = None, None, [], []


def paragraph(body, content: str) -> None:
    """A paragraph, or a heading when the text read opens it with HEADING and a level."""
    if content.startswith(HEADING) and content[1:2].isdigit():
        fill(add(body, f"h{content[1]}"), content[2:])
    else:
        fill(add(body, "p"), without_heading_mark(content))


def without_heading_mark(content: str) -> str:
    """A cell's paragraph is never a heading: its mark, if any, is dropped."""
    if content.startswith(HEADING) and content[1:2].isdigit():
        return content[2:]
    return content.replace(HEADING, "")


def split_keeping(text: str) -> list[str]:
    """The text cut after each paragraph or cell mark, the marks kept."""
    parts, start = [], 0
    for index, char in enumerate(text):
        if char in (PARAGRAPH, CELL):
            parts.append(text[start : index + 1])
            start = index + 1
    if start < len(text):
        parts.append(text[start:] + PARAGRAPH)
    return parts


def fill(element, content: str) -> None:
    for number, line in enumerate(content.replace(PAGE_BREAK, LINE_BREAK).split(LINE_BREAK)):
        if number:
            add(element, "br")
        append_text(element, "".join(c for c in line if c >= " " or c == "\t"))


def read_word97(*, data: bytes, name: str) -> Document:
    """A .doc file's main text as paragraphs and table rows."""
    try:
        text = main_text(data, name=name)
    except DocumentError:
        raise
    except (struct.error, ValueError, IndexError, OSError) as error:
        raise DocumentError(
            f"{name}: an old Word file that cannot be read ({error}): save it as .docx"
        ) from None
    blocks = blocks_of(body_of(without_field_codes(text)))
    if not blocks:
        raise DocumentError(f"{name}: a Word file with no text")
    return Document(name=name, format="doc", blocks=blocks)
