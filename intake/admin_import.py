"""Admin pages for meetings in and out: import minutes (any document: web page, Word, PDF,
text, Markdown) or a meeting file with a preview and a confirmation, and download meeting files.

Hooked into the meeting admin through get_urls (see intake/admin.py).
"""

import io
import zipfile
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from intake import incoming
from intake.documents import max_document_bytes, read_document
from intake.interpreter import draft_from_document
from intake.meeting_file import MeetingFileError, load_parsed, parse_text
from intake.meeting_file.export import dump_yaml, export_meeting
from intake.meeting_file.report import ACTIONS
from intake.readers.blocks import DocumentError
from minutes.models import Meeting

MAX_UPLOAD_BYTES = 2 * 1024 * 1024  # pasted minutes and meeting files
MEETING_FILE_SUFFIXES = (".yaml", ".yml", ".json")
SIGNING_SALT = "intake.admin_import.preview"
PREVIEW_MAX_AGE = 60 * 60  # seconds a preview may wait for its confirmation


class ImportForm(forms.Form):
    """Minutes to draft (a document, or text pasted) or a meeting file to load: one of them."""

    upload = forms.FileField(
        required=False,
        label="Minutes or a meeting file",
        help_text="Minutes as a web page (.html), a Word, OpenDocument or Rich Text file "
        "(.docx, .doc, .odt, .rtf), a PDF with a text layer, a saved e-mail (.eml), text or "
        "Markdown: a draft meeting is made of them. Or a meeting file (.yaml, .yml, .json) "
        "to load as it is.",
    )
    minutes_text = forms.CharField(
        required=False,
        label="Or paste minutes",
        widget=forms.Textarea(attrs={"rows": 14, "cols": 100}),
        help_text="Pasted from a web page, a word processor or an e-mail; a draft is made of it.",
    )

    def clean_upload(self):
        upload = self.cleaned_data["upload"]
        if upload is None:
            return None
        if Path(upload.name).suffix.lower() in MEETING_FILE_SUFFIXES:
            return self._meeting_file(upload)
        return self._document(upload)

    @staticmethod
    def _meeting_file(upload) -> dict:
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                f"“{upload.name}” is {upload.size / 1024 / 1024:.1f} MB; the limit is 2 MB."
            )
        try:
            return {"meeting_file": (upload.name, upload.read().decode("utf-8"))}
        except UnicodeDecodeError as error:
            raise forms.ValidationError(
                f"“{upload.name}” is not UTF-8 text (byte {error.start}): save it as UTF-8."
            ) from None

    @staticmethod
    def _document(upload) -> dict:
        """The upload read by the reader its content calls for (not its name); its bytes kept
        for the meeting's source document."""
        limit = max_document_bytes()
        if upload.size > limit:
            raise forms.ValidationError(
                f"“{upload.name}” is {upload.size / 1024 / 1024:.1f} MB; the limit is "
                f"{limit / 1024 / 1024:.0f} MB."
            )
        data = upload.read()
        try:
            return {"document": read_document(data=data, name=upload.name), "data": data}
        except DocumentError as error:
            raise forms.ValidationError(str(error)) from None

    def clean_minutes_text(self):
        text = self.cleaned_data["minutes_text"]
        if len(text.encode("utf-8")) > MAX_UPLOAD_BYTES:
            raise forms.ValidationError("The pasted text is over 2 MB; split it by meeting.")
        return text

    def clean(self):
        data = super().clean()
        has_file, has_text = bool(data.get("upload")), bool(data.get("minutes_text"))
        if not self.errors and has_file == has_text:
            raise forms.ValidationError("Upload a file or paste minutes — one of the two.")
        return data


class ConfirmForm(forms.Form):
    """The previewed file, signed, so that the confirmation loads exactly what was shown."""

    payload = forms.CharField(widget=forms.HiddenInput)

    def clean_payload(self):
        try:
            return signing.loads(
                self.cleaned_data["payload"], salt=SIGNING_SALT, max_age=PREVIEW_MAX_AGE
            )
        except signing.SignatureExpired:
            raise forms.ValidationError("The preview is over an hour old: preview again.") from None
        except signing.BadSignature:
            raise forms.ValidationError("The preview was altered: preview again.") from None

    @staticmethod
    def sign(*, source: str, text: str, document: dict | None = None) -> str:
        payload = {"source": source, "text": text, "document": document}
        return signing.dumps(payload, salt=SIGNING_SALT, compress=True)


def import_view(model_admin, request):
    """Upload or paste; preview (a dry run that writes nothing); confirm (one transaction)."""
    if not (model_admin.has_add_permission(request) and model_admin.has_change_permission(request)):
        raise PermissionDenied
    context = {"form": ImportForm()}
    if request.method == "POST" and "confirm" in request.POST:
        confirm = ConfirmForm(request.POST)
        if confirm.is_valid():
            payload = confirm.cleaned_data["payload"]
            response = _confirm(model_admin, request, payload)
            if response:
                return response
            context.update(
                _preview(payload["source"], payload["text"], document=payload.get("document"))
            )
        else:
            context["problems"] = confirm.errors["payload"]
    elif request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        context["form"] = form
        if form.is_valid():
            context.update(_prepare(form.cleaned_data))
    return TemplateResponse(
        request,
        "admin/minutes/meeting/import.html",
        {
            **model_admin.admin_site.each_context(request),
            "opts": model_admin.model._meta,
            "title": "Import a meeting",
            **context,
        },
    )


def _prepare(data: dict) -> dict:
    """The meeting file to preview: an uploaded one as it is, or a draft made of the minutes."""
    upload = data.get("upload") or {}
    if "meeting_file" in upload:
        source, text = upload["meeting_file"]
        return _preview(source, text)
    try:
        if "document" in upload:
            document, kept = upload["document"], incoming.keep(upload)
        else:
            text = data["minutes_text"].encode("utf-8")
            document, kept = read_document(data=text, name="pasted minutes"), None
        draft = draft_from_document(document=document)
    except DocumentError as error:
        return {"problems": str(error).split("\n")}
    source = f"{document.name} ({draft.data['meeting']['slug']}.yaml)"
    preview = _preview(source, dump_yaml(draft.data), document=kept)
    return {**preview, "draft": True, "notes": incoming.notes_beside_blocks(draft)}


def _preview(source: str, text: str, *, document: dict | None = None) -> dict:
    parsed = parse_text(text, source=source)
    if parsed.problems:
        return {"problems": parsed.problems, "source": source}
    recorded = Meeting.objects.filter(slug=parsed.data["meeting"]["slug"]).first()
    try:
        report = load_parsed(files=[parsed], dry_run=True)
    except MeetingFileError as error:  # the database changed under a checked file
        return {"problems": error.problems, "source": source}
    payload = ConfirmForm.sign(source=source, text=text, document=document)
    if len(payload) > settings.DATA_UPLOAD_MAX_MEMORY_SIZE - 64 * 1024:
        # The confirmation carries the file back: a form Django would refuse is no use.
        return {
            "problems": [
                f"{source}: too large to confirm from this page; load it with "
                "`manage.py load_meeting`"
            ],
            "source": source,
        }
    return {
        "source": source,
        "replaces": recorded,
        "yaml_text": text,
        "review": parsed.data.get("review", []),
        "report": report,
        "counts": _counts(report),
        "confirm_form": ConfirmForm(initial={"payload": payload}),
    }


def _counts(report) -> list[tuple]:
    """Per kind of record: created, updated, pending (a draft's change to a shared record,
    written when it is published), unchanged, deleted."""
    return [
        (kind, *(counter[action] for action in ACTIONS)) for kind, counter in report.counts.items()
    ]


def _confirm(model_admin, request, payload: dict):
    """Check the file again (the database may have changed) and load it, with the document it
    was drafted from, in one transaction; None if refused."""
    source = payload["source"]
    parsed = parse_text(payload["text"], source=source)
    try:
        with transaction.atomic():
            report = load_parsed(files=[parsed], user=request.user)
            meeting = Meeting.objects.get(slug=report.meetings[0])
            if payload.get("document"):
                incoming.attach(payload["document"], meeting=meeting)
    except MeetingFileError:
        return None  # the preview shows the problems
    model_admin.log_change(request, meeting, f"Loaded from {source}")
    model_admin.message_user(
        request,
        f"Loaded {meeting.slug} from {source}: " + "; ".join(report.lines()),
        messages.SUCCESS,
    )
    return redirect(reverse("admin:minutes_meeting_change", args=[meeting.pk]))


def download_view(model_admin, request, object_id):
    # The admin's own lookup: an id that is not a number finds nothing, as a missing one does.
    meeting = model_admin.get_object(request, object_id)
    if meeting is None:
        raise Http404(f"No meeting with the id {object_id!r}.")
    if not model_admin.has_view_or_change_permission(request, meeting):
        raise PermissionDenied
    return _file_response(f"{meeting.slug}.yaml", dump_yaml(export_meeting(meeting=meeting)))


@admin.action(description="Download as meeting files", permissions=["view"])
def download_meeting_files(model_admin, request, queryset):
    """One meeting as its .yaml file; several as a zip of them."""
    meetings = list(queryset.order_by("slug"))
    if len(meetings) == 1:
        return download_view(model_admin, request, meetings[0].pk)
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for meeting in meetings:
            zipped.writestr(f"{meeting.slug}.yaml", dump_yaml(export_meeting(meeting=meeting)))
    response = HttpResponse(archive.getvalue(), content_type="application/zip")
    response["Content-Disposition"] = 'attachment; filename="meetings.zip"'
    return response


def _file_response(name: str, text: str) -> HttpResponse:
    response = HttpResponse(text.encode("utf-8"), content_type="application/yaml; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def meeting_file_urls(model_admin) -> list:
    """The import page and the download link, as URLs of the meeting admin."""
    wrap = model_admin.admin_site.admin_view
    return [
        path(
            "import/",
            wrap(lambda request: import_view(model_admin, request)),
            name="minutes_meeting_import",
        ),
        path(
            "<path:object_id>/meeting-file/",
            wrap(lambda request, object_id: download_view(model_admin, request, object_id)),
            name="minutes_meeting_download",
        ),
    ]
