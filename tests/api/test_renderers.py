"""The API's JSON renderer writes what DRF's own would, faster."""

import datetime
import decimal
import uuid

import pytest
from django.utils.translation import gettext_lazy
from rest_framework.renderers import JSONRenderer as DRFJSONRenderer
from rest_framework.utils.serializer_helpers import ReturnDict

from api.renderers import JSONRenderer

SAMPLES = {
    "rows": [{"id": 1, "text": "Ünïcødé — “quoted” \\ / \n\t", "themes": ["a", "b"], "x": None}],
    "separators": "line\u2028paragraph\u2029end",
    "when": datetime.datetime(2012, 1, 26, 9, 30, 15, 123456, tzinfo=datetime.UTC),
    "naive": datetime.datetime(2012, 1, 26, 9, 30),
    "day": datetime.date(2012, 1, 26),
    "time": datetime.time(9, 30, 15, 500),
    "duration": datetime.timedelta(hours=2),
    "amount": decimal.Decimal("1.50"),
    "uuid": uuid.UUID("12345678-1234-5678-1234-567812345678"),
    "lazy": gettext_lazy("Not found."),
    "nested": ReturnDict({"yes": True, "no": False, "big": 2**63 - 1}, serializer=None),
    "tuple": (1, 2),
}


@pytest.mark.parametrize("name", SAMPLES)
def test_the_bytes_are_drfs(name):
    data = {name: SAMPLES[name]}
    assert JSONRenderer().render(data) == DRFJSONRenderer().render(data)


@pytest.mark.parametrize(
    "data", [{1: "an integer key"}, {"huge": 2**70}, {"a set": {1}}], ids=["key", "int", "set"]
)
def test_what_orjson_cannot_write_goes_to_drf(data):
    assert JSONRenderer().render(data) == DRFJSONRenderer().render(data)


def test_indented_output_is_drfs():
    data = {"rows": [{"id": 1}]}
    media_type = "application/json; indent=4"
    rendered = JSONRenderer().render(data, media_type)
    assert rendered == DRFJSONRenderer().render(data, media_type)
    assert b"\n    " in rendered


def test_nothing_renders_as_nothing():
    assert JSONRenderer().render(None) == b""
