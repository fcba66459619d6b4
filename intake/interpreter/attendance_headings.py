"""Headings that open an attendance list: 'Members Present', 'Apologies for absence:',
'In attendance', 'Regrets', 'Roll call', in any case, letter-spaced or not."""

import re

from .attendance import entries_in

MAX_GROUP = 120

# A heading about attendance, in any case and wording.
ATTENDANCE_HEADING = re.compile(
    r"^(?P<group>(?:[\w.'\u2019()-]+\s+){0,4}?"
    r"(?:present|absent|apolog(?:y|ies|ised|ized|ises|izes)|regrets|excused|attend(?:ing|ance|ees?)"
    r"|in attendance|in the chair|presiding|roll[- ]call|participants?|participating"
    r"|members|staff|guests|observers|visitors|invitees|quorum|chair(?:ed by)?|chairs"
    r"|(?:vice[- ]|co-?)?chair(?:man|woman|person)?|secretariat|dfo|designated federal officer"
    r"|designated federal official|clerk|recorder|note[- ]?taker|minute[- ]taker|scribe"
    r"|minutes taken by|officers?|councillors|commissioners|directors|trustees|delegates"
    r"|representatives|also|others|witness(?:es)?|speakers|presenters|panel+ists|by telephone"
    r"|apols|board|council|governors|supervisors|aldermen|selectmen|rapporteurs?"
    r"|before|appearances|participated|substitut(?:e|es|ions?|ing)"
    r"|remotely|online|via (?:video|telephone|zoom|teams))"
    r"(?:\s+(?:[\w.'\u2019()-]+\s*){0,4}?)?)\s*(?::\s*(?P<rest>.*)|\s*)$",
    re.IGNORECASE | re.DOTALL,
)
# Headings that are attendance whatever follows ('Present', 'Apologies') — others ('Staff',
# 'Officers') only when names follow them.
SURE_WORDS = re.compile(
    r"\b(?:present|absent|apolog|apols\b|regrets|excused|attend|in the chair|roll[- ]call"
    r"|participants|substitut)",
    re.IGNORECASE,
)


# A sentence before the list: 'The following Trustees, constituting a quorum, were present:',
# 'There were present:', 'Those in attendance were:'.
SENTENCE_HEADING = re.compile(
    r"^(?:there\s+were|the\s+following\b[^:]{0,80}?\s(?:were|was)|those)\s+"
    r"(?P<group>(?:also\s+)?(?:present|absent|in\s+attendance|attending))(?:\s+were)?"
    r"(?:\s+by\s+invitation)?\s*:\s*(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)
# A count of those listed after a heading, no part of the group: 'Members present (14 of 22)',
# 'Apologies (3)', 'Present (12 members)', 'Attendance (7 out of 9)'.
_COUNT = re.compile(
    r"\s*\(\s*\d{1,3}(?:\s*(?:of|out of)\s*\d{1,3})?(?:\s+[a-z]+)?\s*\)\s*$",
    re.IGNORECASE,
)
# A short heading, a dash, then the rest: 'Present \u2013 Ann Lee, Bo Park'.
_DASHED = re.compile(
    r"^(?P<heading>[A-Za-z][A-Za-z ]{2,40}?)\s+[\u2013\u2014-]{1,2}\s+(?P<rest>[^\s\d].*)$",
    re.DOTALL,
)
# Where a new list may start inside a paragraph: at a line's start, or after a sentence's
# end ('… Rebecca Tennant-Liu. Absent: Franklin Moss. Also present: …').
_PART_START = re.compile(r"\n|(?<=[.;])[ \t]+(?=[A-Z][^\n:.;]{0,60}:)")


def attendance_heading(text: str) -> tuple[str, str, bool] | None:
    """(group as printed, entries after the colon, sure) for 'Members Present:' and the like."""
    if len(text) > 600:
        return None
    text = _dashed(unspaced(text))
    sentence = SENTENCE_HEADING.match(text.strip())
    if sentence:
        group = re.sub(r"\s+", " ", sentence.group("group")).capitalize()
        return group, sentence.group("rest").strip(), True
    match = ATTENDANCE_HEADING.match(text.strip())
    if not match:
        return None
    group = _COUNT.sub("", match.group("group").strip().rstrip(":").strip())
    if len(group) > MAX_GROUP or len(group.split()) > 8:
        return None
    if ":" not in text and (len(group.split()) > 5 or re.search(r"[.!?]$", group)):
        return None  # "All members were present." is a sentence, not a heading
    sure = bool(SURE_WORDS.search(group))
    return group, (match.group("rest") or "").strip(), sure


def _dashed(text: str) -> str:
    """'Present \u2013 Ann Lee, Bo Park', 'Apologies - Cy Twain': a heading that is sure to be
    about attendance, set off by a dash instead of a colon, reads as with a colon when people
    follow it ('Present \u2013 the Chair welcomed them' stays a sentence)."""
    dashed = _DASHED.match(text.strip())
    if (
        dashed
        and SURE_WORDS.search(dashed.group("heading"))
        and _lists_people(dashed.group("rest").split("\n")[0])
    ):
        return f"{dashed.group('heading')}: {dashed.group('rest')}"
    return text


def unspaced(text: str) -> str:
    """'A L S O  P R E S E N T:' \u2192 'ALSO PRESENT:', as a letter-spaced heading reads."""
    if not re.match(r"^(?:[A-Za-z] ){3,}", text.strip()):
        return text
    words = re.split(r"\s{2,}", text.strip())
    if len(words) > 1:
        return " ".join(word.replace(" ", "") for word in words)
    # Printed with single spaces only: the word breaks are lost; a heading word at the end
    # is found again ('ALSOPRESENT:' \u2192 'ALSO PRESENT:').
    glued = re.sub(r"(?<=[A-Za-z]) (?=[A-Za-z:])", "", text.strip())
    return re.sub(r"(?i)(?<=\w)(present|absent|attending|attendance)(?=\W*$)", r" \1", glued)


def headed_parts(text: str) -> list[str] | None:
    """'Present: A, B, C\n  D (Treasurer)\nApologies: E\nAlso present: F': the lists of one
    paragraph, each with its heading and the lines it wraps onto; None unless two or more."""
    pieces = _PART_START.split(text)
    parts: list[list[str]] = []
    for piece in pieces:
        headed = ":" in piece or _dashed(piece) != piece
        heading = attendance_heading(piece.strip()) if headed else None
        if heading and (heading[2] or _lists_people(heading[1])):
            parts.append([piece.strip()])
        elif parts:
            parts[-1].append(piece.strip())
        else:
            return None  # words before the first heading: not a paragraph of lists
    if len(parts) < 2:
        return None
    return [_joined(part) for part in parts]


def _lists_people(text: str) -> bool:
    return bool(text and entries_in(text))


def _joined(lines: list[str]) -> str:
    """A list's lines as one text: wrapped lines joined, one-a-line names kept a line each."""
    if lines[0].rstrip().endswith(":"):
        return "\n".join(lines)
    return " ".join(line for line in lines if line)
