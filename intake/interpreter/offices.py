"""An office printed before a name in an attendance list ('Town Administrator Greg Boyle',
'Chief Executive Officer, Mr Paul Grant') and a roll call's status after a name."""

import re

from .names import ParsedName, fold, parse_name

# The word an office ends on, as local government, boards and companies print their officers
# before the name: 'Town Administrator', 'Recording Secretary', 'District Counsel'.
_OFFICE_ENDS = {
    "administrator", "manager", "clerk", "secretary", "attorney", "solicitor", "counsel",
    "engineer", "planner", "officer", "director", "treasurer", "superintendent", "auditor",
    "accountant", "coordinator", "co-ordinator", "assistant", "executive", "librarian",
    "inspector", "advisor", "adviser", "recorder", "registrar", "controller", "comptroller",
    "assessor", "chairman", "chairwoman", "chairperson", "chair", "president", "mayor",
    "trustee", "councillor", "councilor", "head", "lead", "specialist", "analyst",
    "consultant", "minister", "provost", "principal", "governor", "commissioner", "member",
    "supervisor", "chief", "ceo", "cfo", "coo", "cio", "cto",
}  # fmt: skip
_CONNECTORS = {"of", "for", "and", "&", "to", "the"}
_MAX_OFFICE_WORDS = 6
_OFFICE_WORD = re.compile(r"^[A-Z][\w'\u2019&-]*\.?$")  # 'Hon.', 'Asst.'
# How a roll call marks each name: 'Commissioner Alvarez - Present', '... - absent (excused)'.
_STATUS = re.compile(
    r"^(?P<status>present|absent|excused|apologies|apologi[sz]ed|late|not present)\b"
    r"(?:\s*\([^()]*\))?(?:\s+(?:via|by|on|in|from|at|until|remotely|online)\b.*)?\.?$",
    re.IGNORECASE,
)


def office_first(text: str) -> ParsedName | None:
    """'Town Administrator Greg Boyle' or 'Minute Secretary, Mrs Kim Tran': the person, with
    the office printed before the name as the role; None for anything else."""
    text = text.strip().rstrip(".;").strip()
    office, comma, rest = text.partition(",")
    if comma:
        words = office.split()
        if "," in rest or not _is_office(words, ends=False):
            return None
        return _holder(office, rest)
    words = text.split()
    for k in range(len(words) - 3, -1, -1):
        if fold(words[k]) in _OFFICE_ENDS and _is_office(words[: k + 1], ends=True):
            return _holder(" ".join(words[: k + 1]), " ".join(words[k + 1 :]))
    return None


def _is_office(words: list[str], *, ends: bool) -> bool:
    """Capitalised words of an office: ending on an office word, or (before a comma) with one."""
    if not words or len(words) > _MAX_OFFICE_WORDS or not words[0][:1].isupper():
        return False
    if not all(_OFFICE_WORD.match(w) or w.casefold() in _CONNECTORS for w in words):
        return False  # 'Present: Mayor': a heading's colon, no office
    if ends:
        return fold(words[-1]) in _OFFICE_ENDS
    return any(fold(w) in _OFFICE_ENDS for w in words)


def _holder(office: str, name: str) -> ParsedName | None:
    parsed = parse_name(name.strip())
    if parsed is None or parsed.role or len(parsed.name.split()) < 2:
        return None
    return ParsedName(name=parsed.name, honorific=parsed.honorific, role=office.strip())


def roll_status(text: str) -> str:
    """'Present', 'absent', 'Absent (excused)' → the status as printed ('Absent'), else ''."""
    match = _STATUS.match(text.strip())
    return match.group("status") if match else ""
