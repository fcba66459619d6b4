"""Saved e-mail messages (.eml): minutes in the body, or in the one document attached."""

from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.documents import read_document
from intake.interpreter import draft_from_document
from intake.readers.blocks import DocumentError
from tests.intake import opendocument_builder as odt

MINUTES = """Minutes of the Residents' Committee
Held on Thursday 7th March at the Community Hall, Ashby.

Present: Ann Lee (Chair), Bo Park, Cy Dunn.

Ann Lee: Welcome, everyone. We have two items tonight.

Bo Park: The garden fund stands at 340 pounds.
"""


def message(*, body: str | None = MINUTES, html: str | None = None, sent: str = "") -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "Ann Lee <ann@example.org>"
    mail["To"] = "committee@example.org"
    mail["Subject"] = "Minutes: March committee"
    mail["Date"] = sent or "Sat, 09 Mar 2019 10:02:11 +0000"
    if body is not None:
        mail.set_content(body)
    if html is not None and body is not None:
        mail.add_alternative(html, subtype="html")
    elif html is not None:
        mail.set_content(html, subtype="html")
    return mail


def test_a_plain_body_is_read_as_text_with_the_subject_as_title():
    document = read_document(data=message().as_bytes(), name="march.eml")
    assert (document.format, document.name) == ("email", "march.eml")
    assert document.title == "Minutes: March committee"
    texts = [block.text for block in document.blocks]
    assert "Ann Lee: Welcome, everyone. We have two items tonight." in texts


@pytest.mark.django_db
def test_the_year_comes_from_the_date_the_message_was_sent_and_headers_are_no_statements():
    document = read_document(data=message().as_bytes(), name="march.eml")
    draft = draft_from_document(document=document, themes=[]).data
    assert draft["meeting"]["date"] == "2019-03-07"
    texts = [s["text"] for panel in draft["panels"] for s in panel["statements"]]
    assert texts == [
        "Welcome, everyone. We have two items tonight.",
        "The garden fund stands at 340 pounds.",
    ]
    assert not any("ann@example.org" in text or "Subject" in text for text in texts)


def test_the_plain_part_is_preferred_and_an_html_only_message_is_read_as_a_page():
    html = "<p><strong>Ann Lee:</strong> Welcome, everyone.</p><p>Next item.</p>"
    both = read_document(data=message(html=html).as_bytes(), name="m.eml")
    assert any(block.text.startswith("Bo Park: The garden") for block in both.blocks)
    only_html = read_document(data=message(body=None, html=html).as_bytes(), name="m.eml")
    assert only_html.blocks[0].bold_lead == "Ann Lee:"
    assert only_html.format == "email"


def test_a_covering_note_with_minutes_attached_reads_the_attachment():
    mail = message(body="Dear all, the minutes are attached.\nAnn")
    mail.add_attachment(
        odt.odt_file(odt.heading("Minutes of the Board") + odt.bold_lead("Ms. Okafor:", " Yes.")),
        maintype="application",
        subtype="vnd.oasis.opendocument.text",
        filename="minutes.odt",
    )
    mail.add_attachment(
        b"\x89PNG\r\n\x1a\n" + bytes(64), maintype="image", subtype="png", filename="logo.png"
    )
    document = read_document(data=mail.as_bytes(), name="covering.eml")
    assert (document.name, document.format) == ("covering.eml", "email")
    assert [block.text for block in document.blocks] == ["Minutes of the Board", "Ms. Okafor: Yes."]


def test_a_covering_note_with_two_documents_attached_asks_which():
    mail = message(body="Both drafts attached.")
    for filename in ("draft-a.odt", "draft-b.odt"):
        mail.add_attachment(
            odt.odt_file(odt.paragraph("Text.")),
            maintype="application",
            subtype="octet-stream",
            filename=filename,
        )
    with pytest.raises(
        DocumentError,
        match=r"^two\.eml: a covering note with 2 documents attached \(draft-a\.odt, draft-b",
    ):
        read_document(data=mail.as_bytes(), name="two.eml")


def test_long_minutes_in_the_body_win_over_an_attachment():
    body = MINUTES + "\n".join(
        f"Cy Dunn: Point {n} of the report, read in full." for n in range(40)
    )
    mail = message(body=body)
    mail.add_attachment(
        odt.odt_file(odt.paragraph("The agenda.")),
        maintype="application",
        subtype="octet-stream",
        filename="agenda.odt",
    )
    document = read_document(data=mail.as_bytes(), name="long.eml")
    assert not any(block.text == "The agenda." for block in document.blocks)


@pytest.mark.parametrize("cte", ["quoted-printable", "base64"])
def test_encoded_bodies_are_decoded(cte):
    mail = message(body=None)
    mail.set_content("Café meeting: Dupré said \u201cyes\u201d.\n" * 3, cte=cte)
    data = mail.as_bytes()
    assert "Dupré".encode() not in data
    document = read_document(data=data, name="enc.eml")
    assert "Dupré said \u201cyes\u201d." in document.blocks[-1].text


def test_a_message_without_text_or_minutes_is_an_error_naming_it():
    mail = message(body=" ")
    with pytest.raises(DocumentError, match=r"^empty\.eml: an e-mail message with no text"):
        read_document(data=mail.as_bytes(), name="empty.eml")


def test_pasted_mail_without_mime_headers_is_still_text():
    pasted = (
        b"From: Ann Lee\nSent: 9 March 2019\nTo: committee\nSubject: minutes\n\n" + MINUTES.encode()
    )
    assert read_document(data=pasted, name="pasted.txt").format == "text"


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=1500))
def test_any_body_bytes_give_a_document_or_a_document_error(data):
    head = (
        b"MIME-Version: 1.0\nFrom: a@b.c\nTo: d@e.f\nSubject: x\n"
        b"Content-Type: multipart/mixed; boundary=b\n\n"
    )
    try:
        read_document(data=head + data, name="any.eml")
    except DocumentError as error:
        assert str(error).startswith("any.eml")
