"""The seed minutes built as a web page, .docx and PDF read to the same paragraphs as the text."""

import re

import pytest

from intake.documents import read_document
from intake.readers.blocks import BlockKind
from tests.intake.documents import seed_documents, seed_path


@pytest.fixture(scope="module")
def documents():
    if not seed_path().parent.is_dir():
        pytest.skip(f"the shipped seeds are not at {seed_path().parent} (set GP_SEEDS_DIR)")
    return {name: read_document(data=data, name=name) for name, data in seed_documents().items()}


def minutes_lines(document) -> list[str]:
    """The lines of the minutes' paragraphs and points, from "Panel 1" on, headings left out.

    Lines, not blocks: a name with its talk's title on the next line is one block of two
    lines in text, HTML and Word, and two paragraphs in the PDF.
    """
    lines = [line for block in document.blocks for line in block.text.split("\n")]
    lines = lines[lines.index("Panel 1") :]
    if "Back to Top" in lines:
        lines = lines[: lines.index("Back to Top")]
    headings = {b.text for b in document.blocks if b.kind == BlockKind.HEADING}
    return [line for line in lines if line not in headings and not line.startswith("Panel ")]


def test_every_format_is_recognised_by_its_content(documents):
    assert {name: doc.format for name, doc in documents.items()} == {
        "minutes.txt": "text",
        "minutes.html": "html",
        "minutes.docx": "docx",
        "minutes.pdf": "pdf",
        "minutes.odt": "odt",
        "minutes.eml": "email",
    }


@pytest.mark.parametrize(
    "name", ["minutes.html", "minutes.docx", "minutes.pdf", "minutes.odt", "minutes.eml"]
)
def test_every_format_reads_to_the_same_paragraphs_as_the_text(documents, name):
    expected = minutes_lines(documents["minutes.txt"])
    assert len(expected) > 60
    assert minutes_lines(documents[name]) == expected


@pytest.mark.parametrize("name", ["minutes.html", "minutes.docx", "minutes.pdf", "minutes.odt"])
def test_names_are_bold_and_panels_are_headings(documents, name):
    blocks = documents[name].blocks
    assert any(b.bold and b.text.startswith("Monte Mallin") for b in blocks)
    headings = [b.text for b in blocks if b.kind == BlockKind.HEADING]
    panels = [text for text in headings if re.fullmatch(r"Panel \d+", text)]
    assert panels == ["Panel 1", "Panel 2"]


def test_the_page_furniture_is_gone(documents):
    for name in ("minutes.html", "minutes.docx", "minutes.pdf"):
        text = "\n".join(b.text for b in documents[name].blocks)
        for furniture in ("Skip to main content", "Diplomacy in Action", "Page 2", "FOIA"):
            assert furniture not in text, (name, furniture)


def test_an_opendocument_files_comments_header_and_footer_are_no_text(documents):
    text = "\n".join(b.text for b in documents["minutes.odt"].blocks)
    assert "Washington, DC, January 26, 2012" in text
    for furniture in ("Check the spelling", "HEADER OF EVERY PAGE", "FOOTER OF EVERY PAGE"):
        assert furniture not in text, furniture


def test_the_numbered_points_keep_their_numbers(documents):
    for name in ("minutes.html", "minutes.docx", "minutes.odt"):
        points = [b for b in documents[name].blocks if b.text.startswith("3. Chemical")]
        assert [(p.kind, p.marker) for p in points] == [(BlockKind.LIST_ITEM, "3.")], name
