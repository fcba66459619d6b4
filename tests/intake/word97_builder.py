"""Old binary Word files (.doc) built for the reader tests, structure by structure.

A document is given as pieces of text, each a list of runs with their character sprms,
stored as UTF-16 or as Windows-1252 bytes, in the text's order or another (as a fast save
leaves them). The builder writes what Word writes for them: the File Information Block, the
piece table, CHPX and PAPX pages, the stylesheet, the lists and their overrides.
"""

import struct
from dataclasses import dataclass, field

from tests.intake.ole_builder import compound_file

PAGE = 512
TEXT_START = 0x0400
FIB_PAIRS = 0x5D
FC = {"stshf": 1, "chpx": 12, "papx": 13, "clx": 33, "lst": 73, "lfo": 74}
PARAGRAPH_MARKS = ("\r", "\x07")
NO_BASE = 0x0FFF
# Character sprms, and their toggle operands.
BOLD, HIDDEN, DELETED, CHARACTER_STYLE = 0x0835, 0x083C, 0x0800, 0x4A30
LIST, LIST_LEVEL, OUTLINE_LEVEL = 0x460B, 0x260A, 0x2640
SUMMARY_FMTID = bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9")


def sprm(code: int, value: int) -> bytes:
    """One sprm with an operand of the size its code says (1, 2 or 4 bytes)."""
    size = {0: 1, 1: 1, 2: 2, 3: 4}[code >> 13]
    return struct.pack("<H", code) + value.to_bytes(size, "little", signed=value < 0)


@dataclass
class Run:
    text: str
    chpx: bytes = b""


@dataclass
class Piece:
    runs: list[Run]
    unicode: bool = True
    prm: int = 0  # the piece's property modifier, as stored

    @property
    def text(self) -> str:
        """The piece's characters as Word counts them: UTF-16 code units, when stored so."""
        return "".join(self.characters(run) for run in self.runs)

    def characters(self, run: Run) -> str:
        if not self.unicode:
            return run.text
        data = run.text.encode("utf-16-le")
        return "".join(map(chr, struct.unpack(f"<{len(data) // 2}H", data)))


@dataclass
class Style:
    name: str
    kind: int = 1  # 1 paragraph, 2 character
    base: int = NO_BASE
    papx: bytes = b""
    chpx: bytes = b""


@dataclass
class Level:
    text: str  # the number text, levels' numbers as "\x00" to "\x08"
    nfc: int = 0
    start: int = 1


@dataclass
class Doc:
    """What to write: the pieces, paragraph properties by mark, styles, lists, overrides."""

    pieces: list[Piece]
    # (istd, grpprl) of each paragraph or cell mark in the text's order; Normal when absent.
    paragraphs: list[tuple[int, bytes]] = field(default_factory=list)
    styles: dict[int, Style] = field(default_factory=dict)
    lists: dict[int, list[Level]] = field(default_factory=dict)  # by lsid
    # (lsid, {level: start}) of each list format override; ilfo 1 is the first.
    overrides: list[tuple[int, dict[int, int]]] = field(default_factory=list)
    stored: list[int] | None = None  # the order the pieces lie in the file
    prcs: list[bytes] = field(default_factory=list)  # the fast save's grpprls, for Prm1


def paragraphs(texts: list[str], **properties) -> Doc:
    """One Unicode piece of plain paragraphs."""
    return Doc([Piece([Run("".join(f"{text}\r" for text in texts))])], **properties)


def chpx_page(runs: list[tuple[int, int, bytes]]) -> bytes:
    """A CHPX FKP: the runs' fcs, a word offset for each, the CHPXs from the page's end."""
    page, end, offsets = bytearray(PAGE), PAGE - 1, []
    for _, _, grpprl in runs:
        if not grpprl:  # offset 0: the run has no properties of its own
            offsets.append(0)
            continue
        end = (end - 1 - len(grpprl)) & ~1
        page[end : end + 1 + len(grpprl)] = bytes([len(grpprl)]) + grpprl
        offsets.append(end // 2)
    fcs = [run[0] for run in runs] + [runs[-1][1]]
    page[0 : 4 * len(fcs)] = struct.pack(f"<{len(fcs)}I", *fcs)
    page[4 * len(fcs) : 4 * len(fcs) + len(runs)] = bytes(offsets)
    page[PAGE - 1] = len(runs)
    return bytes(page)


def papx_page(runs: list[tuple[int, int, bytes]]) -> bytes:
    """A PAPX FKP: the runs' fcs, a BxPap for each, the PAPXs (istd and grpprl) from the end."""
    page, end, offsets = bytearray(PAGE), PAGE - 1, []
    for _, _, body in runs:
        stored = (
            bytes([(len(body) + 1) // 2]) + body
            if len(body) % 2
            else bytes([0, len(body) // 2]) + body
        )
        end = (end - len(stored)) & ~1
        page[end : end + len(stored)] = stored
        offsets.append(end // 2)
    fcs = [run[0] for run in runs] + [runs[-1][1]]
    page[0 : 4 * len(fcs)] = struct.pack(f"<{len(fcs)}I", *fcs)
    for index, offset in enumerate(offsets):
        page[4 * len(fcs) + 13 * index] = offset
    page[PAGE - 1] = len(runs)
    return bytes(page)


def merged(runs: list[tuple[int, int, bytes]]) -> list[tuple[int, int, bytes]]:
    """Runs with the same properties that meet in the file as one (across pieces too)."""
    found: list[tuple[int, int, bytes]] = []
    for run in sorted(runs):
        if found and found[-1][1] == run[0] and found[-1][2] == run[2]:
            found[-1] = (found[-1][0], run[1], run[2])
        else:
            found.append(run)
    return found


def pages(runs, write, per_page: int, first_page: int) -> tuple[bytes, bytes]:
    """The FKP pages for `runs` and the PlcBte naming them (fcs, then page numbers)."""
    chunks = [runs[start : start + per_page] for start in range(0, len(runs), per_page)]
    fcs = [chunk[0][0] for chunk in chunks] + ([chunks[-1][-1][1]] if chunks else [0])
    numbers = [first_page + index for index in range(len(chunks))]
    plc = struct.pack(f"<{len(fcs)}I", *fcs) + struct.pack(f"<{len(numbers)}I", *numbers)
    return b"".join(write(chunk) for chunk in chunks), plc


def stylesheet(styles: dict[int, Style]) -> bytes:
    count = max(styles, default=-1) + 1
    out = struct.pack("<HHH", 18, count, 10) + bytes(14)
    for istd in range(count):
        style = styles.get(istd)
        if style is None:
            out += struct.pack("<H", 0)
            continue
        name = struct.pack("<H", len(style.name)) + (style.name + "\0").encode("utf-16-le")
        upxs = (
            [struct.pack("<H", istd) + style.papx, style.chpx] if style.kind == 1 else [style.chpx]
        )
        std = struct.pack("<HHHHH", 0, style.kind | style.base << 4, len(upxs), 0, 0) + name
        for upx in upxs:
            std += struct.pack("<H", len(upx)) + upx + bytes(len(upx) % 2)
        out += struct.pack("<H", len(std)) + std
    return out


def level_bytes(level: Level) -> bytes:
    lvlf = struct.pack(
        "<iBB9sB4s4sBBBB", level.start, level.nfc, 0, bytes(9), 0, bytes(4), bytes(4), 0, 0, 0, 0
    )
    return lvlf + struct.pack("<H", len(level.text)) + level.text.encode("utf-16-le")


def list_tables(doc: Doc) -> tuple[bytes, bytes]:
    """The PlfLst with the LVLs after it, and the PlfLfo with its LFOData."""
    lst = struct.pack("<h", len(doc.lists))
    for lsid, levels in doc.lists.items():
        lst += struct.pack("<ii18sBB", lsid, 0, bytes(18), 1 if len(levels) == 1 else 0, 0)
    lvls = b"".join(level_bytes(level) for levels in doc.lists.values() for level in levels)
    lfo = struct.pack("<i", len(doc.overrides))
    data = b""
    for lsid, starts in doc.overrides:
        lfo += struct.pack("<iiiBBBB", lsid, 0, 0, len(starts), 0, 0, 0)
        data += struct.pack("<i", 0) + b"".join(
            struct.pack("<iI", start, level | 0x10) for level, start in starts.items()
        )
    return lst + lvls, lfo + data


def summary_information(title: str) -> bytes:
    """A SummaryInformation property set ([MS-OLEPS]) holding a code page (UTF-8) and a title."""
    encoded = title.encode("utf-8") + b"\0"
    codepage = struct.pack("<HHhH", 2, 0, -535, 0)  # VT_I2: 65001 as Word stores it
    text = struct.pack("<II", 0x1E, len(encoded)) + encoded + bytes(-len(encoded) % 4)
    size = 8 + 16 + len(codepage) + len(text)
    body = struct.pack("<IIIIII", size, 2, 1, 24, 2, 24 + len(codepage)) + codepage + text
    header = struct.pack("<HHI16sI", 0xFFFE, 0, 0, bytes(16), 1)
    return header + SUMMARY_FMTID + struct.pack("<I", 48) + body


def doc_file(doc: Doc, *, title: str = "") -> bytes:
    """The .doc file for `doc`, with `title` in its properties when given."""
    order = doc.stored if doc.stored is not None else list(range(len(doc.pieces)))
    word = bytearray(TEXT_START)
    fcs: dict[int, int] = {}
    for index in order:
        piece = doc.pieces[index]
        fcs[index] = len(word)
        word += (
            piece.text.encode("utf-16-le", errors="surrogatepass")
            if piece.unicode
            else piece.text.encode("cp1252")
        )
    characters, marks = [], []
    for index, piece in enumerate(doc.pieces):
        width, position = (2 if piece.unicode else 1), fcs[index]
        for run in piece.runs:
            for char in piece.characters(run):
                characters.append((position, position + width, run.chpx))
                if char in PARAGRAPH_MARKS:
                    marks.append(position + width)
                position += width
    properties = [
        doc.paragraphs[i] if i < len(doc.paragraphs) else (0, b"") for i in range(len(marks))
    ]
    papx_runs = paragraph_runs(doc, fcs, marks, properties)
    word += bytes(-len(word) % PAGE)
    chpx_pages, plc_chpx = pages(merged(characters), chpx_page, 20, len(word) // PAGE)
    word += chpx_pages
    papx_pages, plc_papx = pages(papx_runs, papx_page, 15, len(word) // PAGE)
    word += papx_pages
    table = bytearray()
    places = {}
    lst, lfo = list_tables(doc)
    for key, part in (
        ("stshf", stylesheet(doc.styles)),
        ("chpx", plc_chpx),
        ("papx", plc_papx),
        ("clx", clx(doc, fcs)),
        ("lst", lst),
        ("lfo", lfo),
    ):
        places[key] = (len(table), len(part) if key != "lst" else 2 + 28 * len(doc.lists))
        table += part
    fib(word, doc, places)
    streams = {"WordDocument": bytes(word), "1Table": bytes(table)}
    if title:
        streams["\x05SummaryInformation"] = summary_information(title)
    return compound_file(streams)


def paragraph_runs(doc: Doc, fcs, marks, properties) -> list[tuple[int, int, bytes]]:
    """A PAPX run per stretch of a piece up to a mark or the piece's end: its mark's properties."""
    runs, mark = [], 0
    for index, piece in enumerate(doc.pieces):
        width, start = (2 if piece.unicode else 1), fcs[index]
        position = start
        for char in piece.text:
            position += width
            if char in PARAGRAPH_MARKS:
                istd, grpprl = properties[mark]
                runs.append((start, position, struct.pack("<H", istd) + grpprl))
                start, mark = position, mark + 1
        if position > start and mark < len(properties):
            istd, grpprl = properties[mark]
            runs.append((start, position, struct.pack("<H", istd) + grpprl))
    return sorted(runs)


def clx(doc: Doc, fcs: dict[int, int]) -> bytes:
    out = b"".join(b"\x01" + struct.pack("<h", len(grpprl)) + grpprl for grpprl in doc.prcs)
    starts, descriptors, cp = [0], b"", 0
    for index, piece in enumerate(doc.pieces):
        cp += len(piece.text)
        starts.append(cp)
        fc = fcs[index] if piece.unicode else (fcs[index] * 2) | 0x40000000
        descriptors += struct.pack("<HIH", 0, fc, piece.prm)
    plc = struct.pack(f"<{len(starts)}I", *starts) + descriptors
    return out + b"\x02" + struct.pack("<I", len(plc)) + plc


def fib(word: bytearray, doc: Doc, places: dict[str, tuple[int, int]]) -> None:
    """The File Information Block at the stream's start: Word 97's, the table in 1Table."""
    struct.pack_into("<HH", word, 0, 0xA5EC, 0x00C1)
    struct.pack_into("<H", word, 0x0A, 0x0200)
    struct.pack_into("<H", word, 0x20, 14)
    struct.pack_into("<H", word, 0x3E, 22)
    struct.pack_into("<i", word, 0x4C, sum(len(piece.text) for piece in doc.pieces))
    struct.pack_into("<H", word, 0x98, FIB_PAIRS)
    for key, (fc, lcb) in places.items():
        struct.pack_into("<II", word, 0x9A + 8 * FC[key], fc, lcb)
