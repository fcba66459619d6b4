"""Cached counts: kept while the records stay the same, counted afresh once a change commits."""

import time

import pytest
from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.urls import reverse

from core.aggregate_cache import (
    _MISSING,
    NEAR_ENTRY_BYTES,
    cached_aggregate,
    keep_near,
    near_copy,
)
from core.page_cache import bump_records_version, read_version_once, records_version
from minutes.models import Status
from tests.factories import make_meeting, make_panel, make_statement, make_theme


@pytest.fixture(autouse=True)
def _aggregate_cache_on(settings):
    # Whole pages stay uncached (tests/conftest.py): only the counts are, as in the
    # benchmark's uncached mode.
    settings.AGGREGATE_CACHE_ENABLED = True
    # The version in the cache, as with Redis; tests/core/test_models.py covers the database.
    settings.RECORDS_VERSION_IN_DATABASE = False


class Counter:
    """A computation that says how often it ran."""

    def __init__(self):
        self.calls = 0

    def __call__(self) -> int:
        self.calls += 1
        return self.calls


# Unit: what is kept, and for how long


def test_a_count_is_computed_once_while_the_records_stay_the_same():
    compute = Counter()
    values = [cached_aggregate(name="n", parts=("a",), compute=compute) for _ in range(3)]
    assert values == [1, 1, 1]
    assert compute.calls == 1


def test_other_parts_or_names_are_other_counts():
    compute = Counter()
    cached_aggregate(name="n", parts=("a",), compute=compute)
    cached_aggregate(name="n", parts=("b",), compute=compute)
    cached_aggregate(name="m", parts=("a",), compute=compute)
    assert compute.calls == 3


def test_a_new_records_version_counts_afresh():
    compute = Counter()
    cached_aggregate(name="n", parts=(), compute=compute)
    bump_records_version()
    assert cached_aggregate(name="n", parts=(), compute=compute) == 2


def test_switched_off_it_counts_every_time(settings):
    settings.AGGREGATE_CACHE_ENABLED = False
    compute = Counter()
    for _ in range(2):
        cached_aggregate(name="n", parts=(), compute=compute)
    assert compute.calls == 2


def test_a_cache_that_fails_means_counting_afresh(monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "get", broken)
    monkeypatch.setattr(cache, "set", broken)
    assert cached_aggregate(name="n", parts=(), compute=lambda: 7) == 7


def test_a_falsy_value_is_kept_too():
    calls = []
    for _ in range(2):
        cached_aggregate(name="zero", parts=(), compute=lambda: calls.append(1) or 0)
    assert calls == [1]


# The pages: a committed edit, publication or withdrawal shows in the counts at once


def theme_counts(client) -> dict[str, int]:
    themes = client.get(reverse("minutes:home")).context["themes"]
    return {theme.slug: theme.statement_count for theme in themes}


def statements_page(client, **params):
    response = client.get(reverse("search:statement_list"), params)
    facets = {facet["name"]: facet["links"] for facet in response.context.get("facets", [])}
    themes = {link.label: link.count for link in facets.get("theme", [])}
    return response.context["paginator"].count, themes


@pytest.mark.django_db(transaction=True)
def test_home_counts_follow_new_statements_edits_and_publication(client):
    theme, other = make_theme(slug="security"), make_theme(slug="awareness")
    meeting = make_meeting()
    statement = make_statement(panel=make_panel(meeting=meeting), themes=[theme])
    # A theme no published statement uses is not public: no chip until one does.
    assert theme_counts(client) == {"security": 1}
    assert theme_counts(client) == {"security": 1}  # from the cache

    make_statement(panel=statement.panel, themes=[theme, other])
    assert theme_counts(client) == {"security": 2, "awareness": 1}

    statement.themes.set([other])  # an edit of the tags alone
    assert theme_counts(client) == {"security": 1, "awareness": 2}

    meeting.status = Status.DRAFT  # withdrawn
    meeting.save()
    assert theme_counts(client) == {}

    meeting.status = Status.PUBLISHED  # published again
    meeting.save()
    assert theme_counts(client) == {"security": 1, "awareness": 2}


@pytest.mark.django_db(transaction=True)
def test_theme_list_counts_follow_a_deletion(client):
    theme = make_theme(slug="security")
    statement = make_statement(themes=[theme])
    themes = client.get(reverse("minutes:theme_list")).context["themes"]
    assert [t.statement_count for t in themes] == [1]

    statement.delete()
    themes = client.get(reverse("minutes:theme_list")).context["themes"]
    assert themes == []  # no published statement uses it any more: not public


@pytest.mark.django_db(transaction=True)
def test_theme_timeline_follows_new_statements_and_withdrawals(client):
    theme = make_theme(slug="security")
    meeting = make_meeting()
    panel = make_panel(meeting=meeting)
    make_statement(panel=panel, themes=[theme])

    def timeline():
        return client.get(theme.get_absolute_url()).context["timeline"]

    assert [point.count for point in timeline().points] == [1]
    assert [point.count for point in timeline().points] == [1]  # from the cache
    make_statement(panel=panel, themes=[theme])
    assert [point.count for point in timeline().points] == [2]
    later = make_meeting(date=meeting.date.replace(year=meeting.date.year + 1))
    make_statement(panel=make_panel(meeting=later), themes=[theme])
    assert [point.count for point in timeline().points] == [2, 1]
    later.status = Status.DRAFT
    later.save()
    assert [point.count for point in timeline().points] == [2]


@pytest.mark.django_db(transaction=True)
def test_statement_totals_and_facets_follow_edits_and_publication(client):
    theme, other = make_theme(name="Security"), make_theme(name="Awareness")
    meeting = make_meeting()
    panel = make_panel(meeting=meeting)
    first = make_statement(panel=panel, themes=[theme])
    assert statements_page(client, theme=theme.slug) == (1, {"Security": 1})
    assert statements_page(client, theme=theme.slug) == (1, {"Security": 1})  # cached

    make_statement(panel=panel, themes=[theme, other])
    assert statements_page(client, theme=theme.slug) == (2, {"Security": 2, "Awareness": 1})
    assert statements_page(client) == (2, {"Security": 2, "Awareness": 1})

    first.themes.add(other)
    assert statements_page(client, theme=theme.slug) == (2, {"Security": 2, "Awareness": 2})

    meeting.status = Status.DRAFT
    meeting.save()
    assert statements_page(client, theme=theme.slug) == (0, {})

    meeting.status = Status.PUBLISHED
    meeting.save()
    assert statements_page(client) == (2, {"Security": 2, "Awareness": 2})


@pytest.mark.django_db(transaction=True)
def test_a_change_rolled_back_keeps_the_cached_counts(client):
    theme = make_theme(slug="security")
    make_statement(themes=[theme])
    assert theme_counts(client) == {"security": 1}
    with pytest.raises(RuntimeError), transaction.atomic():
        make_statement(themes=[theme])
        raise RuntimeError
    assert theme_counts(client) == {"security": 1}


@pytest.mark.django_db(transaction=True)
def test_search_facets_follow_edits_and_are_kept_apart_from_the_statements_page(
    client, monkeypatch
):
    from search.views import SearchView

    theme = make_theme(name="Security")
    panel = make_panel()
    for n in range(2):
        make_statement(panel=panel, text=f"Verification, item {n}.", themes=[theme])
    monkeypatch.setattr(SearchView, "cap", 1)  # the search counts its first match only

    def search_themes():
        response = client.get(reverse("search:search"), {"q": "verification"})
        facets = {facet["name"]: facet["links"] for facet in response.context["facets"]}
        return {link.label: link.count for link in facets["theme"]}

    assert search_themes() == {"Security": 1}
    assert statements_page(client, q="verification") == (2, {"Security": 1 + 1})
    assert search_themes() == {"Security": 1}

    other = make_theme(name="Awareness")
    for statement in panel.statements.all():
        statement.themes.add(other)
    assert search_themes() == {"Security": 1, "Awareness": 1}


@pytest.mark.django_db(transaction=True)
def test_search_results_follow_a_new_match_and_a_withdrawal(client):
    meeting = make_meeting()
    make_statement(panel=make_panel(meeting=meeting), text="Verification first.")

    def found():
        response = client.get(reverse("search:search"), {"q": "verification"})
        return [statement.text for statement in response.context["statements"]]

    assert found() == ["Verification first."]
    assert found() == ["Verification first."]  # the ranking from the cache
    make_statement(panel=make_panel(), text="Verification again.")
    assert sorted(found()) == ["Verification again.", "Verification first."]
    meeting.status = Status.DRAFT
    meeting.save()
    assert found() == ["Verification again."]


@pytest.mark.django_db(transaction=True)
def test_person_page_follows_new_statements_and_panels(client):
    from tests.factories import make_panelist, make_person

    person = make_person(slug="ada")
    theme, other = make_theme(name="Security"), make_theme(name="Awareness")
    place = make_panelist(person=person)
    make_statement(panel=place.panel, speaker=person, themes=[theme])

    def person_page():
        context = client.get(reverse("people:person_detail", args=["ada"])).context
        ranking = {ranked.theme.name: ranked.count for ranked in context["ranking"]}
        return ranking, len(context["panel_places"]), context["paginator"].count

    assert person_page() == ({"Security": 1}, 1, 1)
    assert person_page() == ({"Security": 1}, 1, 1)
    later = make_panelist(person=person, panel=make_panel(meeting=make_meeting()))
    make_statement(panel=later.panel, speaker=person, themes=[other, theme])
    assert person_page() == ({"Security": 2, "Awareness": 1}, 2, 2)
    later.panel.meeting.status = Status.DRAFT
    later.panel.meeting.save()
    assert person_page() == ({"Security": 1}, 1, 1)


def test_threads_missing_the_same_count_at_once_count_it_once():
    import threading
    import time

    compute = Counter()

    def slow() -> int:
        time.sleep(0.05)
        return compute()

    values = []
    threads = [
        threading.Thread(
            target=lambda: values.append(cached_aggregate(name="n", parts=(), compute=slow))
        )
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert values == [1, 1, 1, 1]
    assert compute.calls == 1


def test_a_count_that_fails_raises_and_stores_nothing():
    def broken() -> int:
        raise RuntimeError("database gone")

    with pytest.raises(RuntimeError):
        cached_aggregate(name="n", parts=(), compute=broken)
    assert cached_aggregate(name="n", parts=(), compute=lambda: 3) == 3


@pytest.mark.django_db(transaction=True)
def test_names_found_by_search_follow_edits_and_keep_drafts_from_readers(client):
    from django.contrib.auth.models import User

    make_meeting(title="Verification workshop")
    draft = make_meeting(title="Verification draft", status=Status.DRAFT)

    def meetings_named(user=None):
        client.logout()
        if user:
            client.force_login(user)
        names = client.get(reverse("search:search"), {"q": "verification"}).context["names"]
        return sorted(
            item.title for group in names if group["title"] == "Meetings" for item in group["items"]
        )

    staff = User.objects.create_user("editor", password="x", is_staff=True)
    assert meetings_named() == ["Verification workshop"]
    assert meetings_named(staff) == ["Verification draft", "Verification workshop"]
    assert meetings_named() == ["Verification workshop"]
    draft.status = Status.PUBLISHED
    draft.save()
    assert meetings_named() == ["Verification draft", "Verification workshop"]


# The process's near copies and the one read of the version per request


class CacheReads:
    """Counts the shared cache's reads by key."""

    def __init__(self, monkeypatch):
        self.keys: list[str] = []
        read = cache.get

        def counted(key, *args, **kwargs):
            self.keys.append(key)
            return read(key, *args, **kwargs)

        monkeypatch.setattr(cache, "get", counted)

    def of_version(self) -> int:
        from core.page_cache import VERSION_KEY

        return self.keys.count(VERSION_KEY)


def test_a_count_read_again_is_answered_without_the_shared_cache(monkeypatch):
    cached_aggregate(name="n", parts=(), compute=Counter())
    reads = CacheReads(monkeypatch)
    assert cached_aggregate(name="n", parts=(), compute=Counter()) == 1
    assert [key for key in reads.keys if key.startswith("aggregate-")] == []


def test_a_count_stored_by_another_process_is_read_from_the_shared_cache():
    cached_aggregate(name="n", parts=(), compute=Counter())
    caches["near"].clear()  # as in another worker, which has no copy of its own
    compute = Counter()
    assert cached_aggregate(name="n", parts=(), compute=compute) == 1
    assert compute.calls == 0


def test_changing_a_value_received_changes_nothing_kept():
    first = cached_aggregate(name="facets", parts=(), compute=lambda: {"theme": [1, 2]})
    first["theme"].append(3)
    assert cached_aggregate(name="facets", parts=(), compute=dict) == {"theme": [1, 2]}


def test_near_copies_expire_with_the_shared_cache(settings):
    settings.AGGREGATE_CACHE_SECONDS = 1
    keep_near("k", 5)
    assert near_copy("k") == 5
    time.sleep(1.1)
    assert near_copy("k") is _MISSING


def test_near_copies_are_a_local_memory_cache_of_bounded_size():
    near = settings.CACHES["near"]
    assert near["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    for n in range(near["OPTIONS"]["MAX_ENTRIES"] + 50):
        keep_near(f"k{n}", n)
    kept = [n for n in range(near["OPTIONS"]["MAX_ENTRIES"] + 50) if near_copy(f"k{n}") == n]
    assert len(kept) <= near["OPTIONS"]["MAX_ENTRIES"]
    assert kept[-1] == near["OPTIONS"]["MAX_ENTRIES"] + 49  # the newest stays


def test_a_value_too_large_to_copy_stays_in_the_shared_cache_only():
    keep_near("big", "x" * (NEAR_ENTRY_BYTES + 1))
    assert near_copy("big") is _MISSING


@pytest.mark.django_db
def test_a_request_reads_the_records_version_once(client, monkeypatch):
    make_statement(themes=[make_theme(name="Security")])
    client.get(reverse("search:statement_list"))  # fill the cache
    reads = CacheReads(monkeypatch)
    client.get(reverse("search:statement_list"))
    assert reads.of_version() == 1
    client.get(reverse("search:statement_list"))
    assert reads.of_version() == 2  # and each request reads it afresh


def test_outside_a_request_each_count_reads_the_version(monkeypatch):
    records_version()  # made
    reads = CacheReads(monkeypatch)
    for _ in range(2):
        cached_aggregate(name="n", parts=(), compute=Counter())
    assert reads.of_version() == 2


def test_a_request_that_writes_counts_under_the_new_version():
    with read_version_once():
        assert cached_aggregate(name="n", parts=(), compute=Counter()) == 1
        bump_records_version()  # as a write committed within the request does
        assert cached_aggregate(name="n", parts=(), compute=lambda: 2) == 2


def test_the_version_is_read_afresh_once_the_request_is_over(monkeypatch):
    with read_version_once():
        records_version()
    reads = CacheReads(monkeypatch)
    records_version()
    assert reads.of_version() == 1
