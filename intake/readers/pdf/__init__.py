"""PDF with a text layer, through pdfium (pypdfium2): paragraphs rebuilt from the layout.

Each page's glyphs become lines (`lines`; text set sideways is read as if the page were
turned), read in order band by band and column by column (`layout`, `columns`), less the
running heads, footers and page numbers in the margins; lines become paragraphs, headings
and table rows by their spacing, indentation, alignment, size and weight (`paragraphs`,
`tables`, `assemble`), words broken at line ends mended or not (`hyphens`). A PDF without
a text layer (a scan) is refused: it needs OCR first.
"""

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from intake.readers.blocks import Document, DocumentError
from intake.readers.pdf.assemble import pdf_blocks
from intake.readers.pdf.glyphs import GlyphReader
from intake.readers.pdf.grids import MAX_PATHS, Grid, Rule, grids_of
from intake.readers.pdf.hyphens import vocabulary
from intake.readers.pdf.layout import reading_order, without_furniture
from intake.readers.pdf.line_numbers import without_line_numbers
from intake.readers.pdf.lines import Line, page_lines

MAX_PAGES = 2_000
# Beyond these, a page or a file holds more characters than any minutes do (and reading
# them would take longer than a minute, at some 20 µs a character).
MAX_CHARS_PER_PAGE = 100_000
MAX_CHARS = 2_000_000


def open_pdf(*, data: bytes, name: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise DocumentError(
                f"{name}: an encrypted PDF that needs a password: save a copy without one"
            ) from None
        raise DocumentError(f"{name}: a damaged PDF that cannot be opened ({error})") from None


def read_pages(
    *, pdf: pdfium.PdfDocument, name: str
) -> tuple[list[list[Line]], list[float], list[list[Grid]]]:
    """Every page's lines in reading order, each page's height, and its bordered tables."""
    pages: list[list[Line]] = []
    heights: list[float] = []
    grids: list[list[Grid]] = []
    total = 0
    for index in range(len(pdf)):
        page = pdf[index]
        try:
            textpage = page.get_textpage()
            reader = GlyphReader(textpage, page.get_size())
            count = reader.count()
            total += count
            if count > MAX_CHARS_PER_PAGE or total > MAX_CHARS:
                raise DocumentError(
                    f"{name}: page {index + 1} takes the text past what the reader accepts "
                    f"({MAX_CHARS_PER_PAGE:,} characters a page, {MAX_CHARS:,} in all)"
                )
            pages.append(page_text(reader, page=index + 1))
            heights.append(reader.height)
            grids.append(page_grids(page) if upright(reader, page) else [])
            textpage.close()
        finally:
            page.close()
    return pages, heights, grids


def upright(reader: GlyphReader, page: pdfium.PdfPage) -> bool:
    """Whether all the page's text is set upright on an unrotated page (where rules and
    glyphs share one frame)."""
    return page.get_rotation() == 0 and [quarter for quarter, _ in reader.turns()] in ([], [0])


def page_grids(page: pdfium.PdfPage) -> list[Grid]:
    """The page's bordered tables, from the thin lines it draws (none past `MAX_PATHS`)."""
    rules = []
    for count, drawn in enumerate(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH])):
        if count >= MAX_PATHS:
            return []
        rules.append(Rule(*drawn.get_bounds()))
    return grids_of(rules)


def page_text(reader: GlyphReader, page: int) -> list[Line]:
    """A page's lines in reading order: its upright text, then any set sideways (a table
    turned to fit the page), each read as if the page were turned for it, less the line
    numbers down its margin."""
    lines: list[Line] = []
    for quarter, indices in reader.turns():
        width, _ = reader.turned_size(quarter)
        drawn = without_line_numbers(page_lines(reader.glyphs(indices, quarter), page=page))
        lines += reading_order(drawn, width)
    return lines


def pdf_title(pdf: pdfium.PdfDocument) -> str:
    try:
        title = pdf.get_metadata_dict().get("Title", "")
    except (pdfium.PdfiumError, UnicodeDecodeError, ValueError):
        return ""
    return " ".join(title.split())


def read_pdf(*, data: bytes, name: str) -> Document:
    """A PDF's text as headings and paragraphs, placed by page."""
    pdf = open_pdf(data=data, name=name)
    try:
        if len(pdf) > MAX_PAGES:
            raise DocumentError(f"{name}: {len(pdf):,} pages, more than the {MAX_PAGES:,} accepted")
        if len(pdf) == 0:
            raise DocumentError(f"{name}: a PDF with no pages")
        pages, heights, grids = read_pages(pdf=pdf, name=name)
        title = pdf_title(pdf)
    except pdfium.PdfiumError as error:
        raise DocumentError(f"{name}: a damaged PDF ({error})") from None
    finally:
        pdf.close()
    if not any(pages):
        raise DocumentError(
            f"{name}: a PDF with no text layer (a scan?): it needs OCR first, "
            "for instance with ocrmypdf, then try again"
        )
    pages = without_furniture(pages, heights)
    words = vocabulary([line.text for lines in pages for line in lines])
    blocks = pdf_blocks(pages, words, grids)
    if not blocks:
        raise DocumentError(f"{name}: a PDF whose only text is page furniture")
    return Document(name=name, format="pdf", blocks=blocks, title=title)
