"""Fixtures and helpers shared by the tests of the public meeting-record pages."""

import pytest
from django.test import Client
from django.urls import reverse

from minutes.models import Status
from tests.factories import (
    make_meeting,
    make_membership,
    make_organisation,
    make_panel,
    make_panelist,
    make_person,
    make_record,
    make_statement,
    make_theme,
)


@pytest.fixture
def record():
    """A published meeting with two panels, speakers, statements and themes (make_record)."""
    return make_record(prefix="pub")


@pytest.fixture
def draft():
    """The same shape as `record`, in a draft meeting."""
    return make_record(prefix="draft", status=Status.DRAFT)


@pytest.fixture
def staff_client(staff_user):
    """A second client, logged in as staff, beside the anonymous `client`."""
    staff = Client()
    staff.force_login(staff_user)
    return staff


@pytest.fixture
def meeting_page():
    """A published meeting with two panels, a line-up and themed statements."""
    host = make_organisation(name="Department of State", slug="state")
    nnsa = make_organisation(name="National Nuclear Security Administration", slug="nnsa")
    meeting = make_meeting(
        title="Panel Discussions on the GP",
        slug="gp-2012",
        location="Washington, DC",
        host=host,
        source_url="http://www.state.gov/t/isn/gp2013/mtg/panel/184313.htm",
        summary="Two panels, eight speakers.",
    )
    mallin = make_person(name="Monte Mallin", slug="monte-mallin", biography="Current bio.")
    make_membership(person=mallin, organisation=make_organisation(), role="Later post")
    first, second = make_panel(meeting=meeting), make_panel(meeting=meeting, topic="Futures")
    make_panelist(
        panel=first,
        person=mallin,
        role="Director of Strategic Planning",
        organisation=nnsa,
        biography="Bio as printed in 2012.",
    )
    other = make_person(name="Anita Nergard", biography="Her biography.")
    make_panelist(panel=second, person=other)
    security, awareness = make_theme(name="Security", slug="security"), make_theme(name="Awareness")
    tagged = make_statement(
        panel=first, speaker=mallin, text="First paragraph.\n\nSecond paragraph.", themes=[security]
    )
    untagged = make_statement(panel=first, speaker=mallin, text="Untagged point.")
    later = make_statement(
        panel=second, speaker=other, text="Second panel point.", themes=[security, awareness]
    )
    return {
        "meeting": meeting,
        "panels": (first, second),
        "statements": (tagged, untagged, later),
        "themes": (security, awareness),
        "url": reverse("minutes:meeting_detail", kwargs={"slug": meeting.slug}),
    }
