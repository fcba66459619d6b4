"""Formatted disk pages ([MS-DOC] 2.9.62, 2.9.63): which bytes of the text have which
character or paragraph properties.

The table stream's PlcBteChpx and PlcBtePapx name 512-byte pages of the WordDocument stream;
each page maps runs of text, by file position (fc), to a grpprl of character properties
(CHPX), or to a paragraph's style and grpprl (PAPX).
"""

import struct
from bisect import bisect_right

FC_PLCF_BTE_CHPX = 0x00FA
FC_PLCF_BTE_PAPX = 0x0102
PAGE = 512
# Entries an index can hold on one page; more is damage.
MAX_RUNS_PER_PAGE = 101
MAX_RUNS = 200_000
PAPX_ENTRY = 13  # a BxPap: a word offset and a 12-byte PHE


def page_numbers(table: bytes, word: bytes, fc_offset: int) -> list[int]:
    """The pages a PlcBte names, in order."""
    fc, lcb = struct.unpack_from("<II", word, fc_offset)
    plc = table[fc : fc + lcb]
    count = max((len(plc) - 4) // 8, 0)
    return [
        struct.unpack_from("<I", plc, 4 * (count + 1) + 4 * index)[0] & 0x3FFFFF
        for index in range(count)
    ]


def page_runs(page: bytes, entry: int):
    """(first fc, end fc, word offset of the properties) of each run on one page."""
    if len(page) < PAGE:
        return
    crun = min(page[PAGE - 1], MAX_RUNS_PER_PAGE)
    if 4 * (crun + 1) + entry * crun > PAGE - 1:
        return
    starts = struct.unpack_from(f"<{crun + 1}I", page, 0)
    for index in range(crun):
        yield starts[index], starts[index + 1], page[4 * (crun + 1) + entry * index]


def character_runs(table: bytes, word: bytes) -> list[tuple[int, int, bytes]]:
    """(first fc, end fc, grpprl) of every run of direct character properties, by fc."""
    runs: list[tuple[int, int, bytes]] = []
    for number in page_numbers(table, word, FC_PLCF_BTE_CHPX):
        page = word[number * PAGE : number * PAGE + PAGE]
        for start, end, offset in page_runs(page, 1):
            if offset:  # a zero offset: the run has no properties of its own
                size = page[2 * offset]
                runs.append((start, end, page[2 * offset + 1 : 2 * offset + 1 + size]))
        if len(runs) > MAX_RUNS:
            raise ValueError("too many runs of character properties")
    return sorted(runs)


def paragraph_runs(table: bytes, word: bytes) -> list[tuple[int, int, int, bytes]]:
    """(first fc, end fc, istd, grpprl) of every run of paragraph properties, by fc."""
    runs: list[tuple[int, int, int, bytes]] = []
    for number in page_numbers(table, word, FC_PLCF_BTE_PAPX):
        page = word[number * PAGE : number * PAGE + PAGE]
        for start, end, offset in page_runs(page, PAPX_ENTRY):
            body = papx(page, 2 * offset) if offset else b""
            if len(body) >= 2:
                runs.append((start, end, struct.unpack_from("<H", body, 0)[0], body[2:]))
        if len(runs) > MAX_RUNS:
            raise ValueError("too many runs of paragraph properties")
    return sorted(runs)


def papx(page: bytes, offset: int) -> bytes:
    """A PapxInFkp's istd and grpprl: a size in words, or 0 and the size in the next byte."""
    size = page[offset]
    if size:
        return page[offset + 1 : offset + 2 * size]
    return page[offset + 2 : offset + 2 + 2 * page[offset + 1]]


class Runs:
    """Runs sorted by their first fc, looked up by the fc of a character."""

    def __init__(self, runs: list):
        self.runs = runs
        self.starts = [run[0] for run in runs]

    def at(self, fc: int):
        """The run holding the character at `fc`, or None."""
        index = bisect_right(self.starts, fc) - 1
        if index >= 0 and fc < self.runs[index][1]:
            return self.runs[index]
        return None

    def next_change(self, fc: int) -> int:
        """The fc where what holds at `fc` (a run, or none) next changes; -1 if never."""
        index = bisect_right(self.starts, fc) - 1
        if index >= 0 and fc < self.runs[index][1]:
            return self.runs[index][1]
        return self.starts[index + 1] if index + 1 < len(self.starts) else -1
