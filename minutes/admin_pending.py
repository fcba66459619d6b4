"""The admin's view of a draft's pending changes to shared records (minutes.models.pending)."""

from django import forms
from django.contrib import admin

from .models import Meeting, PendingChange, Status


class PendingChangeInline(admin.TabularInline):
    """On a meeting's page: what publishing it will change in shared records."""

    model = PendingChange
    fields = ["record_kind", "record_link", "summary"]
    readonly_fields = fields
    extra = 0
    verbose_name_plural = "changes to shared records, written when the meeting is published"

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("person", "organisation", "theme")

    @admin.display(description="record")
    def record_link(self, change):
        return str(change.record)


class MeetingForm(forms.ModelForm):
    """Refuses to publish a meeting whose pending changes name records deleted since, or
    change fields edited since the draft was loaded."""

    class Meta:
        model = Meeting
        fields = ["status"]  # MeetingAdmin.fields names the rest

    def clean(self):
        data = super().clean()
        if data.get("status") == Status.PUBLISHED and self.instance.pk:
            problems = self.instance.pending_changes.problems()
            if problems:
                raise forms.ValidationError(
                    ["It cannot be published until these are resolved:", *problems]
                )
        return data


@admin.register(PendingChange)
class PendingChangeAdmin(admin.ModelAdmin):
    """Every draft's pending changes, by meeting; read-only, and deleted to drop one."""

    list_display = ["meeting", "record_kind", "record_link", "summary"]
    list_select_related = ["meeting", "person", "organisation", "theme"]
    list_filter = [("meeting", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["meeting__slug", "person__name", "organisation__name", "theme__name"]
    fields = [
        "meeting",
        "person",
        "organisation",
        "theme",
        "fields",
        "replaces",
        "memberships",
        "aliases",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="record")
    def record_link(self, change):
        return str(change.record)
