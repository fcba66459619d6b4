"""The meeting admin, with what intake adds to it: importing a meeting with a preview, and
downloading meetings as meeting files (see intake/admin_import.py)."""

from django.contrib import admin

from minutes.admin import MeetingAdmin
from minutes.models import Meeting

from .admin_import import download_meeting_files, meeting_file_urls


class MeetingWithFilesAdmin(MeetingAdmin):
    """Meetings, importable from a file or pasted minutes and downloadable as meeting files."""

    actions = [*MeetingAdmin.actions, download_meeting_files]
    change_list_template = "admin/minutes/meeting/change_list.html"  # adds "Import a meeting…"

    def get_urls(self):
        return meeting_file_urls(self) + super().get_urls()


admin.site.unregister(Meeting)
admin.site.register(Meeting, MeetingWithFilesAdmin)
