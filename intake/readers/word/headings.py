"""Headings made by direct formatting: a short paragraph set larger than the text, in bold.

Many offices never use Word's heading styles: they select the title and make it bold and
16 pt. mammoth keeps the bold but not the size, so such paragraphs would read as bold
lines; this module finds them in document.xml, with a level for each size (the largest 1),
so that the reader can make them the headings they look like.
"""

import zipfile
from collections import Counter

from intake.readers.word.numbering import W, read_xml

# Word's default size when neither the run nor the defaults give one: 11 pt, in half-points.
DEFAULT_HALF_POINTS = 22
# Larger than the text by this many half-points, and bold, a short paragraph is a heading;
# larger by twice as much, it is one in any weight.
STEP = 2
LONGEST_HEADING = 150
OFF = {"0", "false", "off"}


def is_on(properties, name: str) -> bool:
    """Whether a toggle property (`w:b`) is set and not switched off."""
    found = properties.find(f"{W}{name}") if properties is not None else None
    return found is not None and found.get(f"{W}val", "true").lower() not in OFF


def run_size(properties, default: int) -> int:
    found = properties.find(f"{W}sz") if properties is not None else None
    try:
        return int(found.get(f"{W}val")) if found is not None else default
    except (TypeError, ValueError):
        return default


def default_size(archive: zipfile.ZipFile) -> int:
    """The size the document's defaults give its text (styles.xml), in half-points."""
    styles = read_xml(archive, "word/styles.xml")
    found = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr") if styles is not None else None
    return run_size(found, DEFAULT_HALF_POINTS)


def paragraph_runs(paragraph, default: int) -> list[tuple[str, int, bool]]:
    """(text, size, bold) of each run of a paragraph that has text."""
    runs = []
    for run in paragraph.iter(f"{W}r"):
        text = "".join(node.text or "" for node in run.iter(f"{W}t"))
        if text.strip():
            properties = run.find(f"{W}rPr")
            runs.append((text, run_size(properties, default), is_on(properties, "b")))
    return runs


def formatted_headings(archive: zipfile.ZipFile) -> dict[str, int]:
    """The text of each paragraph formatted as a heading, and its level (1 for the largest)."""
    document = read_xml(archive, "word/document.xml")
    if document is None:
        return {}
    default = default_size(archive)
    sizes: Counter[int] = Counter()
    candidates: list[tuple[str, int, bool]] = []
    for paragraph in document.iter(f"{W}p"):
        runs = paragraph_runs(paragraph, default)
        for text, size, _ in runs:
            sizes[size] += len(text)
        text = " ".join("".join(text for text, _, _ in runs).split())
        in_table = any(ancestor.tag == f"{W}tbl" for ancestor in paragraph.iterancestors())
        if runs and not in_table and len(text) <= LONGEST_HEADING:
            size = min(size for _, size, _ in runs)
            candidates.append((text, size, all(bold for _, _, bold in runs)))
    if not sizes:
        return {}
    body = sizes.most_common(1)[0][0]
    found = {
        (text, size)
        for text, size, bold in candidates
        if size >= body + (STEP if bold else 2 * STEP)
    }
    ranks = {size: rank for rank, size in enumerate(sorted({s for _, s in found}, reverse=True), 1)}
    return {text: min(ranks[size], 6) for text, size in found}
