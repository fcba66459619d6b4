"""What is printed beside a name in a list: an office or a body, and the notes on what the
holder did at this meeting ('(minutes)', 'for item 5', '(Chair)') that are no part of the role."""

import re

from .names import looks_like_office, looks_like_organisation, take_role
from .words import TITLE_WORDS

OFFICE_WORDS = {
    "secretary", "clerk", "treasurer", "chair", "chairman", "chairperson", "director",
    "officer", "manager", "president", "registrar", "adviser", "advisor", "counsel",
    "coordinator", "co-ordinator", "member", "superintendent", "guardian", "lead", "head",
    "inspector", "administrator", "executive", "minister", "representative", "trustee",
    "organiser", "organizer",
}  # fmt: skip

# The last words of posts that no one has for a surname: a capitalised 'Regional Organiser'
# after a name is that person's post, never a second person.
POSTS_NOT_NAMES = {
    "organiser", "organizer", "coordinator", "co-ordinator", "administrator", "secretary",
    "treasurer", "director", "manager", "officer", "registrar", "superintendent", "trustee",
    "representative", "inspector", "adviser", "advisor", "chairperson", "executive",
}  # fmt: skip


# Small words inside a body's name: 'University of Leeds', 'Czech Technical University in
# Prague', 'Institut für Geodäsie', 'Universidad de Chile'.
NAME_JOINERS = frozenset(
    {"of", "and", "the", "for", "&", "in", "at", "on", "de", "du", "des", "la", "le", "für",
     "y", "e", "di", "del", "da", "van", "von", "der"}
)  # fmt: skip


def names_a_body(text: str) -> bool:
    """'KU Leuven', 'DTU', 'IMGW-PIB': a name in capitals, no post ('Executive Dean', 'Head of
    School', 'Deputy Director-General' are posts, though every word is capitalised)."""
    words = text.split()
    return (
        0 < len(words) <= 6
        and all(w[:1].isupper() for w in words if w.casefold() not in NAME_JOINERS)
        and not (take_role(list(words)) or ends_in_office(words) or _a_post(words))
    )


def _a_post(words: list[str]) -> bool:
    """'Executive Dean', 'Head of School', 'Deputy Director-General': words of an office and
    none of a body's name; a post of a body ('Head of …'); an office joined by a hyphen."""
    text = " ".join(words)
    hyphened = words[-1].split("-") if words else []
    return (
        (looks_like_office(text) and not looks_like_organisation(text))
        or office_of_a_body(words)
        or (len(hyphened) > 1 and ends_in_office(hyphened[:1]))
    )


def is_organisation(text: str) -> bool:
    words = text.split()
    return looks_like_organisation(text) and not (take_role(list(words)) or ends_in_office(words))


def office_of_a_body(words: list[str]) -> bool:
    """'Counsel to the Board', 'Clerk to the Committee', 'Head of Planning': a post of a body."""
    first = ends_in_office(words[:1])
    return first and len(words) > 2 and words[1].casefold() in ("to", "of", "for")


def last_word(text: str) -> str:
    words = text.split()
    return words[-1].strip(".,()").casefold() if words else ""


def ends_in_office(words: list[str]) -> bool:
    """'University Secretary', 'City Clerk': a post, though it names a body first."""
    last = words[-1].strip(".,()").casefold() if words else ""
    return last in OFFICE_WORDS or last in TITLE_WORDS


# Notes on what part of the meeting someone attended, printed after their role: '(item
# 21/088)', ', for item 5', '(items 3 and 4 only)'. They say nothing of the office held.
_PART = (
    r"(?:for\s+)?(?:agenda\s+)?(?:items?|part)\s+[\w/.-]+"
    r"(?:\s*(?:,|and|&|-|to)\s*[\w/.-]+)*(?:\s+only)?"
)
# Notes on taking the minutes, in a table's column of roles: 'Committee Secretary (minutes)',
# 'Democracy Coordinator (staff, minutes)'.
_MINUTES = (
    r"(?:minutes|notes|taking (?:the )?minutes|note[- ]?tak(?:er|ing)|minute[- ]?tak(?:er|ing)|"
    r"scribe|staff)"
)


def _notes(kind: str) -> re.Pattern:
    return re.compile(
        rf"(?:\s*\(\s*{kind}(?:\s*[,;]\s*{kind})*\s*\)|\s*,\s*{kind})\s*$", re.IGNORECASE
    )


_PART_NOTE, _MINUTES_NOTE = _notes(_PART), _notes(f"(?:{_MINUTES}|{_PART})")
# '(Chair)', '(Chair of Council)', '(in the Chair)' after another role: the holder took the
# chair too ('(Chairman)' of '(in the Chair)' is the role itself: 'President (in the Chair)').
CHAIR_MARK = re.compile(
    r"\s*\((?:(?P<chair>chair(?:man|woman|person)?(?:\s+of\s+[^()]+)?)|in the chair)\)\s*$",
    re.IGNORECASE,
)


def role_notes(role: str) -> tuple[str, str]:
    """(the role without notes on the part of the meeting attended, the office of the chair a
    note after it says the holder took, or ''): 'Consultant Anaesthetist (Chair)' is
    ('Consultant Anaesthetist', 'Chair'); 'President (in the Chair)' ('President',
    'President'); 'Guardian (item 21/088)' ('Guardian', '')."""
    role, chair = _PART_NOTE.sub("", role.strip()).strip() or role.strip(), ""
    mark = CHAIR_MARK.search(role)
    if mark and mark.start() > 0:
        role = _PART_NOTE.sub("", role[: mark.start()]).strip() or role[: mark.start()].strip()
        chair = mark.group("chair") or role
    return role, chair


def without_minutes(role: str) -> str:
    """A table's role without notes on taking the minutes: 'Committee Secretary (minutes)'."""
    bare = role
    while (shorter := _MINUTES_NOTE.sub("", bare).strip()) and shorter != bare:
        bare = shorter
    return bare
