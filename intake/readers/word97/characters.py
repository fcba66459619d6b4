"""Which characters of a .doc are bold, and which are not text at all (tracked deletions and
hidden text), from their direct properties and their styles ([MS-DOC] 2.6.1).

A character's properties are its paragraph style's, then its character style's (sprmCIstd),
then its own (a CHPX run, then the modifier of the piece it lies in, for a fast-saved file).
Bold and hidden are toggles: 0 and 1 set them; 0x80 and 0x81 say "as the style" and "the
opposite of the style". A deletion is a plain flag, and Word keeps the deleted text in the
file until the change is accepted.
"""

from dataclasses import dataclass
from functools import cache

from intake.readers.word97.sprms import sprms, toggled
from intake.readers.word97.styles import Style, chain

DELETED, BOLD, HIDDEN = 0x0800, 0x0835, 0x083C
CHARACTER_STYLE, PLAIN = 0x4A30, 0x2A33
DEFAULT_CHARACTER_STYLE = 10  # "Default Paragraph Font", which sets nothing


@dataclass(frozen=True)
class Look:
    """What a character is: bold or not, and whether it is read at all."""

    bold: bool = False
    hidden: bool = False  # deleted with tracked changes on, or hidden text


def applied(look: Look, grpprl: bytes, style: Look) -> Look:
    """`look` with the character sprms of `grpprl` applied; `style` is what 0x80 refers to."""
    bold, hidden = look.bold, look.hidden
    for sprm, operand in sprms(grpprl):
        if sprm == BOLD:
            bold = toggled(operand, bold, style.bold)
        elif sprm == HIDDEN:
            hidden = toggled(operand, hidden, style.hidden)
        elif sprm == PLAIN:
            bold, hidden = style.bold, style.hidden
    return Look(bold, hidden)


def style_look(styles: dict[int, Style], istd: int, start: Look) -> Look:
    """`start` with what a style and its bases set for characters applied, base first."""
    look = start
    for style in chain(styles, istd):
        look = applied(look, style.character, look)
    return look


def character_style(grpprl: bytes) -> int:
    found = DEFAULT_CHARACTER_STYLE
    for sprm, operand in sprms(grpprl):
        if sprm == CHARACTER_STYLE and len(operand) == 2:
            found = int.from_bytes(operand, "little")
    return found


def is_deleted(grpprl: bytes) -> bool:
    return any(sprm == DELETED and operand[:1] != b"\x00" for sprm, operand in sprms(grpprl))


class Looks:
    """Characters' looks from their paragraph style and own modifiers, worked out once each."""

    def __init__(self, styles: dict[int, Style]):
        self.styles = styles
        self.look = cache(self._look)

    def _look(self, paragraph_style: int, grpprl: bytes) -> Look:
        style = style_look(self.styles, paragraph_style, Look())
        istd = character_style(grpprl)
        if istd != DEFAULT_CHARACTER_STYLE:
            style = style_look(self.styles, istd, style)
        look = applied(style, grpprl, style)
        return Look(look.bold, look.hidden or is_deleted(grpprl))
