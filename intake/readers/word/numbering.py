"""The numbers Word prints before numbered paragraphs ("3.", "(b)", "iv)"), from the file itself.

mammoth turns each run of numbered paragraphs into an `ol` that an HTML reader would number
from 1, but Word numbers a list on across the paragraphs that interrupt it, and formats the
number as the list level says (`numFmt`, `lvlText`). This module counts as Word does:
counters per abstract list, a `w:num` with a start override restarting them at its first
use, a level's counter restarting when a higher level moves on.
"""

import zipfile
from dataclasses import dataclass, field

from lxml import etree

from intake.readers.html.numbering import letters, roman

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
LEVELS = 9


@dataclass(frozen=True)
class Level:
    """One level of an abstract list: where it starts, its number format and its text."""

    start: int = 1
    number_format: str = "decimal"
    text: str = ""


@dataclass
class Numbering:
    """numbering.xml and the numbering paragraph styles give, read once."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)
    abstract_of: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)
    style_numbering: dict[str, tuple[str, int]] = field(default_factory=dict)


def value(element, path: str) -> str | None:
    found = element.find(path)
    return found.get(f"{W}val") if found is not None else None


def integer(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def read_xml(archive: zipfile.ZipFile, part: str):
    try:
        return etree.fromstring(archive.read(part), parser=SAFE_XML)
    except KeyError:
        return None


def read_numbering(archive: zipfile.ZipFile) -> Numbering:
    numbering = Numbering()
    root = read_xml(archive, "word/numbering.xml")
    if root is not None:
        for abstract in root.iter(f"{W}abstractNum"):
            levels = numbering.levels.setdefault(abstract.get(f"{W}abstractNumId", ""), {})
            for level in abstract.iter(f"{W}lvl"):
                levels[integer(level.get(f"{W}ilvl"), 0)] = Level(
                    start=integer(value(level, f"{W}start"), 1),
                    number_format=value(level, f"{W}numFmt") or "decimal",
                    text=value(level, f"{W}lvlText") or "",
                )
        for num in root.iter(f"{W}num"):
            num_id = num.get(f"{W}numId", "")
            numbering.abstract_of[num_id] = value(num, f"{W}abstractNumId") or ""
            numbering.overrides[num_id] = {
                integer(override.get(f"{W}ilvl"), 0): integer(
                    value(override, f"{W}startOverride"), 1
                )
                for override in num.iter(f"{W}lvlOverride")
                if override.find(f"{W}startOverride") is not None
            }
    styles = read_xml(archive, "word/styles.xml")
    if styles is not None:
        for style in styles.iter(f"{W}style"):
            num_id = value(style, f"{W}pPr/{W}numPr/{W}numId")
            if num_id:
                level = integer(value(style, f"{W}pPr/{W}numPr/{W}ilvl"), 0)
                numbering.style_numbering[style.get(f"{W}styleId", "")] = (num_id, level)
    return numbering


def formatted(number: int, number_format: str) -> str:
    if number_format == "lowerLetter":
        return letters(number)
    if number_format == "upperLetter":
        return letters(number).upper()
    if number_format == "lowerRoman":
        return roman(number)
    if number_format == "upperRoman":
        return roman(number).upper()
    if number_format == "decimalZero":
        return f"{number:02d}"
    return str(number)


@dataclass
class Counter:
    """Word's counters, per abstract list, and the lists whose start overrides were applied."""

    numbering: Numbering
    counts: dict[str, list[int | None]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    def label(self, num_id: str, level: int) -> str | None:
        """The printed label of the next paragraph of list `num_id` at `level`; None if bulleted."""
        abstract = self.numbering.abstract_of.get(num_id)
        levels = self.numbering.levels.get(abstract or "", {})
        if abstract is None or level not in levels or levels[level].number_format == "bullet":
            return None
        counts = self.counts.setdefault(abstract, [None] * LEVELS)
        if num_id not in self.started:
            self.started.add(num_id)
            for overridden, start in self.numbering.overrides.get(num_id, {}).items():
                if 0 <= overridden < LEVELS:
                    counts[overridden] = start - 1
        current = counts[level]
        counts[level] = levels[level].start if current is None else current + 1
        for deeper in range(level + 1, LEVELS):
            counts[deeper] = None
        text = levels[level].text
        for shown in range(LEVELS):
            if f"%{shown + 1}" in text:
                shown_level = levels.get(shown, Level())
                number = counts[shown] if counts[shown] is not None else shown_level.start
                text = text.replace(f"%{shown + 1}", formatted(number, shown_level.number_format))
        return text.strip()


def paragraph_numbering(paragraph, numbering: Numbering) -> tuple[str, int] | None:
    """The (list, level) of a paragraph, set on it or by its style; None when not numbered."""
    num_id = value(paragraph, f"{W}pPr/{W}numPr/{W}numId")
    level = value(paragraph, f"{W}pPr/{W}numPr/{W}ilvl")
    style = value(paragraph, f"{W}pPr/{W}pStyle")
    if num_id is None and style in numbering.style_numbering:
        num_id, style_level = numbering.style_numbering[style]
        level = level if level is not None else str(style_level)
    if not num_id or num_id == "0":
        return None
    return num_id, integer(level, 0)


def numbered_labels(archive: zipfile.ZipFile) -> list[str]:
    """The labels of the document's ordered numbered paragraphs, in the order they appear."""
    document = read_xml(archive, "word/document.xml")
    if document is None:
        return []
    numbering = read_numbering(archive)
    counter = Counter(numbering)
    labels = []
    for paragraph in document.iter(f"{W}p"):
        found = paragraph_numbering(paragraph, numbering)
        label = counter.label(*found) if found else None
        if label is not None:
            labels.append(label)
    return labels
