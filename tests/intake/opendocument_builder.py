"""OpenDocument text files built for the reader tests, as LibreOffice writes them.

`odt_file(body)` zips a `content.xml` whose `office:text` holds `body` (ODF markup using the
prefixes below) with a `styles.xml` defining "Heading 1"/"Heading 2", a bold "Strong Emphasis"
character style, a page header and footer, and `meta.xml` with the document's title.
`flat_odt(body)` is the same document as one flat XML file (.fodt).
"""

import io
import zipfile
from xml.sax.saxutils import escape

NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)
MIMETYPE = "application/vnd.oasis.opendocument.text"
# Automatic styles as LibreOffice names them: T1 a bold span, P1 a bold paragraph, P2 a
# paragraph in a heading style, L1 a numbered list, L2 a bulleted one.
AUTOMATIC_STYLES = "".join(
    [
        "<office:automatic-styles>",
        '<style:style style:name="T1" style:family="text">',
        '<style:text-properties fo:font-weight="bold"/></style:style>',
        '<style:style style:name="T2" style:family="text">',
        '<style:text-properties fo:font-weight="normal"/></style:style>',
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">',
        '<style:text-properties fo:font-weight="bold"/></style:style>',
        '<style:style style:name="P2" style:family="paragraph"',
        ' style:parent-style-name="Heading_20_2"/>',
        '<text:list-style style:name="L1"><text:list-level-style-number text:level="1"',
        ' style:num-format="1" style:num-suffix="."/></text:list-style>',
        '<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1"',
        ' text:bullet-char="•"/></text:list-style>',
        "</office:automatic-styles>",
    ]
)
STYLES = "".join(
    [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<office:document-styles {NAMESPACES} office:version="1.3"><office:styles>',
        '<style:style style:name="Standard" style:family="paragraph"/>',
        '<style:style style:name="Heading" style:family="paragraph"',
        ' style:parent-style-name="Standard"/>',
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1"',
        ' style:family="paragraph" style:parent-style-name="Heading"/>',
        '<style:style style:name="Heading_20_2" style:display-name="Heading 2"',
        ' style:family="paragraph" style:parent-style-name="Heading"/>',
        '<style:style style:name="Subtitle" style:family="paragraph"',
        ' style:parent-style-name="Heading"/>',
        '<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis"',
        ' style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>',
        '</office:styles><office:master-styles><style:master-page style:name="Standard">',
        "<style:header><text:p>HEADER OF EVERY PAGE</text:p></style:header>",
        "<style:footer><text:p>FOOTER OF EVERY PAGE</text:p></style:footer>",
        "</style:master-page></office:master-styles></office:document-styles>",
    ]
)


def content_xml(body: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NAMESPACES} '
        f'office:version="1.3">{AUTOMATIC_STYLES}<office:body><office:text>{body}'
        "</office:text></office:body></office:document-content>"
    )


def meta_xml(title: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NAMESPACES}>'
        f"<office:meta><dc:title>{escape(title)}</dc:title></office:meta></office:document-meta>"
    )


def odt_file(body: str, *, title: str = "", mimetype: str = MIMETYPE) -> bytes:
    """A zipped .odt whose text is `body`, as LibreOffice lays one out (mimetype first, stored)."""
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content_xml(body), compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("styles.xml", STYLES, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("meta.xml", meta_xml(title), compress_type=zipfile.ZIP_DEFLATED)
    return output.getvalue()


def flat_odt(body: str, *, title: str = "") -> bytes:
    """The same document as a flat .fodt: styles, metadata and text in one XML file."""
    styles = STYLES.split("<office:styles>", 1)[1].split("</office:document-styles>")[0]
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NAMESPACES} '
        f'office:version="1.3" office:mimetype="{MIMETYPE}">'
        f"<office:meta><dc:title>{escape(title)}</dc:title></office:meta>"
        f"<office:styles>{styles}{AUTOMATIC_STYLES}<office:body><office:text>{body}"
        "</office:text></office:body></office:document>"
    ).encode()


def paragraph(text: str, *, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def bold_lead(lead: str, rest: str) -> str:
    """A paragraph opening with a bold span (a speaker's name), the rest in plain type."""
    return (
        f'<text:p><text:span text:style-name="T1">{escape(lead)}</text:span>{escape(rest)}</text:p>'
    )


def heading(text: str, level: int = 1) -> str:
    style = f'text:style-name="Heading_20_{level}" text:outline-level="{level}"'
    return f"<text:h {style}>{escape(text)}</text:h>"


def numbered_list(items: list[str]) -> str:
    entries = "".join(f"<text:list-item>{paragraph(item)}</text:list-item>" for item in items)
    return f'<text:list text:style-name="L1">{entries}</text:list>'
