"""The stylesheet of a .doc ([MS-DOC] 2.9.271): each style's name, kind, base and properties.

A style (STD) names the style it is based on and holds its own property modifiers: a
paragraph style those of its paragraphs and of their characters, a character style those of
its characters. What a style sets is its base's properties with its own applied on top.
Headings are told by their style's name ("heading N", "Title", "Subtitle", as the .docx reader
maps them) or an outline level.
"""

import re
import struct
from dataclasses import dataclass

from intake.readers.word97.sprms import sprms

FC_STSHF = 0x00A2
PARAGRAPH_STYLE, CHARACTER_STYLE, TABLE_STYLE, NUMBERING_STYLE = 1, 2, 3, 4
NO_BASE = 0x0FFF
# Bases deeper than this are a loop in a damaged stylesheet.
MAX_DEPTH = 16
BODY_LEVEL = 9
HEADING_NAME = re.compile(r"^\s*(?:heading\s*(\d)|(title)|(subtitle))\s*$", re.I)


@dataclass(frozen=True)
class Style:
    """One style: its name, kind (stk), the style it is based on, and its own modifiers."""

    name: str = ""
    kind: int = PARAGRAPH_STYLE
    base: int = NO_BASE
    paragraph: bytes = b""  # its grpprlPapx
    character: bytes = b""  # its grpprlChpx


def stylesheet(table: bytes, word: bytes) -> dict[int, Style]:
    """istd → the style, from the stylesheet; styles that cannot be read are left out."""
    fc, lcb = struct.unpack_from("<II", word, FC_STSHF)
    stsh = table[fc : fc + lcb]
    if len(stsh) < 6:
        return {}
    cb_stshi = struct.unpack_from("<H", stsh, 0)[0]
    count, base_size = struct.unpack_from("<HH", stsh, 2)
    styles, position = {}, 2 + cb_stshi
    for istd in range(count):
        if position + 2 > len(stsh):
            break
        cb_std = struct.unpack_from("<H", stsh, position)[0]
        std = stsh[position + 2 : position + 2 + cb_std]
        position += 2 + cb_std
        if cb_std and len(std) >= base_size + 2 and base_size >= 10:
            styles[istd] = read_style(std, base_size)
    return styles


def read_style(std: bytes, base_size: int) -> Style:
    """A style from its STD: the fixed part, the name (an Xstz), then its UPXs."""
    kind_and_base, upx_count = struct.unpack_from("<HH", std, 2)
    length = struct.unpack_from("<H", std, base_size)[0]
    name = std[base_size + 2 : base_size + 2 + 2 * length].decode("utf-16-le", errors="replace")
    upxs = read_upxs(std, base_size + 2 + 2 * length + 2, upx_count & 0x0F)
    kind = kind_and_base & 0x0F
    paragraph, character = b"", b""
    if kind == PARAGRAPH_STYLE and len(upxs) >= 2:
        paragraph, character = upxs[0][2:], upxs[1]  # a UpxPapx begins with its istd
    elif kind == CHARACTER_STYLE and upxs:
        character = upxs[0]
    elif kind == TABLE_STYLE and len(upxs) >= 3:
        paragraph, character = upxs[1][2:], upxs[2]
    elif kind == NUMBERING_STYLE and upxs:
        paragraph = upxs[0][2:]
    return Style(name, kind, kind_and_base >> 4, paragraph, character)


def read_upxs(std: bytes, position: int, count: int) -> list[bytes]:
    """The STD's UPXs, each a size and its bytes, padded to an even length."""
    found = []
    for _ in range(count):
        if position + 2 > len(std):
            break
        size = struct.unpack_from("<H", std, position)[0]
        found.append(std[position + 2 : position + 2 + size])
        position += 2 + size + size % 2
    return found


def chain(styles: dict[int, Style], istd: int) -> list[Style]:
    """The style and those it is based on, the most basic first."""
    found: list[Style] = []
    while istd in styles and len(found) < MAX_DEPTH:
        found.append(styles[istd])
        istd = styles[istd].base
    return found[::-1]


def heading_level(name: str, outline: int) -> int:
    found = HEADING_NAME.match(name)
    if found:
        return 2 if found.group(3) else min(int(found.group(1) or 1), 6)
    return outline + 1 if 0 <= outline < 6 else 0


def paragraph_sprms(styles: dict[int, Style], istd: int):
    """The sprms a paragraph style sets for its paragraphs, its bases' first."""
    for style in chain(styles, istd):
        yield from sprms(style.paragraph)
