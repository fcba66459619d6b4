"""The numbers and bullets Word prints before list paragraphs of a .doc ("1.", "a)", "•").

Word keeps them out of the text: a paragraph names a list format override (ilfo, sprmPIlfo)
and a level (sprmPIlvl), directly or through its style. The table stream holds the lists
(PlfLst: each LSTF then its LVLs, [MS-DOC] 2.9.150) and the overrides (PlfLfo, 2.9.182): an
LFO names its list by lsid and may restart or reformat some levels. A level's number text
(xst) holds the numbers to print as characters 0 to 8, each standing for a level's counter.
Counting goes as in the .docx reader: per list, a restart on an override's first use, deeper
levels starting over when a higher one moves on.
"""

import struct
from dataclasses import dataclass, field

from intake.readers.html.numbering import letters, roman

FIB_RG_FC_LCB = 0x009A
FIB_PAIRS = 0x0098  # how many fc/lcb pairs the File Information Block has
PLF_LST, PLF_LFO = 73, 74  # their pairs' indexes in FibRgFcLcb97
LEVELS = 9
LSTF_SIZE, LVLF_SIZE, LFO_SIZE, LFOLVL_SIZE = 28, 28, 16, 8
SIMPLE_LIST = 0x01
# More lists or overrides than this is damage.
MAX_LISTS = 10_000
BULLET, NO_NUMBER = 23, 255
NUMBER_FORMATS = {
    1: lambda n: roman(n).upper(),
    2: roman,
    3: lambda n: letters(n).upper(),
    4: letters,
    22: lambda n: f"{n:02d}",
}


@dataclass(frozen=True)
class Level:
    """One level of a list: where it starts, its number format (nfc) and its number text."""

    start: int = 1
    nfc: int = 0
    text: str = ""


@dataclass(frozen=True)
class Override:
    """A list format override: its list, and levels it restarts or formats anew."""

    lsid: int
    starts: dict[int, int]
    levels: dict[int, Level]


@dataclass
class Lists:
    lists: dict[int, list[Level]] = field(default_factory=dict)  # by lsid
    overrides: list[Override] = field(default_factory=list)  # ilfo 1 is the first


def fc_lcb(word: bytes, index: int) -> tuple[int, int]:
    """The table stream's range a FibRgFcLcb pair names; (0, 0) when the FIB is shorter."""
    if len(word) < FIB_PAIRS + 2 or struct.unpack_from("<H", word, FIB_PAIRS)[0] <= index:
        return 0, 0
    return struct.unpack_from("<II", word, FIB_RG_FC_LCB + 8 * index)


def read_level(table: bytes, position: int) -> tuple[Level, int] | None:
    """The LVL at `position` and where the next begins; None when it runs past the stream."""
    if position + LVLF_SIZE + 2 > len(table):
        return None
    start, nfc = struct.unpack_from("<iB", table, position)
    chpx_size, papx_size = table[position + 24], table[position + 25]
    at = position + LVLF_SIZE + papx_size + chpx_size
    if at + 2 > len(table):
        return None
    length = struct.unpack_from("<H", table, at)[0]
    raw = table[at + 2 : at + 2 + 2 * length]
    if len(raw) < 2 * length:
        return None
    return Level(start, nfc, raw.decode("utf-16-le", errors="replace")), at + 2 + 2 * length


def read_lists(table: bytes, word: bytes) -> Lists:
    """The document's lists and overrides; what lies past the table stream is left out."""
    found = Lists()
    fc, lcb = fc_lcb(word, PLF_LST)
    if lcb >= 2 and fc + 2 <= len(table):
        count = min(struct.unpack_from("<h", table, fc)[0], MAX_LISTS)
        position = fc + 2 + LSTF_SIZE * max(count, 0)  # the LVLs follow all the LSTFs
        for index in range(max(count, 0)):
            lstf = fc + 2 + LSTF_SIZE * index
            if lstf + LSTF_SIZE > len(table):
                break
            lsid = struct.unpack_from("<i", table, lstf)[0]
            levels = []
            for _ in range(1 if table[lstf + 26] & SIMPLE_LIST else LEVELS):
                read = read_level(table, position)
                if read is None:
                    break
                level, position = read
                levels.append(level)
            found.lists[lsid] = levels
    found.overrides = read_overrides(table, word)
    return found


def read_overrides(table: bytes, word: bytes) -> list[Override]:
    fc, lcb = fc_lcb(word, PLF_LFO)
    if lcb < 4 or fc + 4 > len(table):
        return []
    count = min(struct.unpack_from("<i", table, fc)[0], MAX_LISTS)
    heads = []
    for index in range(max(count, 0)):
        lfo = fc + 4 + LFO_SIZE * index
        if lfo + LFO_SIZE > len(table):
            return []
        heads.append((struct.unpack_from("<i", table, lfo)[0], table[lfo + 12]))
    overrides, position = [], fc + 4 + LFO_SIZE * len(heads)
    for lsid, level_count in heads:
        position += 4  # the LFOData's cp, unused
        starts, levels = {}, {}
        for _ in range(level_count):
            if position + LFOLVL_SIZE > len(table):
                break
            start, flags = struct.unpack_from("<iI", table, position)
            position += LFOLVL_SIZE
            if flags & 0x10:
                starts[flags & 0x0F] = start
            if flags & 0x20:  # a whole LVL follows, formatting the level anew
                read = read_level(table, position)
                if read is None:
                    break
                levels[flags & 0x0F], position = read
        overrides.append(Override(lsid, starts, levels))
    return overrides


def formatted(number: int, nfc: int) -> str:
    return NUMBER_FORMATS.get(nfc, str)(number)


@dataclass
class Counter:
    """Word's counters, per list, and the overrides whose restarts were applied."""

    lists: Lists
    counts: dict[int, list[int | None]] = field(default_factory=dict)
    started: set[int] = field(default_factory=set)

    def level(self, ilfo: int, ilvl: int) -> tuple[Override, Level] | None:
        if not 1 <= ilfo <= len(self.lists.overrides) or not 0 <= ilvl < LEVELS:
            return None
        override = self.lists.overrides[ilfo - 1]
        levels = self.lists.lists.get(override.lsid, [])
        if ilvl in override.levels:
            return override, override.levels[ilvl]
        return (override, levels[ilvl]) if ilvl < len(levels) else None

    def label(self, ilfo: int, ilvl: int) -> str | None:
        """What Word prints before the next item of `ilfo` at `ilvl`: "" a bullet; None no item."""
        found = self.level(ilfo, ilvl)
        if found is None:
            return None
        override, level = found
        counts = self.counts.setdefault(override.lsid, [None] * LEVELS)
        if ilfo not in self.started:
            self.started.add(ilfo)
            for restarted, start in override.starts.items():
                if 0 <= restarted < LEVELS:
                    counts[restarted] = start - 1
        current = counts[ilvl]
        counts[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, LEVELS):
            counts[deeper] = None
        if level.nfc == BULLET:
            return ""
        shown = []
        for char in level.text:
            if ord(char) < LEVELS:
                other = self.level(ilfo, ord(char))
                start = other[1].start if other else 1
                number = counts[ord(char)] if counts[ord(char)] is not None else start
                shown.append(formatted(number, other[1].nfc if other else 0))
            else:
                shown.append(char)
        text = "".join(shown).strip()
        return text if text or level.nfc != NO_NUMBER else None
