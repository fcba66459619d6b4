"""A PDF page's lines in reading order, and the running heads, footers and numbers left out."""

import re
from collections import Counter

from intake.readers.pdf.lines import Line

# Where a gutter between two columns may lie, as shares of the page's width.
GUTTER_RANGE = (0.3, 0.7)
# Of a page's lines, at most this share may cross the gutter (a title, a full-width table).
GUTTER_CROSSING = 0.12
# Each column holds at least this share of the lines.
COLUMN_SHARE = 0.2
MIN_LINES_FOR_COLUMNS = 8
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


def find_gutter(lines: list[Line], width: float) -> float | None:
    """The x of the gap between two columns of text, or None when the page has one column."""
    if len(lines) < MIN_LINES_FOR_COLUMNS or width <= 0:
        return None
    spans = [(line.x0, line.x1) for line in lines]
    best: tuple[int, float] | None = None
    x = GUTTER_RANGE[0] * width
    while x <= GUTTER_RANGE[1] * width:
        crossing = sum(1 for x0, x1 in spans if x0 < x < x1)
        left = sum(1 for _, x1 in spans if x1 <= x)
        right = sum(1 for x0, _ in spans if x0 >= x)
        fits = crossing <= GUTTER_CROSSING * len(spans) and min(left, right) >= COLUMN_SHARE * len(
            spans
        )
        if fits and (best is None or min(left, right) > best[0]):
            best = (min(left, right), x)
        x += 2.0
    return best[1] if best else None


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


def reading_order(lines: list[Line], width: float) -> list[Line]:
    """One column top-down; two columns left then right, between any full-width lines."""
    gutter = find_gutter(lines, width)
    if gutter is None:
        return top_down(lines)
    ordered: list[Line] = []
    band: list[Line] = []
    for line in top_down(lines):
        if line.x0 < gutter < line.x1:
            line.column = -1
            ordered += [*column_by_column(band, gutter), line]
            band = []
        else:
            band.append(line)
    return ordered + column_by_column(band, gutter)


def column_by_column(lines: list[Line], gutter: float) -> list[Line]:
    left = [line for line in lines if line.x1 <= gutter]
    right = [line for line in lines if line.x1 > gutter]
    for line in right:
        line.column = 1
    return top_down(left) + top_down(right)


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
