"""A section of next steps or action items: its lines, in the record's voice, are actions
('Maria will send the link …', '@Rafael Quintero add the field …'), procedural records as a
line led by 'Action:' is."""

import re

from .record import Record

# 'Next steps', 'Action items', 'Actions agreed', 'Follow-ups', 'To do', '5. Action points:'.
_ACTION_HEADING = re.compile(
    r"^(?:\d{1,3}[.)]?\s+)?(?:next\s+steps|action\s+(?:items?|points?|list|log|required)|"
    r"actions?(?:\s+agreed|\s+arising)?|agreed\s+actions|follow[- ]?ups?|to[- ]?dos?|tasks)\s*:?$",
    re.IGNORECASE,
)

# What is no action under such a heading: a motion to vote on ('Approve the calendar as
# presented', as a board's 'Action Items' print them) or the record's past-tense account
# ('Trustee Koenig spoke against …', 'After discussion, the Board asked …').
_MOTION = re.compile(
    r"^(?:approve|adopt|table|accept|authori[sz]e|ratify|award|amend|receive|rescind|"
    r"move|moved|motion|resolved?)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|spoke|said|asked|reported|discussed|noted|agreed|explained|presented|"
    r"stated|confirmed|thanked|welcomed)\b",
    re.IGNORECASE,
)


def is_action_heading(title: str) -> bool:
    """'Next steps', 'Action items': a heading over the meeting's actions."""
    return bool(_ACTION_HEADING.match(title.strip()))


def actions_under_headings(record: Record) -> None:
    """The record's lines under an action heading are procedural, but for motions and the
    record's past-tense account."""
    for panel in record.panels:
        if not is_action_heading(panel.title):
            continue
        for statement in panel.statements:
            if (
                statement.speaker is None
                and statement.kind == "narrative"
                and not _MOTION.match(statement.text)
                and not _PAST.search(" ".join(statement.text.split()[:12]))
            ):
                statement.kind = "procedural"
