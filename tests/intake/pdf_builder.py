"""PDFs of minutes drawn with reportlab: a small typesetter that hyphenates long words.

Used by `documents` (the seed as a PDF), the PDF reader's tests and bench/intake_readers.py.
Lines are filled word by word; a long word that does not fit is broken with a hyphen after
its first syllable-like piece, as typesetting programs do, so the reader has to mend it.
"""

import io
import re
from dataclasses import dataclass, field

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
    pages_started: list[int] = field(default_factory=list)

    @property
    def column_width(self) -> float:
        return (self.width - (self.columns - 1) * 24) / self.columns

    @property
    def left(self) -> float:
        return MARGIN + self.column * (self.column_width + 24)

    def furniture(self) -> None:
        self.canvas.setFont(REGULAR, 8)
        self.canvas.drawString(MARGIN, A4[1] - 40, RUNNING_HEAD)
        self.canvas.drawCentredString(A4[0] / 2, 36, f"Page {self.page}")

    def next_line(self, leading: float) -> None:
        self.y -= leading
        if self.y < MARGIN:
            if self.column + 1 < self.columns:
                self.column += 1
            else:
                self.furniture()
                self.canvas.showPage()
                self.page += 1
                self.column = 0
            self.y = A4[1] - MARGIN - leading

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

    def paragraph(self, text: str, *, bold_lead: str = "", bold: bool = False) -> None:
        """A paragraph, its first words in bold when `bold_lead` says, lines filled and broken."""
        words = [
            (word, bold or index < len(bold_lead.split()))
            for index, word in enumerate(text.split())
        ]
        for line in self.fill(words):
            self.next_line(LEADING)
            x = self.left
            for word, is_bold in line:
                font = BOLD if is_bold else REGULAR
                self.canvas.setFont(font, BODY_SIZE)
                self.canvas.drawString(x, self.y, word)
                x += stringWidth(word + " ", font, BODY_SIZE)
        self.y -= PARAGRAPH_SPACE

    def fill(self, words: list[tuple[str, bool]]) -> list[list[tuple[str, bool]]]:
        lines: list[list[tuple[str, bool]]] = [[]]
        used = 0.0
        queue = list(words)
        while queue:
            word, is_bold = queue.pop(0)
            font = BOLD if is_bold else REGULAR
            width = stringWidth(word, font, BODY_SIZE)
            space = stringWidth(" ", font, BODY_SIZE) if lines[-1] else 0.0
            if used + space + width <= self.column_width:
                lines[-1].append((word, is_bold))
                used += space + width
                continue
            head, tail = self.hyphenate(word, font, self.column_width - used - space)
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
