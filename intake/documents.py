"""A file of minutes in any format the office receives, as a `Document` of blocks.

`read_document(data=…, name=…)` recognises the format by the content (the name's extension
only breaks a tie), checks the size and hands the bytes to the reader of that format. Every
outcome is a `Document` or a `DocumentError` whose message names the file.
"""

import logging
from collections.abc import Callable

from django.conf import settings

from intake.readers import sniff
from intake.readers.blocks import Document, DocumentError
from intake.readers.email_message import read_email
from intake.readers.html import read_html
from intake.readers.markdown import read_markdown
from intake.readers.opendocument import read_opendocument
from intake.readers.pdf import read_pdf
from intake.readers.rtf import read_rtf
from intake.readers.text import read_text
from intake.readers.word import read_word
from intake.readers.word97 import read_word97

logger = logging.getLogger(__name__)

DEFAULT_MAX_DOCUMENT_BYTES = 20 * 1024 * 1024


def known_format(data: bytes, name: str) -> str | None:
    """The format of an attachment the readers take for minutes, or None (an image, a calendar)."""
    if sniff.extension(name) not in sniff.DOCUMENT_SUFFIXES:
        return None
    try:
        return sniff.detect_format(data=data, name=name)
    except DocumentError:
        return None


def read_minutes_in_email(*, data: bytes, name: str) -> Document:
    """A saved message's minutes: its body, or the one readable document attached."""
    return read_email(data=data, name=name, detect=known_format, read=read_document)


READERS: dict[str, Callable[..., Document]] = {
    sniff.TEXT: read_text,
    sniff.MARKDOWN: read_markdown,
    sniff.HTML: read_html,
    sniff.DOCX: read_word,
    sniff.ODT: read_opendocument,
    sniff.RTF: read_rtf,
    sniff.DOC: read_word97,
    sniff.EMAIL: read_minutes_in_email,
    sniff.PDF: read_pdf,
}

FORMAT_NAMES = {
    sniff.TEXT: "text",
    sniff.MARKDOWN: "Markdown",
    sniff.HTML: "HTML",
    sniff.DOCX: "a Word file",
    sniff.ODT: "an OpenDocument file",
    sniff.RTF: "a Rich Text file",
    sniff.DOC: "an old Word file",
    sniff.EMAIL: "an e-mail message",
    sniff.PDF: "a PDF",
}


def max_document_bytes() -> int:
    """The size limit: `settings.INTAKE_MAX_DOCUMENT_BYTES` when set, else 20 MiB."""
    if settings.configured:
        return getattr(settings, "INTAKE_MAX_DOCUMENT_BYTES", DEFAULT_MAX_DOCUMENT_BYTES)
    return DEFAULT_MAX_DOCUMENT_BYTES


def check_size(*, data: bytes, name: str) -> None:
    limit = max_document_bytes()
    if len(data) > limit:
        raise DocumentError(
            f"{name}: {len(data):,} bytes, more than the {limit:,} bytes the reader accepts: "
            "split the minutes into smaller files"
        )
    if not data or data.isspace():
        raise DocumentError(f"{name}: the file is empty")


def read_document(*, data: bytes, name: str) -> Document:
    """The blocks of the minutes in `data`, whatever its format; `name` is used in messages."""
    check_size(data=data, name=name)
    file_format = ""
    try:
        file_format = sniff.detect_format(data=data, name=name)
        return READERS[file_format](data=data, name=name)
    except DocumentError:
        raise
    except MemoryError:
        raise DocumentError(f"{name}: too large to read within the memory allowed") from None
    except Exception as error:
        # The libraries behind the readers raise many kinds of errors on damaged files, and
        # a reader misses some; the caller gets one kind of error, and the log the details.
        logger.exception("reading %s as %s", name, file_format)
        what = FORMAT_NAMES.get(file_format, "minutes")
        raise DocumentError(f"{name}: could not be read as {what} ({error})") from None
