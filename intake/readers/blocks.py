"""What every reader yields and the interpreter reads: a document as a sequence of blocks.

A reader (one per format: text and Markdown, HTML, Word, PDF) turns a file into a `Document`;
the interpreter turns its blocks into a draft meeting file. Nothing here knows a format.
"""

from dataclasses import dataclass, field
from enum import StrEnum


class DocumentError(ValueError):
    """A file that cannot be read as minutes: the message names the file and says why."""


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"


@dataclass(frozen=True)
class Place:
    """Where a block was read in its source: a line (text), or a page and paragraph.

    `paragraph` counts blocks from 1, within the page when there are pages (PDF), else within
    the document (HTML, Word). Text files give the first line of the block instead.
    """

    line: int | None = None
    page: int | None = None
    paragraph: int | None = None

    def __str__(self) -> str:
        if self.line is not None:
            return f"line {self.line}"
        if self.page is not None:
            return f"page {self.page}, paragraph {self.paragraph}"
        return f"paragraph {self.paragraph}"


@dataclass(frozen=True)
class Block:
    """One heading, paragraph, list item or table row, with its text as printed.

    `text` is the block's text with inline markup removed: lines it was broken into (a
    `<br>`, a line break in Word, the lines of a text paragraph) are kept as "\\n", each line
    stripped of trailing space; text files keep a line's indentation beyond the block's
    first line. Hard-wrapped lines of a PDF paragraph are joined by the reader.
    `bold_lead` is the block's leading run in bold or strong type (`**Ms. Okafor:**`,
    `<strong>THE CHAIR:</strong>`), exactly as it begins `text` (after the marker and a
    space, in a numbered list item); "" when it does not start in bold; the whole text when
    `bold`. `bold` says the whole text is bold. `level` is a heading's level (1 to 6) or a
    list item's depth (1 for the outermost list). `marker` is a list item's printed number
    or letter ("1.", "(a)"), which `text` begins with as well (a numbered point keeps its
    number); "" for bullets. `cells` are a table row's cells; `text` joins them with " | ".
    """

    kind: BlockKind
    text: str
    place: Place
    level: int = 0
    bold_lead: str = ""
    bold: bool = False
    marker: str = ""
    cells: tuple[str, ...] = ()

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


@dataclass
class Document:
    """A file read by its reader: what format it was, its blocks, and what its metadata says.

    `title` is the document's own title where the format has one (HTML `<title>`, Word and
    PDF properties), `source_url` the address a saved web page names for itself
    (`<link rel="canonical">`, `og:url`), both "" when absent. `name` is the file name used
    in messages.
    """

    name: str
    format: str
    blocks: list[Block] = field(default_factory=list)
    title: str = ""
    source_url: str = ""
