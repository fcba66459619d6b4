"""The thesaurus in the admin: staff add an entry, and the next search uses it, cached pages
and rankings notwithstanding."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from search.models import ThesaurusEntry
from tests.factories import make_editor, make_statement

SEARCH = reverse("search:search")


@pytest.mark.django_db(transaction=True)
def test_an_entry_added_in_the_admin_changes_results_at_once(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.AGGREGATE_CACHE_ENABLED = True
    statement = make_statement(text="The threat has changed from WMD to CBRN.")
    reader, editor = Client(), Client()
    # A superuser: a transactional test may run after another has flushed the Editors group.
    editor.force_login(User.objects.create_superuser("thesaurus-admin", "a@example.org", "pw"))

    before = reader.get(SEARCH, {"q": "doomsday arsenal"})
    assert before.context["results"].ids == []
    assert reader.get(SEARCH, {"q": "doomsday arsenal"})["X-Page-Cache"] == "hit"

    response = editor.post(
        reverse("admin:search_thesaurusentry_add"),
        {"term": "doomsday arsenal", "equivalents": "WMD\nweapons of mass destruction", "note": ""},
    )
    assert response.status_code == 302
    after = reader.get(SEARCH, {"q": "doomsday arsenal"})

    assert after["X-Page-Cache"] == "miss"
    assert after.context["results"].ids == [statement.pk]
    assert "<mark>WMD</mark>" in after.content.decode()


@pytest.mark.django_db
def test_editors_list_and_change_entries(client):
    client.force_login(make_editor())
    ThesaurusEntry.objects.create(term="HEU-test", equivalents="highly enriched uranium")

    listing = client.get(reverse("admin:search_thesaurusentry_changelist"), {"q": "HEU-test"})

    assert listing.status_code == 200
    assert "highly enriched uranium" in listing.content.decode()
    assert "every organisation\u2019s abbreviation, name and aliases" in listing.content.decode()


@pytest.mark.django_db
def test_an_entry_needs_a_term_and_an_equivalent(client):
    client.force_login(make_editor())

    response = client.post(
        reverse("admin:search_thesaurusentry_add"), {"term": "--", "equivalents": " \n "}
    )

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "term" in errors and "equivalents" in errors
