"""Admin for meetings, panels, line-ups, statements, attendance and themes."""

import reversion
from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.admin.options import IncorrectLookupParameters
from django.db import models, transaction
from django.db.models import Count, Exists, OuterRef
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import ngettext
from reversion.admin import VersionAdmin

from people.admin import PreloadedAutocompleteInline
from people.models import Organisation

from .admin_pending import MeetingForm, PendingChangeInline
from .models import (
    Attendance,
    Meeting,
    Panel,
    Panelist,
    PendingChangeError,
    SourceDocument,
    Statement,
    StatementQuerySet,
    Status,
    Theme,
)
from .themes import add_suggested_themes

# Inlines


class PanelInline(PreloadedAutocompleteInline, admin.TabularInline):
    model = Panel
    fields = ["position", "title", "topic", "moderator"]
    autocomplete_fields = ["moderator"]
    ordering = ["position"]
    show_change_link = True
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("meeting", "moderator")


class SourceDocumentInline(admin.StackedInline):
    """The document the meeting was imported from: read-only but for keeping it private."""

    model = SourceDocument
    fields = ["download", "format", "size", "sha256", "received_at", "private"]
    readonly_fields = ["download", "format", "size", "sha256", "received_at"]
    can_delete = False
    extra = 0

    @admin.display(description="document")
    def download(self, document):
        # Through the site's own view: the storage's files are never served directly.
        return format_html('<a href="{}">{}</a>', document.get_absolute_url(), document.name)

    def has_add_permission(self, request, obj=None):
        return False  # documents arrive with an import, never typed in here


class AttendanceInline(PreloadedAutocompleteInline, admin.TabularInline):
    model = Attendance
    fields = ["person", "role", "group"]
    autocomplete_fields = ["person"]
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("meeting", "person")


class PanelistInline(PreloadedAutocompleteInline, admin.TabularInline):
    model = Panelist
    fields = ["position", "person", "title", "role", "organisation", "biography"]
    autocomplete_fields = ["person", "organisation"]
    ordering = ["position"]
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2})}}
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("person", "organisation")


class StatementInline(PreloadedAutocompleteInline, admin.TabularInline):
    model = Statement
    fields = ["position", "speaker", "text", "kind", "themes", "source_place"]
    readonly_fields = ["source_place"]
    autocomplete_fields = ["speaker", "themes"]
    ordering = ["position"]
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 3})}}
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker").prefetch_related("themes")


# Meetings and panels. What their history follows is registered in minutes/history.py.


@admin.register(Panel)
class PanelAdmin(VersionAdmin):
    list_display = ["meeting", "position", "title"]
    list_display_links = ["title"]
    list_select_related = ["meeting"]
    list_filter = ["meeting"]
    search_fields = ["title", "topic", "meeting__title", "meeting__short_title", "meeting__slug"]
    autocomplete_fields = ["meeting", "moderator"]
    fields = ["meeting", "position", "title", "topic", "moderator"]
    inlines = [PanelistInline, StatementInline]

    def get_queryset(self, request):
        # A panel's label names its meeting: in the change form and in autocomplete results.
        return super().get_queryset(request).select_related("meeting")


@admin.register(Meeting)
class MeetingAdmin(VersionAdmin):
    list_display = ["title", "date", "status", "panel_count", "statement_count"]
    list_filter = ["status", ("host", admin.RelatedOnlyFieldListFilter)]
    date_hierarchy = "date"
    ordering = ["-date", "slug"]  # counting drops Meta.ordering; autocomplete needs an order
    search_fields = ["title", "short_title", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["host"]
    fields = [
        "title",
        "short_title",
        "slug",
        "date",
        "location",
        "host",
        "status",
        "summary",
        "source_url",
    ]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    form = MeetingForm
    inlines = [SourceDocumentInline, PanelInline, AttendanceInline, PendingChangeInline]
    actions = ["publish", "unpublish"]

    def get_queryset(self, request):
        # Statements hang off panels in a chain, so one join counts both without duplicates.
        return (
            super()
            .get_queryset(request)
            .annotate(
                panel_count=Count("panels", distinct=True),
                statement_count=Count("panels__statements"),
            )
        )

    @admin.display(description="panels", ordering="panel_count")
    def panel_count(self, meeting):
        return meeting.panel_count

    @admin.display(description="statements", ordering="statement_count")
    def statement_count(self, meeting):
        return meeting.statement_count

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if obj.is_published:
            obj.publish()  # writes the changes it brings to shared records (checked by the form)

    @admin.action(description="Publish selected meetings", permissions=["change"])
    def publish(self, request, queryset):
        """Publishes each meeting with its pending changes; one that cannot be is left a draft."""
        published = 0
        for meeting in queryset.exclude(status=Status.PUBLISHED):
            try:
                meeting.publish()
            except PendingChangeError as error:
                self.message_user(
                    request, f"{meeting.slug} was not published: {error}", messages.ERROR
                )
                continue
            self.log_change(request, meeting, [{"changed": {"fields": ["Status"]}}])
            published += 1
        message = ngettext("%d meeting was published.", "%d meetings were published.", published)
        self.message_user(request, message % published, messages.SUCCESS)

    @admin.action(description="Unpublish selected meetings (back to draft)", permissions=["change"])
    def unpublish(self, request, queryset):
        count = self._set_status(request, queryset, Status.DRAFT)
        message = ngettext(
            "%d meeting was returned to draft.", "%d meetings were returned to draft.", count
        )
        self.message_user(request, message % count, messages.SUCCESS)

    def _set_status(self, request, queryset, status: Status) -> int:
        """Saves each meeting whose status changes, so that its history records the change."""
        meetings = list(queryset.exclude(status=status))
        for meeting in meetings:
            meeting.status = status
            meeting.save(update_fields=["status", "updated_at"])
            self.log_change(request, meeting, [{"changed": {"fields": ["Status"]}}])
        return len(meetings)


@admin.register(Attendance)
class AttendanceAdmin(VersionAdmin):
    list_display = ["person", "meeting", "role", "group"]
    list_select_related = ["person", "meeting"]
    list_filter = [("meeting", admin.RelatedOnlyFieldListFilter), "group"]
    search_fields = ["person__name", "meeting__title", "role", "group"]
    autocomplete_fields = ["meeting", "person"]


# Statements


class SpeakerOrganisationFilter(admin.SimpleListFilter):
    """Statements whose speaker sat on the panel for the organisation, as printed at the time."""

    title = "speaker's organisation at the time"
    parameter_name = "organisation"

    def lookups(self, request, model_admin):
        organisations = Organisation.objects.filter(panel_places__isnull=False).distinct()
        return [(str(organisation.pk), organisation.display_name) for organisation in organisations]

    def queryset(self, request, queryset):
        value = self.value()
        if value is None:
            return queryset
        if not value.isdigit():
            raise IncorrectLookupParameters(f"No organisation {value!r}.")
        places = Panelist.objects.filter(
            panel=OuterRef("panel"), person=OuterRef("speaker"), organisation=value
        )
        return queryset.filter(Exists(places))


class ThemeChoiceForm(forms.Form):
    theme = forms.ModelChoiceField(queryset=Theme.objects.none())

    def __init__(self, *args, themes: models.QuerySet, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = themes


@admin.register(Statement)
class StatementAdmin(VersionAdmin):
    list_display = ["excerpt", "speaker", "meeting", "panel_title", "position", "theme_list"]
    list_select_related = ["speaker", "panel__meeting"]
    list_filter = [
        "themes",
        ("panel__meeting", admin.RelatedOnlyFieldListFilter),
        ("speaker", admin.RelatedOnlyFieldListFilter),
        SpeakerOrganisationFilter,
        "kind",
    ]
    search_fields = ["text", "speaker__name"]
    ordering = ["-panel__meeting__date", "panel__meeting__slug", "panel__position", "position"]
    autocomplete_fields = ["panel", "speaker", "themes"]
    fields = ["panel", "position", "speaker", "kind", "text", "themes", "source_place"]
    readonly_fields = ["source_place"]
    actions = ["add_theme", "remove_theme", "suggest_themes"]
    action_template = "admin/minutes/statement/theme_action.html"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("panel__meeting", "speaker")
            .prefetch_related("themes")
        )

    @admin.display(description="text")
    def excerpt(self, statement):
        return Truncator(statement.text).chars(90)

    @admin.display(description="meeting", ordering="panel__meeting__date")
    def meeting(self, statement):
        return statement.panel.meeting.display_title

    @admin.display(description="panel", ordering="panel__position")
    def panel_title(self, statement):
        return statement.panel.title

    @admin.display(description="themes")
    def theme_list(self, statement):
        return ", ".join(theme.name for theme in statement.themes.all())

    @admin.action(description="Add a theme to the selected statements", permissions=["change"])
    def add_theme(self, request, queryset):
        return self._theme_action(
            request,
            queryset,
            themes=Theme.objects.all(),
            change=StatementQuerySet.add_theme,
            title="Add a theme",
            verb="added to",
        )

    @admin.action(description="Remove a theme from the selected statements", permissions=["change"])
    def remove_theme(self, request, queryset):
        themes = Theme.objects.filter(statements__in=queryset.values("pk")).distinct()
        if not themes.exists():
            self.message_user(request, "None of the selected statements has a theme.")
            return None
        return self._theme_action(
            request,
            queryset,
            themes=themes,
            change=StatementQuerySet.remove_theme,
            title="Remove a theme",
            verb="removed from",
        )

    @admin.action(description="Suggest themes for the selected statements", permissions=["change"])
    def suggest_themes(self, request, queryset):
        """Adds the themes whose keywords a statement uses; an editor then checks them."""
        with transaction.atomic():
            added = add_suggested_themes(statements=queryset)
            count = sum(len(themes) for themes in added.values())
            message = f"{count} suggested theme(s) added to {len(added)} statement(s)."
            self._record_change(request, Statement.objects.filter(pk__in=added), message)
        self.message_user(request, message, messages.SUCCESS)

    def _theme_action(self, request, queryset, *, themes, change, title, verb):
        """Asks which theme on an intermediate page, then changes the tags in one transaction."""
        form = ThemeChoiceForm(request.POST if "apply" in request.POST else None, themes=themes)
        if form.is_valid():
            theme = form.cleaned_data["theme"]
            with transaction.atomic():
                changed = change(queryset, theme)
                message = f"Theme “{theme}” {verb} {len(changed)} "
                message += ngettext("statement.", "statements.", len(changed))
                self._record_change(request, Statement.objects.filter(pk__in=changed), message)
            self.message_user(request, message, messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "subtitle": ngettext("%d selected statement", "%d selected statements", len(queryset))
            % len(queryset),
            "opts": self.model._meta,
            "form": form,
            "queryset": queryset,
            "action": request.POST["action"],
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media + form.media,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.action_template, context)

    def _record_change(self, request, statements, message: str) -> None:
        """Puts a change made outside the form in the admin log and in each statement's history."""
        statements = statements.select_related("speaker")
        LogEntry.objects.log_actions(
            user_id=request.user.pk, queryset=statements, action_flag=CHANGE, change_message=message
        )
        if reversion.is_active() and reversion.is_registered(Statement):
            for statement in statements:
                reversion.add_to_revision(statement)
            reversion.set_comment(message)


# Themes


@admin.register(Theme)
class ThemeAdmin(VersionAdmin):
    list_display = ["name", "slug", "parent", "statement_count"]
    list_select_related = ["parent"]
    ordering = ["name"]  # counting drops Meta.ordering; autocomplete needs an order
    search_fields = ["name", "keywords", "description"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    fields = ["name", "slug", "parent", "description", "keywords"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(statement_count=Count("statements"))

    @admin.display(description="statements", ordering="statement_count")
    def statement_count(self, theme):
        url = reverse("admin:minutes_statement_changelist")
        return format_html(
            '<a href="{}?themes__id__exact={}">{}</a>', url, theme.pk, theme.statement_count
        )
