"""PDFs in the layouts word processors export minutes in, drawn with reportlab's canvas.

`python -m tests.intake.pdf_layouts` writes the golden inputs `golden/readers/pdf-*.pdf` named
in `LAYOUTS`; each function says what its document holds. Text is placed as a word
processor places it (justified lines spread to the margin, a hanging indent under a number,
small caps as capitals of two sizes, superscript note marks), so that the reader meets what
it meets in exported minutes, not what is easy to read.
"""

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

REGULAR, BOLD, ITALIC = "Times-Roman", "Times-Bold", "Times-Italic"
SIZE, LEADING = 11.0, 14.0


class Page:
    """One page being drawn: its canvas, size and the y of the next line."""

    def __init__(self, canvas: Canvas, size: tuple[float, float], margin: float = 72.0):
        self.canvas, self.width, self.height, self.margin = canvas, *size, margin
        canvas.setPageSize(size)
        self.y = self.height - margin

    @property
    def right(self) -> float:
        return self.width - self.margin

    def text(self, x: float, text: str, font: str = REGULAR, size: float = SIZE) -> float:
        """Draw `text` at x on the current line; the x after it."""
        self.canvas.setFont(font, size)
        self.canvas.drawString(x, self.y, text)
        return x + stringWidth(text, font, size)

    def line(self, text: str, font: str = REGULAR, size: float = SIZE, x: float | None = None):
        self.y -= LEADING if size <= SIZE else size * 1.3
        self.text(self.margin if x is None else x, text, font, size)

    def centred(self, text: str, font: str, size: float) -> None:
        self.y -= size * 1.4
        self.text((self.width - stringWidth(text, font, size)) / 2, text, font, size)

    def right_aligned(self, text: str, y: float, font: str = REGULAR, size: float = SIZE):
        self.canvas.setFont(font, size)
        self.canvas.drawRightString(self.right, y, text)

    def justified(self, lines: list[str], *, lead: str = "", indent: float = 0.0, hang=0.0):
        """A paragraph broken into `lines`, all but the last spread to the right margin.

        `lead` is the bold label the first line starts with; `indent` moves the first line,
        `hang` the others (a number hanging in the margin of its paragraph).
        """
        for number, text in enumerate(lines):
            self.y -= LEADING
            left = self.margin + (indent if number == 0 else hang)
            words = text.split()
            fonts = [REGULAR] * len(words)
            if number == 0 and lead:
                fonts[: len(lead.split())] = [BOLD] * len(lead.split())
            widths = [stringWidth(w, f, SIZE) for w, f in zip(words, fonts, strict=True)]
            space = stringWidth(" ", REGULAR, SIZE)
            if number < len(lines) - 1 and len(words) > 1:
                space = (self.right - left - sum(widths)) / (len(words) - 1)
            x = left
            for word, font, width in zip(words, fonts, widths, strict=True):
                self.text(x, word, font)
                x += width + space
        self.y -= 6

    def small_caps(self, x: float, text: str) -> float:
        """`text` in small caps: capitals full size, the other letters as smaller capitals."""
        for char in text:
            size = SIZE if not char.islower() else SIZE * 0.78
            x = self.text(x, char.upper(), REGULAR, size)
        return x

    def rule(self, x0: float, x1: float, y: float) -> None:
        self.canvas.setLineWidth(0.5)
        self.canvas.line(x0, y, x1, y)


def headers(page: Page, number: int, total: int) -> None:
    """Word's different odd and even headers, a centred "Page n of N" footer."""
    page.canvas.setFont(ITALIC, 9)
    if number % 2 == 0:
        page.canvas.drawString(page.margin, page.height - 40, "Planning Commission \u2014 Minutes")
    else:
        page.canvas.drawRightString(page.right, page.height - 40, "City of Elmwood")
    page.canvas.setFont(REGULAR, 9)
    page.canvas.drawCentredString(page.width / 2, 36, f"Page {number} of {total}")


def word_export_pdf() -> bytes:
    """US Letter minutes as Word exports them (see the module): five pages, one landscape."""
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=letter, invariant=1)
    canvas.setTitle("Planning Commission minutes, September 8, 2022")
    title_page(Page(canvas, letter))
    canvas.showPage()
    roll_call_page(Page(canvas, letter))
    canvas.showPage()
    items_page(Page(canvas, letter))
    canvas.showPage()
    page = Page(canvas, letter)
    headers(page, 4, 5)
    page.y = page.height / 2
    page.centred("Appendix A: Action items", BOLD, 16)
    canvas.showPage()
    actions_page(Page(canvas, landscape(letter)))
    canvas.showPage()
    canvas.save()
    return output.getvalue()


def title_page(page: Page) -> None:
    page.y -= 150
    page.centred("CITY OF ELMWOOD", BOLD, 20)
    page.centred("Planning Commission", BOLD, 16)
    page.centred("Minutes of the Regular Meeting", REGULAR, 14)
    page.centred("Thursday, September 8, 2022, 6:30 p.m.", REGULAR, 12)
    page.centred("Council Chamber, 200 Main Street", REGULAR, 12)


def roll_call_page(page: Page) -> None:
    headers(page, 2, 5)
    page.right_aligned("Approved: October 6, 2022", page.y - LEADING, ITALIC)
    page.y -= LEADING + 10
    page.line("1. ROLL CALL", BOLD, 12)
    page.y -= 4
    columns = (page.margin, page.margin + 180, page.margin + 330)
    rows = [
        ("Name", "Position", "Attendance"),
        ("Maria Ortiz", "Chair", "Present"),
        ("Daniel Kim", "Vice Chair", "Present"),
        ("Priya Raman", "Commissioner", "Absent"),
    ]
    for number, row in enumerate(rows):
        page.y -= LEADING + 4
        for x, cell in zip(columns, row, strict=True):
            page.text(x + 4, cell, BOLD if number == 0 else REGULAR)
        page.rule(page.margin, page.margin + 450, page.y - 5)
    page.y -= 10
    page.line("2. APPROVAL OF MINUTES", BOLD, 12)
    page.justified(
        [
            "Chair Ortiz: The minutes of August 11 were circulated with the agenda. Are",
            "there any corrections? Seeing none, they stand approved as written.",
        ],
        lead="Chair Ortiz:",
    )
    x = page.small_caps(page.margin, "Ms. Vance:")
    page.text(x + 3, "I abstain, as I was not at the August meeting.")
    page.y -= LEADING + 6
    page.justified(
        [
            "The Commission noted the applicant\u2019s letter of September 1, which asks",
            "for the hearing to be continued to a later date.",
        ]
    )
    end = page.margin + stringWidth(
        "for the hearing to be continued to a later date.", REGULAR, SIZE
    )
    page.y += 6 + 4  # a superscript note mark, above the paragraph's last line
    page.text(end, "1", REGULAR, 7)
    page.y -= 6 + 4
    footnote(page, "1 The letter is filed with the application, PC-22-014.")


def footnote(page: Page, text: str) -> None:
    """A footnote in small type at the foot of the page, under a short rule."""
    page.rule(page.margin, page.margin + 144, 92)
    page.canvas.setFont(REGULAR, 8)
    page.canvas.drawString(page.margin, 82, text)


TABBED = (
    [
        "Any other business: the Clerk reported that the lease of the depot runs",
        "to March and that the landlord has offered a renewal for five years.",
    ],
    ["The Commission asked for the renewal to come to its next meeting."],
)


def items_page(page: Page) -> None:
    headers(page, 3, 5)
    page.line("3. NEW BUSINESS", BOLD, 12)
    points = [
        ["3.1 Application PC-22-015, 44 Elm Street, a two-storey rear addition. Staff",
         "recommended approval subject to the conditions in the staff report."],
        ["3.2 Application PC-22-016, a sign for the bakery at 9 Main Street. The",
         "Commission asked for the sign to be lit from above, not from within."],
    ]  # fmt: skip
    hang = stringWidth("3.1 ", REGULAR, SIZE)
    for lines in points:
        page.justified(lines, hang=hang)
    page.justified(
        [
            "Commissioner Kim moved to approve both applications; Vice Chair seconded.",
            "The motion carried 2\u20130.",
        ]
    )
    for number, lines in (("3.3", TABBED[0]), ("3.4", TABBED[1])):
        page.text(page.margin, number)  # the number, then a tab to the hanging indent
        page.y += LEADING
        page.justified(lines, indent=36, hang=36)
    page.line("4. ADJOURNMENT", BOLD, 12)
    page.justified(["The meeting adjourned at 7:42 p.m."])


def actions_page(page: Page) -> None:
    headers(page, 5, 5)
    columns = (page.margin, page.margin + 300, page.margin + 450, page.margin + 560)
    rows = [
        ("Action", "Owner", "Due", "Status"),
        ("Send conditions of approval to the applicant", "Planning staff", "Sep 15", "Open"),
        ("Publish the sign guidance on the website", "City Clerk", "Oct 1", "Open"),
    ]
    for number, row in enumerate(rows):
        page.y -= LEADING + 4
        for x, cell in zip(columns, row, strict=True):
            page.text(x + 4, cell, BOLD if number == 0 else REGULAR)


SPEECH = (
    "The delegation welcomed the report and said that the programme had met its targets "
    "for the year, that the remaining work would be finished within the next budget period "
    "and that the board would be kept informed of progress at each of its meetings. "
)


def filled(text: str, width: float, lead: str = "") -> list[str]:
    """`text` broken into lines no wider than `width` (its bold `lead` measured as bold)."""
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        font = (
            BOLD if lead and candidate.startswith(lead) and len(candidate) <= len(lead) else REGULAR
        )
        if current and stringWidth(candidate, font, SIZE) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current] if current else lines


class Columns:
    """Text set in two justified columns between `top` and `bottom`, left column first."""

    def __init__(self, page: Page, top: float, bottom: float, gutter: float = 18.0):
        self.page, self.top, self.bottom = page, top, bottom
        self.width = (page.right - page.margin - gutter) / 2
        self.lefts = (page.margin, page.margin + self.width + gutter)
        self.column, self.y = 0, top

    def paragraph(self, text: str, lead: str = "") -> None:
        lines = filled(text, self.width, lead)
        for number, line in enumerate(lines):
            if self.y - LEADING < self.bottom:
                self.column, self.y = self.column + 1, self.top
            self.y -= LEADING
            self.draw(line, justify=number < len(lines) - 1, lead=lead if number == 0 else "")
        self.y -= 5

    def draw(self, line: str, *, justify: bool, lead: str) -> None:
        words = line.split()
        fonts = [BOLD if index < len(lead.split()) else REGULAR for index in range(len(words))]
        widths = [stringWidth(w, f, SIZE) for w, f in zip(words, fonts, strict=True)]
        space = stringWidth(" ", REGULAR, SIZE)
        if justify and len(words) > 1:
            space = (self.width - sum(widths)) / (len(words) - 1)
        x, self.page.y = self.lefts[self.column], self.y
        for word, font, width in zip(words, fonts, widths, strict=True):
            self.page.text(x, word, font)
            x += width + space

    @property
    def lowest(self) -> float:
        return self.y if self.column == 0 else min(self.y, self.bottom)


def full_width(page: Page, y: float, text: str) -> float:
    """A justified paragraph across the page from `y` down; the y under it."""
    page.y = y + LEADING
    page.justified(filled(text, page.right - page.margin))
    return page.y


def mixed_columns_pdf() -> bytes:
    """A4: a centred title, a paragraph across the page, two columns, a heading across, two
    columns again, a footnote across the width under a rule; the next page in two columns."""
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=A4, invariant=1)
    canvas.setTitle("Summary record of the Assembly")
    page = Page(canvas, A4)
    page.centred("ASSEMBLY OF THE REGIONAL PARTNERSHIP", BOLD, 15)
    page.centred("Summary record of the fourth session, Vienna, 12 May 2021", REGULAR, 12)
    opening = "The session was opened at 10 a.m. by the President, who welcomed the delegations "
    y = full_width(page, page.y - 10, (opening + "and recalled the agenda adopted in March. ") * 2)
    columns = Columns(page, y - 6, y - 6 - 12 * LEADING)
    for number in range(1, 4):
        columns.paragraph(
            f"Delegate {number}: Point {number}. {SPEECH}", lead=f"Delegate {number}:"
        )
    page.y = columns.bottom - 8
    page.line("Item 2. Budget", BOLD, 12)
    columns = Columns(page, page.y - 6, 110)
    for number in range(4, 7):
        columns.paragraph(
            f"Delegate {number}: Point {number}. {SPEECH}", lead=f"Delegate {number}:"
        )
    page.rule(page.margin, page.margin + 144, 96)
    page.canvas.setFont(REGULAR, 8)
    note = ("\u00b9 Statements are summarised; the full texts are kept by the secretariat and "
            "may be consulted on request by any delegation.")  # fmt: skip
    page.canvas.drawString(page.margin, 84, note)
    page.canvas.drawCentredString(page.width / 2, 40, "- 1 -")
    canvas.showPage()
    page = Page(canvas, A4)
    columns = Columns(page, page.height - 72, 100)
    for number in range(7, 15):
        columns.paragraph(
            f"Delegate {number}: Point {number}. {SPEECH}", lead=f"Delegate {number}:"
        )
    page.canvas.setFont(REGULAR, 9)
    page.canvas.drawCentredString(page.width / 2, 40, "- 2 -")
    canvas.showPage()
    canvas.save()
    return output.getvalue()


def turned_pdf() -> bytes:
    """A4 pages whose content is turned to fit: an upright heading over a table set up the
    page (turned a quarter anticlockwise), then a page of minutes set down the page."""
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=A4, invariant=1)
    canvas.setTitle("Appendix B")
    page = Page(canvas, A4)
    page.line("Appendix B: Action log", BOLD, 14)
    canvas.saveState()
    canvas.translate(A4[0] - 120, 120)
    canvas.rotate(90)
    turned = Page(canvas, A4)
    turned.width, turned.height, turned.y = 600.0, 300.0, 0.0
    rows = [
        ("Ref", "Action", "Owner", "Status"),
        ("A1", "Replace the boiler in the village hall", "Clerk", "Done"),
        ("A2", "Ask the county about the bus shelter", "Cllr Ames", "Open"),
    ]
    for number, row in enumerate(rows):
        for x, cell in zip((0, 60, 320, 440), row, strict=True):
            turned.text(x, cell, BOLD if number == 0 else REGULAR)
        turned.y -= LEADING + 4
    canvas.restoreState()
    canvas.showPage()
    canvas.saveState()
    canvas.translate(120, A4[1] - 72)
    canvas.rotate(-90)
    turned = Page(canvas, A4)
    turned.margin, turned.width, turned.y = 0.0, 600.0, 0.0
    turned.text(0, "Minutes of the Finance Committee, 3 May 2022", BOLD, 12)
    turned.y -= LEADING * 2
    turned.justified(
        filled("The Treasurer reported that spending was within the budget. " * 3, 560)
    )
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return output.getvalue()


LAYOUTS = {
    "pdf-word-export.pdf": word_export_pdf,
    "pdf-mixed-columns.pdf": mixed_columns_pdf,
    "pdf-turned-pages.pdf": turned_pdf,
}


if __name__ == "__main__":
    for name, build in LAYOUTS.items():
        (Path(__file__).parent / "golden" / "readers" / name).write_bytes(build())
