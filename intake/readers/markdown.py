"""Markdown (CommonMark and its tables) through markdown-it-py, whose tokens carry line numbers."""

import re
from dataclasses import dataclass, field

from lxml import etree, html
from markdown_it import MarkdownIt
from markdown_it.token import Token

from intake.readers.blocks import Block, BlockKind, Document, DocumentError, Place
from intake.readers.encoding import decode_text
from intake.readers.front_matter import split_front_matter
from intake.readers.html_names import is_markup, tags_in
from intake.readers.runs import LINE_BREAK, Composed, Run, compose, is_file_name

# markdown-it-py is pure Python: dense markup costs it some 40 µs a token, so a file past this
# size (no minutes come near it) could take minutes to parse and is refused instead.
MAX_MARKDOWN_BYTES = 1024 * 1024
BREAK_TAG = re.compile(r"^<br\s*/?>$", re.IGNORECASE)
BOLD_OPEN_TAG = re.compile(r"^<(strong|b)(\s[^>]*)?>$", re.IGNORECASE)
BOLD_CLOSE_TAG = re.compile(r"^</(strong|b)\s*>$", re.IGNORECASE)


def parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def inline_runs(token: Token) -> list[Run]:
    """The runs of an inline token: text kept, markup dropped, images by their alt text."""
    runs = []
    bold = 0
    children = token.children or []
    for child in children:
        if child.type in ("strong_open", "strong_close"):
            bold += 1 if child.type == "strong_open" else -1
        elif child.type in ("text", "code_inline"):
            runs.append(Run(child.content, bold > 0))
        elif child.type in ("softbreak", "hardbreak"):
            runs.append(Run(LINE_BREAK, bold > 0))
        elif child.type == "image" and not is_file_name(child.content):
            runs.append(Run(child.content, bold > 0))
        elif child.type == "html_inline" and not is_markup(child.content):
            runs.append(Run(child.content, bold > 0))  # a handle or placeholder: `<seun>`
        elif child.type == "html_inline":
            bold += inline_html_bold(child.content)
            if BREAK_TAG.match(child.content.strip()):
                runs.append(Run(LINE_BREAK, bold > 0))
    return runs


def inline_html_bold(tag: str) -> int:
    """+1 for an opening `<strong>`/`<b>` written inline, -1 for a closing one, else 0."""
    if BOLD_OPEN_TAG.match(tag.strip()):
        return 1
    if BOLD_CLOSE_TAG.match(tag.strip()):
        return -1
    return 0


def is_text_in_brackets(markup: str) -> bool:
    """Whether a "raw HTML" block is text whose tags are no HTML (`<jdoe> agreed`)."""
    tags = tags_in(markup)
    return bool(tags) and not all(is_markup(tag) for tag in tags)


def html_block_text(markup: str) -> str:
    """The text of raw HTML written in Markdown, its tags dropped."""
    try:
        fragment = html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    return fragment.text_content()


def first_line(token: Token) -> int:
    return token.map[0] + 1 if token.map else 1


@dataclass
class Item:
    """A list item being read: its marker, depth, first line and the runs of its paragraphs."""

    marker: str
    level: int
    line: int
    paragraphs: list[list[Run]] = field(default_factory=list)

    def block(self) -> Block | None:
        runs: list[Run] = []
        for paragraph in self.paragraphs:
            if runs:
                runs.append(Run(LINE_BREAK, all(r.bold for r in runs if r.text.strip())))
            runs.extend(paragraph)
        composed = compose(runs, collapse=True)
        if not composed.text:
            return None
        text = f"{self.marker} {composed.text}" if self.marker else composed.text
        return Block(
            kind=BlockKind.LIST_ITEM,
            text=text,
            place=Place(line=self.line),
            level=self.level,
            bold_lead=composed.bold_lead,
            bold=composed.bold,
            marker=self.marker,
        )


@dataclass
class Reading:
    """The state of a walk through the tokens: open lists, the open item, heading and row."""

    blocks: list[Block] = field(default_factory=list)
    # Each open list: None for a bullet list, else the number its next item shows.
    lists: list[int | None] = field(default_factory=list)
    item: Item | None = None
    heading: tuple[int, int] | None = None
    row: list[str] | None = None
    row_line: int = 0

    def close_item(self) -> None:
        if self.item is not None:
            block = self.item.block()
            if block is not None:
                self.blocks.append(block)
            self.item = None

    def add(self, kind: BlockKind, composed: Composed, line: int, level: int = 0) -> None:
        if composed.text:
            self.blocks.append(
                Block(
                    kind=kind,
                    text=composed.text,
                    place=Place(line=line),
                    level=level,
                    bold_lead=composed.bold_lead,
                    bold=composed.bold,
                )
            )

    def inline(self, token: Token) -> None:
        runs = inline_runs(token)
        if self.row is not None:
            self.row.append(compose(runs, collapse=True).text.replace("\n", " "))
        elif self.heading is not None:
            level, line = self.heading
            self.add(BlockKind.HEADING, compose(runs, collapse=True), line, level)
        elif self.item is not None:
            self.item.paragraphs.append(runs)
        else:
            self.add(BlockKind.PARAGRAPH, compose(runs, collapse=True), first_line(token))

    def verbatim(self, text: str, token: Token) -> None:
        """A code block or raw HTML: its text as one paragraph (of the open item, if any)."""
        runs = [Run(text.rstrip("\n").replace("\n", LINE_BREAK))]
        if self.item is not None:
            self.item.paragraphs.append(runs)
        else:
            self.add(BlockKind.PARAGRAPH, compose(runs, collapse=False), first_line(token))

    def bracketed_text(self, token: Token) -> None:
        """A block CommonMark took for HTML, as a handle (`<jdoe>`) starts it: its inline text."""
        for inline in parser().parseInline(token.content.rstrip("\n")):
            inline.map = token.map
            self.inline(inline)

    def list_item(self, token: Token) -> None:
        self.close_item()
        marker = ""
        number = self.lists[-1] if self.lists else None
        if number is not None:
            # Numbered as CommonMark renders it: from the first item's number on, so that
            # "1. 1. 1." (a common way of writing) shows 1, 2, 3 as a reader of the page sees.
            marker = f"{number}{token.markup}"
            self.lists[-1] = number + 1
        self.item = Item(marker=marker, level=len(self.lists), line=first_line(token))

    def end_row(self) -> None:
        cells = tuple(self.row or ())
        if any(cells):
            self.blocks.append(
                Block(
                    kind=BlockKind.TABLE_ROW,
                    text=" | ".join(cells),
                    place=Place(line=self.row_line),
                    cells=cells,
                )
            )
        self.row = None

    def token(self, token: Token) -> None:
        kind = token.type
        if kind == "inline":
            self.inline(token)
        elif kind == "heading_open":
            self.heading = (int(token.tag[1]), first_line(token))
        elif kind == "heading_close":
            self.heading = None
        elif kind == "bullet_list_open":
            self.close_item()
            self.lists.append(None)
        elif kind == "ordered_list_open":
            self.close_item()
            self.lists.append(int(token.attrs.get("start", 1)))
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.close_item()
            self.lists.pop()
        elif kind == "list_item_open":
            self.list_item(token)
        elif kind == "list_item_close":
            self.close_item()
        elif kind == "tr_open":
            self.row, self.row_line = [], first_line(token)
        elif kind == "tr_close":
            self.end_row()
        elif kind in ("code_block", "fence"):
            self.verbatim(token.content, token)
        elif kind == "html_block" and is_text_in_brackets(token.content):
            self.bracketed_text(token)
        elif kind == "html_block":
            self.verbatim(html_block_text(token.content), token)


# A container's fence (HackMD, Docusaurus: ':::info' … ':::'): a blank line, its text kept.
CONTAINER_FENCE = re.compile(r"(?m)^[ \t]*:{3,}[ \t]*[\w-]*[ \t]*$")
# Emoji shortcodes before a field's label (':calendar: When: …'): no text of the minutes.
SHORTCODES = re.compile(
    r"(?m)^([ \t>*+-]*)(?::[a-z0-9_+-]{2,30}:[ \t]*)+(?=[*_]{0,2}[A-Z][\w /-]{0,30}:)"
)


def markdown_blocks(text: str) -> list[Block]:
    text = SHORTCODES.sub(r"\1", CONTAINER_FENCE.sub("", text))
    reading = Reading()
    for token in parser().parse(text):
        reading.token(token)
    reading.close_item()
    return reading.blocks


def read_markdown(*, data: bytes, name: str) -> Document:
    """A Markdown file as headings, paragraphs, list items and table rows."""
    if len(data) > MAX_MARKDOWN_BYTES:
        raise DocumentError(
            f"{name}: Markdown of {len(data):,} bytes, more than the {MAX_MARKDOWN_BYTES:,} "
            "the reader parses: split it, or save it as plain text (.txt)"
        )
    fields, text = split_front_matter(decode_text(data=data, name=name))
    blocks = markdown_blocks(text)
    if fields:
        blocks.insert(
            0, Block(kind=BlockKind.PARAGRAPH, text="\n".join(fields), place=Place(line=1))
        )
    if not blocks:
        raise DocumentError(f"{name}: holds no text")
    return Document(name=name, format="markdown", blocks=blocks)
