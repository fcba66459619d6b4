"""The OpenDocument reader: LibreOffice's text documents (.odt, flat .fodt) read as blocks."""

import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.documents import read_document
from intake.readers.blocks import BlockKind, DocumentError
from intake.readers.opendocument import read_opendocument
from tests.intake import opendocument_builder as odt
from tests.intake.golden_blocks import assert_matches_golden, golden_inputs

FEATURES = "".join(
    [
        odt.heading("Minutes of the Board", 1),
        odt.paragraph("Regular meeting", style="Subtitle"),
        odt.paragraph("Agenda item 2: Finance", style="P2"),
        odt.bold_lead("Ms. Okafor:", " We have three points."),
        odt.paragraph("Present:", style="P1"),
        '<text:p>Line one<text:line-break/>Line two<text:s text:c="3"/>spaced</text:p>',
        odt.numbered_list(["First point.", "Second point."]),
        odt.paragraph("An interruption."),
        '<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item>'
        + odt.paragraph("Third point.")
        + "</text:list-item></text:list>",
        '<text:list text:style-name="L2"><text:list-item>'
        + odt.paragraph("A bullet.")
        + "</text:list-item></text:list>",
        "<table:table><table:table-row><table:table-cell>"
        + odt.paragraph("Name")
        + "</table:table-cell><table:table-cell>"
        + odt.paragraph("Role")
        + "</table:table-cell></table:table-row><table:table-row><table:table-cell>"
        + odt.paragraph("Ann Lee")
        + "</table:table-cell><table:table-cell>"
        + odt.paragraph("Chair")
        + "</table:table-cell></table:table-row></table:table>",
        "<text:p>Kept<office:annotation><text:p>A reviewer's comment</text:p></office:annotation>"
        ' text<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        "<text:note-body><text:p>A footnote.</text:p></text:note-body></text:note>.</text:p>",
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>Deleted words."
        "</text:p></text:deletion></text:changed-region></text:tracked-changes>",
        '<text:p><text:span text:style-name="Strong_20_Emphasis">Dr Rao:</text:span> Bold by its'
        ' named style, <text:span text:style-name="T2">not</text:span> by a span.</text:p>',
    ]
)


@pytest.mark.parametrize("source", golden_inputs(".odt"), ids=lambda path: path.name)
def test_golden(source):
    document = read_opendocument(data=source.read_bytes(), name=source.name)
    assert_matches_golden(source=source, document=document)


@pytest.fixture(scope="module")
def features():
    return read_opendocument(data=odt.odt_file(FEATURES, title="Board minutes"), name="f.odt")


def texts(document, kind):
    return [block.text for block in document.blocks if block.kind == kind]


def test_headings_by_element_and_by_paragraph_style(features):
    headings = [(b.text, b.level) for b in features.blocks if b.kind == BlockKind.HEADING]
    assert headings == [
        ("Minutes of the Board", 1),
        ("Regular meeting", 2),
        ("Agenda item 2: Finance", 2),
    ]
    assert features.title == "Board minutes"
    assert features.format == "odt"


def test_bold_spans_lead_and_bold_paragraph_styles(features):
    by_text = {block.text: block for block in features.blocks}
    assert by_text["Ms. Okafor: We have three points."].bold_lead == "Ms. Okafor:"
    assert not by_text["Ms. Okafor: We have three points."].bold
    assert by_text["Present:"].bold
    named = by_text["Dr Rao: Bold by its named style, not by a span."]
    assert named.bold_lead == "Dr Rao:"
    assert not by_text["Line one\nLine two spaced"].bold


def test_lists_number_on_after_an_interruption_and_bullets_have_no_marker(features):
    items = [(b.marker, b.text) for b in features.blocks if b.kind == BlockKind.LIST_ITEM]
    assert items == [
        ("1.", "1. First point."),
        ("2.", "2. Second point."),
        ("3.", "3. Third point."),
        ("", "A bullet."),
    ]


def test_tables_are_rows_of_cells(features):
    rows = [b.cells for b in features.blocks if b.kind == BlockKind.TABLE_ROW]
    assert rows == [("Name", "Role"), ("Ann Lee", "Chair")]


def test_comments_footnotes_deletions_header_and_footer_are_no_text(features):
    text = "\n".join(block.text for block in features.blocks)
    assert "Kept text." in text
    for left_out in ("reviewer's comment", "A footnote", "Deleted words", "HEADER OF", "FOOTER OF"):
        assert left_out not in text


def test_places_are_paragraph_numbers(features):
    assert [str(block.place) for block in features.blocks[:3]] == [
        "paragraph 1",
        "paragraph 2",
        "paragraph 3",
    ]


def test_a_flat_fodt_reads_as_the_zipped_file(features):
    flat = read_document(data=odt.flat_odt(FEATURES, title="Board minutes"), name="f.fodt")
    assert flat.format == "odt"
    assert [(b.kind, b.text, b.bold_lead) for b in flat.blocks] == [
        (b.kind, b.text, b.bold_lead) for b in features.blocks
    ]


def test_recognised_by_content_whatever_the_name():
    assert read_document(data=odt.odt_file(FEATURES), name="minutes.txt").format == "odt"


def test_spreadsheets_and_presentations_are_refused_with_advice():
    data = odt.odt_file(FEATURES, mimetype="application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(DocumentError, match=r"^sheet\.ods: an OpenDocument spreadsheet.*\.docx"):
        read_document(data=data, name="sheet.ods")


def archive(entries: dict[str, bytes]) -> bytes:
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("mimetype", odt.MIMETYPE, compress_type=zipfile.ZIP_STORED)
        for name, data in entries.items():
            zipped.writestr(name, data)
    return output.getvalue()


@pytest.mark.parametrize(
    "entries, message",
    [
        ({}, r"^m\.odt: an OpenDocument file without its content\.xml"),
        ({"content.xml": b"<broken"}, r"^m\.odt: not an OpenDocument file that can be read"),
        ({"content.xml": b"<x/>"}, r"^m\.odt: an OpenDocument file with no text document"),
        (
            {"content.xml": odt.content_xml("").encode()},
            r"^m\.odt: an OpenDocument file with no text$",
        ),
        (
            {"content.xml": odt.content_xml("").encode(), "pad.xml": b" " * (101 * 1024 * 1024)},
            r"^m\.odt: an OpenDocument file that would unpack to",
        ),
    ],
)
def test_damaged_and_empty_files_are_errors_naming_the_file(entries, message):
    with pytest.raises(DocumentError, match=message):
        read_document(data=archive(entries), name="m.odt")


def test_entities_are_not_expanded():
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        + odt.content_xml("<text:p>&b;</text:p>").split("?>", 1)[1].encode()
    )
    try:
        document = read_document(data=archive({"content.xml": bomb}), name="m.odt")
    except DocumentError as error:
        assert str(error).startswith("m.odt: ")
    else:
        assert "aaaaaaaaaa" not in "".join(block.text for block in document.blocks)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_files_give_a_document_or_a_document_error(data):
    original = bytearray(odt.odt_file(FEATURES))
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(original) - 1))
        original[position] = data.draw(st.integers(0, 255))
    try:
        read_document(data=bytes(original), name="damaged.odt")
    except DocumentError as error:
        assert str(error).startswith("damaged.odt: ")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_in_a_paragraph_gives_a_document_or_a_document_error(text):
    try:
        read_opendocument(data=odt.odt_file(odt.paragraph(text)), name="any.odt")
    except DocumentError as error:
        assert str(error).startswith("any.odt: ")
