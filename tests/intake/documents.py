"""Documents built for the reader tests: the shipped seed as a web page, .docx, PDF, .odt, .eml.

The seed (`gp-2012-01-26-minutes.txt`) is cut into its parts once (`seed_parts`), and each
builder prints the same parts in its format, as an office would publish them: the web page
with a site's header, navigation, skip link, breadcrumbs and footer; the Word file with
heading styles, bold names, a numbered list and a page header and footer; the PDF with a
running head, page numbers, bold names and words hyphenated at line ends, over several pages.
Other tests (the interpreter's) import these builders to check that every format gives the
same draft.
"""

import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

SEED_NAME = "gp-2012-01-26-minutes.txt"
TITLE = (
    "Panel Discussions on the Global Partnership Against the Spread of Weapons and "
    "Materials of Mass Destruction (GP)"
)
NUMBERED = re.compile(r"^(\d+)\.\s")


def seeds_dir() -> Path:
    """Where the shipped seeds are: beside the project, or where GP_SEEDS_DIR says."""
    override = os.environ.get("GP_SEEDS_DIR")
    if override:
        return Path(override)
    return Path(settings.BASE_DIR).parent / "shared" / "seeds"


def seed_path() -> Path:
    return seeds_dir() / SEED_NAME


@dataclass(frozen=True)
class Part:
    """A part of the minutes: a panel heading, a speaker's name, a numbered point, a paragraph."""

    kind: str  # "panel", "name", "point", "paragraph"
    text: str


def classify(text: str) -> Part:
    if re.fullmatch(r"Panel \d+", text):
        return Part("panel", text)
    if NUMBERED.match(text):
        return Part("point", text)
    first_line = text.split("\n")[0]
    if len(first_line.split()) <= 4 and not first_line.endswith((".", ":", "?")):
        return Part("name", text)
    return Part("paragraph", text)


def seed_parts(text: str) -> list[Part]:
    """The minutes proper, from "Panel 1" to before the site's "Back to Top"."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    start = paragraphs.index("Panel 1")
    end = paragraphs.index("Back to Top")
    return [classify(paragraph) for paragraph in paragraphs[start:end]]


def point_groups(parts: list[Part]) -> list[Part | list[Part]]:
    """The parts with each run of numbered points gathered into a list."""
    grouped: list[Part | list[Part]] = []
    for part in parts:
        if part.kind == "point" and grouped and isinstance(grouped[-1], list):
            grouped[-1].append(part)
        elif part.kind == "point":
            grouped.append([part])
        else:
            grouped.append(part)
    return grouped


def unnumbered(point: Part) -> str:
    return NUMBERED.sub("", point.text, count=1)


# --- A saved web page ------------------------------------------------------------------------


def html_page(parts: list[Part]) -> bytes:
    """The minutes as a saved page of a department's site, furniture and all."""
    from lxml import etree
    from lxml.html import builder as E

    content = [E.H1(TITLE), E.P("Washington, DC, January 26, 2012")]
    for item in point_groups(parts):
        if isinstance(item, list):
            start = NUMBERED.match(item[0].text).group(1)
            content.append(E.OL(*[E.LI(unnumbered(p)) for p in item], start=start))
        elif item.kind == "panel":
            content.append(E.H2(item.text))
        elif item.kind == "name":
            name, *rest = item.text.split("\n")
            extra = [x for line in rest for x in (E.BR(), line)]
            content.append(E.P(E.STRONG(name), *extra))
        else:
            content.append(E.P(item.text))
    page = E.HTML(
        E.HEAD(
            E.META(charset="utf-8"),
            E.TITLE("Minutes from the Meeting | U.S. Department of State"),
            E.LINK(rel="canonical", href="http://www.state.gov/t/isn/gp2013/mtg/panel/184313.htm"),
        ),
        E.BODY(
            E.A("Skip to main content", href="#content", **{"class": "skip-link"}),
            E.HEADER(
                E.P("U.S. Department of State"),
                E.P("Diplomacy in Action"),
                E.NAV(E.UL(E.LI(E.A("Home", href="/")), E.LI(E.A("Travel", href="/travel")))),
            ),
            E.DIV(
                E.A("Home", href="/"),
                " \u203a ",
                E.A("Under Secretary", href="/t/"),
                " \u203a Minutes",
                **{"class": "breadcrumbs"},
            ),
            E.DIV(E.MAIN(*content, id="content"), **{"class": "page"}),
            E.FOOTER(E.P(E.A("Back to Top", href="#top")), E.P("Privacy | FOIA | Copyright")),
        ),
    )
    return etree.tostring(page, doctype="<!DOCTYPE html>", encoding="utf-8", method="html")


# --- A Word file ------------------------------------------------------------------------------


def word_file(parts: list[Part]) -> bytes:
    """The minutes as a Word file.

    The last run of points is a Word numbered list; earlier ones are typed "1." paragraphs,
    because every "List Number" paragraph of python-docx's template shares one list, which
    Word numbers on from one run to the next, and python-docx cannot restart it.
    """
    import docx

    document = docx.Document()
    document.core_properties.title = "Minutes from the Meeting"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Global Partnership — Minutes from the Meeting"
    section.footer.paragraphs[0].text = "U.S. Department of State"
    document.add_heading(TITLE, level=1)
    document.add_paragraph("Washington, DC, January 26, 2012")
    groups = point_groups(parts)
    last_list = max(i for i, item in enumerate(groups) if isinstance(item, list))
    for index, item in enumerate(groups):
        if isinstance(item, list) and index == last_list:
            for point in item:
                document.add_paragraph(unnumbered(point), style="List Number")
        elif isinstance(item, list):
            for point in item:
                document.add_paragraph(point.text)
        elif item.kind == "panel":
            document.add_heading(item.text, level=2)
        elif item.kind == "name":
            name, *rest = item.text.split("\n")
            paragraph = document.add_paragraph()
            paragraph.add_run(name).bold = True
            for line in rest:
                paragraph.add_run().add_break()
                paragraph.add_run(line)
        else:
            document.add_paragraph(item.text)
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


# --- An OpenDocument file and an e-mail ---------------------------------------------------


def opendocument_file(parts: list[Part]) -> bytes:
    """The minutes as LibreOffice saves them: heading styles, bold names, a numbered list,
    a comment, and a page header and footer."""
    from tests.intake import opendocument_builder as odt

    body = [
        odt.heading(TITLE),
        "<text:p>Washington, DC, <office:annotation><text:p>Check the spelling of the names"
        "</text:p></office:annotation>January 26, 2012</text:p>",
    ]
    for item in point_groups(parts):
        if isinstance(item, list):
            body.append(odt.numbered_list([unnumbered(point) for point in item]))
        elif item.kind == "panel":
            body.append(odt.heading(item.text, level=2))
        elif item.kind == "name":
            name, *rest = item.text.split("\n")
            lines = "".join(f"<text:line-break/>{odt.escape(line)}" for line in rest)
            body.append(
                f'<text:p><text:span text:style-name="T1">{odt.escape(name)}</text:span>{lines}'
                "</text:p>"
            )
        else:
            body.append(odt.paragraph(item.text))
    return odt.odt_file("".join(body), title="Minutes from the Meeting")


def email_file(text: bytes) -> bytes:
    """The text minutes sent as the body of an e-mail message, saved as .eml."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Records Office <records@example.org>"
    message["To"] = "archive@example.org"
    message["Subject"] = "Minutes from the Meeting"
    message["Date"] = "Fri, 27 Jan 2012 09:15:00 -0500"
    message.set_content(text.decode("utf-8"))
    return message.as_bytes()


def seed_documents() -> dict[str, bytes]:
    """The seed as each format: file name → bytes."""
    from tests.intake.pdf_builder import minutes_pdf

    text = seed_path().read_bytes()
    parts = seed_parts(text.decode("utf-8"))
    return {
        "minutes.txt": text,
        "minutes.html": html_page(parts),
        "minutes.docx": word_file(parts),
        "minutes.pdf": minutes_pdf(title=TITLE, parts=parts),
        "minutes.odt": opendocument_file(parts),
        "minutes.eml": email_file(text),
    }
