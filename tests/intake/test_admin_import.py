"""The admin's meeting-file pages: import with preview and confirmation, download, suggestions."""

import hashlib
import io
import zipfile
from email.message import EmailMessage

import docx
import pytest
import yaml
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from reversion.models import Revision

from intake.admin_import import SIGNING_SALT, ConfirmForm
from intake.meeting_file.export import dump_yaml, export_meeting
from minutes.models import Meeting, Statement
from tests.factories import make_meeting, make_statement, make_theme
from tests.intake import opendocument_builder as odt
from tests.intake.test_import_properties import row_counts
from tests.intake.test_meeting_file_parse import alias_bomb
from tests.intake.test_meeting_file_read import good
from tests.intake.test_readers_pdf import blank_pdf
from tests.intake.word_builder import saved
from tests.limits import bounded

pytestmark = pytest.mark.django_db
IMPORT_URL = reverse("admin:minutes_meeting_import")


def upload(text: str, name: str = "meeting.yaml"):
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="application/yaml")


def preview(client, **data):
    return client.post(IMPORT_URL, {"preview": "Preview", **data})


def test_the_changelist_links_to_the_import_page(admin_client):
    page = admin_client.get(reverse("admin:minutes_meeting_changelist"))
    assert IMPORT_URL in page.content.decode()
    assert admin_client.get(IMPORT_URL).status_code == 200


def test_preview_writes_nothing_and_shows_the_counts(admin_client):
    before = row_counts()
    page = preview(admin_client, upload=upload(yaml.safe_dump(good())))
    assert page.status_code == 200
    assert row_counts() == before
    assert page.context["report"].counts["statements"]["created"] == 2
    assert "Confirm: load it" in page.content.decode()


def test_confirm_writes_once_in_one_revision_naming_the_file(admin_client, admin_user):
    page = preview(admin_client, upload=upload(yaml.safe_dump(good()), "m-1.yaml"))
    payload = page.context["confirm_form"].initial["payload"]
    response = admin_client.post(IMPORT_URL, {"confirm": "1", "payload": payload})
    meeting = Meeting.objects.get(slug="m-1")
    assert response.status_code == 302
    assert response.url == reverse("admin:minutes_meeting_change", args=[meeting.pk])
    assert Statement.objects.filter(panel__meeting=meeting).count() == 2
    revision = Revision.objects.get()
    assert (revision.comment, revision.user) == ("Loaded from m-1.yaml", admin_user)
    assert revision.version_set.count() >= 1 + 1 + 2 + 2  # meeting, panel, line-up, statements


def test_preview_warns_when_the_file_replaces_a_recorded_meeting(admin_client):
    assert (
        "already recorded"
        not in preview(admin_client, upload=upload(yaml.safe_dump(good()))).content.decode()
    )
    make_meeting(slug="m-1")
    page = preview(admin_client, upload=upload(yaml.safe_dump(good())))
    assert "m-1 is already recorded (published): confirming replaces its record" in (
        page.content.decode()
    )


def test_a_tampered_confirmation_is_refused(admin_client):
    page = preview(admin_client, upload=upload(yaml.safe_dump(good())))
    payload = page.context["confirm_form"].initial["payload"]
    forged = ConfirmForm.sign(source="x.yaml", text="format: gp-meeting/1")[:-3] + "abc"
    before = row_counts()
    response = admin_client.post(IMPORT_URL, {"confirm": "1", "payload": forged})
    assert "The preview was altered" in response.content.decode()
    assert row_counts() == before
    assert payload != forged


def test_a_bad_file_shows_every_error_with_its_place(admin_client):
    data = good()
    data["panels"][0]["statements"][0]["speaker"] = "nobody"
    data["meeting"]["date"] = "2012-02-30"
    before = row_counts()
    page = preview(admin_client, upload=upload(yaml.safe_dump(data), "bad.yaml"))
    problems = page.context["problems"]
    assert "bad.yaml: meeting.date: '2012-02-30' is not a real date (YYYY-MM-DD)" in problems
    assert "bad.yaml: panels[0].statements[0].speaker: no person 'nobody'" in problems
    assert "Confirm: load it" not in page.content.decode()
    assert row_counts() == before


@pytest.mark.parametrize(
    "file, message",
    [
        (upload("x" * (2 * 1024 * 1024 + 1)), "the limit is 2 MB"),
        (
            SimpleUploadedFile("minutes.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
            "an old binary Word file",
        ),
        (SimpleUploadedFile("m.yaml", b"\xff\xfe bad"), "is not UTF-8 text"),
    ],
)
def test_oversize_wrong_type_and_undecodable_files_are_refused(admin_client, file, message):
    page = preview(admin_client, upload=file)
    assert message in page.content.decode()
    assert "report" not in page.context


def test_a_file_too_large_to_carry_to_the_confirmation_is_refused(admin_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 64 * 1024 + 100
    page = preview(admin_client, upload=upload(yaml.safe_dump(good())))
    assert "too large to confirm from this page" in page.content.decode()
    assert "confirm_form" not in page.context


def test_neither_or_both_inputs_are_refused(admin_client):
    assert "one of the two" in preview(admin_client).content.decode()
    both = preview(admin_client, upload=upload("a: 1"), minutes_text="Text")
    assert "one of the two" in both.content.decode()


MINUTES = """Meeting of the Example Board
Date: 12 May 2016

Ms. Ann Lee: We begin with the budget.

Mr. Bo Park: The budget is agreed.
"""


def test_pasted_minutes_preview_a_draft_and_confirm_loads_it(admin_client):
    before = row_counts()
    page = preview(admin_client, minutes_text=MINUTES)
    assert row_counts() == before
    assert page.context["draft"]
    assert "status: draft" in page.context["yaml_text"]
    assert "Ms. Ann Lee" not in page.context["yaml_text"]  # the name is parsed, not copied
    payload = page.context["confirm_form"].initial["payload"]
    admin_client.post(IMPORT_URL, {"confirm": "1", "payload": payload})
    meeting = Meeting.objects.get(date="2016-05-12")
    assert meeting.status == "draft"
    assert [s.speaker.name for s in Statement.objects.filter(panel__meeting=meeting)] == [
        "Ann Lee",
        "Bo Park",
    ]


def test_pasted_text_without_a_date_shows_why(admin_client):
    page = preview(admin_client, minutes_text="Some title\n\nMs. Ann Lee: Hello, everyone.")
    assert any("no meeting date found" in p for p in page.context["problems"])


def test_download_link_and_action_write_the_meeting_file(admin_client):
    statement = make_statement(text="Said once.")
    meeting = statement.panel.meeting
    change = admin_client.get(reverse("admin:minutes_meeting_change", args=[meeting.pk]))
    url = reverse("admin:minutes_meeting_download", args=[meeting.pk])
    assert url in change.content.decode()
    response = admin_client.get(url)
    assert response["Content-Disposition"] == f'attachment; filename="{meeting.slug}.yaml"'
    assert response.content.decode() == dump_yaml(export_meeting(meeting=meeting))
    other = make_meeting()
    zipped = admin_client.post(
        reverse("admin:minutes_meeting_changelist"),
        {"action": "download_meeting_files", "_selected_action": [meeting.pk, other.pk]},
    )
    names = zipfile.ZipFile(io.BytesIO(zipped.content)).namelist()
    assert sorted(names) == sorted([f"{meeting.slug}.yaml", f"{other.slug}.yaml"])


def test_suggest_themes_action_adds_suggestions_and_keeps_existing_tags(admin_client):
    kept = make_theme(name="Kept")
    border = make_theme(name="Borders", keywords="border security, customs")
    statement = make_statement(text="Customs and Border Security matter.", themes=[kept])
    untouched = make_statement(text="Nothing to see.")
    admin_client.post(
        reverse("admin:minutes_statement_changelist"),
        {"action": "suggest_themes", "_selected_action": [statement.pk, untouched.pk]},
    )
    assert set(statement.themes.all()) == {kept, border}
    assert not untouched.themes.exists()
    assert Revision.objects.filter(comment__contains="1 suggested theme(s) added").exists()


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (alias_bomb(8), "hostile.yaml: line 2, column 8: an alias (*a) is not accepted"),
        ('{"a": ' * 100_000 + "1" + "}" * 100_000, "hostile.yaml: line 1, column 73: nested"),
        ("format: gp-meeting/1\nformat: gp-meeting/1\n", "hostile.yaml: line 2, column 1: the key"),
    ],
    ids=["alias-bomb", "deep-json", "duplicate-key"],
)
def test_hostile_files_are_refused_quickly_with_a_short_page(admin_client, text, problem):
    before = row_counts()
    with bounded():
        page = preview(admin_client, upload=upload(text, "hostile.yaml"))
    assert page.status_code == 200
    (shown,) = page.context["problems"]
    assert shown.startswith(problem)
    assert len(page.content) < 50_000
    assert row_counts() == before


def test_the_preview_of_a_draft_shows_changes_held_until_publication(admin_client):
    from tests.factories import make_person

    make_person(name="Ann Example", slug="ann", biography="Published.")
    data = good()
    data["meeting"]["status"] = "draft"
    data["people"][0]["biography"] = "Brought by the draft."
    page = preview(admin_client, upload=upload(yaml.safe_dump(data)))
    people = next(row for row in page.context["counts"] if row[0] == "people")
    assert people == ("people", 1, 0, 1, 0, 0)  # bob created; ann's biography held
    assert "held until published" in page.content.decode()


def word_minutes() -> bytes:
    """Minutes as a Word file: a title, a date, two speakers' turns with bold labels."""
    document = docx.Document()
    document.add_heading("Meeting of the Example Board", level=1)
    document.add_paragraph("Date: 12 May 2016")
    for label, text in (("Ms. Ann Lee:", "We begin with the budget."), ("Mr. Bo Park:", "Agreed.")):
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(f" {text}")
    return saved(document)


def test_an_uploaded_document_is_drafted_with_its_notes_and_kept_with_the_meeting(admin_client):
    data = word_minutes()
    before = row_counts()
    page = preview(admin_client, upload=SimpleUploadedFile("board.docx", data))
    assert row_counts() == before
    assert page.context["draft"]
    assert "board.docx" in page.context["source"]
    payload = page.context["confirm_form"].initial["payload"]

    admin_client.post(IMPORT_URL, {"confirm": "1", "payload": payload})

    meeting = Meeting.objects.get(date="2016-05-12")
    document = meeting.source_document
    assert (document.name, document.format) == ("board.docx", "docx")
    assert document.sha256 == hashlib.sha256(data).hexdigest()
    statements = Statement.objects.filter(panel__meeting=meeting).order_by("position")
    assert [(s.speaker.name, s.text) for s in statements] == [
        ("Ann Lee", "We begin with the budget."),
        ("Bo Park", "Agreed."),
    ]
    assert all(s.source_place.startswith("paragraph ") for s in statements)


def opendocument_minutes() -> bytes:
    """The same minutes as LibreOffice saves them (.odt)."""
    body = odt.heading("Meeting of the Example Board") + odt.paragraph("Date: 12 May 2016")
    body += odt.bold_lead("Ms. Ann Lee:", " We begin with the budget.")
    return odt.odt_file(body + odt.bold_lead("Mr. Bo Park:", " Agreed."))


def mailed_minutes() -> bytes:
    """The same minutes as a saved e-mail with the .odt attached under a covering note."""
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "clerk@example.org", "b@example.org", "x"
    message.set_content("Minutes attached.")
    message.add_attachment(
        opendocument_minutes(), maintype="application", subtype="octet-stream", filename="m.odt"
    )
    return message.as_bytes()


@pytest.mark.parametrize(
    "name, data, kept_as",
    [("board.odt", opendocument_minutes, "odt"), ("board.eml", mailed_minutes, "email")],
)
def test_opendocument_files_and_saved_mails_are_drafted_and_kept(admin_client, name, data, kept_as):
    page = preview(admin_client, upload=SimpleUploadedFile(name, data()))
    admin_client.post(
        IMPORT_URL, {"confirm": "1", "payload": page.context["confirm_form"].initial["payload"]}
    )
    meeting = Meeting.objects.get(date="2016-05-12")
    assert (meeting.source_document.name, meeting.source_document.format) == (name, kept_as)
    statements = Statement.objects.filter(panel__meeting=meeting).order_by("position")
    assert [s.speaker.name for s in statements] == ["Ann Lee", "Bo Park"]


def test_review_notes_are_shown_beside_the_block_they_concern(admin_client):
    minutes = MINUTES + "\nMS. LEA: One more thing on the budget.\n"
    page = preview(admin_client, upload=SimpleUploadedFile("board.txt", minutes.encode()))
    rows = page.context["notes"]
    assert rows, "the draft has review notes"
    near = next(row for row in rows if row["place"] == "line 8")
    assert near["excerpt"] == "MS. LEA: One more thing on the budget."
    assert any("read as Ann Lee, a near spelling" in note for note in near["notes"])
    assert rows[0]["place"] == ""  # notes on the meeting as a whole come first
    assert "review-notes" in page.content.decode()


def test_the_type_of_an_upload_is_read_from_its_content_not_its_name(admin_client):
    page = preview(admin_client, upload=SimpleUploadedFile("board.pdf", word_minutes()))
    assert page.context["draft"]
    payload = page.context["confirm_form"].initial["payload"]
    assert ConfirmForm(data={"payload": payload}).is_valid()
    assert signing.loads(payload, salt=SIGNING_SALT)["document"]["format"] == "docx"


def test_an_oversized_document_is_refused_unread(admin_client, settings):
    settings.INTAKE_MAX_DOCUMENT_BYTES = 1000
    page = preview(admin_client, upload=SimpleUploadedFile("big.txt", b"x" * 1001))
    assert "the limit is" in page.content.decode()
    assert "report" not in page.context


def test_a_pdf_without_text_says_it_needs_ocr(admin_client):
    scan = blank_pdf(draw=lambda canvas: canvas.rect(72, 72, 300, 400, fill=1))
    page = preview(admin_client, upload=SimpleUploadedFile("scan.pdf", scan))
    assert "OCR" in page.content.decode()
    assert "report" not in page.context
