"""Word's own numbers for numbered paragraphs, counted as Word counts them."""

import io
import zipfile

from intake.readers.word import read_word
from intake.readers.word.numbering import formatted, numbered_labels
from tests.intake import word_builder


def labels(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return numbered_labels(archive)


def test_a_list_interrupted_by_a_paragraph_numbers_on():
    data = word_builder.continued_numbering_docx()
    assert labels(data) == ["1.", "2.", "3."]
    blocks = read_word(data=data, name="m.docx").blocks
    assert [(b.text, b.marker) for b in blocks] == [
        ("1. First point.", "1."),
        ("2. Second point.", "2."),
        ("A remark between the points.", ""),
        ("3. Third point.", "3."),
    ]


def test_a_restarted_list_starts_again_in_its_own_format():
    data = word_builder.restarted_lettered_docx()
    assert labels(data) == ["(a)", "(b)", "(a)"]
    markers = [b.marker for b in read_word(data=data, name="m.docx").blocks]
    assert markers == ["(a)", "(b)", "", "(a)"]


def test_bullets_have_no_label():
    assert labels(word_builder.features_docx()) == ["1.", "2."]


def test_number_formats():
    assert [formatted(4, f) for f in ("decimal", "lowerLetter", "upperLetter")] == ["4", "d", "D"]
    assert [formatted(9, f) for f in ("lowerRoman", "upperRoman", "decimalZero")] == [
        "ix",
        "IX",
        "09",
    ]


def test_a_file_without_numbering_has_no_labels():
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr("word/document.xml", "<w:document xmlns:w='x'/>")
    assert labels(output.getvalue()) == []
