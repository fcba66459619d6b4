"""Blocks from an HTML tree with its furniture removed: headings, paragraphs, items, rows."""

from dataclasses import dataclass, field

from lxml.html import HtmlElement

from intake.readers.blocks import Block, BlockKind, Place
from intake.readers.html.numbering import ListCounter
from intake.readers.html.office import declared_weight, title_level, word_list_item
from intake.readers.runs import LINE_BREAK, Composed, Run, compose, is_file_name

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
LISTS = {"ul", "ol", "dir"}
# Elements that begin a new block: text on either side of one belongs to other blocks.
BLOCK_TAGS = {
    *HEADINGS,
    *LISTS,
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "hgroup",
    "hr",
    "li",
    "main",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
}
CELLS = {"td", "th"}
PARAGRAPH_TAGS = {"p", "div"}
# More blocks than this in one cell, and a table is laying out a page.
LAYOUT_CELL_BLOCKS = 3
# A table cell of more words than this holds running text: the table lays the minutes out.
PROSE_CELL_WORDS = 30
# A header row: this many columns at least, each named in a few words.
HEADER_COLUMNS = 3
HEADER_WORDS = 3


def tag(element: HtmlElement) -> str:
    return element.tag if isinstance(element.tag, str) else ""


def weight(element: HtmlElement, inherited: bool) -> bool:
    """Whether the element's text is bold: as it says (tag or style), else as its parent is."""
    declared = declared_weight(element) if tag(element) else None
    return inherited if declared is None else declared


def text_of(value: str | None, *, preformatted: bool) -> str:
    if not value:
        return ""
    return value.replace("\n", LINE_BREAK) if preformatted else value


def inline_runs(
    element: HtmlElement, *, bold: bool = False, pre: bool = False, lists: bool = True
) -> list[Run]:
    """The runs of an element's content (not its tail), nested blocks as line breaks.

    `lists=False` leaves out the lists directly nested in it (a list item's sub-lists).
    """
    bold = weight(element, bold)
    pre = pre or tag(element) == "pre"
    runs = [Run(text_of(element.text, preformatted=pre), bold)]
    for child in element:
        if lists or tag(child) not in LISTS:
            runs += child_runs(child, bold=bold, pre=pre)
        runs.append(Run(text_of(child.tail, preformatted=pre), bold))
    return [run for run in runs if run.text]


def child_runs(child: HtmlElement, *, bold: bool, pre: bool) -> list[Run]:
    """The runs of one child element met in running text (its tail apart)."""
    name = tag(child)
    if name == "br":
        return [Run(LINE_BREAK, bold)]
    if name == "img":
        alt = child.get("alt", "")
        return [Run(alt, bold)] if alt.strip() and not is_file_name(alt) else []
    if name in BLOCK_TAGS:
        return [Run(LINE_BREAK, bold), *inline_runs(child, bold=bold, pre=pre), Run(LINE_BREAK)]
    return inline_runs(child, bold=bold, pre=pre) if name else []


def has_block_inside(element: HtmlElement) -> bool:
    return any(tag(child) in BLOCK_TAGS for child in element.iterdescendants())


def is_layout_table(table: HtmlElement) -> bool:
    """A table that lays a page out rather than holding data.

    Data tables (a Word table, an attendance list) have a paragraph or two per cell; layout
    tables have tables, headings or whole articles in their cells, or running text (minutes
    set out one agenda item a row), which is read as the paragraphs it is.
    """
    if table.get("role", "").lower() in ("presentation", "none"):
        return True
    if table.xpath(".//table") or table.xpath(".//td//h1|.//td//h2|.//td//h3|.//td//h4"):
        return True
    rows = table.xpath("./tr | ./*/tr")
    cells = table.xpath("./tr/td | ./tr/th | ./*/tr/td | ./*/tr/th")
    if has_header_row(rows):
        return False  # columns under names ('Item | Discussion | Action'): data, however long
    blocks_per_cell = [sum(1 for child in cell if tag(child) in BLOCK_TAGS) for cell in cells]
    most = max(blocks_per_cell, default=0)
    if most > LAYOUT_CELL_BLOCKS or (len(rows) == 1 and most >= 2):
        return True
    return any(len(" ".join(cell.itertext()).split()) > PROSE_CELL_WORDS for cell in cells)


def has_header_row(rows: list[HtmlElement]) -> bool:
    """A first row of three or more short names over rows of as many cells."""
    widths = [len([c for c in row if tag(c) in CELLS]) for row in rows]
    if len(rows) < 2 or widths[0] < HEADER_COLUMNS or len(set(widths)) != 1:
        return False
    names = [" ".join(cell.itertext()).split() for cell in rows[0] if tag(cell) in CELLS]
    return all(0 < len(words) <= HEADER_WORDS for words in names)


@dataclass
class Walk:
    """Blocks found so far, and the runs of the paragraph being gathered between blocks."""

    blocks: list[Block] = field(default_factory=list)
    pending: list[Run] = field(default_factory=list)
    # Markers known from elsewhere for some list items (Word's own numbers), by element.
    markers: dict[HtmlElement, str] = field(default_factory=dict)
    layout_tables: dict[HtmlElement, bool] = field(default_factory=dict)

    def add(self, kind: BlockKind, composed: Composed, **fields) -> None:
        if composed.text:
            self.blocks.append(
                Block(
                    kind=kind,
                    text=composed.text,
                    place=Place(paragraph=len(self.blocks) + 1),
                    bold_lead=composed.bold_lead,
                    bold=composed.bold,
                    **fields,
                )
            )

    def flush(self) -> None:
        """The runs gathered as paragraphs: an empty line (`<br><br>`) separates two."""
        for paragraph in split_at_empty_lines(self.pending):
            self.add(BlockKind.PARAGRAPH, compose(paragraph, collapse=True))
        self.pending = []

    def container(self, element: HtmlElement, *, bold: bool = False, depth: int = 0) -> None:
        """An element of mixed content: inline text gathers, block children flush it."""
        bold = weight(element, bold)
        pre = tag(element) == "pre"
        self.pending.append(Run(text_of(element.text, preformatted=pre), bold))
        for child in element:
            name = tag(child)
            if name in BLOCK_TAGS or (name and has_block_inside(child)):
                self.block(child, bold=bold, depth=depth)
            else:
                self.pending += child_runs(child, bold=bold, pre=pre)
            self.pending.append(Run(text_of(child.tail, preformatted=pre), bold))

    def block(self, element: HtmlElement, *, bold: bool, depth: int) -> None:
        name = tag(element)
        self.flush()
        if name in HEADINGS or title_level(element):
            heading = compose(inline_runs(element), collapse=True)
            level = int(name[1]) if name in HEADINGS else title_level(element)
            self.add(BlockKind.HEADING, heading, level=level)
        elif (word_item := word_list_item(element)) is not None:
            self.item(element, marker=word_item[0], depth=word_item[1])
        elif name in LISTS:
            self.list(element, depth=depth + 1)
        elif name == "tr" and not self.in_layout_table(element):
            self.row(element)
        elif name == "li":
            self.item(element, marker="", depth=max(depth, 1))
        else:
            self.container(element, bold=bold, depth=depth)
        self.flush()

    def in_layout_table(self, row: HtmlElement) -> bool:
        """Whether the row lays a page out; decided once a table, as tables may be long."""
        table = next(row.iterancestors("table"), None)
        if table is None:
            return True
        if table not in self.layout_tables:
            self.layout_tables[table] = is_layout_table(table)
        return self.layout_tables[table]

    def list(self, element: HtmlElement, *, depth: int) -> None:
        counter = ListCounter.for_list(element)
        for child in element:
            if tag(child) == "li":
                self.flush()
                marker = counter.next_marker(child)
                self.item(child, marker=self.markers.get(child, marker), depth=depth)
            elif tag(child):
                self.block(child, bold=False, depth=depth)
            self.pending.append(Run(child.tail or ""))
        self.flush()

    def item(self, element: HtmlElement, *, marker: str, depth: int) -> None:
        """A list item: its own text as one block, then the lists nested in it. An item of
        several paragraphs (Google Docs puts <p>s in an <li>) is the first of them; the
        others are paragraphs of their own under it."""
        paragraphs = [child for child in element if tag(child) in PARAGRAPH_TAGS]
        runs = inline_runs(paragraphs[0] if len(paragraphs) > 1 else element, lists=False)
        composed = compose(runs, collapse=True)
        if composed.text:
            text = f"{marker} {composed.text}" if marker else composed.text
            self.add(
                BlockKind.LIST_ITEM,
                Composed(text=text, bold_lead=composed.bold_lead, bold=composed.bold),
                level=depth,
                marker=marker,
            )
        for more in paragraphs[1:] if len(paragraphs) > 1 else []:
            self.add(BlockKind.PARAGRAPH, compose(inline_runs(more), collapse=True))
        for nested in element.iterdescendants(*LISTS):
            if not any(tag(a) in LISTS for a in nested.iterancestors() if is_inside(a, element)):
                self.list(nested, depth=depth + 1)

    def row(self, element: HtmlElement) -> None:
        cells = tuple(cell_text(cell) for cell in element if tag(cell) in CELLS)
        if any(cells):
            self.blocks.append(
                Block(
                    kind=BlockKind.TABLE_ROW,
                    text=" | ".join(cells),
                    place=Place(paragraph=len(self.blocks) + 1),
                    cells=cells,
                )
            )


def cell_text(cell: HtmlElement) -> str:
    """A table cell's text, a line for each of its paragraphs (as Word's cells are read);
    line breaks inside a paragraph are spaces."""
    paragraphs = [child for child in cell if tag(child) in PARAGRAPH_TAGS]
    parts = paragraphs if len(paragraphs) > 1 else [cell]
    texts = [compose(inline_runs(part), collapse=True).text.replace("\n", " ") for part in parts]
    return "\n".join(text for text in texts if text)


def split_at_empty_lines(runs: list[Run]) -> list[list[Run]]:
    """Runs cut where two line breaks meet with only white space between them."""
    parts: list[list[Run]] = [[]]
    breaks = 0
    for run in runs:
        if run.text == LINE_BREAK:
            breaks += 1
        elif run.text.strip():
            if breaks >= 2 and parts[-1]:
                parts.append([])
            breaks = 0
        parts[-1].append(run)
    return parts


def is_inside(ancestor: HtmlElement, element: HtmlElement) -> bool:
    """Whether `ancestor` lies below `element` (so is part of the item, not around it)."""
    return element in ancestor.iterancestors()


def blocks_of(root: HtmlElement, *, markers: dict | None = None) -> list[Block]:
    """The blocks of `root`'s content, in document order, numbered from 1.

    `markers` gives the marker of list items whose number is known otherwise.
    """
    walk = Walk(markers=markers or {})
    walk.container(root)
    walk.flush()
    return walk.blocks
