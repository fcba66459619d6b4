"""Roll calls written as sentences: 'Directors Chen, Alvarez and Nguyen were present.',
'Present were Commissioners A, B and C.', 'Leave of absence was granted to Dr. M. Khan.',
'Cllr Ward sent apologies.'"""

import re

from .attendance import Entry, entries_in
from .attendance_forms import apologies_sentence

_STATUS = {
    "present": "Present", "also present": "Also present", "absent": "Absent",
    "in attendance": "In attendance", "also in attendance": "Also in attendance",
    "excused": "Excused", "absent and excused": "Absent and excused",
}  # fmt: skip
_STATUS_WORDS = r"(?:also\s+)?(?:present|in\s+attendance)|absent(?:\s+and\s+excused)?|excused"
# 'Directors Chen, Alvarez, Brooks and Nguyen were present', 'Director Ito was absent'.
_NAMES_THEN_STATUS = re.compile(
    rf"^(?:the\s+following\s+(?:members\s+)?)?(?P<who>.+?)\s+(?:were|was)\s+(?P<status>{_STATUS_WORDS})"
    r"(?:\s+(?:at\s+the\s+)?(?:roll\s+call|meeting))?$",
    re.IGNORECASE,
)
# 'Present were Commissioners A, B and C', 'The following members were present: A, B'.
_STATUS_THEN_NAMES = re.compile(
    rf"^(?:(?P<status>{_STATUS_WORDS})\s+(?:were|was)|(?:the\s+)?(?:following\s+)?"
    rf"(?:members|persons|directors|councillors|trustees)\s+(?:were|was)\s+(?P<status2>{_STATUS_WORDS})\s*:)"
    r"\s+(?P<who>.+)$",
    re.IGNORECASE,
)
# 'Leave of absence was granted to Dr. M. Khan' (Indian and Commonwealth houses).
_LEAVE = re.compile(
    r"^leave\s+of\s+absence\s+(?:was|were|had\s+been)\s+granted\s+to\s+(?P<who>.+)$", re.I
)
# 'Cllr Ward sent apologies', 'Ms Lee sent her apologies', 'Mr Park gave his apologies'.
_SENT_APOLOGIES = re.compile(
    r"^(?P<who>.+?)\s+(?:sent|gave|tendered|offered)\s+(?:(?:his|her|their)\s+)?apolog(?:y|ies)"
    r"(?:\s+for\s+absence)?$",
    re.IGNORECASE,
)
# A sentence ends at a full stop after a word, not after an initial or a short title ('Dr.').
_SENTENCE_END = re.compile(r"(?<=[a-z]{3}\.)\s+(?=[A-Z])|(?<=\bnone\.)\s+(?=[A-Z])", re.I)
_NONE = re.compile(r"^(?:none|nil|no\s+one)$", re.IGNORECASE)


def roll_sentences(text: str) -> list[tuple[str, list[Entry]]] | None:
    """(group, entries) for each sentence of a paragraph that is all roll call; else None."""
    apologies = apologies_sentence(text)  # 'Apologies were received from …'
    if apologies:
        return [apologies]
    sentences = [s.strip().rstrip(".") for s in _SENTENCE_END.split(text.strip()) if s.strip()]
    if not sentences or len(text) > 600:
        return None
    found = [_roll_sentence(sentence) for sentence in sentences]
    return found if all(item is not None for item in found) else None  # type: ignore[return-value]


def _roll_sentence(text: str) -> tuple[str, list[Entry]] | None:
    for pattern, group in ((_LEAVE, "Leave of absence"), (_SENT_APOLOGIES, "Apologies")):
        match = pattern.match(text)
        if match:
            entries = entries_in(match.group("who"))
            return (group, entries) if entries else None
    match = _STATUS_THEN_NAMES.match(text) or _NAMES_THEN_STATUS.match(text)
    if not match:
        return None
    status = re.sub(r"\s+", " ", (match.group("status") or match.group("status2") or "").lower())
    who = match.group("who").strip(" :")
    if _NONE.match(who):
        return (_STATUS[status], [])
    entries = entries_in(who)
    return (_STATUS[status], entries) if entries else None
