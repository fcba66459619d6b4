"""The document a meeting's record was read from, kept as it was received."""

import hashlib

from django.core.files.base import ContentFile
from django.db import models
from django.utils import timezone

from core.links import url_former

from .meetings import Meeting


def source_path(document: "SourceDocument", name: str) -> str:
    """Stored under the meeting's slug: one folder per meeting, its documents side by side."""
    return f"sources/{document.meeting.slug}/{name}"


class SourceDocumentManager(models.Manager):
    def get_by_natural_key(self, meeting_slug):
        return self.get(meeting__slug=meeting_slug)


class SourceDocument(models.Model):
    """The file a meeting was imported from (minutes as a web page, Word file, PDF, text), with
    its checksum; listed on the published meeting's page unless staff mark it private."""

    meeting = models.OneToOneField(
        Meeting, on_delete=models.CASCADE, related_name="source_document"
    )
    file = models.FileField(upload_to=source_path, max_length=300)
    name = models.CharField(max_length=255, help_text="The file's name as it was received.")
    format = models.CharField(max_length=20, help_text="text, markdown, html, docx or pdf")
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField("SHA-256", max_length=64)
    private = models.BooleanField(
        default=False, help_text="Keep the document off the public page (staff still see it)."
    )
    received_at = models.DateTimeField(default=timezone.now)

    objects = SourceDocumentManager()

    class Meta:
        verbose_name = "source document"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return url_former("minutes:meeting_source", "slug")(self.meeting.slug)

    def natural_key(self):
        return (self.meeting.slug,)

    natural_key.dependencies = ["minutes.meeting"]

    def is_public(self) -> bool:
        return self.meeting.is_published and not self.private

    @classmethod
    def keep(cls, *, meeting: Meeting, data: bytes, name: str, format: str) -> "SourceDocument":
        """Store `data` as the meeting's source document, replacing any earlier one."""
        previous = cls.objects.filter(meeting=meeting).first()
        if previous is not None:
            previous.file.delete(save=False)
            previous.delete()
        document = cls(
            meeting=meeting,
            name=name[:255],
            format=format,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
        )
        document.file.save(name.rsplit("/", 1)[-1] or "source", ContentFile(data), save=False)
        document.save()
        return document
