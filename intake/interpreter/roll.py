"""Attendance and the agenda as the reader meets them: lists under their headings, an office
and its holder, tables of attendance, sentences of apologies and of who took the chair."""

import re
from dataclasses import replace

from intake.readers.blocks import BlockKind

from .attendance import Entry, entries_in
from .attendance_forms import (
    entries_from_cells,
    is_office,
    member_of_a_body,
    office_labels,
    says_who_attended,
    table_columns,
    took_the_chair,
)
from .attendance_headings import attendance_heading, headed_parts
from .attendance_roles import role_notes
from .label_shapes import is_anonymous
from .labels import UNNAMED_VOICES, read_label
from .names import ParsedName, fold, looks_like_office, looks_like_organisation
from .people import same_role
from .record import AttendeeDraft
from .roll_lines import COUNTED, all_single_words, heading_cell, line_by_line
from .roll_offices import PRESIDING, office_first_of_group, office_of, one_line_of_a_heading
from .roll_sentences import roll_sentences
from .sections import NUMBERED, agenda_heading, is_prose
from .units import Unit

_PANEL_NUMBER = re.compile(r"^(?:[IVX]{1,4}|\d{1,2})\s*[:.)]\s+(?=[A-Z])")


# A key to a mark printed before names: '*attended', '* denotes present'.
KEY_LINE = re.compile(
    r"^[*\u2020\u2021]\s*(?:=\s*|denotes\s+|indicates\s+)?(?:attended|present|in attendance|"
    r"attendance)\.?$",
    re.IGNORECASE,
)
# 'later:', 'subsequently:' under an office line: its next holder.
LATER = re.compile(r"^(?:later|subsequently|then|afterwards|thereafter)$", re.IGNORECASE)


class RollReading:
    """The reader's rules for who was there and for the agenda (a mixin of `turns.Reader`)."""

    last_office = ""  # the office the last 'Office: holder' line named
    list_body: tuple[str, str] = ("", "")  # (group, the body those listed under it are of)

    def attendance(self, i: int, unit: Unit) -> bool:
        """A list of those present (or absent, or in the chair), or an office and its holder."""
        if unit.kind is BlockKind.TABLE_ROW and self.attendance_table(i, unit):
            return True
        parts = headed_parts(unit.text) if unit.kind is not BlockKind.TABLE_ROW else None
        if parts:
            # 'Present: …\nApologies: …\nAlso present: …': each list read on its own.
            for part in parts:
                self.attendance(i, replace(unit, text=part, lines=tuple(part.split("\n"))))
            return True
        sentences = roll_sentences(unit.text)  # 'Directors A and B were present. C was absent.'
        for group, entries in sentences or ():
            for entry in entries:
                self.add_attendee(entry, unit, group=group, role=entry.role or entry.name.role)
        if sentences:
            return True
        chair = took_the_chair(unit.text)
        if chair:
            # The sentence stays a statement; it also says who held the chair.
            role = chair.role or chair.name.role
            self.add_attendee(chair, unit, group="In the Chair", role=role)
            self.record.presiding = self.record.registry.add(chair.name)
            self.record.registry.give_role(self.record.registry.add(chair.name), "Chair")
            return False
        heading = attendance_heading(unit.text) or one_line_of_a_heading(unit)
        if heading and COUNTED.match(heading[1]):
            heading = (heading[0], COUNTED.sub("", heading[1]), heading[2])
        if heading and self.voices_listed(i, unit, heading):
            return True
        first_line = attendance_heading(unit.lines[0]) if len(unit.lines) > 1 else None
        if first_line and not first_line[1]:
            # 'Present' on a line, the names indented under it.
            group, _, sure = first_line
            heading = (group, " ".join(unit.lines[1:]), sure)
        if heading and heading[1] and not heading[2] and self.office(unit):
            return True  # 'DFO: Jane Roe, Director': the office is her role
        if heading:
            group, rest, sure = heading
            if rest:
                rest = self.wrapped_on(i, unit, rest)
                if self.attendees(unit, group, text=rest):
                    self.mode, self.group = "attendance", group
                    return True
                if sure and not self.in_body:
                    self.record.summary.append(unit.text)
                    return True
                return False
            following = self.units[i + 1] if i + 1 < len(self.units) else None
            if sure or (following is not None and self.entries(following, group)):
                self.mode, self.group = "attendance", group
                return True
            return False
        return self.office(unit) or self.office_heading(i, unit) or self.key_line(unit)

    def attendance_table(self, i: int, unit: Unit) -> bool:
        """The header of a table saying how each row attended ('Name | Office | Attendance',
        'Member | Present | Absent'), or a row whose first cell is a heading about attendance
        and whose other cell the names ('Present | Ann Lee, Bo Park', 'Present: | 6 - …')."""
        cells = [cell.strip() for cell in unit.cells]
        columns = table_columns(cells)
        if says_who_attended(columns):
            self.columns = columns
            self.mode, self.group = "attendance", ""
            self.record.not_copied.append(unit)
            return True
        heading = heading_cell(cells)
        if heading is None:
            return False
        text = f"{heading}: {' '.join(cell for cell in cells[1:] if cell)}"
        return self.attendance(i, replace(unit, kind=BlockKind.PARAGRAPH, text=text, lines=(text,)))

    def wrapped_on(self, i: int, unit: Unit, rest: str) -> str:
        """'Present: Ann Lee (Chair), Sheila' / 'Mott (Treasurer), Kemal Aydin': a list whose
        last name breaks across the line goes on in the next unit of its block; the two are
        read as one list (and the next is not read again)."""
        following = self.units[i + 1] if i + 1 < len(self.units) else None
        if following is None or following.block != unit.block or len(unit.lines) > 1:
            return rest
        last = re.split(r"[,;]|\band\b", rest)[-1].strip()
        broken = rest.rstrip().endswith((",", ";", "&", " and")) or re.fullmatch(
            r"(?:[A-Z][\w'\u2019-]*\.?\s+)?[A-Z][\w'\u2019-]+", last
        )
        # The next line goes on with a name or with the bracket after one ('(Vice President), …').
        opens = following.text[:1].isupper() or following.text.startswith("(")
        if not broken or attendance_heading(following.text) or not opens:
            return rest
        joined = f"{rest.rstrip()} {following.text.strip()}"
        if len(entries_in(joined) or []) > len(entries_in(rest) or []):
            self.skip.add(i + 1)
            return joined
        return rest

    def office_heading(self, i: int, unit: Unit) -> bool:
        """'Convener' / '*Morag Lindsay (Dumfriesshire) (SNP)': an office alone on its line,
        the name of its holder under it, opens a list whose role is the office."""
        following = self.units[i + 1] if i + 1 < len(self.units) else None
        office = is_office(unit.text) or office_first_of_group(unit.text)
        if following is None or not office or len(unit.text.split()) > 5:
            return False
        if not self.entries(following, unit.text):
            return False
        self.mode, self.group = "attendance", unit.text.strip().rstrip(":")
        return True

    def key_line(self, unit: Unit) -> bool:
        """'*attended' under lists whose names are marked or not: the unmarked were absent."""
        if not KEY_LINE.match(unit.text):
            return False
        groups = {a.group for a in self.record.attendees if a.marked}
        self.record.attendees = [
            a for a in self.record.attendees if a.marked or a.group not in groups
        ]
        self.record.not_copied.append(unit)
        return True

    def voices_listed(self, i: int, unit: Unit, heading) -> bool:
        """A tool's list of the voices it heard ('SPEAKERS' / 'Ann Lee, Unknown Speaker'):
        a list naming an anonymous voice is no attendance; it goes to the summary."""
        if re.search(r"attend|present", heading[0], re.IGNORECASE):
            return False  # 'Attendees' / '…, Galaxy A12': those who attended, a device aside
        rest = heading[1]
        listed = rest or (self.units[i + 1].text if i + 1 < len(self.units) else "")
        if not any(is_anonymous(part) or fold(part) in UNNAMED_VOICES
                   for part in re.split(r"[,;]\s*", listed)):  # fmt: skip
            return False
        self.record.summary.append(unit.text)
        if not rest:
            self.skip.add(i + 1)
            self.record.summary.append(listed)
        return True

    @staticmethod
    def opens_a_list(unit: Unit) -> bool:
        """'Chair' / '   Mariko Ishida': a heading on the unit's first line opens a list of its
        own rather than going on with the one before."""
        if unit.kind is BlockKind.TABLE_ROW:
            return heading_cell([cell.strip() for cell in unit.cells]) is not None
        if len(unit.lines) < 2:
            return False
        heading = attendance_heading(unit.lines[0])
        return bool(heading and not heading[1])

    def office(self, unit: Unit) -> bool:
        offices = office_labels(unit.text, in_header=not self.in_body)
        if offices is None and not self.in_body:
            post = self.post_of_someone_listed(unit.text)
            offices = [post] if post else None
        if offices is None or is_prose(unit.text.partition(":")[2]):
            return False
        for label, entry in offices:
            if LATER.match(label) and self.last_office:
                label = self.last_office  # 'Chair: Mr. Biang' / 'later: Mr. Luna': the same
            role = entry.role or entry.name.role or (label if is_office(label) else "")
            self.add_attendee(entry, unit, group=label, role=role)
            self.last_office = label
        return True

    def post_of_someone_listed(self, text: str):
        """'Minutes: RF' above the record: a post and someone listed before, by initials."""
        label, colon, rest = text.partition(":")
        person = self.listed_before(rest) if colon and 0 < len(label.split()) <= 3 else None
        if person is None or not label.strip()[:1].isupper():
            return None
        return label.strip(), Entry(ParsedName(name=person.name))

    def entries(self, unit: Unit, group: str, text: str | None = None):
        text = unit.text if text is None else text
        if unit.kind is BlockKind.TABLE_ROW:
            return self.table_row(unit)
        numbered = _PANEL_NUMBER.match(text)  # 'II: Tamsin Rowe, …': a panel's number
        if unit.kind is BlockKind.HEADING:
            return None
        if not numbered and read_label(unit) and text is unit.text:
            return member_of_a_body(text)  # 'Belgium: Ms Ann Lee, Minister', not a speaker
        found = entries_in(text)
        if found is None and all_single_words(text):
            found = entries_in(text, single_words=True)
        if len(unit.lines) > 1:
            # One a line ('Superintendent Dr. Leonard Whitsett' / 'Secretary-Treasurer Joy
            # Abiodun'): the lines part the people, though the whole reads as one name.
            by_line = line_by_line(unit, text)
            if by_line is not None and (found is None or len(by_line) > len(found)):
                found = by_line
        if found is None:
            person = self.listed_before(text)
            found = [Entry(ParsedName(name=person.name))] if person else None
        return found

    def listed_before(self, text: str):
        """'Chair' / 'Karen', 'Scribe' / 'ravi', 'Minutes: RF': a first name, handle or the
        initials of someone listed before, or None."""
        word = text.strip()
        if not re.fullmatch(r"[^\W\d][\w.'\u2019-]{1,30}", word):
            return None
        registry = self.record.registry
        return registry.by_initials(word) or registry.by_handle(word)

    def table_row(self, unit: Unit):
        """A row of an attendance table: its header names the columns ('Name | Role'), and a
        column such as 'Attendance' gives each row its own group."""
        cells = [cell.strip() for cell in unit.cells]
        columns = table_columns(cells)
        if columns:
            self.columns = columns
            return []
        if self.columns:
            return entries_from_cells(cells, self.columns)
        filled = [cell for cell in cells if cell]
        if len(filled) == 2:
            # 'Mr Keith Almond | Public Governor, Yeovale': a name, then what they are, whole.
            found = entries_in(filled[0])
            office = looks_like_office(filled[1])
            if found and len(found) == 1 and (office or not entries_in(filled[1])):
                if office or not looks_like_organisation(filled[1]):
                    found[0].role = found[0].role or filled[1]
                else:
                    found[0].organisation = found[0].organisation or filled[1]
                return found
        return entries_in(", ".join(filled))

    def attendees(self, unit: Unit, group: str, text: str | None = None) -> bool:
        found = self.entries(unit, group, text)
        if found is None:
            return self.office_under_the_name(unit) or self.body_in_the_list(unit, group)
        body = self.list_body[1] if self.list_body[0] == group else ""
        for entry in found:
            entry.organisation = entry.organisation or body
            # Listed under an office ('Chair' / 'Mariko Ishida'): the office is the role.
            role = entry.role or entry.name.role or office_of(group)
            self.add_attendee(entry, unit, group=entry.group or group, role=role)
        return True

    def body_in_the_list(self, unit: Unit, group: str) -> bool:
        """'In Attendance' / … / 'Department of Health and Aged Care' / 'Dr Brendan Lawson,
        Secretary': a body's name inside a list is the organisation of those listed under it."""
        # The unit may be a rewritten copy (a table row read as a paragraph): find it by index.
        i = unit.index
        following = self.units[i + 1] if i + 1 < len(self.units) else None
        text = unit.text.strip()
        if (
            following is None
            or ":" in text
            or len(text.split()) > 10
            or is_prose(text)
            or not looks_like_organisation(text)
            or attendance_heading(text) is not None  # 'Committee members': a list of its own
            or office_of(text)  # 'Secretary to the Board': an office heading
            or not self.entries(following, group)
        ):
            return False
        self.list_body = (group, text)
        self.record.not_copied.append(unit)
        return True

    def office_under_the_name(self, unit: Unit) -> bool:
        """'IN THE CHAIR: Heidi WALLNER' / 'Vice-President': an office alone on the line under
        an entry, in its block, is that person's role."""
        last = self.record.attendees[-1] if self.record.attendees else None
        if last is None or unit.first or not is_office(unit.text) or last.role:
            return False
        last.role = unit.text.strip()[:200]
        self.record.registry.give_role(last.person, last.role)
        return True

    def add_attendee(self, entry, unit: Unit, *, group: str, role: str) -> None:
        """List someone; a note after the role that they took the chair ('Consultant (Chair)',
        'Mayor (in the Chair)') lists them in the chair too, notes on duties ('(minutes)',
        'for item 5') dropped."""
        role, chair = role_notes(role)
        person = self.record.registry.add(entry.name, unit.place)
        for part in re.split(r"[,()]", role):
            self.record.registry.give_role(person, part.strip())  # '… (moderator)' too
        attendee = AttendeeDraft(
            person,
            role=role[:200],
            group=group[:200],
            organisation=entry.organisation,
            place=unit.place,
            marked=entry.marked,
        )
        self.record.attend(attendee)
        if PRESIDING.search(group) or same_role(role.split(",")[0]) == "chair":
            self.record.presiding = person  # who takes the chair now, until another does
        if chair and not PRESIDING.search(group):
            self.add_attendee(entry, unit, group="In the Chair", role=chair)

    def agenda(self, unit: Unit) -> bool:
        rest = agenda_heading(unit.text)
        if rest is None or (rest[:1].isdigit() and not rest.startswith(("1.", "1)", "(1)"))):
            return False
        if self.in_body and not rest:
            return False
        self.record.summary.append(unit.text)
        self.mode = "" if rest else "agenda"
        return True

    def agenda_item(self, i: int, unit: Unit) -> bool:
        following = self.units[i + 1] if i + 1 < len(self.units) else None
        listed = unit.kind is BlockKind.LIST_ITEM or NUMBERED.match(unit.text)
        if not listed or len(unit.text) > 300 or (is_prose(unit.text) and len(unit.text) > 120):
            return False
        if (
            following is not None
            and is_prose(following.text)
            and not NUMBERED.match(following.text)
        ):
            # The item has text under it: it is a heading of the record, not the agenda.
            return bool(agenda_heading(following.text) is not None)
        self.record.summary.append(unit.text)
        return True
