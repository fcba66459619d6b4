"""The piece table of a .doc ([MS-DOC] 2.8.35, 2.9.38): where each run of the text lies.

The CLX in the table stream holds the property modifiers a fast save left (Prcs), then the
piece table: the character positions where pieces start, and for each piece the file
position (fc) of its text, whether that is stored as Windows-1252 bytes or UTF-16, and a
modifier (Prm) that applies sprms to the whole piece: a single one, coded by a small index
(Prm0), or a Prc's grpprl (Prm1).
"""

import re
import struct
from dataclasses import dataclass

COMPRESSED = 0x40000000
MAX_PIECES = 100_000
MAX_PRCS = 100_000
# The sprms a Prm0 can carry, by its index (2.2.5.1), of those this reader reads.
SINGLE_SPRMS = {0x41: 0x0800, 0x55: 0x0835, 0x5C: 0x083C}
SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Piece:
    """A piece's text, the fc of its first character, bytes per character, and its modifier."""

    text: str
    fc: int
    width: int
    grpprl: bytes = b""


def code_units(data: bytes) -> str:
    """UTF-16 text as a character per code unit, as Word counts characters and positions: a
    surrogate pair stays two, so that what follows it is found at its own place."""
    return "".join(map(chr, struct.unpack(f"<{len(data) // 2}H", data[: len(data) // 2 * 2])))


def paired(text: str) -> str:
    """Text read as code units with its surrogate pairs joined, lone halves replaced."""
    if not SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", errors="surrogatepass").decode("utf-16-le", errors="replace")


def modifier(prm: int, prcs: list[bytes]) -> bytes:
    """The sprms a piece's Prm applies, as a grpprl."""
    if prm & 1:
        index = prm >> 1
        return prcs[index] if index < len(prcs) else b""
    sprm = SINGLE_SPRMS.get((prm >> 1) & 0x7F)
    return struct.pack("<HB", sprm, prm >> 8) if sprm else b""


def pieces(word: bytes, clx: bytes, length: int):
    """Each piece in order, until the main document's `length` characters are read."""
    position, prcs = 0, []
    while position < len(clx) and clx[position] == 0x01 and len(prcs) < MAX_PRCS:
        size = struct.unpack_from("<h", clx, position + 1)[0]
        prcs.append(clx[position + 3 : position + 3 + max(size, 0)])
        position += 3 + max(size, 0)
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
        fc, prm = struct.unpack_from("<IH", table, 4 * (count + 1) + 8 * index + 2)
        grpprl = modifier(prm, prcs)
        if fc & COMPRESSED:
            offset = (fc & ~COMPRESSED) // 2
            text = word[offset : offset + characters].decode("cp1252", errors="replace")
            yield Piece(text, offset, 1, grpprl)
        else:
            yield Piece(code_units(word[fc : fc + 2 * characters]), fc, 2, grpprl)
        read += characters
        if read >= length:
            return
