"""Who was there: lists under a heading that says who was present, absent, apologised,
attending or in the chair — each entry a person with the group they were listed in and the
role printed beside them. Never a panel line-up, never a statement."""

import re
from dataclasses import dataclass

from .attendance_names import surname_first, without_whom_replaced
from .label_shapes import is_anonymous
from .names import (
    POST_NOMINALS,
    ParsedName,
    fold,
    looks_like_office,
    looks_like_organisation,
    parse_name,
    take_role,
)
from .offices import office_first, roll_status
from .words import TITLE_WORDS

_PANEL_NUMBER = re.compile(r"^(?:[IVX]{1,4}|\d{1,2})\s*[:.)]\s+(?=[A-Z])")
_LEADERS = re.compile(r"(?:\s*\.){3,}\s*")
_LED = re.compile(r"^(?P<body>[^.:]{2,80}?)\s*(?:\.\s*){3,}(?P<name>\S.{1,120})$")
_POST_NOMINALS = re.compile(rf"(?:{POST_NOMINALS.pattern}\s*)+")
_PLURAL_OFFICE = re.compile(
    r"^(?P<office>councillors|councilors|council\s?members|selectmen|board\s+members|"
    r"trustees|directors|senators|commissioners|legislators|"
    r"supervisors|aldermen|delegates|representatives|governors|members|professors|drs)\s+(?=[A-Z])",
    re.IGNORECASE,
)
_NAME_IN_BRACKETS = re.compile(
    r"^(?P<office>[^()]{2,80}?)\s*\((?P<name>[^()]+)\)\s*(?P<after>[^()]*)$"
)
_DASH = re.compile(r"\s+[\u2013\u2014-]{1,2}\s+")
_ROLE_IN_BRACKETS = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<inside>[^()]*)\)\s*(?P<after>.*)$")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
_OFFICE_WORDS = {
    "secretary", "clerk", "treasurer", "chair", "chairman", "chairperson", "director",
    "officer", "manager", "president", "registrar", "adviser", "advisor", "counsel",
    "coordinator", "co-ordinator", "member", "superintendent", "guardian", "lead", "head",
    "inspector", "administrator", "executive", "minister", "representative", "trustee",
}  # fmt: skip
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
# A note-taking tool's link to a person's page: '[[Dr Ann Lee]]', '[[ann-lee|Ann Lee]]'.
_WIKI_LINK = re.compile(r"\[\[(?P<page>[^\[\]|]+)(?:\|(?P<shown>[^\[\]]+))?\]\]")
# A note that someone attended only in part: 'for item 3 only', 'items 4-6 only'.
_ONLY_FOR = re.compile(r"^(?:for\s+)?(?:agenda\s+)?(?:items?|part)\b[\w ,&.-]{0,30}?\bonly$", re.I)
# Words after a role that go on with it: whom the holder stands for.
_GOES_ON_WITH_ROLE = re.compile(r"^(?:representing|on behalf of|acting for|for the)\s", re.I)
# A part of a body named after a role ('Primary Care Division', 'Business Services').
_PARTS_OF_A_BODY = {
    "division", "branch", "section", "unit", "services", "directorate", "team", "office",
    "programme", "program", "group",
}  # fmt: skip
MARKS = "*\u2020\u2021"  # marks before a name that a key explains ('*attended')
# A count of people in a list: '4 members of the public', 'twelve residents', '23 unit owners'.
_HEADCOUNT = re.compile(
    r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:members?|residents?|owners?|people|persons?|guests?|observers?|"
    r"visitors?|tenants?|parents?|staff|others?|attendees?|participants?)\b.*$"
    r"|^\d{1,4}\s+(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+s$",  # '61 Corporators', '12 Councillors'
    re.IGNORECASE,
)
# Letters of a service or degree after a name: 'I.A.S.', 'O.B.E.'.
_LETTERS = re.compile(r"(?:[A-Z]\.){2,5}")
_SURNAME = re.compile(
    r"^(?:Mc|Mac|O'|D')?[A-Z][a-z\u00c0-\u024f'\u2019-]+(?:\s[A-Z][a-z'\u2019-]+)?$"
)


@dataclass
class Entry:
    """One person of a list: the name as parsed, the role and organisation printed beside it."""

    name: ParsedName
    role: str = ""
    organisation: str = ""
    group: str = ""
    marked: bool = False  # printed with a mark ('*Ann Lee') that a key line may explain


def entries_in(text: str, *, single_words: bool = False) -> list[Entry] | None:
    """The people a line lists ('Ms. Ann Lee, Chair; Mr. Bo Park', 'A Smith, B Jones and
    C Brown', 'Jane Roe (Acme)', 'Jo Bell - Treasurer'); None unless every part is a person."""
    led = _LED.match(text.strip())
    if led:
        # 'Chile . . . . . Mr. Ruiz': a delegation and its member, joined by leaders.
        entries = entries_in(led.group("name"), single_words=single_words)
        for entry in entries or []:
            entry.organisation = entry.organisation or led.group("body").strip()
        return entries
    text = _LEADERS.sub(" ", text).strip().rstrip(".;,").strip()
    text = _WIKI_LINK.sub(lambda m: m.group("shown") or m.group("page"), text)
    text = _PANEL_NUMBER.sub("", text)  # 'I: Dame Frances Oduya, …', 'II: Tamsin Rowe, …'
    text = re.sub(r";\s*and\s+", "; ", text)
    if not text or len(text) > 2000 or text.endswith(("?", "!")):
        return None
    found: list[Entry] = []
    for part in split_outside_brackets(text, ";"):
        part = surname_first(part)
        entries = _comma_list(part, single_words)
        if entries is None and (holder := office_first(part)):
            entries = [Entry(holder)]  # 'Minute Secretary, Mrs Kim Tran': the office first
        if entries is None:
            return None
        found.extend(entries)
    return found or None


def _comma_list(text: str, single_words: bool) -> list[Entry] | None:
    """Commas part people, and part a person from the role and organisation printed after.

    A plural office ('Councillors A Smith, B Jones') is the role of each name it heads.
    """
    entries: list[Entry] = []
    office, headed = "", []
    for part in split_outside_brackets(text, ","):
        bare = re.sub(r"^(?:and|&)\s+", "", part.strip())
        if _POST_NOMINALS.fullmatch(bare) or _HEADCOUNT.match(bare) or _LETTERS.fullmatch(bare):
            continue  # 'Marcus Ellery, MD, MPH': degrees; '… and 61 Corporators': no one
        if is_anonymous(bare):
            continue  # 'Galaxy A12', 'Call-in user 4': a device or a line, not a person
        part = without_whom_replaced(part)
        plural, part = _plural_office(re.sub(r"^(?:and|&)\s+", "", part))
        office = plural or office
        # Under a plural office ('Senators Askew, Brennan'), a surname alone is a person.
        alone = single_words or bool(office)
        people = _names_joined_by_and(part, alone) or _entry_with_attribution(part, alone)
        if people:
            if office:
                headed += [e for e in people if not (e.name.role or e.role)]
            entries.extend(people)
        elif entries and _is_attribution(part):
            _attribute(entries[-1], part)
        else:
            return None
    # 'Councillors A Smith, B Jones': their office; 'Senators Askew, Brennan, Dean Smith': the
    # house's members, named by surname, its title no role.
    if not any(len(entry.name.name.split()) == 1 for entry in headed):
        for entry in headed:
            entry.role = office
    return entries or None


def _plural_office(text: str) -> tuple[str, str]:
    """'Councillors A Smith, B Jones and C Brown': the office each of them holds."""
    match = _PLURAL_OFFICE.match(text)
    if not match:
        return "", text
    word = match.group("office")
    singular = re.sub(r"men$", "man", word[:-1] if word.lower().endswith("s") else word)
    return singular[:1].upper() + singular[1:].lower(), text[match.end() :]


def _names_joined_by_and(part: str, single_words: bool) -> list[Entry] | None:
    pieces = re.split(r"\s+(?:and|&)\s+", part)
    if len(pieces) < 2:
        return None
    entries = [_entry_with_attribution(piece, single_words) for piece in pieces]
    if not all(entries):
        return None
    return [e for found in entries for e in found]


def _entry_with_attribution(text: str, single_words: bool) -> list[Entry] | None:
    """'Ms. Ann Lee' or 'Ann Lee (Chair)' or 'Jo Bell - Treasurer' or 'Ann Lee, Chair'."""
    text = text.strip().rstrip(".").strip()
    if text[:1] in MARKS:
        found = _entry_with_attribution(text[1:], single_words)
        for entry in found or []:
            entry.marked = True
        return found
    if not text:
        return None
    bracketed = _ROLE_IN_BRACKETS.match(text)
    if (
        bracketed
        and re.fullmatch(r"(?:\([^()]*\)\s*)*", bracketed.group("after"))
        and not _DASH.search(bracketed.group("name"))  # 'Ann Lee \u2013 Secretary (minutes)'
    ):
        # 'Ann Lee (Chair)', 'Mr. Biang (Vice-Chair) (Gabon)': notes in brackets, one or more.
        person = _person(bracketed.group("name"), single_words)
        if person:
            entry = Entry(person)
            _bracketed(entry, bracketed.group("inside"))
            for note in re.findall(r"\(([^()]*)\)", bracketed.group("after")):
                _bracketed(entry, note)
            return [entry]
    reversed_ = _NAME_IN_BRACKETS.match(text)
    if reversed_:
        # 'The Vice-Chancellor (Professor Sian Okereke) in the Chair': office first.
        person = _person(reversed_.group("name"), single_words)
        office = re.sub(r"^the\s+", "", reversed_.group("office"), flags=re.IGNORECASE)
        if person and _is_attribution(office):
            entry = Entry(person)
            _attribute(entry, ", ".join(filter(None, [office, reversed_.group("after")])))
            return [entry]
    dash = _DASH.split(text, maxsplit=1)
    if len(dash) == 2:
        person = _person(dash[0], single_words)
        if person and roll_status(dash[1]):
            return [Entry(person, group=roll_status(dash[1]))]  # 'Cllr Alvarez - Present'
        if person and _is_attribution(dash[1]):
            entry = Entry(person)
            _attribute(entry, dash[1])
            return [entry]
    if "," in text:
        first, _, after = text.partition(",")
        person = _person(first, single_words)
        if person and all(_is_attribution(p) for p in after.split(",")):
            entry = Entry(person)
            for piece in after.split(","):
                _attribute(entry, piece)
            return [entry]
        return None
    person = _person(text, single_words)
    return [Entry(person)] if person else None


def _person(text: str, single_words: bool) -> ParsedName | None:
    parsed = parse_name(text.strip()) or office_first(text)
    if parsed is None and single_words and _SURNAME.match(text.strip()):
        parsed = ParsedName(name=text.strip())  # 'Senators Askew, Brennan': a surname alone
    if parsed is None or not parsed.name:
        return None
    if parsed.role and not parsed.honorific and _last_word(parsed.name) in _OFFICE_WORDS:
        return None  # 'Deputy Permanent Representative': an office, every word of it
    if parsed.is_full or parsed.honorific or parsed.role or single_words:
        return parsed
    return None


def _is_attribution(text: str) -> bool:
    """A role or organisation printed beside a name: words, but not another person."""
    text = text.strip()
    if not text or len(text) > 200 or (re.search(r"[.!?]$", text) and len(text.split()) > 8):
        return False
    if _ends_in_office(text.split()) and not re.match(r"[A-Z][a-z]+\s[A-Z][a-z]+$", text):
        return True  # 'Deputy Permanent Representative': an office, though it reads as a name
    parsed = parse_name(text)
    return parsed is None or not parsed.name or not (parsed.is_full or parsed.honorific)


def _bracketed(entry: Entry, text: str) -> None:
    """What follows a name in brackets: a note ('excused'), a country, or a role; several of
    them parted by commas ('KU Leuven, Coordinator, chair', 'CMCC, WP5 lead, remote')."""
    text = text.strip()
    parts = [part.strip() for part in split_outside_brackets(text, ",")]
    notes = any(_MODE_NOTE.match(part) for part in parts)
    if len(parts) > 1 and text[:1].isupper() and (_names_a_body(parts[0]) or notes):
        for k, part in enumerate(parts):
            if _MODE_NOTE.match(part):
                continue  # 'remote', 'item 3 only': how they attended
            first_a_body = k == 0 and _names_a_body(part)
            if not entry.organisation and (first_a_body or _is_organisation(part)):
                entry.organisation = part
            else:
                entry.role = ", ".join(filter(None, [entry.role, part]))
        return
    if not text or (text[0].islower() and not _lower_case_office(text)):
        return  # '(excused)'; but '(ward councillor)' is a role printed in lower case
    words = text.split()
    named = all(w[0].isupper() or w.lower() in {"of", "and", "the", "for"} for w in words)
    # A body's full name ('British Medical Association'), not a post or a department
    # ('Head of Planning Services', 'Legal Services', 'President, Students' Union').
    body = (
        len(words) >= 3
        and "," not in text
        and looks_like_organisation(text)
        and fold(words[0]) not in TITLE_WORDS
        and not (take_role(list(words)) or _ends_in_office(words))
    )
    if named and (body or (len(words) <= 6 and not looks_like_office(text))):
        # 'Mr. Ruiz (Chile)', 'Dr Amir Siddiqui (British Medical Association)'
        entry.organisation = entry.organisation or text
    elif not entry.role:
        entry.role = text
    else:
        entry.role = f"{entry.role}, {text}"


def _lower_case_office(text: str) -> bool:
    """'ward councillor', 'treasurer': a short office printed in lower case, not a note on
    how someone attended ('attending under Standing Order 25', 'by phone')."""
    return (
        len(text.split()) <= 4
        and looks_like_office(text)
        and not _MODE_NOTE.match(text)
        and not re.match(r"attend|present|absent|apolog", text, re.IGNORECASE)
    )


def _attribute(entry: Entry, text: str) -> None:
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
        and (_GOES_ON_WITH_ROLE.match(text) or _last_word(text) in _PARTS_OF_A_BODY)
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
    if len(_DASH.split(text)) == 2:
        for side in _DASH.split(text):  # 'USPHS — Designated Federal Official (DFO)'
            _attribute(entry, side)
        return
    if _ACRONYM.fullmatch(text) and not entry.organisation:
        entry.organisation = text  # 'USPHS', 'WHO': a body known by its initials
        return
    words = re.sub(r"\s*\([^()]*\)$", "", text).split()  # 'Company Secretary (minutes)'
    office = bool(take_role(list(words))) or _ends_in_office(words) or _office_of_a_body(words)
    if looks_like_organisation(text) and not office:
        entry.organisation = f"{entry.organisation}, {text}" if entry.organisation else text
    elif not entry.role:
        entry.role = text
    elif not entry.organisation:
        entry.organisation = text
    else:
        entry.role = f"{entry.role}, {text}"


def _names_a_body(text: str) -> bool:
    """'KU Leuven', 'DTU', 'IMGW-PIB': a name in capitals, no post."""
    words = text.split()
    return (
        0 < len(words) <= 6
        and all(w[:1].isupper() for w in words if w.casefold() not in ("of", "and", "the", "for"))
        and not (take_role(list(words)) or _ends_in_office(words))
    )


def _is_organisation(text: str) -> bool:
    words = text.split()
    return looks_like_organisation(text) and not (take_role(list(words)) or _ends_in_office(words))


def _office_of_a_body(words: list[str]) -> bool:
    """'Counsel to the Board', 'Clerk to the Committee', 'Head of Planning': a post of a body."""
    first = _ends_in_office(words[:1])
    return first and len(words) > 2 and words[1].casefold() in ("to", "of", "for")


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].strip(".,()").casefold() if words else ""


def _ends_in_office(words: list[str]) -> bool:
    """'University Secretary', 'City Clerk': a post, though it names a body first."""
    last = words[-1].strip(".,()").casefold() if words else ""
    return last in _OFFICE_WORDS or last in TITLE_WORDS


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
