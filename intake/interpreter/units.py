"""Blocks to units: one printed paragraph of meaning each, lines of a block kept apart unless
they are one paragraph wrapped (hard-wrapped text, indented or "…" continuation lines)."""

import re
from dataclasses import dataclass

from intake.readers.blocks import Block, BlockKind, Document, Place

from .label_shapes import chat_header

# A line that starts a new unit even inside wrapped prose: a list item or a "Label:" line.
_STARTS_UNIT = re.compile(
    r"^\s*(?:\(?\d{1,3}[.)]\s|\([a-z]\)\s|[-\u2022*\u2013]\s"
    r"|[A-Z][\w .\u2019'/&-]{0,40}(?:\([^()]{1,40}\)\s*){0,3}:\s"
    r"|[a-z][\w.-]{0,20}:\s|<[^>\s]{1,30}>\s|\[[^\]]{1,40}\]\s"
    # a scribe's 'Jane Doe - said …', 'Cllr Lee \u2014 asked …': a name, a spaced dash
    r"|(?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w'\u2019-]*\s+(?:[\u2013\u2014]|--?)\s+[a-z])"
)
_LIST_MARKER = re.compile(r"^(?:[-\u2022*\u2013]\s|\(?\d{1,3}[.)]\s|\([a-z]\)\s)")
# A bullet printed as text ('- item', '• item'): a mark, not words; numbers are kept.
_BULLET = re.compile(r"^[-\u2022*\u2013\u25aa\u25cf\u00b7]\s+(?=\S)")
_CAPITALS = re.compile(r"^[A-Z][A-Z'\u2019-]+\b(?!\.)")
# A bracketed aside that a sentence goes on after ('[Chairman of the Committee] presiding').
_BRACKET_IN_SENTENCE = re.compile(r"^\[[^\]]{3,60}\]\s+[a-z]")
_CONTINUES = re.compile(r"^\s*(?:\.\.\.|\u2026)\s*")
_SENTENCE_END = re.compile(r"[.!?:;\u2026]['\"\u201d\u2019)\]]*$")
# A footnote's mark set as a superscript after a word ('report²'); 'm²' keeps its square.
NOTE_MARK = re.compile(
    r"(?:(?<=[^\W\d_]{3})|(?<=[^\W\d_][.,;:!?]))[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+"
    r"(?=[\s.,;:)\"\u201d\u2019]|$)"
)
# A task's box before an item ('- [ ] @Tom to …', '[x] Post the minutes'): a mark, not text.
CHECKBOX = re.compile(r"^\[[ xX\u2713\u2714]\]\s+(?=\S)")
# A motion's record, a line each in one paragraph: 'Motion by Ann Lee, second by Bo Park.' /
# 'Final Resolution: Motion Carries' / 'Yes: Ann Lee, Bo Park': one record of the vote.
_MOTION_BY = re.compile(r"^(?:motion|moved)\s+by\b.{1,80}\bsecond(?:ed)?\s+by\b", re.I)
_VOTE_LINE = re.compile(
    r"^(?:final (?:resolution|action)|resolution|result|vote|yes|no|ayes?|nays?|noes|"
    r"abstain\w*|absent|recused|motion (?:carries|carried|fails|failed))\b",
    re.I,
)
# A time alone on its line as a transcription tool prints it under a name: '00:03:12', '4:05'.
_BARE_CLOCK = re.compile(r"^[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?$")
# A row of fields printed side by side ('Meeting Name: | Council | Agenda status: | Final'):
# each key ends with a colon; keys and values alternate.
_FIELD_KEY = re.compile(r"^[^\W\d][^:|]{0,40}:$")
WRAP_WIDTH = 100
OUTLIER_GAP = 5
# A line ending on a word no sentence ends on: the sentence goes on below.
_MID_SENTENCE = re.compile(
    r"\s(?:the|a|an|of|to|on|in|for|and|or|with|at|by|from|that|is|are|was|were)$", re.IGNORECASE
)
SHORT_ENTRY = 0.6  # of the wrap width: a line this short that ends no clause is a list entry


@dataclass(frozen=True)
class Unit:
    """One paragraph of the source as the rules see it: its verbatim text and where it was.

    `index` counts units in the document; `block` is the index of the block it came from,
    `first` says it is the block's first unit (the one `bold_lead` belongs to).
    """

    text: str
    place: Place
    kind: BlockKind
    index: int
    block: int
    first: bool = True
    bold_lead: str = ""
    bold: bool = False
    level: int = 0
    marker: str = ""
    cells: tuple[str, ...] = ()
    lines: tuple[str, ...] = ()
    checkbox: bool = False  # printed with a task's box ('[ ]', '[x]'), which is no text

    def __str__(self) -> str:
        return self.text


def units_of(document: Document) -> list[Unit]:
    """Every unit of the document, in order; blank ones left out.

    In Markdown a line break inside a paragraph is a space: its lines are one unit, unless a
    line starts a new one (a label, a list item).
    """
    width = wrap_width(document.blocks)
    soft = document.format == "markdown"
    units: list[Unit] = []
    for number, block in enumerate(document.blocks):
        if fields := field_pairs(block):
            units += [
                Unit(text, block.place, BlockKind.PARAGRAPH, len(units) + i, number)
                for i, text in enumerate(fields)
            ]
            continue
        for offset, lines, first in _pieces(block, width, soft=soft):
            text = _BULLET.sub("", " ".join(line.strip() for line in lines if line.strip()))
            box = CHECKBOX.match(text)
            text = text[box.end() :] if box else text
            text = NOTE_MARK.sub("", text)  # 'Faith and Practice¹ the passage': no text
            if not text:
                continue
            units.append(
                Unit(
                    text=text.strip(),
                    place=_place(block.place, offset),
                    kind=block.kind,
                    index=len(units),
                    block=number,
                    first=first,
                    bold_lead=block.bold_lead.strip() if first else "",
                    bold=block.bold,
                    level=block.level,
                    marker=block.marker if first else "",
                    cells=block.cells,
                    lines=tuple(line.strip() for line in lines if line.strip()),
                    checkbox=bool(box),
                )
            )
    return units


def field_pairs(block: Block) -> list[str]:
    """'Key: value' for each pair of a row of two fields or more side by side, else []."""
    if block.kind is not BlockKind.TABLE_ROW or len(block.cells) < 4 or len(block.cells) % 2:
        return []
    cells = [cell.strip() for cell in block.cells]
    pairs = [(cells[i], cells[i + 1]) for i in range(0, len(cells), 2) if cells[i] or cells[i + 1]]
    if not pairs or not all(_FIELD_KEY.match(key) and value for key, value in pairs):
        return []
    return [f"{key} {_lines_joined(value)}" for key, value in pairs]


def _lines_joined(value: str) -> str:
    """A value's lines as one: 'City Hall' / '600 Fourth Avenue', an address set a part a
    line, is 'City Hall, 600 Fourth Avenue'."""
    lines = [" ".join(line.split()) for line in value.split("\n") if line.strip()]
    joined = lines[0] if lines else ""
    for line in lines[1:]:
        joined += f" {line}" if joined.endswith((",", ";", ":")) else f", {line}"
    return joined


def _place(place: Place, offset: int) -> Place:
    if place.line is not None:
        return Place(line=place.line + offset)
    return place


def wrap_width(blocks: list[Block]) -> int:
    """The width text was hard-wrapped at (an e-mail, a scribe's log); 0 when it was not."""
    lines = [
        line.strip()
        for block in blocks
        if block.kind is BlockKind.PARAGRAPH
        for line in block.lines
        if line.strip()
    ]
    long_lines = [line for line in lines if len(line) > WRAP_WIDTH]
    near_width = [line for line in lines if 50 <= len(line) <= WRAP_WIDTH]
    if len(near_width) < 3 or len(long_lines) > len(lines) // 20:
        return 0
    # A line far longer than all the others (a rule, an address) does not set the width the
    # text was wrapped at.
    lengths = sorted((len(line) for line in near_width), reverse=True)
    while len(lengths) > 3 and lengths[0] - lengths[1] > OUTLIER_GAP:
        lengths.pop(0)
    return lengths[0]


def _pieces(block: Block, width: int, *, soft: bool = False):
    """(line offset, printed lines, is first) for each unit of the block."""
    lines = block.lines
    if block.kind is not BlockKind.PARAGRAPH or len(lines) == 1:
        yield 0, lines, True
        return
    offset, current = 0, [lines[0]]
    for i, line in enumerate(lines[1:], start=1):
        voting = bool(_MOTION_BY.match(current[0].strip())) and _VOTE_LINE.match(line.strip())
        # Under a chat export's header line ('[05-Mar-19 07:00 PM] nell.b#4410') a message starts.
        joins = not chat_header(lines[i - 1]) and (
            voting
            or _clock_under_name(lines[i - 1], line)
            or _continues(lines[i - 1], line, width)
            or (soft and _soft_wrap(lines[i - 1], line))
        )
        if joins:
            current.append(_CONTINUES.sub("", line.strip()) if _CONTINUES.match(line) else line)
            continue
        yield offset, current, offset == 0
        offset, current = i, [line]
    yield offset, current, offset == 0


def _clock_under_name(previous: str, line: str) -> bool:
    """'Jane Doe' / '00:03:12': a transcription tool's label printed over two lines, the
    speaker's name then the time; one label, as 'Jane Doe  00:03:12' on one line is."""
    before = previous.strip()
    return (
        bool(_BARE_CLOCK.match(line.strip()))
        and 0 < len(before) <= 60
        and not _SENTENCE_END.search(before)
        and not _BARE_CLOCK.match(before)
    )


def _soft_wrap(previous: str, line: str) -> bool:
    """In Markdown, a line goes on with the one above unless that one ended a sentence or
    this one starts a unit of its own."""
    stripped = line.strip()
    if _LIST_MARKER.match(stripped) or _STARTS_UNIT.match(stripped):
        return False
    if _CAPITALS.match(stripped) or _CAPITALS.match(previous.strip()):
        return False  # 'THAT Council approve …', 'CARRIED': a record's lines of their own
    return not _SENTENCE_END.search(previous.strip())


def _short_entry(text: str, width: int) -> bool:
    """A line far short of the wrap width that ends no clause: an entry of an indented list
    ('Gregory Rinaldi', 'Theresa Abernathy, Chairperson'), not a wrapped paragraph's line."""
    ends_clause = text.endswith((",", ";", "-", "\u2013", "\u2014")) or _SENTENCE_END.search(text)
    return len(text) <= SHORT_ENTRY * width and not ends_clause


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _continues(previous: str, line: str, width: int) -> bool:
    """The line goes on with the paragraph of the line above rather than starting one."""
    stripped, before = line.strip(), previous.strip()
    if not stripped or not before:
        return False
    if _CONTINUES.match(line):
        return True
    if _BRACKET_IN_SENTENCE.match(stripped) and not _SENTENCE_END.search(before):
        return True  # '…Hon. Walter P. Brandt' / '[Chairman of the Committee] presiding.'
    if _MID_SENTENCE.search(before) and stripped[0].islower() and not _LIST_MARKER.match(stripped):
        return True  # '… new lifts on the' / 'estate: Block A …': a sentence wrapped, no label
    if _LIST_MARKER.match(stripped) or (_STARTS_UNIT.match(stripped) and not line[:1].isspace()):
        return False
    if line[:1].isspace() and not previous[:1].isspace() and _STARTS_UNIT.match(before):
        return True  # a scribe's indented continuation under "name: …"
    if _indent(line) > _indent(previous):
        return True  # a hanging indent goes on with the line above
    if line[:1].isspace() and previous[:1].isspace():
        entry = width and _short_entry(before, width) and not stripped[0].islower()
        return not entry  # an indented paragraph's lines, unless a list's entries
    if before.endswith(",") or (stripped[0].islower() and not _SENTENCE_END.search(before)):
        return True
    if width and not before.endswith(":"):
        # A line was wrapped if the next word would not have fitted on it.
        return len(before) + 1 + len(stripped.split()[0]) > width - 2
    return False
