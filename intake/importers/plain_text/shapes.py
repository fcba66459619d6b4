"""What a paragraph is: a heading, a date or place line, a label, a name line, prose."""

import re

from .dates import find_date, is_only_a_date
from .names import HONORIFICS, ParsedName, fold, looks_like_office, parse_name

DOCUMENT_LABEL = re.compile(
    r"^(?:(?:draft|final|official|approved|unofficial|summary|verbatim)\s+)?"
    r"(?:minutes|transcript|record|summary|proceedings|remarks|notes|statement|readout)"
    r"(?:\s+(?:of|from|for)\s+(?:the\s+)?(?:meeting|proceedings|session|hearing|"
    r"(?:panel\s+)?discussions?))?\s*:?$",
    re.IGNORECASE,
)
PANEL_HEADING = re.compile(
    r"^(?P<title>(?:panel|session|part|segment|round\s?table|workshop|sitting)\s+"
    r"(?:\d{1,3}|[ivx]{1,5}|one|two|three|four|five|six|seven|eight|nine|ten|[a-h])"
    r"|(?:morning|afternoon|evening|opening|closing|plenary|first|second|third|fourth|final)"
    r"\s+(?:session|panel|plenary|sitting))"
    r"(?:\s*[:.\u2013\u2014-]\s*(?P<topic>\S.*)|\s*)$",
    re.IGNORECASE,
)
META_LABEL = re.compile(
    r"^(?P<label>dates?|times?|when|place|location|venue|where|held at|agenda(?: items?)?|"
    r"subject|re|topic|source|url|web ?page)\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
ATTENDEE_ROLE_LABEL = re.compile(
    r"^(?P<label>dfo|designated federal officer|chair|chairman|chairwoman|chairperson|"
    r"chaired by|presiding|presiding officer|moderator|rapporteur|recorder|note ?taker|"
    r"minutes taken by|secretary|executive secretary|facilitator)\s*:\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
GROUP_LABEL = re.compile(
    r"^(?P<group>(?:(?:board |committee |commission )?(?:members?|staff|commissioners?|"
    r"participants?|attendees?|panelists?|others?|guests?|observers?|delegates?)"
    r"(?:\s+(?:also\s+)?(?:present|attending|in attendance))?)|(?:also\s+)?present|attending|"
    r"in attendance|attendance)\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
LABEL = re.compile(r"^(?P<label>[^:\n]{1,80}?)\s*:(?:\s+(?P<rest>\S.*))?$", re.DOTALL)
QUESTION_LABELS = {"q", "question", "audience member", "audience", "questioner", "participant"}
LIST_ITEM = re.compile(r"^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|[-\u2022*\u2013])\s+\S", re.IGNORECASE)
NUMBERED_ITEM = re.compile(r"^\(?\d{1,3}[.)]\s+\S")
URL = re.compile(r"^https?://\S+$")
_INITIALISM_END = re.compile(r"\b(?:[A-Z]\.){2,}$")  # 'Washington, D.C.' is not a sentence
_SENTENCE_END = re.compile(r"[.!?\u2026]['\"\u201d\u2019)\]]*$")


def is_prose(text: str) -> bool:
    """A sentence or more of running text, not a heading or a line of a header."""
    words = text.split()
    if len(words) > 25:
        return True
    ends_a_sentence = bool(_SENTENCE_END.search(text)) and not _INITIALISM_END.search(text)
    return len(words) >= 2 and ends_a_sentence


def is_bracketed(text: str) -> bool:
    """A stage direction such as '(Laughter.)' or '[Recess]'."""
    return (text[0], text[-1]) in {("(", ")"), ("[", "]")} and len(text) <= 300


def panel_heading(text: str) -> tuple[str, str] | None:
    match = PANEL_HEADING.match(text) if len(text) <= 500 else None
    if not match or len(match.group("title")) > 300:
        return None
    return match.group("title"), (match.group("topic") or "").strip()


def is_place(text: str) -> bool:
    """'Washington, DC', 'Vienna, Austria': a place name and its region or country."""
    parts = [part.strip() for part in text.split(",")]
    if not 2 <= len(parts) <= 3 or len(text) > 60 or re.search(r"\d", text):
        return False
    if fold(text.split()[0]).rstrip(".") in HONORIFICS or looks_like_office(text):
        return False
    word = r"(?:[A-Z][\w\u2019'.-]*|[A-Z]\.(?:[A-Z]\.)+)"
    return all(re.fullmatch(rf"{word}(?:\s+(?:of\s+|the\s+)?{word}){{0,3}}", p) for p in parts)


def dateline(text: str):
    """(date, place) for 'Vienna, Austria, March 3, 2014' or 'January 26, 2012'; else None."""
    if len(text) > 120:
        return None
    found = find_date(text)
    if not found:
        return None
    date, match = found
    if is_only_a_date(text):
        return date, ""
    prefix, suffix = text[: match.start()].strip(" ,\u2013\u2014-"), text[match.end() :].strip(" .")
    if not suffix and is_place(prefix):
        return date, prefix
    return None


def parse_label(text: str) -> tuple[ParsedName | None, str, str] | None:
    """(speaker, rest, kind) for 'MR. DOE: text'; speaker None for a question from the floor."""
    match = LABEL.match(text)
    if not match or META_LABEL.match(text) or GROUP_LABEL.match(text):
        return None
    label, rest = match.group("label").strip(), (match.group("rest") or "").strip()
    if fold(label).rstrip(".") in QUESTION_LABELS:
        return None, rest, "question"
    if "," in label or (ATTENDEE_ROLE_LABEL.match(text) and not is_prose(rest)):
        return None
    parsed = parse_name(label)
    if parsed is None:
        return None
    return parsed, rest, "remark"


def is_strong_label(label: ParsedName, text: str) -> bool:
    """A label that cannot be anything else: a title, an office, or a name in capitals."""
    printed = text.split(":", 1)[0]
    return bool(label.honorific or label.role or (printed.isupper() and len(printed) > 2))


def name_line(text: str) -> tuple[ParsedName, str] | None:
    """(name, attribution) for 'Dr. Khammar Mrabit' or 'Jane Roe, Director of X'."""
    if len(text) > 300 or is_prose(text) or ":" in text:
        return None
    name_part, _, attribution = text.partition(",")
    parsed = parse_name(name_part.strip())
    if parsed is None or not parsed.name:
        return None
    if len(parsed.name.split()) < 2 and not parsed.honorific:
        return None
    return parsed, attribution.strip()


def mentions(text: str, surname: str, *, within: int = 12) -> bool:
    """The first words of the text name this surname ('Mr. Mallin is …', 'Bruno Dupré, a …')."""
    words = [fold(word.strip(",.;:()")) for word in text.split()[:within]]
    return fold(surname) in words
