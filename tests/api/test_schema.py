"""The OpenAPI schema and the documentation page; Schemathesis finds no failure in-process."""

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
