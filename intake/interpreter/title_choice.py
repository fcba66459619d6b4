"""Which header line names the meeting.

The header of minutes prints the host's banner ('Coldharbour University'), the body's name
('Justice Committee'), the meeting's name ('Oral evidence: The prison estate', 'Minutes of the
Board of Directors Meeting'), bracketed notes and the document's own label. In order: a line
saying whose minutes these are ('Minutes of the … Meeting'); the line the document's own title
(a web page's <title>, a file's title property) repeats; a line naming a meeting; one naming
a body; any line but a banner or a bracketed note; then the rest. A meeting named only by its
number or its date ('88th plenary meeting', 'Minutes of the meeting held on 3 March 2015')
takes the body's name from the header line above it ('Sixth Committee, Summary record of the
20th meeting').
"""

import re
from dataclasses import replace
from itertools import pairwise

from .sections import is_bracketed
from .titles import clean_title
from .units import Unit
from .words import BODY_WORDS, MEETING_WORDS, ORG_WORDS

# 'Session' and 'assembly' name a body's term or the body itself more often than a meeting.
_MEETING_WORDS = MEETING_WORDS - {"session", "assembly", "proceedings", "panel", "plenary"}
_BODY_WORDS = BODY_WORDS | {"senate", "assembly", "parliament", "congress", "synod", "court"}
# 'Minutes of the Board of Directors Meeting', 'Summary record of the 20th meeting'.
_WHOSE_MINUTES = re.compile(
    r"^(?:minutes|summary record|record|summary|notes|transcript)\s+of\s+", re.IGNORECASE
)
# A meeting named only by its number or date: 'the 20th meeting', '8217th meeting'.
_NUMBERED = re.compile(
    r"^(?:(?:minutes|summary record|record|verbatim record|summary)\s+of\s+)?(?:the\s+)?"
    r"(?:(?:\d{1,5}(?:st|nd|rd|th)|[\w-]*(?:first|second|third|[^\W\d]th))\s+)?"
    r"(?:plenary\s+|closed\s+|public\s+)?meeting\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_THE_KIND = re.compile(
    r"^[\w\s]*\b(?:of|from|for)\s+the\s+(?:[^\W\d]+\s+)?(?:meeting|discussion|proceedings|session|hearing|"
    r"sitting|briefing|call|conference|teleconference)s?\s*:?$",
    re.IGNORECASE,
)
# 'HEARING', 'JOINT HEARING BEFORE THE …': the kind on a hearing's cover, under its title.
_HEARING = re.compile(
    r"^(?:(?:joint|field|oversight|legislative)\s+)?hearings?(?:\s+before\b.*)?$", re.I
)
SEGMENTS = re.compile(r"\s+[|\u2013\u2014-]\s+|\s*\|\s*")
# The document's own label: what kind of record it is, not which meeting.
_LABEL = re.compile(
    r"^(?:(?:draft|official|verbatim|full|uncorrected|provisional)\s+)*(?:minutes|transcript|"
    r"record|report of proceedings|verbatim report|debates|hansard|official report|"
    r"proceedings)(?:\s+of\s+(?:the\s+)?proceedings)?$",
    re.IGNORECASE,
)
_STOP = {"of", "the", "and", "for", "on", "in", "a", "an", "to", "at", "by", "with"}
# A banner's words that are rarely the last of a title: 'Rural Bus Services' is a title.
_NOT_BANNER_ENDS = {"service", "services", "program", "programme", "project", "section", "unit"}
AGREEMENT = 0.6  # share of a line's words the document's own title must repeat


def words_of(text: str) -> list[str]:
    return [w.strip(",.;:()[]\u2013\u2014'\u2019\"").casefold() for w in text.split()]


def names_a_meeting(text: str) -> bool:
    return bool(set(words_of(text)) & _MEETING_WORDS)


def names_a_body(text: str) -> bool:
    folded = " ".join(words_of(text))
    return any(re.search(rf"\b{re.escape(word)}\b", folded) for word in _BODY_WORDS)


def is_banner(text: str) -> bool:
    """An organisation's name alone ('Blue Rivers Alliance', 'City of Maple Ridge'): the
    host's banner, not the meeting's name."""
    if names_a_meeting(text) or names_a_body(text):
        return False
    words = [w for w in words_of(text) if w]
    if not words:
        return False
    head = words[: words.index("of")] if "of" in words[1:] else words
    ends = {words[-1], head[-1]} - _NOT_BANNER_ENDS
    return bool(ends & ORG_WORDS)


def whose_minutes(text: str) -> bool:
    return bool(_WHOSE_MINUTES.match(text)) and names_a_meeting(text)


def names_nothing(text: str) -> bool:
    """'Verbatim report of proceedings | Wednesday, 5 June - Strasbourg': the document's
    label with its date and place, which names no meeting."""
    first, *others = SEGMENTS.split(text.strip())
    return bool(_LABEL.match(first.strip())) and not any(
        names_a_meeting(part) or names_a_body(part) for part in others
    )


def is_label(text: str) -> bool:
    return bool(_LABEL.match(text.strip()))


def names_its_meeting(label: str) -> bool:
    """A document label that names the meeting it records ('MINUTES OF SPECIAL MEETING',
    'Summary record of the 20th meeting'), not only its kind ('Summary of the panel
    discussion', 'Transcript of the proceedings')."""
    return names_a_meeting(label) and not _THE_KIND.match(label.strip())


def numbered_only(text: str) -> bool:
    """'88th plenary meeting', 'Minutes of the meeting held on 3rd March 2015': a meeting
    that its number or date names, not its kind or its body."""
    found = _NUMBERED.match(text.strip())
    if not found or names_a_body(text):
        return False
    numbered = re.search(r"\d|first|second|third|[^\W\d]th\b", text[: found.start("rest")], re.I)
    rest = found.group("rest").strip()
    return bool(numbered and not rest) or bool(re.match(r"held\s+on\b|of\s+\d", rest, re.I))


def agreement(text: str, document_title: str) -> int:
    """How many words of the line the document's own title repeats; 0 if too few of them."""
    mine = [w for w in words_of(text) if w and w not in _STOP]
    theirs = set(words_of(document_title))
    shared = [w for w in mine if w in theirs]
    if len(shared) < 2 or len(shared) < AGREEMENT * len(mine):
        return 0
    return len(shared)


def joined(lines: list[Unit]) -> list[list[Unit]]:
    """The lines in groups, a title wrapped after its colon one group ('RURAL WATER
    INFRASTRUCTURE:' / 'REVIEWING USDA … PROGRAMS', printed in one block)."""
    groups: list[list[Unit]] = []
    for unit in lines:
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and last.text.endswith(":")
            and last.block == unit.block
            and last.index == unit.index - 1
        ):
            groups[-1].append(unit)
        else:
            groups.append([unit])
    return groups


def as_one(group: list[Unit]) -> Unit:
    return replace(group[0], text=" ".join(u.text for u in group))


def choose(lines: list[Unit], document_title: str) -> Unit | None:
    """The header line that names the meeting, of the lines (in document order)."""
    if not lines:
        return None
    usable = [u for u in lines if not (is_bracketed(u.text) or names_nothing(u.text))]
    if not usable:
        return None if all(names_nothing(u.text) for u in lines) else lines[0]
    heard = _above_a_hearing(usable)
    if heard is not None:
        return heard
    minutes = [u for u in usable if whose_minutes(u.text)]
    if minutes:
        return minutes[0]
    agreeing = [(agreement(u.text, document_title), u) for u in usable if not is_banner(u.text)]
    best = max((score for score, _ in agreeing), default=0)
    if best:
        return next(u for score, u in agreeing if score == best)
    for test in (names_a_meeting, names_a_body, lambda text: not is_banner(text)):
        found = next((u for u in usable if test(u.text)), None)
        if found is not None:
            return found
    return usable[0]


def _above_a_hearing(lines: list[Unit]) -> Unit | None:
    """A congressional hearing's cover prints its title, then 'HEARING' / 'BEFORE THE' /
    the committee: the title is the line above 'HEARING'."""
    for above, unit in pairwise(lines):
        if _HEARING.match(unit.text.strip()) and not _HEARING.match(above.text.strip()):
            return above
    return None


def body_above(chosen: Unit, lines: list[Unit]) -> str:
    """The body's name on the nearest header line above a meeting named by number alone
    ('Sixth Committee' above 'Summary record of the 20th meeting'); '' if there is none."""
    if not numbered_only(clean_title(chosen.text)):
        return ""  # (the particulars left off: 'held on … in the Senate Chamber' is no body)
    for unit in reversed([u for u in lines if u.index < chosen.index]):
        parts = [p.strip() for p in re.split(r"\s+[\u2013\u2014|-]\s+", unit.text)]
        named = [p for p in parts if names_a_body(p) and not numbered_only(p)]
        if named:
            return named[-1]
    return ""
