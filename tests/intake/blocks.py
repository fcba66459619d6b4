"""Building documents for the interpreter's tests: by hand, block by block, or from text."""

from intake.documents import read_document
from intake.readers.blocks import Block, BlockKind, Document, Place


def paragraph(text: str, line: int = 1, **fields) -> Block:
    return Block(kind=BlockKind.PARAGRAPH, text=text, place=Place(line=line), **fields)


def heading(text: str, level: int = 1, line: int = 1) -> Block:
    return Block(kind=BlockKind.HEADING, text=text, place=Place(line=line), level=level)


def document(*blocks: Block | str, name: str = "minutes.txt", **fields) -> Document:
    """A document of the blocks given; a string is a paragraph, numbered by its position."""
    built = [paragraph(b, line=i + 1) if isinstance(b, str) else b for i, b in enumerate(blocks)]
    return Document(name=name, format="text", blocks=built, **fields)


def text_document(text: str, name: str = "minutes.txt") -> Document:
    """The document the text reader makes of the text."""
    return read_document(data=text.encode("utf-8"), name=name)
