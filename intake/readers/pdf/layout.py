"""A PDF page's lines in reading order, and the running heads, footers and numbers left out."""

import re
from collections import Counter

from intake.readers.pdf.columns import column_bands
from intake.readers.pdf.lines import Line

# Type this much smaller than the page's body text, above or below it, is a margin's.
SMALL_TYPE = 0.92

# The top and bottom of a page where running heads, footers and page numbers are printed.
MARGIN_ZONE = 0.12
# A line repeated at the same height on this share of the pages is furniture.
REPEATED_ON = 0.5
SAME_HEIGHT = 8.0
PAGE_NUMBER = re.compile(
    r"^(page|p\.|pg\.?|seite|página|pagina)?\s*[-\u2013\u2014]?\s*(\d{1,4}|[ivxlcdm]{1,7})\s*[-\u2013\u2014]?"
    r"(\s*(of|/|von|de|sur)\s*\d{1,4})?$",
    re.I,
)


def top_down(lines: list[Line]) -> list[Line]:
    """Lines from the top of the page down, left to right on the same baseline."""
    ordered = sorted(lines, key=lambda line: -line.baseline)
    rows: list[list[Line]] = []
    for line in ordered:
        if rows and abs(rows[-1][0].baseline - line.baseline) < 0.3 * line.size:
            rows[-1].append(line)
        else:
            rows.append([line])
    return [line for row in rows for line in sorted(row, key=lambda line: line.x0)]


def page_body_size(lines: list[Line]) -> float:
    """The size most of the page's characters are set in."""
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[line.size] += len(line.glyphs)
    return sizes.most_common(1)[0][0]


def margin_zones(lines: list[Line]) -> tuple[list[Line], list[Line], list[Line]]:
    """(head, body, foot): small type above all body-size text, the rest, small type below it.

    Running heads sit above the text and footnotes and footers below it, in smaller type and
    across the whole width; read apart, they never land inside a column.
    """
    body_size = page_body_size(lines)
    small = SMALL_TYPE * body_size
    normal = [line.baseline for line in lines if line.size > small]
    if not normal:
        return [], lines, []
    top, bottom = max(normal), min(normal)
    head = [line for line in lines if line.size <= small and line.baseline > top]
    foot = [line for line in lines if line.size <= small and line.baseline < bottom]
    margins = {id(line) for line in head + foot}
    body = [line for line in lines if id(line) not in margins]
    return head, body, foot


def reading_order(lines: list[Line], width: float) -> list[Line]:
    """One column top-down; bands set in two columns left column first, then the right.

    Each line's `column` says where it was read: 0 on a page of one column, and on a page
    with columns 0 for the left column, 1 for the right, -1 for a line read across the page.
    """
    if not lines:
        return []
    head, body, foot = margin_zones(lines)
    body = top_down(body)
    found = column_bands(body, width)
    if found is None:
        return top_down(head) + body + top_down(foot)
    ordered: list[Line] = []
    for band in found:
        if band.two_columns:
            for line in band.right:
                line.column = 1
            ordered += top_down(band.left) + top_down(band.right)
        else:
            for line in band.lines:
                line.column = -1
            ordered += band.lines
    for line in head + foot:
        line.column = -1
    return top_down(head) + ordered + top_down(foot)


def furniture_key(line: Line) -> str:
    """A line's text with its numbers blanked, so that "Page 3" and "Page 4" are alike."""
    return re.sub(r"\d+", "#", " ".join(line.text.lower().split()))


def in_margin(line: Line, height: float) -> bool:
    return line.baseline > (1 - MARGIN_ZONE) * height or line.baseline < MARGIN_ZONE * height


def repeated_furniture(pages: list[list[Line]], heights: list[float]) -> set[tuple[str, int]]:
    """(text, height) of margin lines repeated on most pages: running heads and footers."""
    seen: Counter[tuple[str, int]] = Counter()
    for lines, height in zip(pages, heights, strict=True):
        keys = {
            (furniture_key(line), round(line.baseline / SAME_HEIGHT))
            for line in lines
            if in_margin(line, height)
        }
        seen.update(keys)
    needed = max(2, REPEATED_ON * len(pages))
    return {key for key, count in seen.items() if count >= needed}


def without_furniture(pages: list[list[Line]], heights: list[float]) -> list[list[Line]]:
    """Each page's lines less running heads, footers and page numbers in its margins."""
    repeated = repeated_furniture(pages, heights)
    kept_pages = []
    for lines, height in zip(pages, heights, strict=True):
        kept = []
        for line in lines:
            margin = in_margin(line, height)
            height_key = round(line.baseline / SAME_HEIGHT)
            near = {(furniture_key(line), height_key + shift) for shift in (-1, 0, 1)}
            if margin and (PAGE_NUMBER.match(line.text.strip()) or near & repeated):
                continue
            kept.append(line)
        kept_pages.append(kept)
    return kept_pages
