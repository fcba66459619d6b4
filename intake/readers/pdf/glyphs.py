"""The characters of a PDF page with their place, size and weight, through pdfium's text API.

pypdfium2's raw bindings (`pypdfium2.raw`, a public module) give each character's box, font
size and font; pdfium's own line breaks and the spaces it guesses are left out, as the lines
are rebuilt from the positions.
"""

import ctypes
import math
import re
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c
from pypdfium2 import PdfTextPage

from intake.readers.runs import PRINTED_AS

BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|extrabold|ultrabold", re.I)
BOLD_WEIGHT = 600
FORCE_BOLD_FLAG = 1 << 18
FONT_NAME_BYTES = 128
PDFIUM_LINE_END_HYPHEN = 0x02


@dataclass(frozen=True, slots=True)
class Glyph:
    """One character as printed: its text, left and right edges, baseline, size, weight."""

    char: str
    x0: float
    x1: float
    baseline: float
    size: float
    bold: bool


def font_is_bold(text_object) -> bool:
    """Whether a text object's font is bold by its name, its weight or its flags."""
    font = pdfium_c.FPDFTextObj_GetFont(text_object)
    if not font:
        return False
    buffer = ctypes.create_string_buffer(FONT_NAME_BYTES)
    pdfium_c.FPDFFont_GetBaseFontName(font, buffer, FONT_NAME_BYTES)
    name = buffer.value.decode("latin-1", "replace")
    weight = pdfium_c.FPDFFont_GetWeight(font)
    flags = pdfium_c.FPDFFont_GetFlags(font)
    return bool(BOLD_NAME.search(name)) or weight >= BOLD_WEIGHT or bool(flags & FORCE_BOLD_FLAG)


class GlyphReader:
    """Reads the glyphs of one text page, asking pdfium once per text object for its font."""

    def __init__(self, textpage: PdfTextPage, size: tuple[float, float] = (0.0, 0.0)):
        self.handle = textpage.raw
        self.width, self.height = size
        # How the page's text runs, in quarter turns (see `turns`); set by `glyphs`.
        self.quarter = 0
        self.bold_by_object: dict[int, bool] = {}
        self.box = pdfium_c.FS_RECTF()
        self.origin_x, self.origin_y = ctypes.c_double(), ctypes.c_double()

    def count(self) -> int:
        return max(pdfium_c.FPDFText_CountChars(self.handle), 0)

    def is_bold(self, index: int) -> bool:
        text_object = pdfium_c.FPDFText_GetTextObject(self.handle, index)
        key = ctypes.cast(text_object, ctypes.c_void_p).value or 0
        if key not in self.bold_by_object:
            bold = bool(key) and font_is_bold(text_object)
            weight = pdfium_c.FPDFText_GetFontWeight(self.handle, index)
            self.bold_by_object[key] = bold or weight >= BOLD_WEIGHT
        return self.bold_by_object[key]

    def glyph(self, index: int) -> Glyph | None:
        """The glyph at `index`, or None for one pdfium made up (a guessed space, a line end)."""
        if pdfium_c.FPDFText_IsGenerated(self.handle, index) == 1:
            return None
        code = pdfium_c.FPDFText_GetUnicode(self.handle, index)
        if not code or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return None
        # pdfium reports a hyphen that ends a line as U+0002; it is printed as a hyphen. A
        # ligature is its letters (so that words are words when hyphens are mended).
        char = "-" if code == PDFIUM_LINE_END_HYPHEN else chr(code).translate(PRINTED_AS)
        if char in "\r\n\x00":
            return None
        # The loose box spans the glyph's advance, so letters of a word touch (a tight box
        # leaves a gap beside a narrow "1" that would read as a space).
        pdfium_c.FPDFText_GetLooseCharBox(self.handle, index, self.box)
        pdfium_c.FPDFText_GetCharOrigin(self.handle, index, self.origin_x, self.origin_y)
        size = pdfium_c.FPDFText_GetFontSize(self.handle, index)
        x0, x1, baseline = self.upright(self.box, self.origin_x.value, self.origin_y.value)
        return Glyph(
            char=char,
            x0=x0,
            x1=max(x1, x0),
            baseline=baseline,
            size=round(size, 1) if size > 0 else 1.0,
            bold=self.is_bold(index),
        )

    def upright(self, box, x: float, y: float) -> tuple[float, float, float]:
        """(left, right, baseline) of a glyph as if its page were turned to read its text.

        Text set up the page (a table turned to fit a portrait page) reads along y; each
        quarter turn maps it back to left-to-right lines, top lines with the highest baseline.
        """
        if self.quarter == 1:  # set down the page
            return self.height - box.top, self.height - box.bottom, x
        if self.quarter == 2:  # upside down
            return self.width - box.right, self.width - box.left, self.height - y
        if self.quarter == 3:  # set up the page
            return box.bottom, box.top, self.width - x
        return box.left, box.right, y

    def turns(self) -> list[tuple[int, list[int]]]:
        """The page's characters by the quarter turns they are set at (0 upright, 1 down the
        page, 2 upside down, 3 up the page: pdfium's angles run clockwise), upright first,
        then the others from the most used."""
        found: dict[int, list[int]] = {}
        for index in range(self.count()):
            angle = pdfium_c.FPDFText_GetCharAngle(self.handle, index)
            quarter = round(angle / (math.pi / 2)) % 4 if angle >= 0 else 0
            found.setdefault(quarter, []).append(index)
        return sorted(found.items(), key=lambda item: (item[0] != 0, -len(item[1])))

    def turned_size(self, quarter: int) -> tuple[float, float]:
        """The page's width and height as text at `quarter` turns reads (swapped sideways)."""
        return (self.height, self.width) if quarter % 2 else (self.width, self.height)

    def glyphs(self, indices: list[int] | None = None, quarter: int = 0) -> list[Glyph]:
        """The glyphs of the characters at `indices` (all by default), set at `quarter`."""
        self.quarter = quarter
        chosen = range(self.count()) if indices is None else indices
        found = (self.glyph(index) for index in chosen)
        return [glyph for glyph in found if glyph is not None]
