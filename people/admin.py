"""Admin for people, organisations and memberships, and the inline helpers both apps' admins use."""

from django.contrib import admin
from django.contrib.admin.options import InlineModelAdmin
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.db import models
from django.forms.models import BaseInlineFormSet
from reversion.admin import VersionAdmin

from .models import Membership, Organisation, OrganisationAlias, Person

# People is the first app loaded, so the site-wide titles are set here.
admin.site.site_header = "GP Records administration"
admin.site.site_title = "GP Records administration"
admin.site.index_title = "Records"


class PreloadedLabelsMixin:
    """An autocomplete widget that labels its selection with objects already loaded for its row.

    Django's autocomplete widget runs one query per render to label the selected value, so an
    inline with a hundred rows runs a hundred. Given the row's objects in ``preloaded`` (loaded
    with select_related/prefetch_related), it only queries for values it was not given, such
    as a row re-rendered with a validation error.
    """

    preloaded = ()

    def optgroups(self, name, value, attr=None):
        opts = self.field.remote_field.model._meta
        to_field = opts.get_field(getattr(self.field.remote_field, "field_name", opts.pk.name))
        labels = {
            str(getattr(obj, to_field.attname)): self.choices.field.label_from_instance(obj)
            for obj in self.preloaded
        }
        selected = [str(v) for v in value if str(v) not in self.choices.field.empty_values]
        if any(v not in labels for v in selected):
            return super().optgroups(name, value, attr)
        options = []
        if not self.is_required and not self.allow_multiple_selected:
            options.append(self.create_option(name, "", "", False, 0))
        for v in selected:
            options.append(self.create_option(name, v, labels[v], True, len(options)))
        return [(None, options, 0)]


class PreloadedAutocompleteSelect(PreloadedLabelsMixin, AutocompleteSelect):
    pass


class PreloadedAutocompleteSelectMultiple(PreloadedLabelsMixin, AutocompleteSelectMultiple):
    pass


def related_objects(instance, name: str) -> list:
    """What a saved row points to through the field ``name``, from the objects loaded with it."""
    if instance.pk is None:
        return []
    field = instance._meta.get_field(name)
    if field.many_to_many:
        return list(getattr(instance, name).all())
    return [] if getattr(instance, field.attname) is None else [getattr(instance, name)]


class PreloadedLabelsFormSet(BaseInlineFormSet):
    def add_fields(self, form, index):
        super().add_fields(form, index)
        for name, field in form.fields.items():
            widget = getattr(
                field.widget, "widget", field.widget
            )  # inside the related-links wrapper
            if isinstance(widget, PreloadedLabelsMixin):
                widget.preloaded = related_objects(form.instance, name)


class PreloadedAutocompleteInline(InlineModelAdmin):
    """An inline whose autocomplete fields cost no query per row.

    Load every autocomplete field of the rows in ``get_queryset`` (``select_related`` for a
    foreign key, ``prefetch_related`` for a many-to-many field).
    """

    formset = PreloadedLabelsFormSet

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = PreloadedAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = PreloadedAutocompleteSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class OrganisationAliasInline(admin.TabularInline):
    model = OrganisationAlias
    extra = 1


class MembershipInline(PreloadedAutocompleteInline, admin.TabularInline):
    model = Membership
    fields = ["organisation", "role", "start_date", "end_date"]
    autocomplete_fields = ["organisation"]
    extra = 1

    def get_queryset(self, request):
        # The row's heading is str(membership), which names the person.
        return super().get_queryset(request).select_related("person", "organisation")


@admin.register(Organisation)
class OrganisationAdmin(VersionAdmin):
    list_display = ["name", "abbreviation", "classification", "parent"]
    list_select_related = ["parent"]
    list_filter = ["classification", "country"]
    search_fields = ["name", "abbreviation", "aliases__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    fields = ["name", "slug", "abbreviation", "classification", "parent", "country", "website"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [OrganisationAliasInline]


@admin.register(Person)
class PersonAdmin(VersionAdmin):
    list_display = ["name", "sort_name", "honorific", "slug"]
    search_fields = ["name", "sort_name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "sort_name", "honorific", "slug", "biography"]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(VersionAdmin):
    list_display = ["person", "organisation", "role", "start_date", "end_date"]
    list_select_related = ["person", "organisation"]
    list_filter = [("organisation", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["person__name", "organisation__name", "organisation__abbreviation", "role"]
    autocomplete_fields = ["person", "organisation"]
