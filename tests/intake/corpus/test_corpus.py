"""The intake corpus is sound: every document has well-formed expectations that its file bears out.

These tests judge the corpus, not the importer: they check that what an expectation file says
is in a document (statements, names, furniture) is really there, in order, and that its
fields have the shape the measurement reads. See README.md for the rules the expectations follow.
"""

import datetime
import re
from pathlib import Path

import pytest
import yaml

from tests.intake.corpus.source_text import comparable, source_text

WORD_NUMBER = re.compile(r"^(\d{1,3}|[a-z])[.)] ")
CORPUS = Path(__file__).parent
HALVES = {
    "dev": 44, "heldout": 22, "heldout2": 19, "heldout3": 14, "heldout4": 15, "heldout5": 15,
    "heldout6": 12, "heldout7": 12, "heldout8": 12,
}  # fmt: skip
FORMATS = {".txt", ".md", ".html", ".docx", ".pdf"}
KINDS = {"remark", "question", "answer", "procedural", "narrative"}
TOP_LEVEL = {
    "document", "body", "shape", "meeting", "people", "attendees",
    "statements", "furniture", "notes", "sections",
}  # fmt: skip


def documents(half: str) -> list[Path]:
    return sorted(
        p for p in (CORPUS / half).iterdir() if p.suffix in FORMATS and ".expected" not in p.name
    )


ALL_DOCUMENTS = [p for half in HALVES for p in documents(half)]


def expectation_of(document: Path) -> dict:
    path = document.with_name(document.name.rsplit(".", 1)[0] + ".expected.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def comparable_source(document: Path, *, furniture: bool = False) -> str:
    """The document's text, compared as its format allows; `furniture` keeps all of it."""
    text = source_text(document, deleted=furniture, margins=furniture)
    if text is None:
        pytest.skip(f"{document.name}: no PDF text library installed (pdfminer.six)")
    return comparable(text, suffix=document.suffix)


def printed(text: str, document: Path) -> str:
    """A statement's text as the file stores it: Word numbers its list items itself."""
    return WORD_NUMBER.sub("", text) if document.suffix == ".docx" else text


@pytest.mark.parametrize("half", HALVES)
def test_each_half_has_its_share_of_documents_in_every_format(half):
    found = documents(half)
    assert len(found) >= HALVES[half]
    assert {p.suffix for p in found} == FORMATS


@pytest.mark.parametrize("half", HALVES)
def test_every_document_has_an_expectation_and_every_expectation_a_document(half):
    stems = {p.name.rsplit(".", 1)[0] for p in documents(half)}
    expected = {p.name.removesuffix(".expected.yaml") for p in (CORPUS / half).glob("*.yaml")}
    assert stems == expected


def test_document_names_are_unique_across_the_halves():
    names = [p.name.rsplit(".", 1)[0] for p in ALL_DOCUMENTS]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("document", ALL_DOCUMENTS, ids=lambda p: p.name)
def test_expectation_is_well_formed(document):
    expected = expectation_of(document)
    assert set(expected) <= TOP_LEVEL
    assert expected["document"] == document.name
    for field in ("body", "shape", "notes"):
        assert isinstance(expected[field], str) and expected[field].strip(), field
    meeting = expected["meeting"]
    assert isinstance(meeting["date"], datetime.date)
    assert meeting["location"] is None or meeting["location"].strip()
    assert isinstance(meeting["title"], str) and meeting["title"].strip()
    assert all(isinstance(s, str) and s for s in expected.get("sections", []))
    assert all(isinstance(f, str) and f.strip() for f in expected["furniture"])


@pytest.mark.parametrize("document", ALL_DOCUMENTS, ids=lambda p: p.name)
def test_people_are_named_once_and_are_each_a_speaker_or_an_attendee(document):
    expected = expectation_of(document)
    names = [person["name"] for person in expected["people"]]
    assert len(names) == len(set(names)), "a person listed twice"
    for person in expected["people"]:
        assert set(person) <= {"name", "honorific"}, person
    speakers = {s["speaker"] for s in expected["statements"]} - {None}
    attendees = [a["name"] for a in expected["attendees"]]
    assert speakers <= set(names), speakers - set(names)
    assert set(attendees) <= set(names), set(attendees) - set(names)
    assert set(names) <= speakers | set(attendees), set(names) - speakers - set(attendees)


@pytest.mark.parametrize("document", ALL_DOCUMENTS, ids=lambda p: p.name)
def test_attendees_and_statements_have_their_fields(document):
    expected = expectation_of(document)
    for attendee in expected["attendees"]:
        assert set(attendee) <= {"name", "group", "role", "organisation"}, attendee
        assert attendee["group"].strip(), attendee
        assert attendee.get("role") is None or attendee["role"].strip(), attendee
    assert expected["statements"], "a document of minutes with nothing said"
    for statement in expected["statements"]:
        assert set(statement) == {"speaker", "kind", "text"}, statement
        assert statement["kind"] in KINDS, statement
        text = statement["text"]
        assert text == text.strip() and "\n" not in text and "  " not in text, text
        assert statement["kind"] != "narrative" or statement["speaker"] is None, statement


@pytest.mark.parametrize("document", ALL_DOCUMENTS, ids=lambda p: p.name)
def test_expected_statements_are_in_the_document_in_order(document):
    source = comparable_source(document)
    ordered = True
    position = 0
    for statement in expectation_of(document)["statements"]:
        text = comparable(printed(statement["text"], document), suffix=document.suffix)
        found = source.find(text, position if ordered else 0)
        assert found >= 0, f"not in {document.name} (after position {position}): {text[:80]}"
        position = found + len(text) if ordered else 0


@pytest.mark.parametrize("document", ALL_DOCUMENTS, ids=lambda p: p.name)
def test_names_of_people_are_printed_in_the_document(document):
    source = comparable_source(document, furniture=True).casefold()
    for person in expectation_of(document)["people"]:
        assert comparable(person["name"], suffix=document.suffix).casefold() in source, person


@pytest.mark.parametrize("document", ALL_DOCUMENTS, ids=lambda p: p.name)
def test_furniture_is_in_the_document_and_in_no_expected_statement(document):
    expected = expectation_of(document)
    source = comparable_source(document, furniture=True)
    texts = [comparable(s["text"], suffix=document.suffix) for s in expected["statements"]]
    for furniture in expected["furniture"]:
        wanted = comparable(furniture, suffix=document.suffix)
        assert wanted in source, f"furniture not in {document.name}: {furniture}"
        assert not any(wanted in text for text in texts), f"furniture in a statement: {furniture}"


SOURCES = sorted((CORPUS / "sources").glob("*.py"))


@pytest.mark.parametrize("source_path", SOURCES, ids=lambda p: p.stem)
def test_built_file_is_what_its_source_builds(source_path, tmp_path):
    """The committed Word and PDF files are rebuilt byte for byte from sources/ (build.py)."""
    pytest.importorskip("docx", reason="python-docx is in requirements-corpus.txt")
    pytest.importorskip("reportlab", reason="reportlab is in requirements-corpus.txt")
    from tests.intake.corpus.build import load
    from tests.intake.corpus.build_docx import build_docx
    from tests.intake.corpus.build_pdf import build_pdf

    source = load(source_path)
    name = f"{source_path.stem}.{source.FORMAT}"
    built = tmp_path / name
    (build_docx if source.FORMAT == "docx" else build_pdf)(built, source)
    assert built.read_bytes() == (CORPUS / source.HALF / name).read_bytes()
