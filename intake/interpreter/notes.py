"""What the interpreter hands back: the draft, and review notes placed in draft and source."""

from dataclasses import dataclass, field

from intake.readers.blocks import Document, Place


@dataclass(frozen=True)
class Note:
    """A review note: the draft place it concerns, the source place it was read from, and why."""

    at: str
    text: str
    place: Place | None = None

    def __str__(self) -> str:
        where = f"{self.at} ({self.place})" if self.place else self.at
        return f"{where}: {self.text}"


@dataclass
class Draft:
    """A draft meeting file (gp-meeting/1, status draft) with its review notes and its document."""

    data: dict
    notes: list[Note] = field(default_factory=list)
    document: Document | None = None
