"""What pages print in their margins, whatever the format: page numbers and running heads.

The PDF reader and the text reader (pages cut by form feeds) both leave out a page number
standing alone in a margin and a line repeated in the same margin of most pages.
"""

import re

# A number, or a roman one as front matter has (to l: "c" or "d" alone is a letter).
PAGE_NUMBER = re.compile(
    r"^(page|p\.|pg\.?|seite|página|pagina)?\s*[-\u2013\u2014]?\s*(\d{1,4}|[ivxl]{1,7})\s*"
    r"[-\u2013\u2014]?(\s*(of|/|von|de|sur)\s*\d{1,4})?$",
    re.I,
)
# A line repeated in the same margin of this share of the pages (and of two at least).
REPEATED_ON = 0.5


def is_page_number(text: str) -> bool:
    return bool(PAGE_NUMBER.match(text.strip()))


def furniture_key(text: str) -> str:
    """A line's text with its numbers blanked, so that "Page 3" and "Page 4" are alike."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def times_needed(pages: int) -> float:
    """On how many pages a margin line must recur to be a running head or footer."""
    return max(2, REPEATED_ON * pages)
