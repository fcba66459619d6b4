"""Fixtures shared by every test module."""

from pathlib import Path

import pytest
from django.conf import settings

SHIPPED_RECORD = Path(settings.BASE_DIR) / "fixtures" / "gp-2012-01-26.yaml"
SEED = Path(settings.BASE_DIR).parent / "shared" / "seeds" / "gp-2012-01-26-minutes.txt"


@pytest.fixture
def shipped_meeting(db):
    """The 26 January 2012 meeting, loaded from fixtures/ as `make load` would."""
    from minutes.meeting_file import load_meeting_files
    from minutes.models import Meeting

    load_meeting_files(paths=[SHIPPED_RECORD])
    return Meeting.objects.get(slug="gp-2012-01-26")


@pytest.fixture
def staff_user(django_user_model):
    return django_user_model.objects.create_user(
        username="staff", password="a-long-test-password", is_staff=True
    )
