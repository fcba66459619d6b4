"""The words printed beside a name in a list, put where they belong: the person's role, the
body they are of, or notes on how they attended that are neither."""

import re
from dataclasses import dataclass

from .attendance_roles import (
    CHAIR_MARK,
    NAME_JOINERS,
    ends_in_office,
    is_organisation,
    last_word,
    names_a_body,
    office_of_a_body,
)
from .names import ParsedName, fold, looks_like_office, looks_like_organisation, take_role
from .words import TITLE_WORDS

_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")

# How someone attended, printed after their role: '(via Zoom)', '(by telephone)', '(from 7.45pm)'.
_ATTENDED = re.compile(
    r"\s*\((?:via|by|on|from|until|till|to|left|arrived|joined|attending|online|remote(?:ly)?|"
    r"virtual(?:ly)?|in person|part|excused)\b[^()]*\)$",
    re.IGNORECASE,
)

# A note on how someone attended, among the notes in their brackets.
_MODE_NOTE = re.compile(
    r"^(?:remote(?:ly)?|online|virtual(?:ly)?|in person|(?:by|via|on) [\w -]{2,20}|"
    r"items? [\w ,&-]{1,20} only|part(?: of the meeting)?|(?:from|until|left|arrived) .{1,30})$",
    re.IGNORECASE,
)

# A note that someone attended only in part: 'for item 3 only', 'items 4-6 only'.
_ONLY_FOR = re.compile(r"^(?:for\s+)?(?:agenda\s+)?(?:items?|part)\b[\w ,&.-]{0,30}?\bonly$", re.I)

# Words after a role that go on with it: whom the holder stands for.
GOES_ON_WITH_ROLE = re.compile(
    r"^(?:representing|on behalf of|acting for|appearing for|for the)\s", re.IGNORECASE
)

# A part of a body named after a role ('Primary Care Division', 'Business Services').
_PARTS_OF_A_BODY = {
    "division", "branch", "section", "unit", "services", "directorate", "team", "office",
    "programme", "program", "group",
}  # fmt: skip
DASH = re.compile(r"\s+[\u2013\u2014-]{1,2}\s+")


@dataclass
class Entry:
    """One person of a list: the name as parsed, the role and organisation printed beside it."""

    name: ParsedName
    role: str = ""
    organisation: str = ""
    group: str = ""
    marked: bool = False  # printed with a mark ('*Ann Lee') that a key line may explain


def bracketed(entry: Entry, text: str) -> None:
    """What follows a name in brackets: a note ('excused'), a country, or a role; several of
    them parted by commas ('KU Leuven, Coordinator, chair', 'CMCC, WP5 lead, remote')."""
    text = text.strip()
    parts = [part.strip() for part in split_outside_brackets(text, ",")]
    notes = any(_MODE_NOTE.match(part) for part in parts)
    kept = [part for part in parts if not _MODE_NOTE.match(part)]
    if text[:1].islower() and notes and kept:
        return bracketed(entry, ", ".join(kept))  # '(outside counsel, item 4 only)'
    if len(parts) > 1 and text[:1].isupper() and (names_a_body(parts[0]) or notes):
        for k, part in enumerate(parts):
            if _MODE_NOTE.match(part):
                continue  # 'remote', 'item 3 only': how they attended
            first_a_body = k == 0 and names_a_body(part)
            if not entry.organisation and (first_a_body or is_organisation(part)):
                entry.organisation = part
            elif entry.organisation and _a_place(part):
                entry.organisation = f"{entry.organisation}, {part}"  # '(CESBIO, Toulouse)'
            else:
                entry.role = ", ".join(filter(None, [entry.role, part]))
        return
    if not text or (text[0].islower() and not _lower_case_office(text)):
        return  # '(excused)'; but '(ward councillor)' is a role printed in lower case
    words = text.split()
    named = all(w[0].isupper() or w.casefold() in NAME_JOINERS for w in words)
    # A body's full name ('British Medical Association'), not a post or a department
    # ('Head of Planning Services', 'Legal Services', 'President, Students' Union').
    body = (
        len(words) >= 3
        and "," not in text
        and looks_like_organisation(text)
        and fold(words[0]) not in TITLE_WORDS
        and not (take_role(list(words)) or ends_in_office(words))
    )
    if named and (body or (len(words) <= 6 and not looks_like_office(text))):
        # 'Mr. Ruiz (Chile)', 'Dr Amir Siddiqui (British Medical Association)'
        entry.organisation = entry.organisation or text
    elif not entry.role:
        entry.role = text
    elif CHAIR_MARK.fullmatch(f"({text})"):
        entry.role = f"{entry.role} ({text})"  # 'Ann Lee (Mayor) (Chair)': she took the chair
    else:
        entry.role = f"{entry.role}, {text}"


def _a_place(text: str) -> bool:
    """'Toulouse', 'Lisbon', 'New York' after a body in brackets: where it is, not a post."""
    words = text.split()
    return (
        0 < len(words) <= 2
        and all(w[:1].isupper() for w in words)
        and not (looks_like_office(text) or take_role(list(words)) or ends_in_office(words))
    )


def _lower_case_office(text: str) -> bool:
    """'ward councillor', 'treasurer': a short office printed in lower case, not a note on
    how someone attended ('attending under Standing Order 25', 'by phone')."""
    return (
        len(text.split()) <= 4
        and looks_like_office(text)
        and not _MODE_NOTE.match(text)
        and not re.match(r"attend|present|absent|apolog", text, re.IGNORECASE)
    )


def attribute(entry: Entry, text: str) -> None:
    """Put the printed words where they belong: an organisation, or else the role. How they
    attended ('(via Zoom)', '(from 7.45pm)') is neither; a part of a body after a role
    ('Assistant Superintendent, Business Services') and whom they stand for ('…, representing
    the Minister for Health') go on with the role."""
    text = _ATTENDED.sub("", text.strip().strip(".").strip()).strip()
    if not text or _ONLY_FOR.match(text):
        return
    if (
        entry.role
        and not entry.organisation
        and (GOES_ON_WITH_ROLE.match(text) or last_word(text) in _PARTS_OF_A_BODY)
    ):
        entry.role = f"{entry.role}, {text}"
        return
    if (
        entry.role
        and not entry.organisation
        and re.search(r"\b(?:for|of)\s+\w+$", entry.role)
        and re.search(r"\s(?:and|&)\s", text)
        and len(text.split()) <= 5
        and not (looks_like_organisation(text) or _ACRONYM.search(text))
    ):
        entry.role = f"{entry.role}, {text}"  # 'Minister for Agriculture, Food and the Marine'
        return
    if len(DASH.split(text)) == 2:
        for side in DASH.split(text):  # 'USPHS — Designated Federal Official (DFO)'
            attribute(entry, side)
        return
    if _ACRONYM.fullmatch(text) and not entry.organisation:
        entry.organisation = text  # 'USPHS', 'WHO': a body known by its initials
        return
    words = re.sub(r"\s*\([^()]*\)$", "", text).split()  # 'Company Secretary (minutes)'
    office = bool(take_role(list(words))) or ends_in_office(words) or office_of_a_body(words)
    body = re.search(r"\s*\((?P<body>[A-Z][^()]*)\)$", text)
    if office and body and is_organisation(body.group("body")) and not entry.organisation:
        entry.organisation = body.group("body")  # 'Chair (Scripps Ocean Institute)'
        text = text[: body.start()].strip()
    if looks_like_organisation(text) and not office:
        entry.organisation = f"{entry.organisation}, {text}" if entry.organisation else text
    elif not entry.role:
        entry.role = text
    elif not entry.organisation:
        entry.organisation = text
    else:
        entry.role = f"{entry.role}, {text}"


def split_outside_brackets(text: str, separator: str) -> list[str]:
    parts, depth, current = [], 0, []
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == separator and depth <= 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]
