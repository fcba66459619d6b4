"""The search page and the API's `q` give the same statements in the same order."""

import pytest
from django.urls import reverse

from search.judged import load_judged_queries

pytestmark = pytest.mark.django_db

SAMPLE = [judged.query for judged in load_judged_queries() if judged.expected][::6]


def api_ids(client, params: dict) -> list[int]:
    ids, url = [], reverse("api:statement-list")
    response = client.get(url, {**params, "page_size": 100})
    while True:
        assert response.status_code == 200, response.content
        body = response.json()
        ids += [row["id"] for row in body["results"]]
        if not body["next"]:
            return ids
        response = client.get(body["next"])


def page_ids(client, params: dict) -> list[int]:
    response = client.get(reverse("search:search"), params)
    assert response.status_code == 200
    return response.context["results"].ids


@pytest.mark.parametrize("words", SAMPLE)
def test_the_page_and_the_api_list_the_same_statements_in_the_same_order(
    client, shipped_meeting, words
):
    ids = page_ids(client, {"q": words})

    assert ids, words
    assert api_ids(client, {"q": words}) == ids


def test_so_they_do_with_filters_and_past_the_first_page(client, shipped_meeting):
    params = {"q": "nuclear security", "speaker": "khammar-mrabit", "kind": "remark"}
    ids = page_ids(client, params)

    assert len(ids) > 3
    assert api_ids(client, params) == ids
    paged = client.get(reverse("api:statement-list"), {**params, "page_size": 2, "page": 2}).json()
    assert [row["id"] for row in paged["results"]] == ids[2:4]
    assert paged["count"] == len(ids)


def test_a_bad_filter_beside_words_is_a_400_on_both(client, shipped_meeting):
    params = {"q": "nuclear", "theme": "no-such-theme"}

    assert client.get(reverse("search:search"), params).status_code == 400
    response = client.get(reverse("api:statement-list"), params)
    assert response.status_code == 400
    assert "theme" in response.json()


@pytest.mark.parametrize(
    "words", ['"', "NOT", "NEAR(nuclear, 2)", "bio\x00security", "\ue000nuclear\ue001", "a" * 600]
)
def test_any_words_are_answered_with_a_200_or_a_400_that_says_why(client, shipped_meeting, words):
    response = client.get(reverse("api:statement-list"), {"q": words})

    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert "q" in response.json()
