"""Old binary Word files (.doc, Word 97 to 2003) as headings, paragraphs, lists and tables.

Archives of minutes from before 2007 are mostly `.doc`. The file is an OLE compound file
(read with olefile); its text is found through the piece table (`word97.pieces`). Only the
main document is read: page headers, footers, footnotes, comments and text boxes follow it
in the same text and are left out. Fields keep their shown result, not their code. Paragraph
marks end paragraphs; cell marks end a table's cells and rows. Each character's look comes
from the formatting tables (`word97.characters`): bold is kept, tracked deletions and hidden
text are no part of the text. Each paragraph's style and list come from its properties
(`word97.fkp`): headings by style name or outline level, list items with the number or bullet
Word prints before them (`word97.lists`). The title is the one in the file's properties.
"""

import re
import struct

import olefile

from intake.readers.blocks import Document, DocumentError
from intake.readers.html.walk import blocks_of
from intake.readers.word97.body import CELL, PARAGRAPH, Paragraph, body_of
from intake.readers.word97.characters import Looks
from intake.readers.word97.fkp import Runs, character_runs, paragraph_runs
from intake.readers.word97.lists import Counter, read_lists
from intake.readers.word97.pieces import Piece, paired, pieces
from intake.readers.word97.sprms import sprms
from intake.readers.word97.styles import BODY_LEVEL, heading_level, paragraph_sprms, stylesheet

# Offsets in the File Information Block ([MS-DOC] 2.5.1): flags, the main text's length in
# characters, and where the CLX lies in the table stream.
FLAGS_OFFSET = 0x000A
ENCRYPTED = 0x0100
WHICH_TABLE = 0x0200
CCP_TEXT_OFFSET = 0x004C
FC_CLX_OFFSET = 0x01A2
FIELD_START, FIELD_SEPARATOR, FIELD_END = "\x13", "\x14", "\x15"
FIELD_MARKS = (FIELD_START, FIELD_SEPARATOR, FIELD_END)
# A non-breaking hyphen, an optional hyphen, a non-breaking space.
REPLACED = str.maketrans({"\x1e": "-", "\x1f": "", "\xa0": " "})
OUTLINE_LEVEL, LIST_LEVEL, LIST = 0x2640, 0x260A, 0x460B
UTF8_CODEPAGE = 65001
# What cuts a stretch of text: paragraph and cell marks, and a field's marks.
MARKS = re.compile("([\r\x07\x13\x14\x15])")


def streams(data: bytes, *, name: str) -> tuple[bytes, bytes, str]:
    """The WordDocument and table streams, and the title in the file's properties."""
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
        return word, ole.openstream(table_name).read(), summary_title(ole)


def summary_title(ole: olefile.OleFileIO) -> str:
    """The title in the SummaryInformation properties, "" when none can be read."""
    try:
        metadata = ole.get_metadata()
    except (OSError, ValueError, TypeError, IndexError, KeyError, struct.error):
        return ""
    title = metadata.title
    if not isinstance(title, str | bytes):  # absent, or another type in a damaged file
        return ""
    if isinstance(title, bytes):
        codepage = metadata.codepage if isinstance(metadata.codepage, int) else 1252
        codepage &= 0xFFFF  # 65001 (UTF-8) is stored as -535
        encoding = "utf-8" if codepage == UTF8_CODEPAGE else f"cp{codepage}"
        try:
            title = title.decode(encoding, errors="replace")
        except LookupError:
            title = title.decode("cp1252", errors="replace")
    return " ".join(title.replace("\x00", "").split())


class Fields:
    """Whether the text is in a field's code (from its start to its separator), which is not
    shown: a field reads as its result."""

    def __init__(self):
        self.hiding: list[bool] = []  # per open field: still in its code

    @property
    def in_code(self) -> bool:
        return any(self.hiding)

    def mark(self, char: str) -> None:
        if char == FIELD_START:
            self.hiding.append(True)
        elif char == FIELD_SEPARATOR and self.hiding:
            self.hiding[-1] = False
        elif char == FIELD_END and self.hiding:
            self.hiding.pop()


def without_field_codes(text: str) -> str:
    fields, out = Fields(), []
    for char in text:
        if char in FIELD_MARKS:
            fields.mark(char)
        elif not fields.in_code:
            out.append(char.translate(REPLACED))
    return "".join(out)


class Reader:
    """The main text read piece by piece into paragraphs, with the formatting tables."""

    def __init__(self, word: bytes, table: bytes):
        self.word, self.table = word, table
        self.styles = stylesheet(table, word)
        self.looks = Looks(self.styles)
        self.characters = Runs(character_runs(table, word))
        self.paragraphs = Runs(paragraph_runs(table, word))
        self.counter = Counter(read_lists(table, word))

    def read(self) -> list[Paragraph]:
        length = struct.unpack_from("<i", self.word, CCP_TEXT_OFFSET)[0]
        fc_clx, lcb_clx = struct.unpack_from("<II", self.word, FC_CLX_OFFSET)
        found: list[Paragraph] = []
        chars: list[tuple[str, bytes]] = []  # the paragraph's text so far, with its modifiers
        fields, start = Fields(), 0
        for piece in pieces(self.word, self.table[fc_clx : fc_clx + lcb_clx], length):
            for text, fc, grpprl, istd in self.spans(piece, max(length - start, 0)):
                if self.looks.look(istd, grpprl).hidden:
                    continue
                at = fc
                for part in MARKS.split(text):
                    if part in FIELD_MARKS:
                        fields.mark(part)
                    elif fields.in_code:
                        pass
                    elif part in (PARAGRAPH, CELL):
                        found.append(self.paragraph(chars, part, at, piece.grpprl))
                        chars = []
                    elif part:
                        chars.append((paired(part.translate(REPLACED)), grpprl))
                    at += piece.width * len(part)
            start += len(piece.text)
        if chars:
            found.append(self.paragraph(chars, PARAGRAPH, -1, b""))
        return found

    def spans(self, piece: Piece, limit: int):
        """(text, fc, grpprl, istd) of each stretch of the piece's first `limit` characters
        whose direct properties and paragraph run do not change."""
        offset, end = 0, min(len(piece.text), limit)
        while offset < end:
            fc = piece.fc + piece.width * offset
            run, paragraph = self.characters.at(fc), self.paragraphs.at(fc)
            changes = [
                at
                for at in (self.characters.next_change(fc), self.paragraphs.next_change(fc))
                if at > fc
            ]
            stop = min([end, *(offset - (fc - at) // piece.width for at in changes)])
            yield (
                piece.text[offset:stop],
                fc,
                (run[2] if run else b"") + piece.grpprl,
                paragraph[2] if paragraph else 0,
            )
            offset = stop

    def paragraph(self, chars, mark: str, fc: int, modifier: bytes) -> Paragraph:
        """The paragraph whose mark lies at `fc`: its runs, heading level and list number."""
        run = self.paragraphs.at(fc)
        istd, grpprl = (run[2], run[3] + modifier) if run else (0, modifier)
        ilfo, ilvl, _ = settings(paragraph_sprms(self.styles, istd), (0, 0, BODY_LEVEL))
        # An outline level counts only when set on the paragraph itself, not by its style.
        ilfo, ilvl, outline = settings(sprms(grpprl), (ilfo, ilvl, BODY_LEVEL))
        style = self.styles.get(istd)
        runs: list[tuple[str, bool]] = []
        for char, own in chars:
            bold = self.looks.look(istd, own).bold
            if runs and runs[-1][1] == bold:
                runs[-1] = (runs[-1][0] + char, bold)
            else:
                runs.append((char, bold))
        heading = heading_level(style.name if style else "", outline) if mark == PARAGRAPH else 0
        marker = self.counter.label(ilfo, ilvl) if ilfo > 0 else None
        return Paragraph(runs, mark, heading, marker, ilvl + 1)


def settings(found, start: tuple[int, int, int]) -> tuple[int, int, int]:
    """(ilfo, ilvl, outline level) after the paragraph sprms `found`, from `start`."""
    ilfo, ilvl, outline = start
    for sprm, operand in found:
        if sprm == LIST and len(operand) == 2:
            ilfo = struct.unpack("<h", operand)[0]
        elif sprm == LIST_LEVEL:
            ilvl = operand[0]
        elif sprm == OUTLINE_LEVEL:
            outline = operand[0]
    return ilfo, ilvl, outline


def read_word97(*, data: bytes, name: str) -> Document:
    """A .doc file's main text as headings, paragraphs, list items and table rows."""
    try:
        word, table, title = streams(data, name=name)
        paragraphs = Reader(word, table).read()
    except DocumentError:
        raise
    except (struct.error, ValueError, IndexError, OSError) as error:
        raise DocumentError(
            f"{name}: an old Word file that cannot be read ({error}): save it as .docx"
        ) from None
    body, markers = body_of(paragraphs)
    blocks = blocks_of(body, markers=markers)
    if not blocks:
        raise DocumentError(f"{name}: a Word file with no text")
    return Document(name=name, format="doc", blocks=blocks, title=title)
