"""How well readers and interpreter do on documents whose right reading is known.

Each document NAME.ext in a folder has NAME.expected.yaml beside it (the corpus format: the
meeting's date and location, attendees with group and role, every statement with its speaker
and verbatim text, furniture that must not appear). `measure_folder` drafts every document
and counts, per document, what the draft got right.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from intake.documents import read_document
from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document
from intake.readers import sniff
from intake.readers.blocks import DocumentError

MEASURES = (
    "attributed", "verbatim", "speakers", "attendees", "date", "place", "furniture", "kind",
    "title",
)  # fmt: skip


@dataclass
class Score:
    """Right out of expected, for one measure."""

    right: int = 0
    expected: int = 0

    def add(self, other: "Score") -> None:
        self.right += other.right
        self.expected += other.expected

    @property
    def percent(self) -> float | None:
        return 100 * self.right / self.expected if self.expected else None


@dataclass
class DocumentScore:
    """The scores of one document, or the error that kept it from a draft."""

    name: str
    scores: dict[str, Score] = field(default_factory=lambda: {m: Score() for m in MEASURES})
    error: str = ""
    misses: list[str] = field(default_factory=list)


def measure_folder(*, folder: Path) -> list[DocumentScore]:
    """Every document of the folder that has an expectation, measured."""
    people, organisations = KnownPeople(), KnownOrganisations()
    results = []
    for path in sorted(folder.iterdir()):
        expected_path = path.with_name(path.name.rsplit(".", 1)[0] + ".expected.yaml")
        if path.suffix.lower() not in sniff.DOCUMENT_SUFFIXES or not expected_path.exists():
            continue
        expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
        results.append(measure_document(path=path, expected=expected, people=people,
                                        organisations=organisations))  # fmt: skip
    return results


def measure_document(*, path: Path, expected: dict, people=None, organisations=None):
    """Draft one document (as if nothing were recorded; the database is not consulted) and
    score it against its expectation."""
    result = DocumentScore(path.name)
    try:
        document = read_document(data=path.read_bytes(), name=path.name)
        draft = draft_from_document(
            document=document, themes=[], people=people or KnownPeople(),
            organisations=organisations or KnownOrganisations(), recorded=False,
        )  # fmt: skip
    except DocumentError as error:
        result.error = str(error).split("\n")[0][:200]
        _count_all_missed(result, expected)
        return result
    score(result, draft.data, expected)
    return result


def _count_all_missed(result: DocumentScore, expected: dict) -> None:
    counts = {
        "attributed": len(expected["statements"]),
        "verbatim": len(expected["statements"]),
        "speakers": len(_expected_speakers(expected)),
        "attendees": len(expected["attendees"]),
        "date": 1,
        "place": 1,
        "furniture": len(expected["furniture"]),
        "kind": len(expected["statements"]),
        "title": 1,
    }
    for measure, count in counts.items():
        result.scores[measure].expected = count


def score(result: DocumentScore, data: dict, expected: dict) -> None:
    """Fill in the scores of one draft."""
    names = {p["key"]: p["name"] for p in data.get("people", [])}
    statements = [
        (_text(s["text"]), _name(names.get(s["speaker"], s["speaker"])) if s["speaker"] else None)
        for panel in data["panels"]
        for s in panel["statements"]
    ]
    kinds = [s.get("kind") for panel in data["panels"] for s in panel["statements"]]
    s = result.scores
    for wanted in expected["statements"]:
        text, speaker = _text(wanted["text"]), _name(wanted["speaker"])
        exact = [i for i, (said, _) in enumerate(statements) if said == text]
        within = exact or [i for i, (said, _) in enumerate(statements) if text in said]
        who = statements[within[0]][1] if within else None
        s["verbatim"].expected += 1
        s["verbatim"].right += bool(exact)
        s["attributed"].expected += 1
        s["attributed"].right += bool(within) and (who or "") == speaker
        s["kind"].expected += 1
        s["kind"].right += bool(within) and kinds[within[0]] == wanted["kind"]
        if not exact:
            result.misses.append(f"statement not found verbatim: {text[:100]!r}")
        elif (who or "") != speaker:
            result.misses.append(f"statement by {who!r}, not {speaker!r}: {text[:70]!r}")
        elif kinds[within[0]] != wanted["kind"]:
            result.misses.append(f"kind {kinds[within[0]]}, not {wanted['kind']}: {text[:70]!r}")
    found_speakers = {who for _, who in statements if who}
    for speaker in _expected_speakers(expected):
        s["speakers"].expected += 1
        s["speakers"].right += _name(speaker) in found_speakers
        if _name(speaker) not in found_speakers:
            result.misses.append(f"speaker not found: {speaker!r}")
    attendees = {
        (_name(names.get(a["person"], a["person"])), _name(a.get("group")), _name(a.get("role")))
        for a in data.get("attendees", [])
    }
    for wanted in expected["attendees"]:
        s["attendees"].expected += 1
        key = (_name(wanted["name"]), _name(wanted.get("group")), _name(wanted.get("role")))
        s["attendees"].right += key in attendees
        if key not in attendees:
            result.misses.append(f"attendee not found: {key}")
    meeting = expected["meeting"]
    s["date"] = Score(int(data["meeting"]["date"] == str(meeting["date"])), 1)
    location = _text(data["meeting"].get("location") or "")
    s["place"] = Score(int(location == _text(meeting.get("location") or "")), 1)
    if not s["date"].right:
        result.misses.append(f"date {data['meeting']['date']}, not {meeting['date']}")
    if not s["place"].right:
        result.misses.append(f"place {location!r}, not {meeting.get('location')!r}")
    title, wanted_title = data["meeting"].get("title", ""), meeting.get("title") or ""
    s["title"] = Score(int(_title(title) == _title(wanted_title)), 1)
    if not s["title"].right:
        result.misses.append(f"title {title[:100]!r}, not {wanted_title!r}")
    printed = _printed(data)
    for furniture in expected["furniture"]:
        s["furniture"].expected += 1
        s["furniture"].right += _text(furniture) not in printed
        if _text(furniture) in printed:
            result.misses.append(f"furniture kept: {furniture!r}")


def _expected_speakers(expected: dict) -> set[str]:
    return {s["speaker"] for s in expected["statements"] if s["speaker"]}


def _printed(data: dict) -> str:
    """All the text of the draft that comes from the document (review notes aside)."""
    meeting = data["meeting"]
    parts = [meeting.get("title", ""), meeting.get("location", ""), meeting.get("summary", "")]
    parts += [p.get("biography", "") for p in data.get("people", [])]
    parts += [a.get(f, "") for a in data.get("attendees", []) for f in ("role", "group")]
    for panel in data["panels"]:
        parts += [panel["title"], panel.get("topic", "")]
        parts += [p.get(f, "") for p in panel["panelists"] for f in ("title", "role", "biography")]
        parts += [s["text"] for s in panel["statements"]]
    return "\n".join(_text(part) for part in parts if part)


def _text(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", str(text))).strip()


def _title(title: str) -> str:
    """A title compared as read: no case, accents, punctuation or spacing."""
    return " ".join(re.sub(r"[^\w]+", " ", _name(title)).split())


def _name(name) -> str:
    if not name:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(name).casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def total(results: list[DocumentScore]) -> dict[str, Score]:
    summed = {m: Score() for m in MEASURES}
    for result in results:
        for measure, one in result.scores.items():
            summed[measure].add(one)
    return summed


def misses(results: list[DocumentScore]) -> list[str]:
    """What each document missed, a line each, for the one improving the rules."""
    return [f"{r.name}: {miss}" for r in results for miss in r.misses]


def table(results: list[DocumentScore]) -> list[str]:
    """The results as lines of a table: a row per document, then the total."""
    width = max([len(r.name) for r in results] + [len("total")])
    header = f"{'document':<{width}}  " + "  ".join(f"{m:>10}" for m in MEASURES)
    lines = [header, "-" * len(header)]
    for result in results:
        lines.append(_row(result.name, result.scores, width) + _error(result))
    lines.append("-" * len(header))
    lines.append(_row("total", total(results), width))
    return lines


def _row(name: str, scores: dict[str, Score], width: int) -> str:
    cells = []
    for measure in MEASURES:
        percent = scores[measure].percent
        cells.append(f"{'—' if percent is None else f'{percent:.1f}%':>10}")
    return f"{name:<{width}}  " + "  ".join(cells)


def _error(result: DocumentScore) -> str:
    return f"  error: {result.error}" if result.error else ""
