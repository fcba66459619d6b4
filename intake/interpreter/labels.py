"""Speaker labels: the printed name, role or handle before what someone said.

'MS. OKAFOR:', 'Lorraine Batiste:', 'The Chair:', 'Q14 The Chair:', 'Mr. Ruiz (Chile) (spoke in
Spanish):', 'The Chair (Mr. John Smith (Toronto, Lib.)):', 'alice:', '<alice>', and a bold run.
"""

import re
from dataclasses import dataclass, replace

from intake.readers.blocks import BlockKind

from .label_brackets import brackets, honorific_in_brackets
from .label_shapes import (
    chat_header,
    chat_message,
    dash_or_period_label,
    descriptors,
    is_anonymous,
    kind_of,
    language_note_removed,
    name_and_time,
    place_removed,
    post_after_name,
    scribe_dash,
    spoken_row,
    voice_tag,
    without_timestamp,
)
from .label_voices import definite_office, lay_voice, member_asks, someone
from .label_words import BENCH, NOT_SPEAKERS, UNNAMED_VOICES
from .names import ParsedName, fold, parse_name, take_role, title_case
from .units import Unit
from .words import HEADING_WORDS, MEMBER_OFFICE

MAX_LABEL = 120
# 'Question from Mr Tom Hale', 'Supplementary question by Cllr Ahmed', 'Comment from Ann Lee'.
_VOICE_FROM = re.compile(
    r"^(?:supplementary\s+)?(?P<voice>question|comment|response|answer|reply)s?\s+"
    r"(?:from|by)\s+(?P<who>[^:()]{3,60})$",
    re.IGNORECASE,
)
# A member rising on a point: 'Point of information', 'Point of order', 'Point of clarification'.
_POINT = re.compile(
    r"^(?i:point\s+of\s+(?:information|order|clarification|personal\s+privilege|explanation))$"
)
# An office of a department: 'Director of Finance', 'the Minister for Health and Social Care'.
_OFFICE_OF = re.compile(
    r"^(?:(?i:the)\s+)?(?P<office>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w'\u2019&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'\u2019-]*){0,4}$"
)
_QUESTION_NUMBER = re.compile(r"^(?:Q\.?\s?\d{1,4}|\d{1,4}\.)\s+(?=\S)")
_CHAT_LINE = re.compile(
    r"^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?<(?P<handle>[^>\s]{1,30})>\s*(?P<rest>.*)$",
    re.DOTALL,
)
# A note's mark before a label: '*' (spoken in another language), a dagger.
_NOTE_MARK = re.compile(r"^[*\u2020\u2021]+\s*(?=[A-Z])")
_HANDLE = re.compile(r"^[a-z][a-z0-9_.\-]{0,29}$")
_WORD = re.compile(r"^[A-Z][^\W\d_]+(?:['\u2019-][^\W\d_]+)*$")


@dataclass(frozen=True)
class Label:
    """A speaker label read from the start of a unit.

    `shape` says what kind of label it is: 'voice' (no one in particular: 'QUESTION'),
    'role' ('The Chair'), 'strong' (an honorific, capitals, an office, bold type), 'full'
    (a plain full name), 'word' (one capitalised word) or 'handle' ('alice').
    """

    printed: str
    rest: str
    shape: str
    kind: str = "remark"
    name: ParsedName | None = None
    affiliation: str = ""
    handle: str = ""
    tool: bool = False  # set apart by a tool (a transcript's or a chat export's label line)
    scribed: bool = False  # a name, a dash and lower case: 'Jane Doe - said …'

    @property
    def folded(self) -> str:
        return fold(self.name.name) if self.name and self.name.name else fold(self.handle)


def read_label(unit: Unit) -> Label | None:
    """The label the unit starts with, or None: the first way of reading one that gives a
    name, a role or a voice (a bold run, a chat handle, a colon, a tool's name-and-time line,
    a dash or a period after capitals). A heading's colon opens its subtitle, never words."""
    if unit.kind is BlockKind.HEADING:
        return None
    marked = _NOTE_MARK.match(unit.text)
    if marked and not unit.bold_lead:
        unit = replace(unit, text=unit.text[marked.end() :])  # '*SHRI K. SELVARAJ: …'
    for split in _splits(unit):
        printed, rest, bold, tool = split
        if not printed or len(printed) > MAX_LABEL:
            continue
        label = _classify(printed, language_note_removed(rest.strip()), bold=bold or tool)
        if label is not None:
            return replace(label, tool=tool)
    # one a line: not a list's item nor a task ('- [ ] Helen \u2014 replies to Faculty')
    lined = unit.kind == BlockKind.PARAGRAPH and not unit.checkbox
    scribed = scribe_dash(unit.text) if lined else None
    label = _classify(*scribed, bold=False) if scribed else None
    if label is not None and label.shape in ("full", "strong", "word") and label.name.name:
        return replace(label, scribed=True)  # taken where the reader finds it a turn
    return None


def _splits(unit: Unit):
    """Ways of reading a label off the unit: (label as printed, the words after it, printed in
    bold, set apart by a tool)."""
    tagged = voice_tag(unit.text) or spoken_row(
        unit.cells if unit.kind is BlockKind.TABLE_ROW else ()
    )
    if tagged:
        yield (*tagged, False, unit.kind is not BlockKind.TABLE_ROW)
    split = _split(unit)
    if split is not None:
        yield (*split, False)
    text = without_timestamp(unit.text)
    if text != unit.text:
        timed = _split(replace(unit, text=text, bold_lead=""))
        if timed is not None:
            yield (*timed, True)
    named = name_and_time(text) or chat_header(unit.text)
    if named:
        yield named, "", False, True
    dashed = dash_or_period_label(text) if unit.kind is not BlockKind.TABLE_ROW else None
    if dashed:
        yield (*dashed, False, False)


def _split(unit: Unit) -> tuple[str, str, bool] | None:
    """(label as printed, the words after it, printed in bold)."""
    text = unit.text
    rest_after_bold = text[len(unit.bold_lead) :].lstrip()
    bracket_then_colon = re.match(r"^(?:\([^()]*\)\s*)+:", rest_after_bold)
    if (
        unit.bold_lead
        and text.startswith(unit.bold_lead)
        and len(unit.bold_lead) < len(text)
        and not bracket_then_colon  # '**The President** (spoke in French): …': the colon's
    ):
        rest = text[len(unit.bold_lead) :].lstrip()
        label = unit.bold_lead.strip()
        if rest.startswith((":", "\u2013", "\u2014", "-")) and not label.endswith(":"):
            rest = rest[1:]
        elif not label.endswith(":") and rest[:1].islower():
            return None  # '**Ms Okwuosa** presented her report': a name in a sentence
        return label.rstrip(":.\u2013\u2014- ").strip(), rest, True
    chat = _CHAT_LINE.match(text)
    if chat:
        return chat.group("handle"), chat.group("rest"), False
    saved = chat_message(text)
    if saved:
        return saved[0], saved[1], False
    colon = _first_colon(text)
    if colon is None:
        return None
    rest = text[colon + 1 :]
    if rest and not rest[0].isspace():
        return None  # "10:30", "http://", "Re:Subject"
    return text[:colon].strip(), rest, bool(unit.bold and unit.bold_lead)


def _first_colon(text: str) -> int | None:
    """Where the label's colon is: the first one outside brackets, near the start."""
    depth = 0
    for i, char in enumerate(text[: MAX_LABEL + 1]):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(depth - 1, 0)
        elif char == ":" and depth == 0:
            if text[i - 1 : i].isalpha() and text[i + 1 : i + 2].isalpha():
                continue  # a colon inside a word ('Elin S:t Clair:'), not the label's
            return i
        elif char in ".?!" and depth == 0 and text[i + 1 : i + 2] == " " and _ends(text[:i]):
            return None  # a sentence ended before any colon
    return None


def _ends(text: str) -> bool:
    """A full stop after this ends a sentence (after 'Mr', 'Q14', 'hon' or an initial, 'A.B'
    too, it does not)."""
    return not re.search(r"(?:^|\s)(?:[A-Z][A-Za-z]{0,3}|hon|rt|Q\d*|\d+|(?:[A-Z]\.)+[A-Z])$", text)


def _classify(printed: str, rest: str, *, bold: bool) -> Label | None:
    # A note's mark before the name ('*SHRI K. SELVARAJ'), an honorific in brackets
    # ('DR. (SHRIMATI) KAVITA NAIR'): neither is part of the name.
    label, kind = honorific_in_brackets(printed.lstrip("*\u2020 ").strip()), "remark"
    number = _QUESTION_NUMBER.match(label)
    if number:
        label, kind = label[number.end() :], "question"
    label, described = descriptors(label)
    kind = kind_of(described) or kind
    label, place = place_removed(label)
    label, inner, affiliation = brackets(label)
    affiliation = affiliation or place
    folded = fold(label).strip().replace(".", "")  # 'Some hon. members', 'Hon. Members'
    asked = _VOICE_FROM.match(label)
    if asked:
        # 'Question from Mr Tom Hale:', 'Comment by Cllr Ahmed:': the voice, and who it is.
        who = asked.group("who").split(",")[0]  # 'Jo Bloggs, Norbridge Cycling Campaign'
        named = parse_name(who) or _holder(who)
        if named is not None and not (named.name or named.role):
            named = None  # 'Question from the floor': no one in particular
        if named is None:
            named = _named_with_descriptor(inner or affiliation)  # '… floor (Jo Okafor, History)'
        kind = UNNAMED_VOICES.get(fold(asked.group("voice")), "remark")
        return Label(printed, rest, "voice", kind=kind, name=named)
    if folded in UNNAMED_VOICES:
        # 'Answer (Treasurer):', 'A (Regional Organiser):', 'Q (Cllr Ahmed):': the voice's
        # holder or office in brackets says who it is.
        held = _holder(inner or affiliation)
        return Label(printed, rest, "voice", kind=UNNAMED_VOICES[folded], name=held)
    if _POINT.match(label):
        # 'Point of information (Dan Hale, Engineering):': a member rising on a point.
        named = _named_with_descriptor(inner or affiliation) or _holder(inner)
        if named is None:
            return None  # 'Point of order: …' alone heads the record's account of it
        return Label(printed, rest, "voice", kind="remark", name=named)
    if is_anonymous(label) or someone(label) or lay_voice(label):
        return Label(printed, rest, "voice", kind=kind)  # 'A resident:', 'Woman villager:'
    if asks := member_asks(label):
        return Label(printed, rest, "voice", kind=asks)  # 'Governor question:'
    office = _OFFICE_OF.match(label)
    if office and not inner and take_role(office.group("office").split()):
        # 'Director of Finance:', 'The Minister for Health:': an office of a department.
        role = re.sub(r"^the\s+", "", office.group(0), flags=re.IGNORECASE)
        return Label(printed, rest, "role", kind=kind, name=ParsedName("", "", role))
    if folded in BENCH:
        # 'THE COURT:', 'The Bench:': the judge, a role like 'The Chair'.
        return Label(printed, rest, "role", kind=kind, name=ParsedName("", "", BENCH[folded]))
    if (office := definite_office(label)) and not inner and not take_role(label.split()[1:]):
        # 'THE INSPECTOR:', 'The Harbour Master:': an office, whoever the record says holds it.
        return Label(printed, rest, "role", kind=kind, name=ParsedName("", "", office))
    if folded in NOT_SPEAKERS or folded.rstrip("s") in NOT_SPEAKERS:
        return None
    if _HANDLE.match(label):
        return Label(printed, rest, "handle", kind=kind, handle=label)
    parsed = parse_name(label)
    seat = MEMBER_OFFICE.match(label)
    if seat:
        # 'Council Member Lee': the seat, then the member, a surname or a full name.
        after = label[seat.end() :]
        named = parse_name(after) or (ParsedName(after) if _WORD.match(after) else None)
        if named is not None and named.name and not named.role:
            office = " ".join(title_case(w) for w in seat.group("office").split())
            parsed = ParsedName(named.name, named.honorific, office)
    if parsed is None and _WORD.match(label) and fold(label) not in HEADING_WORDS:
        parsed = ParsedName(name=label)  # 'Kenji:', 'Amina:': a first name or a nickname
    if parsed is None and (posted := post_after_name(label)):
        # '**Greg Pawlowski, Sawmill Road:**', 'Ms. Ann Lee, parent:': a member of the public
        # with where they live or who they are, in bold or after an honorific ('Mr D
        # Fairweather, a shareholder, asked:' reports the question); 'Ann Lee, Director,
        # Office of Science Policy:', 'Tom Park, Acme Corp:': a post or a body in capitals.
        name, described, capitalised = posted
        named = parse_name(name)
        # words said after it start a sentence ('Main Street, Elm Street: both closed' do not)
        said = bool(rest) and (rest[0].isupper() or rest[0] in "\"'\u201c(")
        printed_with = (
            (capitalised and said) or ((bold or named.honorific) and "," not in described)
            if named is not None
            else False
        )
        if printed_with and named.name and named.is_full:
            parsed, affiliation = named, affiliation or described
    if (
        inner
        and (parsed is None or not parsed.name)
        and take_role(label.split()[1:] if fold(label).startswith("the ") else label.split())
    ):
        # 'The Chair (Mr. John Smith (Toronto, Lib.))', 'The Minister for Transport (Ms Naledi
        # Forsyth)': the office, then who holds it.
        named = parse_name(inner)
        if named and named.name:
            office = re.sub(r"^the\s+", "", label, flags=re.IGNORECASE)
            parsed = ParsedName(named.name, named.honorific, office)
    if parsed is None:
        return None
    shape = _shape(label, parsed, bold=bold)
    if shape is None:
        return None
    return Label(printed, rest, shape, kind=kind, name=parsed, affiliation=affiliation)


def _named_with_descriptor(bracketed: str) -> ParsedName | None:
    """The person a bracket names before a comma: 'Jess Okafor, History', 'Cllr Ahmed, Ward 3'."""
    first, comma, _ = bracketed.partition(",")
    if not comma:
        return None
    parsed = parse_name(first.strip())
    if parsed is None or not parsed.name or not (parsed.honorific or parsed.is_full):
        return None
    return parsed


def _holder(bracketed: str) -> ParsedName | None:
    """The person or office a voice's brackets name ('Cllr Ahmed', 'Treasurer'), if any; a
    name without an honorific is read as an office, and resolved as a name if none holds it."""
    if not bracketed:
        return None
    words = bracketed.split()
    role = take_role(words)
    if role and not words:
        return ParsedName(name="", role=role)
    parsed = parse_name(bracketed)
    if parsed is not None and parsed.name and parsed.honorific:
        return parsed
    if _WORD.match(words[0]) and len(bracketed.split()) <= 4:
        # 'Regional Organiser': an office, or the name of someone met ('Jane Doe').
        return ParsedName(name="", role=bracketed)
    return None


def _shape(label: str, parsed: ParsedName, *, bold: bool) -> str | None:
    if not parsed.name:
        return "role"
    if parsed.honorific or parsed.role or bold or (label.isupper() and len(label) > 2):
        return "strong"
    if parsed.is_full:
        return "full"
    if _WORD.match(label) and fold(label) not in HEADING_WORDS:
        return "word"
    return None


def is_role_label(label: Label) -> bool:
    return label.shape == "role" or bool(label.name and label.name.role and not label.name.name)


def name_on_its_own_line(unit: Unit) -> Label | None:
    """A speaker printed on a line of their own above their words, as Hansard does: 'Mrs Gwen
    Harcourt (Wyebridge) (Lib Dem)', 'Mr Baines', 'The Minister for Transport (Ms N. Forsyth)'."""
    text = unit.text
    if ":" in text or len(text) > MAX_LABEL or (re.search(r"[.!?]$", text) and ")" not in text):
        return None
    label = _classify(text, "", bold=bool(unit.bold))
    if label is None or label.shape not in ("strong", "full") or not label.name.name:
        return None
    return label
