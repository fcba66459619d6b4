"""The Word reader: mammoth's HTML read as a page, and the archive checked before it is opened."""

import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.readers.blocks import BlockKind, DocumentError
from intake.readers.word import read_word
from tests.intake import word_builder
from tests.intake.golden_blocks import GOLDEN, assert_matches_golden, golden_inputs

GOLDEN_FEATURES = GOLDEN / "word-features.docx"


@pytest.mark.parametrize("source", golden_inputs(".docx"), ids=lambda path: path.name)
def test_golden(source):
    document = read_word(data=source.read_bytes(), name=source.name)
    assert_matches_golden(source=source, document=document)


@pytest.fixture(scope="module")
def features():
    return read_word(data=word_builder.features_docx(), name="features.docx")


def test_heading_styles_become_headings_with_their_level(features):
    headings = [(b.text, b.level) for b in features.blocks if b.kind == BlockKind.HEADING]
    assert headings == [
        ("Steering Group", 1),
        ("Minutes of 14 March 2019", 1),
        ("Present", 2),
        ("Any other business", 3),
    ]


def test_bold_runs_lines_and_lists(features):
    by_text = {b.text: b for b in features.blocks}
    okafor = by_text[
        "Ms. Okafor: We will start with the budget.\nThe figures were circulated last week."
    ]
    assert (okafor.bold_lead, okafor.bold) == ("Ms. Okafor:", False)
    assert by_text["Dr. C. Haddad"].bold
    numbered = [b for b in features.blocks if b.marker]
    assert [(b.text, b.marker) for b in numbered] == [
        ("1. Raising awareness is important.", "1."),
        ("2. Codes of conduct are vital.", "2."),
    ]
    assert by_text["Mr. B. Lindqvist"].kind == BlockKind.LIST_ITEM


def test_tables_are_rows_of_cells(features):
    rows = [b.cells for b in features.blocks if b.kind == BlockKind.TABLE_ROW]
    assert rows == [("Action", "Who"), ("Circulate", "Secretariat")]


def test_comments_headers_and_footers_are_left_out_and_the_title_kept(features):
    text = " ".join(b.text for b in features.blocks)
    assert "A paragraph with a comment on it." in text
    assert "Check this figure" not in text
    assert "CONFIDENTIAL" not in text and "Page footer text" not in text
    assert features.title == "Minutes of the Steering Group"


def test_tracked_insertions_are_kept_and_deletions_dropped():
    document = read_word(data=word_builder.with_tracked_changes(), name="changes.docx")
    assert [b.text for b in document.blocks] == ["The Chair kept the order."]


def test_a_corrupt_file_is_an_error_naming_it():
    data = word_builder.features_docx()
    with pytest.raises(DocumentError, match=r"^broken\.docx: "):
        read_word(data=data[: len(data) // 2], name="broken.docx")


def test_an_archive_that_expands_past_the_limit_is_refused_unopened():
    bomb = word_builder.expanding_bomb(uncompressed=128 * 1024 * 1024)
    assert len(bomb) < 1024 * 1024
    with pytest.raises(DocumentError, match=r"^bomb\.docx: .*(unpack to|compresses)"):
        read_word(data=bomb, name="bomb.docx")


def test_an_archive_that_claims_gigabytes_is_refused():
    with pytest.raises(DocumentError, match=r"^claims\.docx: a Word file that would unpack to"):
        read_word(data=word_builder.claiming_bomb(claimed=4 * 1024**3), name="claims.docx")


def test_a_password_protected_archive_is_refused():
    with pytest.raises(DocumentError, match=r"^locked\.docx: a password-protected Word file"):
        read_word(data=word_builder.encrypted_entries(), name="locked.docx")


def test_a_zip_without_a_document_is_an_error():
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr("word/document.xml", "<not-word/>")
    with pytest.raises(DocumentError, match=r"^odd\.docx: "):
        read_word(data=output.getvalue(), name="odd.docx")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_word_files_give_a_document_or_a_document_error(data):
    original = bytearray(GOLDEN_FEATURES.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(original) - 1))
        original[position] = data.draw(st.integers(0, 255))
    try:
        read_word(data=bytes(original), name="damaged.docx")
    except DocumentError as error:
        assert str(error).startswith("damaged.docx: ")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_document_or_a_document_error(data):
    try:
        read_word(data=b"PK\x03\x04" + data, name="any.docx")
    except DocumentError as error:
        assert str(error).startswith("any.docx: ")


def test_paragraphs_formatted_as_headings_are_headings_by_size():
    document = read_word(data=(GOLDEN / "word-office-layouts.docx").read_bytes(), name="w.docx")
    headings = [(b.text, b.level) for b in document.blocks if b.kind == BlockKind.HEADING]
    assert headings == [
        ("WESTBURY PARISH COUNCIL", 1),
        ("Minutes of the meeting held on 2 March 2022", 2),
        ("1. Apologies", 3),
        ("2. The school", 3),
        ("Attendance", 3),
        ("Actions", 3),
    ]
    bold_lines = [b.text for b in document.blocks if b.bold]
    assert bold_lines == []
