"""The thesaurus in the admin: staff add a term and its equivalents, and searches use it at once
(its writes make cached rankings stale, as any record's do: core.page_cache.RECORD_APPS)."""

from django.contrib import admin

from .models import ThesaurusEntry


@admin.register(ThesaurusEntry)
class ThesaurusEntryAdmin(admin.ModelAdmin):
    """Entries listed with their equivalents; the list says what applies without one."""

    list_display = ("term", "equivalents_shown", "note")
    search_fields = ("term", "equivalents", "note")
    fields = ("term", "equivalents", "note")

    @admin.display(description="Equivalents")
    def equivalents_shown(self, entry: ThesaurusEntry) -> str:
        return "; ".join(entry.equivalent_list)
