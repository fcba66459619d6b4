"""A meeting's source document, downloaded as it was received."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views import View

from minutes.models import Meeting

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html; charset=utf-8",
    "markdown": "text/markdown",
    "text": "text/plain",
}


class MeetingSourceView(View):
    """The document a meeting was imported from: public once the meeting is published, unless
    staff marked it private. Always an attachment, so that a saved web page is never shown as a
    page of this site."""

    def get(self, request, slug):
        meeting = get_object_or_404(Meeting.objects.visible_to(request.user), slug=slug)
        document = getattr(meeting, "source_document", None)
        if document is None or (document.private and not request.user.is_staff):
            raise Http404("No source document.")
        return FileResponse(
            document.file.open("rb"),
            as_attachment=True,
            filename=document.name,
            content_type=CONTENT_TYPES.get(document.format, "application/octet-stream"),
        )
