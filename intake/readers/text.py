"""Plain text: a block for each run of lines between blank lines."""

from intake.blocks import Block, BlockKind, Document, DocumentError, Place
from intake.readers.encoding import decode_text

TAB_WIDTH = 8


def indentation(line: str) -> int:
    """The width of a line's leading white space, a tab counting to the next tab stop."""
    stripped = line.lstrip()
    return len(line[: len(line) - len(stripped)].expandtabs(TAB_WIDTH))


def dedent_block(lines: list[str]) -> str:
    """The lines of one block, each keeping only its indentation beyond the first line's."""
    first = indentation(lines[0])
    kept = []
    for line in lines:
        extra = max(indentation(line) - first, 0)
        kept.append(" " * extra + line.strip())
    return "\n".join(kept)


def text_blocks(text: str) -> list[Block]:
    """The runs of non-blank lines of `text`, each a paragraph placed at its first line."""
    blocks = []
    run: list[str] = []
    start = 0
    for number, line in enumerate([*text.split("\n"), ""], start=1):
        if line.strip():
            if not run:
                start = number
            run.append(line)
        elif run:
            blocks.append(
                Block(kind=BlockKind.PARAGRAPH, text=dedent_block(run), place=Place(line=start))
            )
            run = []
    return blocks


def read_text(*, data: bytes, name: str) -> Document:
    """A plain text file as paragraphs."""
    blocks = text_blocks(decode_text(data=data, name=name))
    if not blocks:
        raise DocumentError(f"{name}: holds no text")
    return Document(name=name, format="text", blocks=blocks)
