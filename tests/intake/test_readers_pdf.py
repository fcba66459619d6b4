"""The PDF reader: paragraphs, headings and bold from the layout; scans and locks refused."""

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from intake.readers import pdf as pdf_reader
from intake.readers.blocks import BlockKind, DocumentError, Place
from intake.readers.pdf import read_pdf
from tests.intake.golden_blocks import GOLDEN, assert_matches_golden, golden_inputs
from tests.intake.pdf_builder import Typesetter, drawn_lines, features_pdf


@pytest.mark.parametrize("source", golden_inputs(".pdf"), ids=lambda path: path.name)
def test_golden(source):
    document = read_pdf(data=source.read_bytes(), name=source.name)
    assert_matches_golden(source=source, document=document)


@pytest.fixture(scope="module")
def features():
    return read_pdf(data=features_pdf(), name="features.pdf")


def test_headings_by_size_with_levels_by_rank(features):
    headings = [(b.text, b.level) for b in features.blocks if b.kind == BlockKind.HEADING]
    assert headings == [
        ("Minutes of the Steering Group", 1),
        ("Item 1: Procedure", 2),
        ("Item 2: Any other business", 2),
    ]


def test_bold_names_and_leads(features):
    name, speech = features.blocks[3:5]
    assert (name.text, name.bold, name.bold_lead) == ("Ms. A. Okafor", True, "Ms. A. Okafor")
    assert (speech.bold_lead, speech.bold) == ("Ms. Okafor:", False)


def test_words_broken_at_line_ends_are_mended_or_keep_their_hyphen(features):
    text = features.blocks[4].text
    assert "The procedure follows" in text  # "pro-" + "cedure": "procedure" occurs elsewhere
    assert "Nunn-Lugar" in text  # a capital after the hyphen
    assert "of cyber-security will" in text  # "cyber-security" occurs elsewhere
    assert "a self-assessment" in text  # "assessment" is a word of the document
    assert "a multilateral review" in text  # "lateral" is not: a syllable
    assert "\n" not in text


def test_running_heads_and_page_numbers_are_dropped_and_paragraphs_run_on(features):
    texts = [b.text for b in features.blocks]
    assert not any("Global Partnership" in t or t.startswith("Page ") for t in texts)
    assert features.blocks[-1].place == Place(page=2, paragraph=2)
    assert features.title == "Minutes of the Steering Group"


def blank_pdf(*, draw=None, encrypt=None) -> bytes:
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=A4, invariant=1, encrypt=encrypt)
    if draw:
        draw(canvas)
    canvas.showPage()
    canvas.save()
    return output.getvalue()


def test_a_pdf_without_a_text_layer_needs_ocr():
    scan = blank_pdf(draw=lambda canvas: canvas.rect(72, 72, 300, 400, fill=1))
    with pytest.raises(DocumentError, match=r"^scan\.pdf: a PDF with no text layer.*OCR"):
        read_pdf(data=scan, name="scan.pdf")


def test_an_encrypted_pdf_is_refused():
    locked = blank_pdf(draw=lambda c: c.drawString(72, 700, "Secret"), encrypt="password")
    with pytest.raises(
        DocumentError, match=r"^locked\.pdf: an encrypted PDF that needs a password"
    ):
        read_pdf(data=locked, name="locked.pdf")


def test_too_many_pages_are_refused(monkeypatch):
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 1)
    with pytest.raises(DocumentError, match=r"^long\.pdf: 2 pages, more than the 1 accepted"):
        read_pdf(data=features_pdf(), name="long.pdf")


def test_a_damaged_pdf_is_an_error_naming_it():
    with pytest.raises(DocumentError, match=r"^broken\.pdf: "):
        read_pdf(data=b"%PDF-1.4\n" + b"garbage" * 50, name="broken.pdf")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_pdfs_give_a_document_or_a_document_error(data):
    original = bytearray((GOLDEN / "pdf-indented.pdf").read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(original) - 1))
        original[position] = data.draw(st.integers(0, 255))
    try:
        read_pdf(data=bytes(original), name="damaged.pdf")
    except DocumentError as error:
        assert str(error).startswith("damaged.pdf: ")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_document_or_a_document_error(data):
    try:
        read_pdf(data=b"%PDF-1.7\n" + data, name="any.pdf")
    except DocumentError as error:
        assert str(error).startswith("any.pdf: ")


@pytest.fixture(scope="module")
def word_export():
    source = GOLDEN / "pdf-word-export.pdf"
    return read_pdf(data=source.read_bytes(), name=source.name)


def test_tables_set_in_columns_are_rows_of_cells(word_export):
    rows = [b.cells for b in word_export.blocks if b.kind == BlockKind.TABLE_ROW]
    assert rows[:2] == [("Name", "Position", "Attendance"), ("Maria Ortiz", "Chair", "Present")]
    assert rows[-1] == ("Publish the sign guidance on the website", "City Clerk", "Oct 1", "Open")


def test_odd_and_even_running_heads_go_on_portrait_and_landscape_pages(word_export):
    texts = [b.text for b in word_export.blocks]
    assert not [t for t in texts if "Elmwood" in t and t != "CITY OF ELMWOOD"]
    assert not [t for t in texts if t.startswith(("Planning Commission \u2014", "Page "))]


def test_a_title_page_of_centred_lines_keeps_each_line(word_export):
    assert [b.text for b in word_export.blocks[3:5]] == [
        "Thursday, September 8, 2022, 6:30 p.m.",
        "Council Chamber, 200 Main Street",
    ]


def test_a_superscript_note_mark_is_written_raised_and_the_note_read_after_the_text(word_export):
    page_two = [b.text for b in word_export.blocks if b.place.page == 2]
    assert page_two[-2].endswith("to a later date.\u00b9")
    assert page_two[-1].startswith("1 The letter is filed")


def label_broken_at_a_hyphen_pdf() -> bytes:
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=A4, invariant=1)
    setter = Typesetter(canvas)
    setter.paragraph("Tuesday, July 26, 2016")
    drawn_lines(
        setter,
        [
            "THE MINISTER OF STATE IN THE MINISTRY OF DRINKING WATER AND SANITA-",
            "TION (SHRI DESHMUKH): Madam Speaker, a habitation is fully covered when it",
            "has a safe source.",
        ],
        bold_words=15,
    )
    setter.paragraph("HEALTH AND WELFARE", bold=True)
    setter.paragraph("The Minister then replied to the question.")
    canvas.showPage()
    canvas.save()
    return output.getvalue()


def test_a_bold_label_broken_at_a_hyphen_goes_on_in_its_paragraph():
    blocks = read_pdf(data=label_broken_at_a_hyphen_pdf(), name="debate.pdf").blocks
    texts = [b.text for b in blocks]
    assert texts[1] == (
        "THE MINISTER OF STATE IN THE MINISTRY OF DRINKING WATER AND SANITATION (SHRI "
        "DESHMUKH): Madam Speaker, a habitation is fully covered when it has a safe source."
    )
    # A bold heading over a plain paragraph, no hyphen between them, stays apart.
    assert texts[2:] == ["HEALTH AND WELFARE", "The Minister then replied to the question."]
