"""Who was there: lists under a heading that says who was present, absent, apologised,
attending or in the chair — each entry a person with the group they were listed in and the
role printed beside them. Never a panel line-up, never a statement."""

import re

from .attendance_attribution import (
    DASH,
    GOES_ON_WITH_ROLE,
    Entry,
    attribute,
    bracketed,
    split_outside_brackets,
)
from .attendance_names import surname_first, without_whom_replaced
from .attendance_roles import (
    OFFICE_WORDS,
    POSTS_NOT_NAMES,
    ends_in_office,
    last_word,
)
from .label_shapes import is_anonymous
from .names import (
    POST_NOMINALS,
    ParsedName,
    parse_name,
)
from .offices import office_first, roll_status

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
_ROLE_IN_BRACKETS = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<inside>[^()]*)\)\s*(?P<after>.*)$")
# A note-taking tool's link to a person's page: '[[Dr Ann Lee]]', '[[ann-lee|Ann Lee]]'.
_WIKI_LINK = re.compile(r"\[\[(?P<page>[^\[\]|]+)(?:\|(?P<shown>[^\[\]]+))?\]\]")
# A note after a dash on someone's apologies or attendance: '\u2013 consent given', '- accepted'.
_DASHED_NOTE = re.compile(r"^[\u2013\u2014-]{1,2}\s*[a-z][a-z ]{2,40}$")
# Whom someone at a hearing acts for, at the end of the words after their name: a party
# ('the Respondent', 'the objectors'), or a body by its capitalised name ('the Council').
_PARTY = re.compile(
    r"^(?:\S+\s+){1,4}(?:[A-Z][\w'\u2019-]*|(?:applicant|appellant|respondent|claimant|"
    r"defendant|plaintiff|petitioner|objector|landlord|tenant|owner|resident|complainant|"
    r"crown|prosecution|defence|defense|council|authority|company|board|union|family)s?)$"
)
MARKS = "*\u2020\u2021"  # marks before a name that a key explains ('*attended')
# A count of people in a list: '4 members of the public', 'twelve residents', '23 unit owners'.
_HEADCOUNT = re.compile(
    r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:members?|residents?|owners?|people|persons?|guests?|observers?|"
    r"visitors?|tenants?|parents?|staff|others?|attendees?|participants?)\b.*$"
    r"|^\d{1,4}\s+(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+s$",  # '61 Corporators', '12 Councillors'
    re.IGNORECASE,
)
# Where a count may follow the last name: 'A, B and about 25 members', 'A plus three observers'.
_AND_MORE = re.compile(r"(?:,\s*|\s+)(?:and|plus|&)\s+", re.IGNORECASE)
_ABOUT = re.compile(
    r"^(?:about|around|approximately|approx\.|some|circa|c\.|over|nearly|roughly)\s+|^(?=others?\b)",
    re.IGNORECASE,
)
_THE = re.compile(r"^\s*the\s+", re.IGNORECASE)
_IN_THE_CHAIR_AFTER = re.compile(r",\s*(?:was\s+)?in the chair\s*$", re.IGNORECASE)
# Letters of a service or degree after a name: 'I.A.S.', 'O.B.E.'.
_LETTERS = re.compile(r"(?:[A-Z]\.){2,5}")
_SURNAME = re.compile(
    r"^(?:Mc|Mac|O'|D')?[A-Z][a-z\u00c0-\u024f'\u2019-]+(?:\s[A-Z][a-z'\u2019-]+)?$"
)


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
    text = without_headcount(text)
    if not text or len(text) > 2000 or text.endswith(("?", "!")):
        return None
    found: list[Entry] = []
    for part in split_outside_brackets(text, ";"):
        if _HEADCOUNT.match(_ABOUT.sub("", part.strip())):
            continue  # 'Kevin Doyle, LCAM; 23 unit owners in person': a count, no one
        part = surname_first(part)
        entries = _comma_list(part, single_words)
        if entries is None:
            entries = _office_then_holder(part)
        if entries is None:
            return None
        found.extend(entries)
    return found or None


def _office_then_holder(part: str) -> list[Entry] | None:
    """'Minute Secretary, Mrs Kim Tran', 'the Treasurer, Dai Jones', 'the President, Huw
    Rees, in the chair': the office first, then its holder (who may have taken the chair)."""
    chaired = _IN_THE_CHAIR_AFTER.search(part)
    holder = office_first(_THE.sub("", part[: chaired.start()] if chaired else part))
    if holder is None:
        return None
    return [Entry(holder), Entry(holder, group="In the Chair")] if chaired else [Entry(holder)]


def without_headcount(text: str) -> str:
    """'A, B and about 25 members': the people without the count of others after them."""
    for joint in reversed(list(_AND_MORE.finditer(text))):
        tail = text[joint.end() :]
        if _HEADCOUNT.match(_ABOUT.sub("", tail)) or re.match(r"others?\b", tail, re.I):
            return text[: joint.start()]
    return text


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
            attribute(entries[-1], part)
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
    printed = _ROLE_IN_BRACKETS.match(text)
    notes, acting = _notes_and_whom_for(printed.group("after")) if printed else ("", "")
    if printed and notes is not None and not DASH.search(printed.group("name")):
        # 'Ann Lee (Chair)', 'Mr. Biang (Vice-Chair) (Gabon)': notes in brackets, one or more;
        # 'Ms K. Abara (Tenants' Advice Service) for the Applicant': and whom they act for.
        person = _person(printed.group("name"), single_words)
        if person:
            entry = Entry(person)
            bracketed(entry, printed.group("inside"))
            for note in re.findall(r"\(([^()]*)\)", notes):
                bracketed(entry, note)
            entry.role = ", ".join(filter(None, [entry.role, acting]))
            return [entry]
    reversed_ = _NAME_IN_BRACKETS.match(text)
    if reversed_:
        # 'The Vice-Chancellor (Professor Sian Okereke) in the Chair': office first.
        person = _person(reversed_.group("name"), single_words)
        office = re.sub(r"^the\s+", "", reversed_.group("office"), flags=re.IGNORECASE)
        if person and _is_attribution(office):
            entry = Entry(person)
            attribute(entry, ", ".join(filter(None, [office, reversed_.group("after")])))
            return [entry]
    dash = DASH.split(text, maxsplit=1)
    if len(dash) == 2:
        person = _person(dash[0], single_words)
        if person and roll_status(dash[1]):
            return [Entry(person, group=roll_status(dash[1]))]  # 'Cllr Alvarez - Present'
        if person and _is_attribution(dash[1]):
            entry = Entry(person)
            attribute(entry, dash[1])
            return [entry]
    if "," in text:
        first, _, after = text.partition(",")
        person = _person(first, single_words)
        if person and all(_is_attribution(p) for p in after.split(",")):
            entry = Entry(person)
            for piece in after.split(","):
                attribute(entry, piece)
            return [entry]
        return None
    person = _person(text, single_words)
    return [Entry(person)] if person else None


def _notes_and_whom_for(after: str) -> tuple[str | None, str]:
    """What follows a name's brackets: more brackets, then perhaps whom the person acts for
    ('for the Respondent', 'on behalf of the Council'); None for anything else."""
    notes = re.match(r"(?:\([^()]*\)\s*)*", after)
    rest = after[notes.end() :].strip() if notes else after
    rest = _DASHED_NOTE.sub("", rest)  # 'Dr H Quayle (Co-opted Governor) \u2013 consent given'
    if rest and not (GOES_ON_WITH_ROLE.match(rest) and _PARTY.search(rest)):
        return None, ""
    return (notes.group(0) if notes else ""), rest


def _person(text: str, single_words: bool) -> ParsedName | None:
    parsed = parse_name(text.strip()) or office_first(text)
    if parsed is None and single_words and _SURNAME.match(text.strip()):
        parsed = ParsedName(name=text.strip())  # 'Senators Askew, Brennan': a surname alone
    if parsed is None or not parsed.name:
        return None
    if parsed.role and not parsed.honorific and last_word(parsed.name) in OFFICE_WORDS:
        return None  # 'Deputy Permanent Representative': an office, every word of it
    if not parsed.honorific and last_word(parsed.name) in POSTS_NOT_NAMES:
        return None  # 'Regional Organiser', 'Finance Director': a post, though capitalised
    if parsed.is_full or parsed.honorific or parsed.role or single_words:
        return parsed
    return None


def _is_attribution(text: str) -> bool:
    """A role or organisation printed beside a name: words, but not another person."""
    text = text.strip()
    if not text or len(text) > 200 or (re.search(r"[.!?]$", text) and len(text.split()) > 8):
        return False
    if last_word(text) in POSTS_NOT_NAMES:
        return True  # 'Regional Organiser': a post, though it reads as a name
    if ends_in_office(text.split()) and not re.match(r"[A-Z][a-z]+\s[A-Z][a-z]+$", text):
        return True  # 'Deputy Permanent Representative': an office, though it reads as a name
    parsed = parse_name(text)
    return parsed is None or not parsed.name or not (parsed.is_full or parsed.honorific)
