"""Old binary Word files (.doc): the main text from the piece table, fields as their
results, cell marks as table rows; damaged and locked files refused by name."""

import olefile
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.documents import read_document
from intake.readers.blocks import BlockKind, DocumentError
from intake.readers.html.walk import blocks_of
from intake.readers.word97 import body_of, read_word97, without_field_codes
from tests.intake.golden_blocks import GOLDEN, assert_matches_golden, golden_inputs

FEATURES = GOLDEN / "word97-features.doc"  # word-features.docx saved by LibreOffice as .doc


@pytest.mark.parametrize("source", golden_inputs(".doc"), ids=lambda path: path.name)
def test_golden(source):
    assert_matches_golden(source=source, document=read_word97(data=source.read_bytes(), name="f"))


def test_the_main_text_without_comments_headers_or_footers():
    document = read_document(data=FEATURES.read_bytes(), name="minutes.doc")
    assert document.format == "doc"
    text = "\n".join(block.text for block in document.blocks)
    assert "Ms. Okafor: We will start with the budget.\nThe figures were circulated" in text
    assert "A paragraph with a comment on it." in text
    rows = [block.cells for block in document.blocks if block.kind == BlockKind.TABLE_ROW]
    assert rows == [("Action", "Who"), ("Circulate", "Secretariat")]


def test_headings_by_their_styles_names():
    document = read_word97(data=FEATURES.read_bytes(), name="minutes.doc")
    headings = [(b.text, b.level) for b in document.blocks if b.kind == BlockKind.HEADING]
    assert headings == [
        ("Steering Group", 1),
        ("Minutes of 14 March 2019", 1),
        ("Present", 2),
        ("Any other business", 3),
    ]


def test_a_field_shows_its_result_not_its_code():
    text = 'See \x13 HYPERLINK "http://x.org" \x14the site\x15 and \x13PAGE\x142\x15.'
    assert without_field_codes(text) == "See the site and 2."
    nested = "\x13 IF \x13 DATE \x1412 May\x15 \x14shown\x15"
    assert without_field_codes(nested) == "shown"


def test_cell_marks_make_rows_by_the_first_rows_cell_count():
    text = "Minutes\rItem\x07Owner\x07\x07Budget\x07\x07\x07Roof\rGutters\x07Ann\x07\x07After.\r"
    blocks = blocks_of(body_of(text))
    assert [(b.kind, b.cells or b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "Minutes"),
        (BlockKind.TABLE_ROW, ("Item", "Owner")),
        (BlockKind.TABLE_ROW, ("Budget", "")),
        (BlockKind.TABLE_ROW, ("Roof\nGutters", "Ann")),
        (BlockKind.PARAGRAPH, "After."),
    ]


def test_other_old_office_files_are_refused_saying_what_they_are():
    with pytest.raises(DocumentError, match=r"^sheet\.xls: an old binary Excel workbook"):
        read_document(data=b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), name="sheet.xls")


def test_a_locked_file_is_refused(tmp_path):
    locked = tmp_path / "locked.doc"
    locked.write_bytes(FEATURES.read_bytes())
    with olefile.OleFileIO(str(locked), write_mode=True) as ole:
        stream = bytearray(ole.openstream("WordDocument").read())
        stream[0x0B] |= 0x01  # the File Information Block's "encrypted" flag
        ole.write_stream("WordDocument", bytes(stream))
    with pytest.raises(DocumentError, match=r"^locked\.doc: a password-protected Word file"):
        read_word97(data=locked.read_bytes(), name="locked.doc")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_files_give_a_document_or_a_document_error(data):
    original = bytearray(FEATURES.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(original) - 1))
        original[position] = data.draw(st.integers(0, 255))
    try:
        read_document(data=bytes(original), name="damaged.doc")
    except DocumentError as error:
        assert str(error).startswith("damaged.doc: ")
