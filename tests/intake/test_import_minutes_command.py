"""The import_minutes command: one file to stdout or a file; many files and folders in a batch."""

import hashlib

import pytest
import yaml
from django.core.management import CommandError, call_command
from reversion.models import Revision

from minutes.models import Meeting, Statement
from tests.intake.test_import_properties import row_counts
from tests.intake.test_interpreter_draft import GOLDEN

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


def test_load_loads_a_draft_meeting_in_one_revision():
    call_command("import_minutes", str(SAMPLE), "--load")
    meeting = Meeting.objects.get()
    assert meeting.status == "draft"
    assert Revision.objects.get().comment == f"Loaded from {SAMPLE}"
    with pytest.raises(CommandError, match="1 of 1 file"):
        call_command("import_minutes", str(SAMPLE), "--load")
    assert Meeting.objects.count() == 1  # a draft never replaces a recorded meeting


def test_load_keeps_the_document_with_its_meeting_and_each_statements_place():
    call_command("import_minutes", str(SAMPLE), "--load")
    meeting = Meeting.objects.get()
    document = meeting.source_document
    assert (document.name, document.format) == (SAMPLE.name, "text")
    assert document.sha256 == hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    places = list(Statement.objects.filter(panel__meeting=meeting).values_list("source_place"))
    assert places and all(place.startswith("line ") for (place,) in places)


def test_a_batch_of_files_and_folders_writes_a_draft_each_and_a_summary(tmp_path, capsys):
    folder = tmp_path / "in" / "nested"
    folder.mkdir(parents=True)
    for name in ("transcript", "single_speaker"):
        (folder / f"{name}.txt").write_text((GOLDEN / f"{name}.txt").read_text("utf-8"), "utf-8")
    (folder / "ignored.yaml").write_text("not minutes", encoding="utf-8")
    (tmp_path / "in" / "bad.md").write_text("A title\n\nMs. Ann Lee: Hello.\n", encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(CommandError, match="1 of 4 file"):
        call_command("import_minutes", str(tmp_path / "in"), str(SAMPLE), "-o", str(out), "--load")
    assert sorted(p.name for p in out.iterdir()) == [
        "profiles.yaml",
        "single_speaker.yaml",
        "transcript.yaml",
    ]
    summary = capsys.readouterr().out
    assert "bad.md" in summary and "no meeting date found" in summary
    assert "public-meeting-on-emergency-planning" in summary
    assert Meeting.objects.filter(status="draft").count() == 3


def test_text_without_a_date_is_an_error_and_writes_nothing(tmp_path):
    text = tmp_path / "minutes.txt"
    text.write_text("A title\n\nMs. Ann Lee: Hello, everyone.\n", encoding="utf-8")
    out = tmp_path / "draft.yaml"
    before = row_counts()
    with pytest.raises(CommandError, match="1 of 1 file"):
        call_command("import_minutes", str(text), "-o", str(out), "--load")
    assert not out.exists()
    assert row_counts() == before


def test_unreadable_file_is_an_error(tmp_path, capsys):
    binary = tmp_path / "minutes.txt"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(CommandError):
        call_command("import_minutes", str(binary))
    assert "minutes.txt" in capsys.readouterr().err
