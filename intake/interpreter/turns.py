"""Reading the units in order: who was there, headings, and each statement with its speaker."""

from collections import Counter
from dataclasses import dataclass

from intake.blocks import BlockKind

from .attendance import (
    apologies_sentence,
    attendance_heading,
    entries_from_cells,
    entries_in,
    is_office,
    office_label,
    table_columns,
    took_the_chair,
)
from .front import particulars, read_front_line
from .labels import Label, name_on_its_own_line, read_label
from .lineup import introduction, mentions, name_line
from .narrative import byline, continues_list
from .people import PersonDraft
from .record import AttendeeDraft, Record, StatementDraft
from .sections import (
    NUMBERED,
    PROCEDURAL,
    RECORD_LINE,
    TIME_OF_DAY,
    TOPIC,
    agenda_heading,
    is_bracketed,
    is_document_label,
    is_prose,
    looks_like_heading,
    panel_heading,
)
from .units import Unit


@dataclass
class Voice:
    """Whose the paragraphs are until the next label or heading: a person, or someone unnamed."""

    person: PersonDraft | None
    kind: str = "remark"
    note: str = ""
    note_once: bool = False  # a guess about the label is noted on its first statement only

    def says(self, text: str, unit: Unit) -> StatementDraft:
        statement = StatementDraft(text, self.person, self.kind, unit, note=self.note)
        if self.note_once:
            self.note = ""
        return statement


class Reader:
    """Walks the units once, keeping what the last lines opened (a list, a speaker's turn)."""

    def __init__(self, units: list[Unit], record: Record):
        self.units, self.record = units, record
        self.labels = {i: label for i, u in enumerate(units) if (label := read_label(u))}
        self.label_counts = Counter(label.folded for label in self.labels.values())
        self.mode, self.group, self.sure = "", "", False
        self.columns: dict[str, int] = {}
        self.in_body = False
        self.voice: Voice | None = None
        self.skip: set[int] = set()
        self.first_label: int | None = None  # where the document's own label ('Minutes') is

    def run(self) -> None:
        for i, unit in enumerate(self.units):
            if i not in self.skip:
                self.read(i, unit)

    def read(self, i: int, unit: Unit) -> None:
        text = unit.text
        if unit.kind is not BlockKind.TABLE_ROW:
            self.columns = {}
        if self.mode == "attendance" and self.attendees(unit, self.group):
            return
        if self.mode == "agenda" and self.agenda_item(i, unit):
            return
        self.mode = ""
        if is_document_label(text) and not self.in_body:
            if self.first_label is None:
                self.first_label = unit.index
            self.record.not_copied.append(unit)
            return
        if self.attendance(i, unit) or self.agenda(unit):
            return
        if not self.in_body and read_front_line(unit, self.record):
            return
        if not self.in_body and particulars(unit, self.record):
            return
        heading = panel_heading(text)
        topic = TOPIC.match(text) if self.in_body else None
        if heading or topic:
            self.record.new_panel(*(heading or (topic.group("title"), "")), unit)
            self.begin_body(None)
            return
        if self.in_body and RECORD_LINE.match(text):
            self.record.panel.statements.append(StatementDraft(text, None, "procedural", unit))
            self.voice = None  # a decision or an action is the record's, and ends a turn
            return
        if self.labelled(i, unit) or self.speaker_line(i, unit):
            return
        introduced = introduction(self.units, i, self.record, in_body=self.in_body)
        if introduced:
            person, used = introduced
            self.skip.update(used)
            self.begin_body(Voice(person))
            return
        if self.section(i, unit):
            return
        if not (self.in_body or is_prose(text) or is_bracketed(text) or TIME_OF_DAY.match(text)):
            self.record.leftovers.append(unit)
            named = byline(text)
            if named:
                # 'Press Briefing by Spokesperson Daniel Abernathy-Kwan': met before the labels.
                self.record.registry.add(named[0], unit.place)
            return
        self.statement(unit)

    def begin_body(self, voice: Voice | None) -> None:
        self.in_body, self.voice = True, voice

    def statement(self, unit: Unit) -> None:
        self.in_body = True
        panel = self.record.panel
        if is_bracketed(unit.text) or TIME_OF_DAY.match(unit.text) or PROCEDURAL.match(unit.text):
            panel.statements.append(StatementDraft(unit.text, None, "procedural", unit))
        elif self.voice is None:
            panel.statements.append(StatementDraft(unit.text, None, "narrative", unit))
        else:
            panel.statements.append(self.voice.says(unit.text, unit))

    # Attendance and agenda

    def attendance(self, i: int, unit: Unit) -> bool:
        """A list of those present (or absent, or in the chair), or an office and its holder."""
        sentence = apologies_sentence(unit.text)
        if sentence:
            group, entries = sentence
            for entry in entries:
                self.add_attendee(entry, unit, group=group, role=entry.role or entry.name.role)
            return True
        chair = took_the_chair(unit.text)
        if chair:
            # The sentence stays a statement; it also says who held the chair.
            role = chair.role or chair.name.role
            self.add_attendee(chair, unit, group="In the Chair", role=role)
            self.record.registry.give_role(self.record.registry.add(chair.name), "Chair")
            return False
        heading = attendance_heading(unit.text)
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
        return self.office(unit)

    def office(self, unit: Unit) -> bool:
        office = office_label(unit.text)
        if office is None or is_prose(unit.text.partition(":")[2]):
            return False
        label, entry = office
        role = entry.role or entry.name.role or (label if is_office(label) else "")
        self.add_attendee(entry, unit, group=label, role=role)
        return True

    def entries(self, unit: Unit, group: str, text: str | None = None):
        text = unit.text if text is None else text
        if unit.kind is BlockKind.TABLE_ROW:
            return self.table_row(unit)
        if unit.kind is BlockKind.HEADING or (read_label(unit) and text is unit.text):
            return None
        found = entries_in(text)
        if found is None and _all_single_words(text):
            found = entries_in(text, single_words=True)
        if found is None and len(unit.lines) > 1:
            found = _line_by_line(unit, text)
        return found

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
        return entries_in(", ".join(cell for cell in cells if cell))

    def attendees(self, unit: Unit, group: str, text: str | None = None) -> bool:
        found = self.entries(unit, group, text)
        if found is None:
            return False
        for entry in found:
            role = entry.role or entry.name.role
            self.add_attendee(entry, unit, group=entry.group or group, role=role)
        return True

    def add_attendee(self, entry, unit: Unit, *, group: str, role: str) -> None:
        person = self.record.registry.add(entry.name, unit.place)
        self.record.registry.give_role(person, role.split(",")[0].strip() if role else "")
        attendee = AttendeeDraft(
            person,
            role=role[:200],
            group=group[:200],
            organisation=entry.organisation,
            place=unit.place,
        )
        self.record.attend(attendee)

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

    # Headings

    def section(self, i: int, unit: Unit) -> bool:
        if not looks_like_heading(unit) or name_line(unit.text):
            return False
        if continues_list(self.record.panel.statements, unit.text):
            return False
        following = self.units[i + 1] if i + 1 < len(self.units) else None
        numbered = bool(NUMBERED.match(unit.text))
        body_follows = following is not None and (is_prose(following.text) or i + 1 in self.labels)
        if not self.in_body and not numbered and not (self.record.date and body_follows):
            return False  # a heading in the header: a title, kept for the title's choice
        self.record.new_panel(unit.text[:300], "", unit)
        self.begin_body(None)
        return True

    # Speakers

    def labelled(self, i: int, unit: Unit) -> bool:
        label = self.labels.get(i)
        if label is None or not self.accepted(i, label):
            return False
        voice = self.voice_of(label, unit)
        self.begin_body(voice)
        if label.rest:
            self.record.panel.statements.append(voice.says(label.rest, unit))
        return True

    def speaker_line(self, i: int, unit: Unit) -> bool:
        """A name alone on its line with words under it that are not a biography of them."""
        label = name_on_its_own_line(unit)
        following = self.units[i + 1] if i + 1 < len(self.units) else None
        if label is None or following is None or following.block == unit.block:
            return False  # lines under a name in its own block are a post or a talk's title
        if not _speech(following):
            return False
        if mentions(following.text, label.name.surname) or i + 1 in self.labels:
            return False  # a biography (a line-up), or a label of its own
        self.begin_body(self.voice_of(label, unit))
        return True

    def accepted(self, i: int, label: Label) -> bool:
        """Strong labels always; a plain full name when words follow it; a single word or a
        handle when it recurs or names someone already met."""
        if label.shape in ("voice", "role", "strong"):
            return True
        following = self.units[i + 1] if i + 1 < len(self.units) else None
        if label.shape == "full":
            return bool(label.rest) or (following is not None and is_prose(following.text))
        if self.label_counts[label.folded] >= 2:
            return True
        if label.handle:
            return self.record.registry.by_handle(label.handle) is not None
        return self.record.registry.by_word(label.name.name) is not None

    def voice_of(self, label: Label, unit: Unit) -> Voice:
        """The voice a label starts, and what the reviewer should check about it."""
        registry, printed = self.record.registry, label.printed
        if label.shape == "voice":
            return Voice(None, label.kind)
        if label.shape == "handle":
            return Voice(registry.add_handle(label.handle, unit.place), label.kind)
        parsed = label.name
        if parsed.name and (parsed.is_full or label.shape == "full"):
            person = registry.add(parsed, unit.place)
            return self._placed(Voice(person, label.kind), label)
        if not parsed.name:
            person = registry.by_role(parsed.role)
            if person is None:
                note = f"spoken by {printed!r}, who is not named; set the speaker"
                return Voice(None, label.kind, note=note)
            note = f"{printed!r} read as {person.name}, printed as {parsed.role}; check it"
            return self._placed(Voice(person, label.kind, note=note, note_once=True), label)
        person = registry.find(parsed)
        if person is None:
            person = registry.near(parsed.name)
            if person is not None:
                note = f"{printed!r} read as {person.name}, a near spelling; check it"
                return self._placed(Voice(person, label.kind, note=note, note_once=True), label)
        person = person or registry.add(parsed, unit.place)
        if parsed.honorific and not person.honorific:
            person.honorific = parsed.honorific
        registry.give_role(person, parsed.role)
        return self._placed(Voice(person, label.kind), label)

    def _placed(self, voice: Voice, label: Label) -> Voice:
        """Speakers take a place in the panel's line-up, with the office their label prints."""
        if voice.person is not None:
            place = self.record.panel.place_for(voice.person)
            if label.name and label.name.role and not place.role:
                place.role = label.name.role
        return voice


def _speech(unit: Unit) -> bool:
    """Words someone could have said: a sentence, or a few words that are no heading or name."""
    if is_prose(unit.text):
        return True
    return len(unit.text.split()) >= 3 and not (
        looks_like_heading(unit) or name_on_its_own_line(unit) or read_label(unit)
    )


def _all_single_words(text: str) -> bool:
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    return len(parts) >= 2 and all(len(p.split()) == 1 for p in parts)


def _line_by_line(unit: Unit, text: str):
    """Entries printed one a line ('TRUSTEES PRESENT:  Chairperson A' / '  Trustee B')."""
    lines = list(unit.lines)
    if text is not unit.text:
        lines[0] = lines[0].partition(":")[2]
    found = []
    for line in lines:
        entries = entries_in(line)
        if entries is None:
            return None
        found.extend(entries)
    return found
