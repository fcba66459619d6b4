"""What the rules build while reading a document, before it is written out as a draft file."""

import datetime
from dataclasses import dataclass, field

from intake.readers.blocks import Place

from .biography import Post
from .known import KnownOrganisations
from .people import PersonDraft, Registry
from .units import Unit


@dataclass
class PanelistDraft:
    """A place in a line-up, with the guesses about it that a person should check."""

    person: PersonDraft
    title: str = ""
    role: str = ""
    organisation: str = ""
    biography: str = ""
    place: Place | None = None
    notes: dict[str, str] = field(default_factory=dict)

    def take(self, post: Post) -> None:
        if post.role and not self.role:
            self.role = post.role[:300]
            if "role" in post.notes:
                self.notes["role"] = post.notes["role"]
        if not self.organisation and "organisation" in post.notes:
            self.organisation = post.organisation
            self.notes["organisation"] = post.notes["organisation"]


@dataclass
class StatementDraft:
    """One paragraph of what was said, by whom (None for narrative), read from `unit`."""

    text: str
    speaker: PersonDraft | None
    kind: str
    unit: Unit
    note: str = ""
    role: str = ""  # the office a label printed for a speaker it does not name ('MODERATOR')


@dataclass
class PanelDraft:
    """A panel, session or section of the record: its heading, line-up and statements."""

    title: str = ""
    topic: str = ""
    heading: Unit | None = None
    panelists: list[PanelistDraft] = field(default_factory=list)
    statements: list[StatementDraft] = field(default_factory=list)

    def place_for(self, person: PersonDraft) -> PanelistDraft:
        for panelist in self.panelists:
            if panelist.person is person:
                return panelist
        panelist = PanelistDraft(person=person, place=person.place)
        self.panelists.append(panelist)
        return panelist

    @property
    def is_empty(self) -> bool:
        return not (self.panelists or self.statements)


@dataclass
class AttendeeDraft:
    """One entry of a list of those present, absent or in the chair."""

    person: PersonDraft
    role: str = ""
    group: str = ""
    organisation: str = ""
    place: Place | None = None
    marked: bool = False


@dataclass
class Record:
    """Everything read so far: the meeting's particulars, who attended, panels, and notes."""

    registry: Registry
    organisations: KnownOrganisations
    title: str = ""
    title_line: str = ""  # the header line as printed, with the date or place it gives
    date: datetime.date | None = None
    date_place: Place | None = None
    date_lines: list[int] = field(default_factory=list)
    day_first: bool | None = None  # the document's numeric dates: day first, month first
    location: str = ""
    location_unit: Unit | None = None
    location_labelled: bool = False
    host: str = ""
    source_url: str = ""
    summary: list[str] = field(default_factory=list)
    leftovers: list[Unit] = field(default_factory=list)
    label_lines: list[Unit] = field(default_factory=list)  # 'Minutes', 'Transcript of …'
    attendees: list[AttendeeDraft] = field(default_factory=list)
    presiding: PersonDraft | None = None  # who is in the chair at this point of the reading
    panels: list[PanelDraft] = field(default_factory=lambda: [PanelDraft()])
    not_copied: list[Unit] = field(default_factory=list)
    notes: list[tuple[str, str, Place | None]] = field(default_factory=list)

    def note(self, at: str, text: str, place: Place | None = None) -> None:
        self.notes.append((at, text, place))

    @property
    def panel(self) -> PanelDraft:
        return self.panels[-1]

    def new_panel(self, title: str, topic: str, heading: Unit) -> PanelDraft:
        if self.panel.is_empty and not self.panel.title:
            self.panel.title, self.panel.topic, self.panel.heading = title, topic, heading
        else:
            self.panels.append(PanelDraft(title=title, topic=topic, heading=heading))
        return self.panel

    def attend(self, attendee: AttendeeDraft) -> None:
        """Add an attendee once per group ('Present' and 'In the Chair' are two entries); a
        person listed again in the same group only adds a role not printed before."""
        listed = next(
            (
                a
                for a in self.attendees
                if a.person is attendee.person and a.group.casefold() == attendee.group.casefold()
            ),
            None,
        )
        if listed is None:
            self.attendees.append(attendee)
        elif attendee.role and attendee.role not in listed.role:
            listed.role = ", ".join(filter(None, [listed.role, attendee.role]))[:200]

    def set_date(self, date: datetime.date, place: Place | None) -> bool:
        """Take the first date; a different one later is noted. True if it is the one taken."""
        if self.date is None:
            self.date, self.date_place = date, place
            return True
        if self.date != date:
            self.note(
                "meeting.date",
                f"the header also gives {date.isoformat()} ({place}); the first date, "
                f"at {self.date_place}, was taken",
                place,
            )
        return self.date == date
