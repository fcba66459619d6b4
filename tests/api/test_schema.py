"""The OpenAPI schema and the documentation page; Schemathesis finds no failure in-process."""

import datetime
import os

import hypothesis
import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import strategies as st
from schemathesis.config import SchemathesisConfig

from gp_site.wsgi import application
from minutes.models import Meeting, Panel, Statement, Status, Theme
from people.models import Membership, Organisation, Person
from tests.factories import make_record

# A slug that names no record is well-formed, yet the API answers 400 naming the parameter
# (a typo is told, not answered with an empty list): 400 is an expected answer to valid data.
CONFIG = SchemathesisConfig.from_dict(
    {
        "checks": {
            "positive_data_acceptance": {"expected-statuses": ["2xx", "400", "404"]},
        },
    }
)
schema = schemathesis.openapi.from_wsgi("/api/schema/", application, config=CONFIG)

# Each detail route's records, so that generated requests also reach rows that exist
# (published and draft), not only keys that match nothing.
KEYS = {
    "/api/meetings/{slug}/": (Meeting, "slug"),
    "/api/panels/{id}/": (Panel, "pk"),
    "/api/statements/{id}/": (Statement, "pk"),
    "/api/people/{slug}/": (Person, "slug"),
    "/api/organisations/{slug}/": (Organisation, "slug"),
    "/api/memberships/{id}/": (Membership, "pk"),
    "/api/themes/{slug}/": (Theme, "slug"),
}


@schema.hook
def flatmap_path_parameters(context, path_parameters):
    if context.operation.path not in KEYS:
        return st.just(path_parameters)
    model, field = KEYS[context.operation.path]
    name = next(iter(path_parameters))
    known = [{name: key} for key in model.objects.values_list(field, flat=True)[:20]]
    return st.sampled_from([path_parameters, *known])


@pytest.fixture
def records(db):
    make_record(prefix="pub")
    make_record(prefix="draft", status=Status.DRAFT)
    # Requests go through the real WSGI handler, whose end-of-request signal would close the
    # connection holding the test's transaction (Django's test client unhooks it the same way).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@hypothesis.settings(
    max_examples=int(os.environ.get("SCHEMATHESIS_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=list(hypothesis.HealthCheck),
    # CI replays the same examples every run; locally each run explores new ones.
    derandomize=bool(os.environ.get("CI")),
    database=None,
)
def test_api_conforms_to_its_schema(case, records):
    case.call_and_validate()


def test_schema_documents_400_and_404_for_every_operation(client, db):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert len(paths) == 14
    for path, operations in paths.items():
        assert set(operations) == {"get"}, path
        codes = set(operations["get"]["responses"])
        expected = {"200", "404"} if "{" in path else {"200", "400", "404"}
        assert codes == expected, path


def test_docs_page_loads_nothing_from_another_site_and_has_no_inline_code(client, db):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in page
    assert "https://" not in page and "http://" not in page.replace("http://testserver", "")
    # No inline code, for the coming CSP: the page's own script is a separate request.
    assert "<style" not in page and "style=" not in page
    assert page.count("<script") == page.count("<script src=")
    script = client.get("/api/docs/?script=")
    assert script.status_code == 200
    assert "SwaggerUIBundle" in script.content.decode()


# Every query parameter the schema lists acts: some value of it changes the answer, or it is
# refused with a 400. Values are tried from a pool drawn from the records; the first that
# changes the answer proves the parameter.


def list_parameters(client) -> list[tuple[str, dict]]:
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    return [
        (path, parameter)
        for path, operations in response.json()["paths"].items()
        for parameter in operations["get"].get("parameters", [])
        if parameter["in"] == "query"
    ]


def candidates(parameter: dict, records: dict) -> list[str]:
    """Values worth trying for a parameter, by its type and name."""
    schema = parameter["schema"]
    enum = schema.get("enum") or schema.get("items", {}).get("enum")
    if enum:
        return enum
    if schema.get("type") == "integer":
        return ["1", "2"]
    if "date" in parameter["name"]:
        return records["dates"]
    return records["slugs"] + records["words"]


def answer(client, path: str, params: dict):
    """The status and the rows with their count; not the links, which echo the parameters."""
    response = client.get(path, params)
    if response.status_code != 200:
        return response.status_code, None
    page = response.json()
    return 200, (page["count"], page["results"])


@pytest.mark.django_db
def test_every_query_parameter_in_the_schema_acts(client):
    first = make_record(prefix="pub")
    second = make_record(prefix="two", date=datetime.date(2015, 5, 5), host=first.agency)
    Organisation.objects.filter(pk=first.office.pk).update(country="US")
    Theme.objects.filter(pk=second.nuclear.pk).update(parent=second.biosecurity)
    records = {
        "dates": ["2015-01-01", "2016-01-01", "2000-01-01"],
        "slugs": [
            *Meeting.objects.values_list("slug", flat=True),
            *Organisation.objects.values_list("slug", flat=True),
            *Person.objects.values_list("slug", flat=True),
            *Theme.objects.values_list("slug", flat=True),
        ],
        "words": ["US", "pathogens", "Threats", "Director", "two", "OFF"],
    }
    parameters = list_parameters(client)
    assert len(parameters) > 30
    idle = []
    for path, parameter in parameters:
        name = parameter["name"]
        # One row a page, so that a filter or a page number shows in the row returned.
        base = {} if name == "page_size" else {"page_size": "1"}
        if name == "panel":
            base["meeting"] = "pub-meeting"  # a panel is numbered within a meeting
        before = answer(client, path, base)
        assert before[0] == 200, (path, base)
        for value in candidates(parameter, records):
            status, content = answer(client, path, {**base, name: value})
            if status == 400 or (status == 200 and content != before[1]):
                break
        else:
            idle.append(f"{path}?{name}")
    assert idle == []


@pytest.mark.django_db
def test_a_parameter_a_list_does_not_take_is_not_in_its_schema_or_is_refused(client):
    paths = {path: parameter["name"] for path, parameter in list_parameters(client)}
    assert ("/api/statements/", "search") not in list_parameters(client) and paths
    response = client.get("/api/statements/", {"search": "zebras"})
    assert response.status_code == 400
    assert "searched with q" in response.json()["search"][0]
