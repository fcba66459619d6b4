"""Reading the units in order: who was there, headings, and each statement with its speaker."""

import re
from collections import Counter
from dataclasses import replace

from intake.readers.blocks import BlockKind

from .action_table import ActionTableReading
from .attendance_headings import attendance_heading
from .dates import find_date
from .delegations import delegation_labels
from .examination import ExaminationReading
from .fields import DOCUMENT_DATE, field_runs
from .front import particulars, read_front_line
from .label_shapes import TRANSCRIPT_HEADER, name_and_time, title_and_subtitle
from .labels import read_label
from .lineup import introduction, name_line
from .motions import DECISION_WORDED
from .names import fold, parse_name
from .narrative import byline, continues_list
from .outcomes import outcome_kind
from .people import PersonDraft, named_handles
from .record import Record, StatementDraft
from .role_holders import offices_printed
from .roll import RollReading
from .sections import (
    META_LABEL,
    NUMBERED,
    PROCEDURAL,
    RECORD_LINE,
    SIGNATURE_LEAD,
    TIME_OF_DAY,
    TOPIC,
    is_bracketed,
    is_document_label,
    is_minuted_outcome,
    is_prose,
    is_record_of_proceedings,
    is_timed_moment,
    looks_like_heading,
    panel_heading,
    run_in,
)
from .speakers import SpeakerReading, Voice
from .units import Unit
from .written import WrittenReading

# A property line: 'date: 2021-06-24T18:30', 'venue: Zoom', 'tags: [agm-2021]'.
# Properties that describe the meeting in words, kept for the summary.
_DESCRIBING = {"description", "summary", "subject", "purpose", "agenda", "topic", "abstract"}
RESOLVED = re.compile(r"^(?:further\s+)?resolved\b", re.IGNORECASE)
PROPERTY = re.compile(r"^[A-Za-z][\w -]{0,30}:\s+\S")
# A vote's tally by name: 'Aye: 6 - Harmon, Alvarez …', 'Absent: 1 - Pike'.
TALLY = re.compile(r"^[A-Za-z][\w ]{1,20}:\s*\d{1,3}\s*[-\u2013\u2014]\s*\S")
# A vote's count in the record's own voice: 'For: 24   Against: 5   Abstentions: 2' (two or
# more counts on a line), 'Motion 19/07 PASSES.', 'RESOLUTION 2019-4 CARRIED (6-1)'.
COUNTS = re.compile(r"^(?:[A-Za-z][\w ]{0,20}?\s*[:=]\s*\d{1,4}[\s,;.]*){2,}$")
NUMBERED_OUTCOME = re.compile(
    r"^(?:the\s+)?(?:motion|resolution|amendment|ordinance|bill|item)\s+(?:no\.?\s*)?\d[\w/.-]*"
    r"\s+(?:(?i:is\s+|was\s+)?(?i:passe[sd]|carrie[sd]|fail(?:s|ed)|defeated|lost|adopted)"
    r"|(?:PASSES|PASSED|CARRIED|FAILS|FAILED|DEFEATED|LOST|ADOPTED))\b[^.!?]{0,40}[.!]?$",
    re.IGNORECASE,
)
# The parties to a motion named in the record: 'Proposer: Ruby Castellano. Seconder: Sam Wu.',
# 'Moved: Cllr Hale; Seconded: Cllr Ng', 'Proposed by Jo Bell, seconded by Ann Lee.' (not the
# motion's wording, 'that …', nor a line leading into it with a colon).
MOTION_PARTIES = re.compile(
    r"^(?!.*\b(?:that|to)\b)(?!.*:\s*$)(?:proposer|seconder|mover|proposed|seconded|moved)(?:\s+by)?\s*[:\u2013\u2014-]?\s+"
    r"(?:(?:mr|mrs|ms|dr|cllr|councillor|councilor)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)"
    r"{0,3}\s*(?:[.;,]\s*(?:(?:seconder|seconded|proposer|proposed|moved|mover)\b.*)?)?$",
    re.IGNORECASE,
)


class Reader(RollReading, SpeakerReading, ActionTableReading, WrittenReading, ExaminationReading):
    """Walks the units once, keeping what the last lines opened (a list, a speaker's turn)."""

    def __init__(self, units: list[Unit], record: Record):
        self.units, self.record = units, record
        self.labels = {
            i: label
            for i, u in enumerate(units)
            if (label := read_label(u)) and not title_and_subtitle(label.printed, label.rest)
        }
        self.labels.update(delegation_labels(units))  # 'Germany (DE):' is the roster's person
        self.handles_printed(units)
        self.label_counts = Counter(label.folded for label in self.labels.values())
        self.handles = sum(  # handles that recur: the voices of a chat log
            1
            for folded, count in self.label_counts.items()
            if count >= 2 and any(lb.handle and lb.folded == folded for lb in self.labels.values())
        )
        self.mode, self.group, self.sure = "", "", False
        self.columns: dict[str, int] = {}
        self.action_table: dict[str, int] = {}
        self.for_the_record: dict[str, PersonDraft] = {}  # who asks and who answers
        self.in_body = False
        self.voice: Voice | None = None
        self.skip: set[int] = set()
        self.fields = field_runs(units)
        self.first_label: int | None = None  # where the document's own label ('Minutes') is
        self.offices = offices_printed([unit.text for unit in units])  # who holds what, listed

    def handles_printed(self, units: list[Unit]) -> None:
        """A chat's names printed with their handles ('Nell Brannigan (@nell.b, chair)'): the
        handle's messages are that person's, wherever the list is."""
        registry = self.record.registry
        for unit in units:
            for name, handle in named_handles(unit.text):
                parsed = parse_name(name)
                if parsed is not None and parsed.is_full:
                    registry.add(parsed, unit.place).handles.add(fold(handle))

    def run(self) -> None:
        for i, unit in enumerate(self.units):
            if i not in self.skip:
                self.read(i, unit)

    def read(self, i: int, unit: Unit) -> None:
        text = unit.text
        if unit.kind is not BlockKind.TABLE_ROW:
            self.columns = {}
        self.examination_names(unit)
        if self.action_row(i, unit) or self.properties(i, unit):
            return
        if unit.kind is BlockKind.TABLE_ROW and TRANSCRIPT_HEADER.match(" | ".join(unit.cells)):
            self.record.not_copied.append(unit)  # 'Speaker | Transcript' over a table's turns
            return
        if (
            self.mode == "attendance"
            and not self.opens_a_list(unit)
            and self.attendees(unit, self.group)
        ):
            return
        if self.mode == "agenda" and self.agenda_item(i, unit):
            return
        self.mode = ""
        if is_document_label(text) and not self.in_body:
            if self.first_label is None:
                self.first_label = unit.index
            self.record.not_copied.append(unit)
            self.record.label_lines.append(unit)
            return
        if SIGNATURE_LEAD.match(text) and len(text) <= 200:
            self.record.not_copied.append(unit)  # a signature block, not a statement
            return
        if self.run_in_item(i, unit):
            return
        if self.in_body and (
            COUNTS.match(text) or NUMBERED_OUTCOME.match(text) or MOTION_PARTIES.match(text)
        ):
            # The record's count of a vote ends whatever turn asked for it.
            self.record.panel.statements.append(StatementDraft(text, None, "procedural", unit))
            self.voice = None
            return
        if self.in_body and (kind := outcome_kind(text)) and not self.under_tool_label(i):
            # 'Passed unanimously.', 'It is resolved that …': the record's, ending the turn.
            self.record.panel.statements.append(StatementDraft(text, None, kind, unit))
            self.voice = None
            return
        if self.in_body and TALLY.match(text):
            self.statement(unit)  # 'Absent: 1 - Pike' under a vote: its tally, not attendance
            return
        if self.attendance(i, unit) or self.agenda(unit):
            return
        if i in self.fields and (self.in_body or not read_front_line(unit, self.record)):
            self.header_field(unit)
            return
        nothing_said = not any(panel.statements for panel in self.record.panels)
        if nothing_said and self.field_above_its_value(i, unit):
            return
        if not self.in_body and read_front_line(unit, self.record):
            return
        if not self.in_body and particulars(unit, self.record):
            return
        heading = panel_heading(text)
        if heading and not (self.in_body or self.record.date or self.record.leftovers):
            heading = None  # 'Plenary sitting' as the document's first line: its title
        topic = TOPIC.match(text) if self.in_body else None
        if heading or topic:
            self.record.new_panel(*(heading or (topic.group("title"), "")), unit)
            self.begin_body(None)
            return
        if self.in_body and RECORD_LINE.match(text):
            # A decision or action is procedural; a RESOLVED clause is the minutes' narrative.
            kind = "narrative" if RESOLVED.match(text) else "procedural"
            if self.voice is not None and self.under_tool_label(i):
                # 'MOTION: to spend …' posted under a chat's header: the sender's own record
                self.record.panel.statements.append(replace(self.voice.says(text, unit), kind=kind))
                return
            if DECISION_WORDED.match(text):
                kind = "narrative"  # 'Agreed: to get a second quote': the decision's wording
            self.record.panel.statements.append(StatementDraft(text, None, kind, unit))
            self.voice = None  # a decision or an action is the record's, and ends a turn
            return
        if self.written_statement(unit):
            return
        if self.examination_line(unit) or self.examination_turn(unit):
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
        # A bracketed line above the date is the header's ('[House Hearing, 116 Congress]',
        # '(Budget Estimates)'); below it, a stage direction.
        bracketed = is_bracketed(text) and bool(self.record.date or self.record.panel.statements)
        if not (self.in_body or is_prose(text) or bracketed or TIME_OF_DAY.match(text)):
            self.record.leftovers.append(unit)
            named = byline(text)
            if named:
                # 'Press Briefing by Spokesperson Daniel Abernathy-Kwan': met before the labels.
                self.record.registry.add(named[0], unit.place)
            return
        self.statement(unit)

    def under_tool_label(self, i: int) -> bool:
        """The unit is a message under a tool's label line ('[05-Mar-19 07:00 PM] nell.b',
        '18:32:05 From Jane Doe to Everyone:', 'Jane Doe  00:03:12')."""
        return i > 0 and bool(name_and_time(self.units[i - 1].text))

    def run_in_item(self, i: int, unit: Unit) -> bool:
        """'19/042 Declarations of interest: Cllr Lang declared …': a numbered item's heading
        run into its first paragraph; the heading opens a section, the rest is read as a unit
        of its own ('19/041 Apologies for absence: Cllr T Barraclough' is attendance)."""
        found = run_in(unit.text)
        if found is None or not (self.in_body or self.record.date):
            return False
        number, heading, rest = found
        if attendance_heading(f"{heading}: {rest}"):
            return self.attendance(i, replace(unit, text=f"{heading}: {rest}", bold_lead=""))
        self.record.new_panel(f"{number} {heading}"[:300], "", unit)
        self.begin_body(None)
        rest_unit = replace(unit, text=rest, bold_lead="", marker="")
        # The label read off the whole line was the heading's; the rest may have its own.
        self.labels.pop(i, None)
        if label := read_label(rest_unit):
            self.labels[i] = label
        self.read(i, rest_unit)
        return True

    def properties(self, i: int, unit: Unit) -> bool:
        """A block of 'key: value' lines above the record (YAML front matter, a Notion or
        HackMD properties block), however the reader set it, in one unit or a unit a line:
        the title, date and place are the meeting's, a list of attendees is attendance, a
        description goes to the summary, the rest (tags, layout) is the tool's metadata."""
        run = self.property_run(i, unit)
        if not run:
            return False
        for line, source in run:
            key, _, value = line.partition(":")
            key, value = key.strip(), value.strip().strip("\"'")
            field = replace(source, text=f"{key}: {value}", lines=(f"{key}: {value}",))
            heading = attendance_heading(field.text)
            if key.casefold() in ("title", "name") and value:
                self.record.leftovers.append(replace(source, text=value, lines=(value,)))
            elif read_front_line(field, self.record) or (
                heading and heading[1] and self.attendees(field, heading[0], text=heading[1])
            ):
                continue
            elif key.casefold() in _DESCRIBING:
                self.record.summary.append(value)
            else:
                self.record.not_copied.append(field)
        return True

    def property_run(self, i: int, unit: Unit) -> list[tuple[str, Unit]]:
        """The property lines starting here: the unit's own lines, or the units a line each
        of its block (the reader's own front matter block); [] unless two or more."""
        if self.in_body or i in self.skip:
            return []
        lines = unit.lines
        if len(lines) >= 2 and all(PROPERTY.match(line) for line in lines):
            return [(line, unit) for line in lines]
        run = []
        for j in range(i, len(self.units)):
            other = self.units[j]
            if other.block != unit.block or not PROPERTY.match(other.text) or len(other.lines) > 1:
                break
            run.append((other.text, other))
        if len(run) < 2 or unit.index != self.units[0].index:
            return []  # a unit a line: only the block the document opens with
        self.skip.update(range(i + 1, i + len(run)))
        return run

    def field_above_its_value(self, i: int, unit: Unit) -> bool:
        """'Location' / 'The David Livingstone Room (CR6)': a field's name alone on its line
        (a heading, or 'Date' with no colon), its value on the next, read as 'Location: …'."""
        following = self.units[i + 1] if i + 1 < len(self.units) else None
        if following is None or not META_LABEL.match(f"{unit.text.rstrip(':')}: x"):
            return False
        if len(unit.text.split()) > 3 or ":" in unit.text.rstrip(":") or i + 1 in self.labels:
            return False
        joined = replace(following, text=f"{unit.text.rstrip(':')}: {following.text}")
        if not read_front_line(joined, self.record):
            return False
        self.skip.add(i + 1)
        return True

    def header_field(self, unit: Unit) -> None:
        """A form field: metadata, though one above the record may date the meeting
        ('Session: Thursday, November 9, 2023, 09:30')."""
        found = find_date(unit.text, day_first=self.record.day_first)
        if DOCUMENT_DATE.match(unit.text):
            found = None  # the date the document was created or sent, not the meeting's
        if not self.in_body and found and self.record.set_date(found.date, unit.place):
            self.record.date_lines.append(unit.index)
            self.record.summary.append(unit.text)
            return
        self.record.not_copied.append(unit)

    def begin_body(self, voice: Voice | None) -> None:
        self.in_body, self.voice = True, voice

    def statement(self, unit: Unit) -> None:
        self.in_body = True
        panel = self.record.panel
        procedural = PROCEDURAL.match(unit.text) or unit.checkbox  # a task is an action record
        procedural = procedural or is_timed_moment(unit.text)
        procedural = procedural or is_record_of_proceedings(unit.text)  # no one's words
        if self.voice is not None and is_minuted_outcome(unit.text):
            self.voice = None  # 'The accounts were received.': the minutes' words, not a turn's
        if is_bracketed(unit.text) or TIME_OF_DAY.match(unit.text) or procedural:
            panel.statements.append(StatementDraft(unit.text, None, "procedural", unit))
        elif self.voice is None:
            panel.statements.append(StatementDraft(unit.text, None, "narrative", unit))
        else:
            panel.statements.append(self.voice.says(unit.text, unit))

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
