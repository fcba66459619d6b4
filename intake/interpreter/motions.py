"""Motions, decisions and actions as minutes word them: a motion with its wording is the
minutes' narrative, even with its outcome beside it; an action given to someone is a record.

Councils, boards and clubs print a motion the same few ways ('A motion was made by X,
seconded by Y, that …', 'Moved by X, seconded by Y, that …', 'Motion by X, second by Y, to
adopt …', 'X moved to approve …', 'A motion to refuse … was moved by …'), and a decision
with its wording after a label ('Agreed: to get a second quote'); the vote count printed
after it does not make the wording procedural.
"""

import re

# The mover named with the wording that follows ('that …', 'to adopt …').
_MOVER = (
    r"(?i:(?:upon|on)\s+(?:the\s+)?)?(?:(?i:(?:it\s+was\s+)?(?:duly\s+)?(?:moved|proposed)"
    r"\s+(?:by\b|and\s+seconded\b)"
    r"|(?:a|the)\s+motion\s+(?:was\s+)?(?:made|moved|proposed|by)\b|motion\s+by\b)"
    r"|(?:(?:[A-Z][\w.'\u2019-]*|[a-z]{1,3})\s+){1,4}(?:moved|proposed)\s+(?=to\s+[a-z]|that\b))"
)
# The period of an honorific inside the sentence ('Motion by Mr. Ocampo, second by …').
_HONORIFIC_STOP = r"(?<=Mr)\.|(?<=Mrs)\.|(?<=Ms)\.|(?<=Dr)\.|(?<=Cllr)\.|(?<=Cr)\."
MOTION_WORDED = re.compile(
    r"^(?:\d{1,3}[.)]\s+)?(?:"
    + _MOVER
    + r"(?:[^.]|"
    + _HONORIFIC_STOP
    + r"){0,200}?\b(?:that|to\s+[a-z]{2,})\b"
    r"|(?i:(?:a|the)\s+motion\s+to\s+[a-z]{2,}))",
)
# A line leading into a resolution's or motion's wording: 'After discussion, the following
# resolution was adopted unanimously:'.
LEADS_INTO_WORDING = re.compile(r"\b(?:resolutions?|motions?)\b[^.]*:$", re.IGNORECASE)
# A decision label with its wording: 'Agreed: to get a second quote', 'Resolved: that …'. (A
# 'MOTION:' line is the record's, worded or not: 'MOTION: to spend …', 'Motion: lot 9. …'.)
DECISION_WORDED = re.compile(
    r"^(?:(?:further\s+)?resolved|agreed)\s*[:\u2013\u2014-]\s*"
    r"(?:that\b|to\s+[a-z]{2,}|(?:approve|adopt|accept|authori[sz]e|endorse|appoint|amend|"
    r"grant|refer|defer|receive|purchase|establish|recommend|ratify|confirm)\b)",
    re.IGNORECASE,
)
# An action given to someone, as action minutes list them: 'IT to review the media-types annex
# before the December call.', 'DC to chase the school', 'Jo and Sam to draft the letter.'
_WHO = r"(?:[A-Z]{2,4}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
ACTION_ASSIGNED = re.compile(
    r"^(?!(?:The|This|That|These|It|We|I|He|She|They|There|In|On|At|Due|Welcome|Thanks|"
    r"According|Prior|Up|Back|Next|Time|How|Moved|Agreed|Resolved|Motion|Members)\b)"
    + _WHO
    + r"(?:\s*(?:,|and|&|/)\s*"
    + _WHO
    # the verb of the action, not a place or office ('Ahlgren to the office of …')
    + r")*\s+to\s+(?!(?:the|a|an|this|that|his|her|their|its|our|my|be)\b)[a-z]{2,}\b"
    r"[^.!?]{0,200}\.?$"
)


def worded_motion(text: str) -> bool:
    """A motion or resolution with its wording, or the line leading into it: narrative."""
    text = text.strip()
    return bool(MOTION_WORDED.match(text) or LEADS_INTO_WORDING.search(text))
