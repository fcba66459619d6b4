"""PDFs of minutes drawn with reportlab: a small typesetter that hyphenates long words.

Used by `documents` (the seed as a PDF), the PDF reader's tests and bench/intake_readers.py.
Lines are filled word by word; a long word that does not fit is broken with a hyphen after
its first syllable-like piece, as typesetting programs do, so the reader has to mend it.
"""

import io
import re
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

REGULAR, BOLD = "Helvetica", "Helvetica-Bold"
BODY_SIZE, LEADING, PARAGRAPH_SPACE = 10.5, 13.5, 7.0
HEADING_SIZES = {1: 16.0, 2: 13.0}
MARGIN = 72.0
RUNNING_HEAD = "Global Partnership \u2014 Minutes from the Meeting, 26 January 2012"
# A word is broken only where both pieces keep this many letters.
MIN_PIECE = 3
VOWEL_THEN_CONSONANT = re.compile(r"[aeiouy][^aeiouy\W]", re.I)


@dataclass
class Typesetter:
    """Draws paragraphs on A4 pages with a running head and a page number on each."""

    canvas: Canvas
    width: float = A4[0] - 2 * MARGIN
    y: float = A4[1] - MARGIN
    page: int = 1
    columns: int = 1
    column: int = 0
    footer: str = "Page {page}"
    # Where the columns of the current page begin (below a full-width title).
    column_top: float = A4[1] - MARGIN
    paragraph_space: float = PARAGRAPH_SPACE

    @property
    def column_width(self) -> float:
        return (self.width - (self.columns - 1) * 24) / self.columns

    @property
    def left(self) -> float:
        return MARGIN + self.column * (self.column_width + 24)

    def furniture(self) -> None:
        self.canvas.setFont(REGULAR, 8)
        self.canvas.drawString(MARGIN, A4[1] - 40, RUNNING_HEAD)
        self.canvas.drawCentredString(A4[0] / 2, 36, self.footer.format(page=self.page))

    def next_line(self, leading: float) -> None:
        self.y -= leading
        if self.y < MARGIN:
            if self.column + 1 < self.columns:
                self.column += 1
                self.y = self.column_top - leading
                return
            else:
                self.furniture()
                self.canvas.showPage()
                self.page += 1
                self.column = 0
            self.column_top = A4[1] - MARGIN
            self.y = self.column_top - leading

    def heading(self, text: str, level: int) -> None:
        size = HEADING_SIZES[level]
        lines = [""]
        for word in text.split():
            candidate = f"{lines[-1]} {word}".strip()
            if stringWidth(candidate, BOLD, size) > self.column_width and lines[-1]:
                lines.append(word)
            else:
                lines[-1] = candidate
        for line in lines:
            self.next_line(size * 1.3)
            self.canvas.setFont(BOLD, size)
            self.canvas.drawString(self.left, self.y, line)
        self.y -= PARAGRAPH_SPACE

    def paragraph(
        self, text: str, *, bold_lead: str = "", bold: bool = False, indent: float = 0.0
    ) -> None:
        """A paragraph, its first words in bold when `bold_lead` says, lines filled and broken.

        `indent` indents the first line; a negative one indents the others (a hanging indent).
        """
        lead = len(bold_lead.split())
        words = [(word, bold or index < lead) for index, word in enumerate(text.split())]
        first, rest = (indent, 0.0) if indent > 0 else (0.0, -indent)
        for number, line in enumerate(self.fill(words, first=first, rest=rest)):
            self.next_line(LEADING)
            x = self.left
            if (number == 0 and indent > 0) or (number > 0 and indent < 0):
                x += abs(indent)
            for word, is_bold in line:
                font = BOLD if is_bold else REGULAR
                self.canvas.setFont(font, BODY_SIZE)
                self.canvas.drawString(x, self.y, word)
                x += stringWidth(word + " ", font, BODY_SIZE)
        self.y -= self.paragraph_space

    def fill(
        self, words: list[tuple[str, bool]], *, first: float = 0.0, rest: float = 0.0
    ) -> list[list[tuple[str, bool]]]:
        """Words in lines as wide as the column less an indent (`first` line, the `rest`),
        long words hyphenated."""
        room = self.column_width - first
        lines: list[list[tuple[str, bool]]] = [[]]
        used = 0.0
        queue = list(words)
        while queue:
            word, is_bold = queue.pop(0)
            font = BOLD if is_bold else REGULAR
            width = stringWidth(word, font, BODY_SIZE)
            space = stringWidth(" ", font, BODY_SIZE) if lines[-1] else 0.0
            if used + space + width <= room:
                lines[-1].append((word, is_bold))
                used += space + width
                continue
            head, tail = self.hyphenate(word, font, room - used - space)
            if head and lines[-1]:
                lines[-1].append((head, is_bold))
                queue.insert(0, (tail, is_bold))
            elif lines[-1]:
                queue.insert(0, (word, is_bold))
            else:
                lines[-1].append((word, is_bold))
                used = width
                continue
            lines.append([])
            used = 0.0
            room = self.column_width - rest
        return [line for line in lines if line]

    @staticmethod
    def hyphenate(word: str, font: str, room: float) -> tuple[str, str]:
        """The longest "piece-" of a plain word that fits in `room`, and the rest; ("", word)."""
        if not word.isalpha() or len(word) < 2 * MIN_PIECE + 2:
            return "", word
        for found in reversed(list(VOWEL_THEN_CONSONANT.finditer(word))):
            cut = found.start() + 1
            head = word[:cut] + "-"
            if (
                MIN_PIECE <= cut <= len(word) - MIN_PIECE
                and stringWidth(head, font, BODY_SIZE) <= room
            ):
                return head, word[cut:]
        return "", word


def minutes_pdf(*, title: str, parts: list, columns: int = 1) -> bytes:
    """Minutes as a PDF: the title, then each part (`documents.Part`) as the office prints it."""
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=A4, invariant=1)
    canvas.setTitle("Minutes from the Meeting")
    setter = Typesetter(canvas, columns=1)
    setter.heading(title, 1)
    setter.paragraph("Washington, DC, January 26, 2012")
    setter.columns = columns
    for part in parts:
        if part.kind == "panel":
            setter.heading(part.text, 2)
        elif part.kind == "name":
            for line in part.text.split("\n"):
                setter.paragraph(line, bold=line == part.text.split("\n")[0])
        else:
            setter.paragraph(part.text)
    setter.furniture()
    canvas.showPage()
    canvas.save()
    return output.getvalue()


def drawn_lines(setter: Typesetter, lines: list[str], *, bold_words: int = 0) -> None:
    """A paragraph broken exactly into `lines` (to test hyphens), justified, its first words
    bold: every line but the last spread to the column's width, as typeset text is."""
    for number, line in enumerate(lines):
        setter.next_line(LEADING)
        words = line.split()
        fonts = [BOLD if index < bold_words else REGULAR for index in range(len(words))]
        bold_words -= len(words)
        widths = [stringWidth(w, f, BODY_SIZE) for w, f in zip(words, fonts, strict=True)]
        gaps = max(len(words) - 1, 1)
        last = number == len(lines) - 1
        space = stringWidth(" ", REGULAR, BODY_SIZE)
        if not last:
            space = (setter.column_width - sum(widths)) / gaps
        x = setter.left
        for word, font, width in zip(words, fonts, widths, strict=True):
            setter.canvas.setFont(font, BODY_SIZE)
            setter.canvas.drawString(x, setter.y, word)
            x += width + space
    setter.y -= setter.paragraph_space


SPEECH = (
    "The representative said that the programme had met its targets for the year and that "
    "the remaining work would be finished within the next budget period, subject to the "
    "approval of the board and to the reports of the auditors, which were expected shortly. "
)


def features_pdf() -> bytes:
    """Three pages: headings of two sizes, bold names and leads, words broken at line ends,
    a paragraph running on to the next page, a running head and page numbers."""
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=A4, invariant=1)
    canvas.setTitle("Minutes of the Steering Group")
    setter = Typesetter(canvas)
    setter.heading("Minutes of the Steering Group", 1)
    setter.paragraph("Bonn, 14 March 2019")
    setter.heading("Item 1: Procedure", 2)
    setter.paragraph("Ms. A. Okafor", bold=True)
    drawn_lines(
        setter,
        [
            "Ms. Okafor: The procedure for the cyber-security review was agreed. The pro-",
            "cedure follows the approach of the programme known as the Nunn-",
            "Lugar approach, and for that reason the office in charge of cyber-",
            "security will write and circulate to all the members a self-",
            "assessment of the work; the assessment is due in May, with a mul-",
            "tilateral review.",
        ],
        bold_words=2,
    )
    setter.paragraph("Mr. Lindqvist: " + SPEECH * 2, bold_lead="Mr. Lindqvist:")
    setter.paragraph("1. The figures were circulated last week.")
    setter.paragraph("2. The auditors will report in June.")
    while setter.page == 1:
        setter.paragraph(SPEECH * 3)
    setter.heading("Item 2: Any other business", 2)
    setter.paragraph("None was raised. " + SPEECH)
    setter.furniture()
    canvas.showPage()
    canvas.save()
    return output.getvalue()


def two_columns_pdf() -> bytes:
    """A full-width title over two columns of paragraphs, page numbers as "- 1 -"."""
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=A4, invariant=1)
    setter = Typesetter(canvas, footer="- {page} -")
    setter.heading("Record of the Plenary Session", 1)
    setter.columns = 2
    setter.column_top = setter.y
    for number in range(1, 17):
        setter.paragraph(f"Delegate {number}:", bold=True)
        setter.paragraph(f"Point {number} of the record. " + SPEECH)
    setter.furniture()
    canvas.showPage()
    canvas.save()
    return output.getvalue()


def indented_pdf() -> bytes:
    """Paragraphs told apart by first-line indents alone, and points with hanging indents."""
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=A4, invariant=1)
    setter = Typesetter(canvas, footer="Page {page} of 1", paragraph_space=0.0)
    setter.heading("Summary Record", 1)
    for number in range(1, 4):
        setter.paragraph(f"Paragraph {number} begins indented. " + SPEECH, indent=18)
    for number in range(1, 3):
        setter.paragraph(f"{number}. A point set with a hanging indent. " + SPEECH, indent=-14)
    setter.paragraph("Closing paragraph. " + SPEECH, indent=18)
    setter.furniture()
    canvas.showPage()
    canvas.save()
    return output.getvalue()


def golden_pdfs() -> dict[str, bytes]:
    """The golden inputs of the PDF reader, by file name."""
    return {
        "pdf-features.pdf": features_pdf(),
        "pdf-two-columns.pdf": two_columns_pdf(),
        "pdf-indented.pdf": indented_pdf(),
    }
