"""Serializer fields shared by the API's resources."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.links import url_template


@extend_schema_field(OpenApiTypes.URI)
class LinkField(serializers.Field):
    """The absolute address of a row's public page, e.g. a statement's permalink.

    The URL is reversed once per response, not once per row: a list of 100 statements
    would otherwise spend a good share of its time in reverse().
    """

    def __init__(self, url_name: str, kwargs: dict[str, str], **options):
        self.url_name = url_name
        self.url_kwargs = kwargs  # URL keyword -> attribute path on the row
        options.update(source="*", read_only=True)
        super().__init__(**options)

    def _template(self) -> str:
        if not hasattr(self, "_cached_template"):
            path = url_template(self.url_name, *self.url_kwargs)
            request = self.context.get("request")
            # Not build_absolute_uri(path): it would percent-encode the template's braces.
            base = request.build_absolute_uri("/").rstrip("/") if request else ""
            self._cached_template = base + path
        return self._cached_template

    def to_representation(self, value):
        return self._template().format(*(_follow(value, path) for path in self.url_kwargs.values()))


def _follow(row, attribute: str):
    for part in attribute.split("."):
        row = getattr(row, part)
    return row


@extend_schema_field({"type": "array", "items": {"type": "string"}})
class ThemeSlugsField(serializers.Field):
    """The slugs of a statement's themes, from the prefetched `theme_list`."""

    def __init__(self, **options):
        options.update(source="theme_list", read_only=True)
        super().__init__(**options)

    def to_representation(self, value):
        return [theme.slug for theme in value]
