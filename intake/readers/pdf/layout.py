"""A PDF page's lines in reading order, and the running heads, footers and numbers left out."""

import re
from collections import Counter

from intake.readers.page_furniture import furniture_key, is_page_number, times_needed
from intake.readers.pdf.columns import column_bands
from intake.readers.pdf.lines import Line

# Type this much smaller than the page's body text, above or below it, is a margin's.
SMALL_TYPE = 0.92

# On a page alone, small type this many body sizes away from the text is a head or footer.
SET_OFF_LINES = 2.0
# In body type, a footer is set further off: more than paragraphs are ever apart.
SET_OFF_BODY_LINES = 4.0
# A note mark (a number, a raised number, an asterisk or dagger) and the note's first word.
FOOTNOTE = re.compile(r"^([0-9]{1,3}|[\u00b9\u00b2\u00b3\u2070-\u2079]+|[*\u2020\u2021])\.?\s+\w")
# The top and bottom of a page where running heads, footers and page numbers are printed.
MARGIN_ZONE = 0.12
SAME_HEIGHT = 8.0


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
    with columns 0 for the left column, 1 for the right, -1 for a line across the gutter.
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
                line.column = -1 if band.crossing else 0
            for line in band.right:
                line.column = 1
            ordered += band.lines
    for line in head + foot:
        line.column = -1
    return top_down(head) + ordered + top_down(foot)


def in_margin(line: Line, height: float) -> bool:
    return line.baseline > (1 - MARGIN_ZONE) * height or line.baseline < MARGIN_ZONE * height


def margin_height(line: Line, height: float) -> int:
    """How far a margin line is from its edge of the page (the top for heads), in steps.

    Measured from the nearer edge, so that a landscape page's head matches a portrait one's.
    """
    from_top = height - line.baseline
    distance = from_top if from_top < line.baseline else -line.baseline
    return round(distance / SAME_HEIGHT)


def repeated_furniture(pages: list[list[Line]], heights: list[float]) -> set[tuple[str, int]]:
    """(text, place) of margin lines repeated on most pages: running heads and footers.

    Odd and even pages are also counted apart, as word processors give them different
    heads (the document's name on even pages, the chapter's on odd ones).
    """
    seen: dict[int, Counter[tuple[str, int]]] = {0: Counter(), 1: Counter()}
    for number, (lines, height) in enumerate(zip(pages, heights, strict=True), 1):
        keys = {
            (furniture_key(line.text), margin_height(line, height))
            for line in lines
            if in_margin(line, height)
        }
        seen[number % 2].update(keys)
    total = seen[0] + seen[1]
    needed = {parity: times_needed(len(pages[1 - parity :: 2])) for parity in (0, 1)}
    repeated = {key for key, count in total.items() if count >= times_needed(len(pages))}
    for parity, counts in seen.items():
        repeated |= {key for key, count in counts.items() if count >= needed[parity]}
    return repeated


def is_footnote(line: Line) -> bool:
    """Whether a line starts as a footnote does: a note mark, then a word."""
    return bool(FOOTNOTE.match(line.text))


def set_off_margins(lines: list[Line], height: float) -> set[int]:
    """The ids of a lone page's running heads and footers: small type in a margin, set off.

    With one page, nothing repeats; a head or footer is then the small type above or below
    all the text, in the page's top or bottom margin, a blank line or more away from it.
    A footnote (a note mark and its text) is kept.
    """
    head, body, foot = margin_zones(lines)
    if not body:
        return set()
    top, bottom = max(line.baseline for line in body), min(line.baseline for line in body)
    usual = page_body_size(body) * SET_OFF_LINES
    found = {id(line) for line in head if line.baseline - top > usual and in_margin(line, height)}
    found |= {
        id(line)
        for line in foot
        if bottom - line.baseline > usual and in_margin(line, height) and not is_footnote(line)
    }
    return found | set_off_last_line(body, height)


def set_off_last_line(body: list[Line], height: float) -> set[int]:
    """A lone page's footer in body type: its last line, in the bottom margin, far below the
    rest (further than paragraphs ever are apart), which is no footnote."""
    ordered = sorted(body, key=lambda line: line.baseline)
    if len(ordered) < 2:
        return set()
    last, above = ordered[0], ordered[1]
    far = above.baseline - last.baseline > SET_OFF_BODY_LINES * last.size
    if far and in_margin(last, height) and not is_footnote(last):
        return {id(last)}
    return set()


def without_furniture(pages: list[list[Line]], heights: list[float]) -> list[list[Line]]:
    """Each page's lines less running heads, footers and page numbers in its margins."""
    repeated = repeated_furniture(pages, heights)
    if len(pages) == 1:
        lone = set_off_margins(pages[0], heights[0])
        pages = [[line for line in pages[0] if id(line) not in lone]]
    kept_pages = []
    for lines, height in zip(pages, heights, strict=True):
        kept = []
        for line in lines:
            margin = in_margin(line, height)
            height_key = margin_height(line, height)
            near = {(furniture_key(line.text), height_key + shift) for shift in (-1, 0, 1)}
            if margin and (is_page_number(line.text) or near & repeated):
                continue
            kept.append(line)
        kept_pages.append(kept)
    return kept_pages
