"""Property modifiers (sprms, [MS-DOC] 2.6): how styles, runs and paragraphs say what they set.

A grpprl is a run of sprms, each a 2-byte code and an operand whose size the code's top
three bits (spra) give; a variable operand (spra 6) starts with its size, except those of
sprmTDefTable and sprmPChgTabs, which have their own.
"""

import struct
from collections.abc import Iterator

# Operand sizes by spra; 6 is variable.
OPERAND_SIZES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}
VARIABLE = 6
TDEF_TABLE = 0xD608
CHANGE_TABS = 0xC615
# A grpprl longer than a whole stream page is damage, not properties.
MAX_SPRMS = 10_000


def sprms(grpprl: bytes) -> Iterator[tuple[int, bytes]]:
    """(sprm, operand) of each sprm in a grpprl; a cut-off last one is dropped."""
    position, count = 0, 0
    while position + 2 <= len(grpprl) and count < MAX_SPRMS:
        sprm = struct.unpack_from("<H", grpprl, position)[0]
        position += 2
        size = operand_size(sprm, grpprl, position)
        if size is None or position + size > len(grpprl):
            return
        yield sprm, grpprl[position : position + size]
        position += size
        count += 1


def operand_size(sprm: int, grpprl: bytes, position: int) -> int | None:
    spra = sprm >> 13
    if spra != VARIABLE:
        return OPERAND_SIZES[spra]
    if sprm == TDEF_TABLE:
        # Its first two bytes count the rest of the operand, plus one (2.9.322).
        if position + 2 > len(grpprl):
            return None
        return struct.unpack_from("<H", grpprl, position)[0] + 1
    if position >= len(grpprl):
        return None
    size = grpprl[position]
    if sprm == CHANGE_TABS and size == 255:
        return change_tabs_size(grpprl, position)
    return size + 1


def change_tabs_size(grpprl: bytes, position: int) -> int | None:
    """sprmPChgTabs' operand when its size byte is 255: tabs deleted, then tabs added."""
    deleted_at = position + 1
    if deleted_at >= len(grpprl):
        return None
    added_at = deleted_at + 1 + 4 * grpprl[deleted_at]
    if added_at >= len(grpprl):
        return None
    return added_at + 1 + 3 * grpprl[added_at] - position


def toggled(operand: bytes, current: bool, style: bool) -> bool:
    """A toggle operand (2.9.325) applied: 0 off, 1 on, 0x80 the style's, 0x81 not the style's."""
    value = operand[0] if operand else 0
    if value == 0x80:
        return style
    if value == 0x81:
        return not style
    return bool(value) if value in (0, 1) else current
