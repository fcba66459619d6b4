"""PDF lines built glyph by glyph for the reader's tests: each character 5 points wide."""

from intake.readers.pdf.glyphs import Glyph
from intake.readers.pdf.lines import Line


def typed_line(text: str, *, x0: float, baseline: float, page: int = 1, size: float = 10) -> Line:
    """A line of `text` set from `x0` on `baseline`, in type of `size`, not bold."""
    glyphs = [
        Glyph(
            char=char, x0=x0 + 5 * i, x1=x0 + 5 * (i + 1), baseline=baseline, size=size, bold=False
        )
        for i, char in enumerate(text)
    ]
    return Line(glyphs=glyphs, page=page)
