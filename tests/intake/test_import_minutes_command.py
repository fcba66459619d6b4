"""The import_minutes command: a draft to stdout or a file; the database only with --load."""

import pytest
import yaml
from django.core.management import CommandError, call_command
from reversion.models import Revision

from minutes.models import Meeting
from tests.intake.test_import_properties import row_counts
from tests.intake.test_importers_plain_text import GOLDEN

pytestmark = pytest.mark.django_db
SAMPLE = GOLDEN / "profiles.txt"


def test_writes_the_draft_to_stdout_and_touches_nothing(capsys):
    before = row_counts()
    call_command("import_minutes", str(SAMPLE))
    draft = yaml.safe_load(capsys.readouterr().out)
    assert draft["meeting"]["status"] == "draft"
    assert row_counts() == before


def test_writes_the_draft_to_a_file(tmp_path):
    out = tmp_path / "draft.yaml"
    call_command("import_minutes", str(SAMPLE), "-o", str(out))
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["format"] == "gp-meeting/1"
    assert not list(tmp_path.glob(".*partial"))


def test_load_loads_a_draft_meeting_in_one_revision(capsys):
    call_command("import_minutes", str(SAMPLE), "--load")
    meeting = Meeting.objects.get()
    assert meeting.status == "draft"
    assert Revision.objects.get().comment == f"Loaded from {SAMPLE}"
    with pytest.raises(CommandError, match="already recorded"):
        call_command("import_minutes", str(SAMPLE), "--load")


def test_text_without_a_date_is_an_error_and_writes_nothing(tmp_path):
    text = tmp_path / "minutes.txt"
    text.write_text("A title\n\nMs. Ann Lee: Hello, everyone.\n", encoding="utf-8")
    out = tmp_path / "draft.yaml"
    before = row_counts()
    with pytest.raises(CommandError, match="No draft was written"):
        call_command("import_minutes", str(text), "-o", str(out), "--load")
    assert not out.exists()
    assert row_counts() == before


def test_unreadable_file_is_an_error(tmp_path):
    binary = tmp_path / "minutes.txt"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_minutes", str(binary))
