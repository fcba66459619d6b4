"""OpenAPI schema generation that documents every status the API answers with."""

from drf_spectacular import openapi
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers


class ErrorSerializer(serializers.Serializer):
    """An error without a field: an unknown record, a page past the end."""

    detail = serializers.CharField()


NOT_FOUND = OpenApiResponse(ErrorSerializer, description="No such record, or no such page.")
BAD_FILTER = OpenApiResponse(
    {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
    description="A filter parameter has a value that is not allowed; each one is named.",
)


class AutoSchema(openapi.AutoSchema):
    """Adds 404 to every read, and 400 to every list (its filters can be given bad values).

    Query parameters may be empty, meaning "not given", as a submitted HTML form sends them.
    """

    def get_operation(self, *args, **kwargs):
        operation = super().get_operation(*args, **kwargs)
        for parameter in (operation or {}).get("parameters", []):
            if parameter["in"] == "query":
                parameter["allowEmptyValue"] = True
        return operation

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if self.method != "GET" or direction != "response":
            return responses
        errors = {"404": NOT_FOUND}
        if self._is_list_view():
            errors["400"] = BAD_FILTER
        for code, response in errors.items():
            responses.setdefault(code, self._get_response_for_code(response, code))
        return responses
