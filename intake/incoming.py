"""A document between the admin import's preview and its confirmation.

The preview stores the upload (by its checksum, through Django's storage) and signs what it
stored; the confirmation loads the draft and keeps the document as the meeting's source. A
preview that is never confirmed leaves its file, which the next preview clears once it is older
than a preview may wait.
"""

import datetime
import hashlib

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from intake.interpreter import Draft
from intake.meeting_file import MeetingFileError
from intake.readers.blocks import Block
from minutes.models import Meeting, SourceDocument

FOLDER = "incoming"
KEPT_FOR = datetime.timedelta(hours=2)  # longer than a preview may wait for its confirmation
EXCERPT = 300


def keep(upload: dict) -> dict:
    """Store an uploaded document until its preview is confirmed; what to sign for that."""
    data, document = upload["data"], upload["document"]
    _clear_old()
    sha256 = hashlib.sha256(data).hexdigest()
    path = f"{FOLDER}/{sha256}"
    if not default_storage.exists(path):
        default_storage.save(path, ContentFile(data))
    return {"path": path, "sha256": sha256, "name": document.name, "format": document.format}


def attach(stored: dict, *, meeting: Meeting) -> SourceDocument:
    """The stored document, made the meeting's source (checked against its signed checksum)."""
    with default_storage.open(stored["path"], "rb") as file:
        data = file.read()
    if hashlib.sha256(data).hexdigest() != stored["sha256"]:
        raise MeetingFileError([f"{stored['name']}: the document changed since its preview"])
    document = SourceDocument.keep(
        meeting=meeting, data=data, name=stored["name"], format=stored["format"]
    )
    default_storage.delete(stored["path"])
    return document


def notes_beside_blocks(draft: Draft) -> list[dict]:
    """Each source block a review note concerns, in document order, with its notes; notes that
    concern no block (the meeting as a whole) come first."""
    blocks: dict[object, Block] = {}
    if draft.document is not None:
        blocks = {block.place: block for block in draft.document.blocks}
    rows: dict[object, dict] = {}
    for note in draft.notes:
        block = blocks.get(note.place)
        row = rows.setdefault(
            note.place,
            {
                "place": str(note.place) if note.place else "",
                "excerpt": _excerpt(block.text) if block else "",
                "notes": [],
            },
        )
        row["notes"].append(f"{note.at}: {note.text}")
    order = {place: index for index, place in enumerate(blocks)}
    return [row for place, row in sorted(rows.items(), key=lambda item: order.get(item[0], -1))]


def _excerpt(text: str) -> str:
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


def _clear_old() -> None:
    """Remove stored uploads older than a preview may wait."""
    try:
        _, names = default_storage.listdir(FOLDER)
    except FileNotFoundError:
        return
    cutoff = timezone.now() - KEPT_FOR
    for name in names:
        path = f"{FOLDER}/{name}"
        if default_storage.get_modified_time(path) < cutoff:
            default_storage.delete(path)
