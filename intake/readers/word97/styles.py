"""Which paragraphs of a .doc are headings: their style's name, or their outline level.

A paragraph's properties lie in PAPX pages of the WordDocument stream, found through the
PlcBtePapx of the table stream ([MS-DOC] 2.8.6, 2.9.175); each run of characters there names
its style (istd) and may set an outline level (sprmPOutLvl). The styles' names come from the
stylesheet (STSH, 2.9.271). A style named "heading N" or "Title", or an outline level, makes
a heading; everything else is body text.
"""

import re
import struct
from bisect import bisect_right

FC_STSHF = 0x00A2
FC_PLCF_BTE_PAPX = 0x0102
PAGE = 512
SPRM_OUTLINE_LEVEL = 0x2640
BODY_LEVEL = 9
HEADING_NAME = re.compile(r"^\s*(?:heading\s*(\d)|title)\s*$", re.I)
# Operand sizes by a sprm's spra (its top three bits); 6 is variable, its first byte the size.
OPERAND_SIZES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}
MAX_RUNS = 200_000


def style_names(table: bytes, word: bytes) -> dict[int, str]:
    """istd → the style's name, from the stylesheet."""
    fc, lcb = struct.unpack_from("<II", word, FC_STSHF)
    stsh = table[fc : fc + lcb]
    if len(stsh) < 6:
        return {}
    cb_stshi = struct.unpack_from("<H", stsh, 0)[0]
    count, base_size = struct.unpack_from("<HH", stsh, 2)
    names, position = {}, 2 + cb_stshi
    for istd in range(count):
        if position + 2 > len(stsh):
            break
        cb_std = struct.unpack_from("<H", stsh, position)[0]
        std = stsh[position + 2 : position + 2 + cb_std]
        position += 2 + cb_std
        if cb_std and len(std) >= base_size + 2:
            length = struct.unpack_from("<H", std, base_size)[0]
            raw = std[base_size + 2 : base_size + 2 + 2 * length]
            names[istd] = raw.decode("utf-16-le", errors="replace")
    return names


def heading_level(name: str, outline: int) -> int:
    found = HEADING_NAME.match(name)
    if found:
        return min(int(found.group(1) or 1), 6)
    return outline + 1 if 0 <= outline < 6 else 0


def paragraph_runs(table: bytes, word: bytes) -> list[tuple[int, int, int]]:
    """(first fc, istd, outline level) of every run of paragraph properties, by fc."""
    fc, lcb = struct.unpack_from("<II", word, FC_PLCF_BTE_PAPX)
    plc = table[fc : fc + lcb]
    count = (len(plc) - 4) // 8
    runs: list[tuple[int, int, int]] = []
    for index in range(max(count, 0)):
        page = struct.unpack_from("<I", plc, 4 * (count + 1) + 4 * index)[0] & 0x3FFFFF
        runs += fkp_runs(word[page * PAGE : page * PAGE + PAGE])
        if len(runs) > MAX_RUNS:
            raise ValueError("too many paragraph runs")
    return sorted(runs)


def fkp_runs(fkp: bytes) -> list[tuple[int, int, int]]:
    if len(fkp) < PAGE:
        return []
    crun = fkp[PAGE - 1]
    found = []
    for index in range(crun):
        start = struct.unpack_from("<I", fkp, 4 * index)[0]
        offset = 2 * fkp[4 * (crun + 1) + 13 * index]
        if not offset:
            continue
        size = fkp[offset]
        body = fkp[offset + 1 : offset + 1 + 2 * size - 1] if size else None
        if body is None:
            body = fkp[offset + 2 : offset + 2 + 2 * fkp[offset + 1]]
        if len(body) >= 2:
            istd = struct.unpack_from("<H", body, 0)[0]
            found.append((start, istd, outline_level(body[2:])))
    return found


def outline_level(grpprl: bytes) -> int:
    """The outline level a paragraph's sprms set, or the body level."""
    position = 0
    while position + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, position)[0]
        position += 2
        spra = sprm >> 13
        size = (
            grpprl[position] + 1
            if spra == 6 and position < len(grpprl)
            else OPERAND_SIZES.get(spra, 1)
        )
        if sprm == SPRM_OUTLINE_LEVEL and position < len(grpprl):
            return grpprl[position]
        position += size
    return BODY_LEVEL


def levels_by_fc(table: bytes, word: bytes):
    """A function from a paragraph mark's fc to its paragraph's heading level (0: body)."""
    names = style_names(table, word)
    runs = paragraph_runs(table, word)
    starts = [run[0] for run in runs]

    def level(fc: int) -> int:
        index = bisect_right(starts, fc) - 1
        if index < 0:
            return 0
        _, istd, outline = runs[index]
        return heading_level(names.get(istd, ""), outline)

    return level
