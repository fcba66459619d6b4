"""A meeting's source document: downloadable once the meeting is published, unless private."""

import pytest
from django.urls import reverse

from minutes.models import SourceDocument
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db


def keep(meeting, **fields):
    document = SourceDocument.keep(
        meeting=meeting, data=b"<p>minutes</p>", name="minutes.html", format="html"
    )
    for name, value in fields.items():
        setattr(document, name, value)
    document.save()
    return document


def source_url(meeting):
    return reverse("minutes:meeting_source", kwargs={"slug": meeting.slug})


def test_a_published_meetings_document_downloads_as_an_attachment(client):
    meeting = make_meeting()
    keep(meeting)

    response = client.get(source_url(meeting))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"<p>minutes</p>"
    # Never rendered as a page of the site, whatever it holds.
    assert response["Content-Disposition"] == 'attachment; filename="minutes.html"'


def test_a_drafts_document_is_not_public_but_staff_see_it(client, staff_client):
    meeting = make_meeting(status="draft")
    keep(meeting)

    assert client.get(source_url(meeting)).status_code == 404
    assert staff_client.get(source_url(meeting)).status_code == 200


def test_a_private_document_is_for_staff_only(client, staff_client):
    meeting = make_meeting()
    keep(meeting, private=True)

    assert client.get(source_url(meeting)).status_code == 404
    assert staff_client.get(source_url(meeting)).status_code == 200


def test_no_document_is_a_404(client):
    assert client.get(source_url(make_meeting())).status_code == 404


def test_the_meeting_page_lists_the_document_with_its_checksum(client):
    meeting = make_meeting()
    document = keep(meeting)

    page = client.get(meeting.get_absolute_url()).content.decode()

    assert f'href="{source_url(meeting)}"' in page
    assert document.sha256 in page


def test_the_meeting_page_leaves_a_private_document_out_for_the_public(client, staff_client):
    meeting = make_meeting()
    keep(meeting, private=True)

    assert source_url(meeting) not in client.get(meeting.get_absolute_url()).content.decode()
    assert source_url(meeting) in staff_client.get(meeting.get_absolute_url()).content.decode()
