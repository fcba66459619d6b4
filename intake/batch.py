"""Many documents of minutes in one run: each read, drafted and (on request) written or loaded on
its own, a bad one reported without stopping the others."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.db import DatabaseError, connection, transaction

from intake.documents import read_document
from intake.interpreter import Draft, KnownOrganisations, KnownPeople, draft_from_document
from intake.meeting_file import MeetingFileError, load_parsed, parse_text
from intake.meeting_file.export import dump_yaml
from intake.readers import sniff
from intake.readers.blocks import DocumentError
from minutes.models import Meeting, SourceDocument, Theme
from people.models import Organisation, OrganisationAlias, Person


@dataclass
class FileResult:
    """What became of one file: its draft's particulars, or the error that stopped it."""

    path: Path
    slug: str = ""
    statements: int = 0
    speakers: int = 0
    notes: int = 0
    error: str = ""
    written: Path | None = None
    loaded: bool = False
    draft: Draft | None = field(default=None, repr=False)


def missing_tables() -> list[str]:
    """The tables drafting reads that the database lacks (all of them when it cannot be
    reached): a database not yet migrated."""
    needed = [model._meta.db_table for model in (Meeting, Theme, Person, Organisation,
                                                 OrganisationAlias)]  # fmt: skip
    try:
        present = set(connection.introspection.table_names())
    except DatabaseError:
        return needed
    return [table for table in needed if table not in present]


def documents_in(*, paths: Iterable[str | Path]) -> list[Path]:
    """The files named, and the documents of known kinds in the folders named (recursively)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(
                file
                for file in path.rglob("*")
                if file.is_file() and file.suffix.lower() in sniff.DOCUMENT_SUFFIXES
            )
        else:
            found.append(path)
    return found


def import_files(
    *,
    paths: list[Path],
    output: Path | None = None,
    load: bool = False,
    progress: Callable[[Path], None] | None = None,
) -> list[FileResult]:
    """Draft every file; write each draft into `output` and/or load it as a draft meeting.

    The recorded people, organisations and themes are read once for the whole batch. Each
    file is written or loaded in its own transaction.
    """
    people, organisations = KnownPeople.load(), KnownOrganisations.load()
    themes = list(Theme.objects.all())
    results = []
    for path in paths:
        result = FileResult(path=path)
        try:
            _import_one(result, people, organisations, themes, output, load)
        except (DocumentError, MeetingFileError, OSError) as error:
            result.error = _first_line(error)
        results.append(result)
        if progress:
            progress(path)
    return results


def _import_one(result, people, organisations, themes, output, load) -> None:
    data = result.path.read_bytes()
    document = read_document(data=data, name=str(result.path))
    draft = draft_from_document(
        document=document, themes=themes, people=people, organisations=organisations
    )
    result.draft = draft
    result.slug = draft.data["meeting"]["slug"]
    statements = [s for panel in draft.data["panels"] for s in panel["statements"]]
    result.statements = len(statements)
    result.speakers = len({s["speaker"] for s in statements if s["speaker"]})
    result.notes = len(draft.notes)
    yaml_text = dump_yaml(draft.data)
    if load:
        _load(yaml_text, result, source=data, source_format=document.format)
    if output is not None:
        result.written = output / f"{result.path.stem}.yaml"
        write_file(result.written, yaml_text)


def _load(yaml_text: str, result: FileResult, *, source: bytes, source_format: str) -> None:
    """Load one draft, with the document it came from, in its own transaction; a draft never
    replaces a recorded meeting."""
    with transaction.atomic():
        if Meeting.objects.filter(slug=result.slug).exists():
            raise DocumentError(
                f"{result.path}: a meeting {result.slug!r} is already recorded; write the draft "
                "with -o, check it, and load it with load_meeting"
            )
        load_parsed(files=[parse_text(yaml_text, source=str(result.path))])
        SourceDocument.keep(
            meeting=Meeting.objects.get(slug=result.slug),
            data=source,
            name=result.path.name,
            format=source_format,
        )
    result.loaded = True


def write_file(path: Path, text: str) -> None:
    """Write through a temporary file beside the target, so a failure leaves no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


def _first_line(error: Exception) -> str:
    if isinstance(error, MeetingFileError):
        return "; ".join(error.problems[:3])
    return str(error).split("\n")[0]


def summary_lines(results: list[FileResult]) -> list[str]:
    """A table of the batch: a row per file, its meeting, counts and error."""
    header = ("file", "meeting", "statements", "speakers", "review notes", "error")
    rows = [
        (
            str(r.path),
            r.slug,
            str(r.statements),
            str(r.speakers),
            str(r.notes),
            r.error.removeprefix(f"{r.path}: "),
        )
        for r in results
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header) - 1)]
    lines = []
    for row in [header, *rows]:
        cells = [
            cell.rjust(width) if 1 < i < 5 else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=False))
        ]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    lines.insert(1, "-" * max(len(line) for line in lines[:2]))
    done = sum(not r.error for r in results)
    lines.append(f"{done} of {len(results)} file(s) drafted.")
    return lines
