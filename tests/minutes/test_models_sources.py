"""Source documents: kept with their meeting, with a checksum, one per meeting."""

import hashlib

import pytest

from minutes.models import SourceDocument
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db


def test_keep_stores_the_bytes_with_their_checksum_and_size():
    meeting = make_meeting()
    data = b"%PDF-1.7 minutes"

    document = SourceDocument.keep(meeting=meeting, data=data, name="minutes.pdf", format="pdf")

    assert document.sha256 == hashlib.sha256(data).hexdigest()
    assert document.size == len(data)
    assert document.name == "minutes.pdf"
    with document.file.open("rb") as stored:
        assert stored.read() == data
    assert document.file.name.startswith(f"sources/{meeting.slug}/")


def test_keeping_another_document_replaces_the_first_and_its_file():
    meeting = make_meeting()
    first = SourceDocument.keep(meeting=meeting, data=b"one", name="a.txt", format="text")
    first_file = first.file.name

    second = SourceDocument.keep(meeting=meeting, data=b"two", name="b.txt", format="text")

    assert list(SourceDocument.objects.filter(meeting=meeting)) == [second]
    assert not second.file.storage.exists(first_file)


def test_public_only_when_the_meeting_is_published_and_not_private():
    published, draft = make_meeting(), make_meeting(status="draft")
    shown = SourceDocument.keep(meeting=published, data=b"x", name="x.txt", format="text")
    hidden = SourceDocument.keep(meeting=draft, data=b"x", name="x.txt", format="text")

    assert shown.is_public()
    assert not hidden.is_public()
    shown.private = True
    assert not shown.is_public()


def test_natural_key_is_the_meeting_slug():
    meeting = make_meeting()
    document = SourceDocument.keep(meeting=meeting, data=b"x", name="x.txt", format="text")

    assert document.natural_key() == (meeting.slug,)
    assert SourceDocument.objects.get_by_natural_key(meeting.slug) == document
