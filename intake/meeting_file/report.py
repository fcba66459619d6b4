"""What a load did, or in a dry run would do, counted per kind of record."""

from collections import Counter
from dataclasses import dataclass, field

# "pending": a draft's change to a shared record, held until the meeting is published.
ACTIONS = ("created", "updated", "pending", "unchanged", "deleted")


@dataclass
class LoadReport:
    """What a load did (or, in a dry run, would do), counted per kind of record."""

    sources: list[str] = field(default_factory=list)
    counts: dict[str, Counter] = field(default_factory=dict)
    meetings: list[str] = field(default_factory=list)

    def add(self, kind: str, action: str, n: int = 1) -> None:
        if n:
            self.counts.setdefault(kind, Counter())[action] += n

    @property
    def changed(self) -> bool:
        return any(c["created"] or c["updated"] or c["deleted"] for c in self.counts.values())

    def lines(self) -> list[str]:
        out = []
        for kind, counter in self.counts.items():
            parts = ", ".join(
                f"{counter[action]} {action}" for action in ACTIONS if counter[action]
            )
            out.append(f"{kind}: {parts}")
        return out
