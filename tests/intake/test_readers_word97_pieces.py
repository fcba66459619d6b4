"""The piece table of a .doc: each piece's text, where it lies, how it is stored, and the
modifier a fast save put on it."""

import struct

import pytest

from intake.readers.word97.pieces import Piece, modifier, pieces
from tests.intake.word97_builder import BOLD, sprm


def clx(prcs: list[bytes], descriptors: list[tuple[int, int, int]]) -> bytes:
    """A CLX: the Prcs, then pieces of (characters, fc as stored, prm)."""
    out = b"".join(b"\x01" + struct.pack("<h", len(grpprl)) + grpprl for grpprl in prcs)
    starts = [0]
    for characters, _, _ in descriptors:
        starts.append(starts[-1] + characters)
    plc = struct.pack(f"<{len(starts)}I", *starts)
    plc += b"".join(struct.pack("<HIH", 0, fc, prm) for _, fc, prm in descriptors)
    return out + b"\x02" + struct.pack("<I", len(plc)) + plc


def test_pieces_in_utf_16_and_in_8_bit_bytes_with_their_modifiers():
    word = "Café\r".encode("utf-16-le") + "Naïve\r".encode("cp1252")
    found = list(pieces(word, clx([sprm(BOLD, 1)], [(5, 0, 1), (6, (10 * 2) | 0x40000000, 0)]), 11))
    assert found == [Piece("Café\r", 0, 2, sprm(BOLD, 1)), Piece("Naïve\r", 10, 1, b"")]


def test_reading_stops_at_the_main_documents_end():
    word = b"Main\rNote\r"
    descriptors = [(5, 0 | 0x40000000, 0), (5, 10 | 0x40000000, 0)]
    assert [piece.text for piece in pieces(word, clx([], descriptors), 5)] == ["Main\r"]


def test_a_single_sprm_modifier_names_its_sprm_by_index():
    assert modifier(0x41 << 1 | 1 << 8, []) == struct.pack("<HB", 0x0800, 1)
    assert modifier(0x55 << 1 | 0x81 << 8, []) == struct.pack("<HB", 0x0835, 0x81)
    assert modifier(0x10 << 1, []) == b""  # a paragraph sprm, not read
    assert modifier(7 << 1 | 1, [b"x"]) == b""  # a Prc that is not there


@pytest.mark.parametrize("data", [b"", b"\x01\x02\x00ab", b"\x02\x04\x00\x00\x00\x00\x00\x00\x00"])
def test_a_clx_without_pieces_is_refused(data):
    with pytest.raises(ValueError, match="piece"):
        list(pieces(b"", data, 10))
