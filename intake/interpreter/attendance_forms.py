"""Attendance printed otherwise than as a list: a table with a header row, a sentence saying
whose apologies were received, a sentence saying who took the chair."""

import re
from dataclasses import replace

from .attendance import Entry, entries_in, split_outside_brackets
from .attendance_headings import SURE_WORDS, attendance_heading
from .attendance_roles import without_minutes
from .names import take_role

# 'Apologies for absence were received from Councillors J Farrow and L Stamp.'
APOLOGIES = re.compile(
    r"^(?P<group>(?:[\w'\u2019]+\s+){0,3}?(?:apolog(?:y|ies)|regrets)(?:\s+for\s+absence)?)"
    r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:received|given|tendered|noted|sent|submitted)"
    r"\s+(?:from|by|on\s+behalf\s+of)\s+(?P<rest>.+?)\.?$",
    re.IGNORECASE,
)
# 'In the absence of the President, Mr. Moncayo Vela (Ecuador), Vice-President, took the Chair.'
TOOK_THE_CHAIR = re.compile(
    r"^[\[(]?(?P<who>.+?)\s+(?:(?:took|was\s+in|assumed|resumed|occupied)\s+the\s+chair\b|"
    r"in\s+the\s+chair[\])]?\.?$)",
    re.IGNORECASE,
)


def apologies_sentence(text: str) -> tuple[str, list[Entry]] | None:
    """(group, entries) for a sentence saying whose apologies were received."""
    match = APOLOGIES.match(text.strip())
    if not match:
        return None
    entries = entries_in(match.group("rest"))
    return (match.group("group"), entries) if entries else None


# '…, Hon. Walter P. Brandt [Chairman of the Committee] presiding.', 'Cllr Ahmed presiding'.
PRESIDING_SENTENCE = re.compile(
    r"(?:^|,\s*|\bwith\s+)(?P<who>[A-Z][^,;\[\]()]{2,80}?)\s*(?:[\[(](?P<office>[^\])]{2,80})[\])])?"
    r",?\s+presid(?:ing|ed)\b",
)


_LATER = re.compile(r"^(?:later|subsequently|then|afterwards|thereafter)$", re.IGNORECASE)


def took_the_chair(text: str) -> Entry | None:
    """Who a sentence says took the chair ('The Speaker, Ms Ellison, took the Chair …') or
    presided ('…, Hon. Walter P. Brandt [Chairman of the Committee] presiding.')."""
    presiding = PRESIDING_SENTENCE.search(text.strip())
    if presiding:
        entries = entries_in(presiding.group("who"))
        if entries and len(entries) == 1:
            office = (presiding.group("office") or "").split(" of ")[0].strip()
            if office and take_role(office.split()) and not entries[0].role:
                entries[0].role = office  # '[Chairman of the Committee]': the office
            return entries[0]
    match = TOOK_THE_CHAIR.match(text.strip())
    if not match:
        return None
    parts = split_outside_brackets(match.group("who"), ",")
    for k in range(len(parts)):
        entries = entries_in(", ".join(parts[k:]))
        if entries and len(entries) == 1:
            before = ", ".join(parts[:k])
            office = re.sub(r"^the\s+", "", before, flags=re.IGNORECASE)
            if office and not entries[0].role and take_role(office.split()):
                entries[0].role = office  # 'The Speaker, Ms Ellison, took the Chair'
            return entries[0]
    return None


_COLUMNS = {
    "name": re.compile(
        r"^(?:(?:board|committee|council|panel)\s+)?(?:(?:full\s+)?name|member|attendee|person"
        r"|participant|councill?or|trustee|director|governor|commissioner)s?(?:\s+name)?$",
        re.IGNORECASE,
    ),
    "role": re.compile(
        r"^(?:role|title|position|post|office|capacity|category|designation|membership)s?$",
        re.IGNORECASE,
    ),
    "organisation": re.compile(
        r"^(?:affiliation|organi[sz]ation|institution|representing|agency|company|employer)s?$",
        re.IGNORECASE,
    ),
    "group": re.compile(r"^(?:attendance|status|attended|presence)$", re.IGNORECASE),
}
# A column of marks, one for each way of attending: 'Present | Absent', 'Apologies'.
_MARK_COLUMN = re.compile(
    r"^(?:present|absent|apologies|excused|regrets|in attendance|attended|remote(?:ly)?|online"
    r"|by (?:video|phone|telephone)[\w ]*|via [\w ]+|(?:un)?excused absence|late)$",
    re.IGNORECASE,
)
# A cell marking its row: 'X', '✓', 'Yes', '•'.
_MARK = re.compile(r"^(?:[xX\u2713\u2714\u2715\u2717\u2022\u25cf*+]|yes|y|p)$", re.IGNORECASE)
# '(in the Chair)' or ', in the chair' after a role in its cell: the person presided too.
_IN_THE_CHAIR = re.compile(r"\s*(?:,\s*|\()in the chair\)?\s*$", re.IGNORECASE)


def table_columns(cells: list[str]) -> dict[str, int]:
    """{'name': 0, 'role': 1, …} when the row is an attendance table's header, else {}."""
    if any(_names_someone(cell) for cell in cells):
        return {}  # 'Dr Ann Lee | Council member | Present': a row of the table, not its header
    found = {}
    for i, cell in enumerate(cells):
        if _MARK_COLUMN.match(cell.strip()) and "name" in found:
            found[f"mark {cell.strip()}"] = i  # 'Board Member | … | Present | Absent'
            continue
        for column, pattern in _COLUMNS.items():
            if pattern.match(cell.strip()) and column not in found:
                found[column] = i
    return found if "name" in found and len(found) >= 2 else {}


def _names_someone(cell: str) -> bool:
    found = entries_in(cell.strip()) if cell.strip() else None
    return bool(found and any(e.name.is_full or e.name.honorific for e in found))


def says_who_attended(columns: dict[str, int]) -> bool:
    """A table header with a column for how each row attended ('Attendance', or marks under
    'Present' and 'Absent'): the table is attendance wherever it stands."""
    return "group" in columns or any(key.startswith("mark ") for key in columns)


def entries_from_cells(cells: list[str], columns: dict[str, int]) -> list[Entry] | None:
    """The person of one row of an attendance table, read by its columns."""

    def cell(column: str) -> str:
        i = columns.get(column)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    found = entries_in(cell("name"))
    if not found or len(found) != 1:
        return None
    entry = found[0]
    role = without_minutes(cell("role"))
    chaired = bool(_IN_THE_CHAIR.search(role))
    # An office printed with the name ('Ann Lee (Chair) | Parent governor') is the one held.
    entry.role = entry.role or _IN_THE_CHAIR.sub("", role)
    entry.organisation = cell("organisation") or entry.organisation
    entry.group = cell("group") or _marked_column(cells, columns)
    if chaired:
        return [entry, replace(entry, group="In the Chair")]
    return [entry]


def _marked_column(cells: list[str], columns: dict[str, int]) -> str:
    """The heading of the column whose cell marks the row ('Present', 'Absent'), or ''."""
    for key, i in columns.items():
        if key.startswith("mark ") and i < len(cells) and _MARK.match(cells[i].strip()):
            return key.removeprefix("mark ")
    return ""


# Labels before a name that name no post: who wrote, sent or is the contact for a document.
_NOT_A_POST = re.compile(
    r"^(?:from|to|cc|bcc|by|author|authors?|contact|prepared by|written by|submitted by|"
    r"sent by|posted by|created by|owner|re|subject|topic|title|attachment|source|"
    # 'Venue: Microsoft Teams': a place field, though a platform reads as a name
    r"(?:meeting\s+)?(?:venue|location|place|where|held at|held|address|room|platform|date|"
    r"time|when))$",
    re.IGNORECASE,
)
_OFFICE = re.compile(
    r"^(?:dfo|designated federal (?:officer|official)|recorder|note[- ]?taker|minute[- ]taker|"
    r"minutes(?: taken)? by|scribe|chaired by|presiding|clerk|secretary|facilitator)$",
    re.IGNORECASE,
)


# Fields printed on one line: 'Chair: Ann Lee \u00b7 Scribe: Bo Park', 'Chair: A | Minutes: B'.
_FIELD_SEPARATOR = re.compile(r"\s+[\u00b7\u2022|]\s+|\s{3,}(?=\w[\w -]{0,30}:)")


def office_label(text: str, *, in_header: bool = False) -> tuple[str, Entry] | None:
    """'DFO: Jane Roe, Director' or 'Chair: Cllr A. Smith': an office and the one who held it.
    Above the record, any short label before one person's full name and nothing else
    ('Responsible AD: Karin Lindholm', 'Student Board Member: Aiden Kowalczyk') is a post
    and its holder."""
    label, colon, rest = text.partition(":")
    words = label.split()
    if not colon or not 0 < len(words) <= 5 or SURE_WORDS.search(label):
        return None
    entries = entries_in(rest)
    if not entries or len(entries) > 1:
        return None
    named = (
        in_header
        and len(words) <= 3
        and label[:1].isupper()
        and entries[0].name.is_full
        and not (entries[0].role or entries[0].organisation)
        and not _NOT_A_POST.match(label.strip())
    )
    if not (
        named
        or take_role(list(words))
        or _OFFICE.match(label.strip())
        or _LATER.match(label.strip())
    ):
        return None
    return label.strip(), entries[0]


def office_labels(text: str, *, in_header: bool = False) -> list[tuple[str, Entry]] | None:
    """'Chair: Inês Carvalho \u00b7 Scribe: Rahul Menon': offices and their holders printed as
    fields of one line, parted by a dot or a bar (or one office alone); None unless every
    field is one."""
    found = [office_label(f, in_header=in_header) for f in _FIELD_SEPARATOR.split(text)]
    return found if all(found) else None  # type: ignore[return-value]


def is_office(label: str) -> bool:
    """'Chair', 'Scribe', 'DFO': an office, rather than a group such as 'Student Board Member'."""
    words = re.sub(r"^the\s+", "", label.strip(), flags=re.IGNORECASE).split()
    taken = list(words)
    return bool(take_role(taken) and not taken) or bool(_OFFICE.match(" ".join(words)))


def member_of_a_body(text: str) -> list[Entry] | None:
    """'Belgium: Ms Hélène Vandamme, Minister for Agriculture', 'Commission: Mr Henrik Sørlie':
    a country or body before a colon, one person after it, who is of that body."""
    label, colon, rest = text.partition(":")
    words = label.split()
    if not colon or not 0 < len(words) <= 4 or not label.strip()[:1].isupper():
        return None
    if attendance_heading(label) or entries_in(label) or take_role(list(words)):
        return None  # 'Present: …' a heading, 'Ms Lee: …' a speaker, 'Clerk: …' an office
    found = entries_in(rest)
    if not found or len(found) != 1 or not (found[0].name.honorific or found[0].name.is_full):
        return None
    found[0].organisation = found[0].organisation or label.strip()
    return found
