"""read_document: any file of minutes to a Document, or a clear error in bounded memory."""

import io
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from intake import documents
from intake.documents import read_document
from intake.readers.blocks import Document, DocumentError
from tests.intake import word_builder
from tests.intake.golden_blocks import GOLDEN

MiB = 1024 * 1024


@pytest.mark.parametrize(
    ("source", "name", "expected"),
    [
        ("text-scribe.txt", "minutes.txt", "text"),
        ("markdown-minutes.md", "minutes.txt", "markdown"),
        ("html-saved-page.html", "minutes.txt", "html"),
        ("word-features.docx", "minutes.txt", "docx"),
        ("pdf-indented.pdf", "minutes.html", "pdf"),
    ],
)
def test_each_format_goes_to_its_reader_whatever_the_name(source, name, expected):
    document = read_document(data=(GOLDEN / source).read_bytes(), name=name)
    assert (document.format, document.name) == (expected, name)
    assert document.blocks


def test_a_file_over_the_limit_is_refused_before_it_is_read(settings):
    settings.INTAKE_MAX_DOCUMENT_BYTES = 1000
    with pytest.raises(DocumentError, match=r"^big\.txt: 1,001 bytes, more than the 1,000"):
        read_document(data=b"a" * 1001, name="big.txt")


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n"])
def test_an_empty_file_is_an_error(data):
    with pytest.raises(DocumentError, match=r"^empty\.txt: the file is empty$"):
        read_document(data=data, name="empty.txt")


def test_an_unexpected_failure_of_a_reader_is_a_document_error(monkeypatch):
    def failing(*, data, name):
        raise TypeError("a bug")

    monkeypatch.setitem(documents.READERS, "text", failing)
    with pytest.raises(DocumentError, match=r"^m\.txt: could not be read as text \(a bug\)$"):
        read_document(data=b"Minutes\n", name="m.txt")


def scanned_pdf() -> bytes:
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=A4)
    canvas.rect(72, 72, 400, 600, fill=1)
    canvas.showPage()
    canvas.save()
    return output.getvalue()


def encrypted_pdf() -> bytes:
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=A4, encrypt="secret")
    canvas.drawString(72, 700, "Minutes")
    canvas.showPage()
    canvas.save()
    return output.getvalue()


BOUNDED_READ = textwrap.dedent(
    """
    import resource, sys
    from intake.readers.blocks import DocumentError
    from intake.documents import read_document

    def address_space():
        for line in open("/proc/self/status"):
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024

    data = open(sys.argv[1], "rb").read()
    limit = address_space() + int(sys.argv[2]) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        read_document(data=data, name=sys.argv[3])
    except DocumentError as error:
        print(error)
    else:
        print("read")
    """
)


def read_bounded(tmp_path, data: bytes, name: str, *, mebibytes: int = 256) -> str:
    """What read_document says of `data` in a process allowed `mebibytes` more memory."""
    path = tmp_path / "input"
    path.write_bytes(data)
    run = subprocess.run(
        [sys.executable, "-c", BOUNDED_READ, str(path), str(mebibytes), name],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


@pytest.mark.parametrize(
    ("build", "name", "message"),
    [
        (
            scanned_pdf,
            "scan.pdf",
            "scan.pdf: a PDF with no text layer (a scan?): it needs OCR first",
        ),
        (encrypted_pdf, "locked.pdf", "locked.pdf: an encrypted PDF that needs a password"),
        (
            lambda: word_builder.features_docx()[:5000],
            "broken.docx",
            "broken.docx: a damaged Word file",
        ),
        (
            lambda: word_builder.expanding_bomb(uncompressed=1024 * MiB),
            "bomb.docx",
            "bomb.docx: a Word file that would unpack to 1,073,741,",
        ),
        (
            lambda: word_builder.claiming_bomb(claimed=4 * 1024 * MiB),
            "claims.docx",
            "claims.docx: a Word file that would unpack to",
        ),
        (lambda: b"Minutes. " * (3 * MiB), "huge.txt", "huge.txt: 28,311,552 bytes, more than"),
        (
            lambda: (
                b"<html><body><nav><a href='/'>Home</a></nav><footer>(c)</footer></body></html>"
            ),
            "nav.html",
            "nav.html: no text once the page's navigation, headers and footers are set aside",
        ),
        (
            lambda: bytes((i * 7919) % 256 for i in range(100_000)),
            "garbage.bin",
            "garbage.bin: a binary file of a kind the reader does not know",
        ),
        (
            lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(10_000),
            "minutes.doc",
            "minutes.doc: an old binary Word file (.doc): save it as .docx or PDF and try again",
        ),
    ],
    ids=[
        "scan",
        "encrypted",
        "corrupt-docx",
        "bomb",
        "claimed-bomb",
        "oversized",
        "nav-only",
        "garbage",
        "doc",
    ],
)
def test_bad_files_are_clear_errors_in_bounded_memory(tmp_path, build, name, message):
    data = build()
    assert len(data) < 30 * MiB
    assert read_bounded(tmp_path, data, name).startswith(message)


def test_the_bound_is_real(tmp_path):
    """The same subprocess, given a file it must hold many copies of, runs out of memory."""
    said = read_bounded(tmp_path, b"x " * (8 * MiB), "big.txt", mebibytes=16)
    assert said.startswith("big.txt: too large to read within the memory allowed")


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=3000),
        st.builds(
            lambda head, rest: head + rest,
            st.sampled_from(
                [
                    b"%PDF-1.4\n",
                    b"PK\x03\x04",
                    b"\xef\xbb\xbf",
                    b"\xff\xfe",
                    b"<!doctype html>",
                    b"# ",
                    b"{\\rtf",
                    b"{\\rtf1\\ansi\\ansicpg1252{\\stylesheet{\\s1 heading 1;}}\\pard\\s1 ",
                    b"MIME-Version: 1.0\nFrom: a@b.c\nTo: d@e.f\nSubject: x\n",
                    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
                ]
            ),
            st.binary(max_size=2000),
        ),
    )
)
def test_any_bytes_give_a_document_or_a_document_error(data):
    try:
        document = read_document(data=data, name="any.file")
    except DocumentError as error:
        assert str(error).startswith("any.file: ")
    else:
        assert isinstance(document, Document) and document.blocks


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=3000))
def test_any_text_gives_a_document_or_a_document_error(text):
    try:
        read_document(data=text.encode("utf-8"), name="any.txt")
    except DocumentError as error:
        assert str(error).startswith("any.txt: ")
