"""Every public page costs the same number of queries on an archive twice the size.

The archive comes from the demo-data generator (real shape: many panels, line-ups, themes,
careers). Each page is fetched on it, the archive is doubled, and the page fetched again: the
counts must be equal and within the pinned maximum, so a query per row, per meeting or per
theme (an N+1) shows up as a failure rather than as a slow page in production.
"""

from django.db.models import Count

from bench.demo_data import generate_demo_data
from core.page_cache import bump_records_version
from minutes.models import Meeting, Panel, Statement, Theme
from people.models import Organisation, Person


def biggest(queryset, related: str):
    return queryset.annotate(n=Count(related)).order_by("-n", "pk").first()


API_LISTS = ("meetings", "panels", "statements", "people", "organisations", "memberships", "themes")


def urls() -> dict[str, str]:
    """The heaviest instance of each page in the archive as it is now."""
    meeting = biggest(Meeting.objects.published(), "panels__statements")
    panel = biggest(Panel.objects.filter(meeting__status="published"), "statements")
    theme = biggest(Theme.objects.all(), "statements")
    person = biggest(Person.objects.all(), "statements")
    # An office three levels down: its page walks the tree one query per level, so the
    # same depth is measured on both archives.
    organisation = biggest(
        Organisation.objects.filter(parent__parent__isnull=False), "panel_places"
    )
    statement = Statement.objects.published().order_by("-pk").first()
    return {
        "home": "/",
        "meeting list": "/meetings/",
        "meeting": meeting.get_absolute_url(),
        "meeting narrowed to a theme": f"{meeting.get_absolute_url()}?theme={theme.slug}",
        "panel": panel.get_absolute_url(),
        "statement list": "/statements/",
        "statement list by theme": f"/statements/?theme={theme.slug}",
        "statement list, page 2": f"/statements/?theme={theme.slug}&page=2",
        "search": "/search/?q=security",
        "search with a theme": f"/search/?q=security&theme={theme.slug}",
        "statement": statement.get_absolute_url(),
        "theme list": "/themes/",
        "theme": theme.get_absolute_url(),
        "person list": "/people/",
        "person": person.get_absolute_url(),
        "organisation list": "/organisations/",
        "organisation": organisation.get_absolute_url(),
        **{f"API {name}": f"/api/{name}/?page_size=100" for name in API_LISTS},
        "API statements by theme": f"/api/statements/?page_size=100&theme={theme.slug}",
        "API statements of a meeting": f"/api/statements/?page_size=100&meeting={meeting.slug}",
    }


# The most queries each page may make; equal on both archive sizes. Counted with the aggregate
# cache off (tests/conftest.py), so every count a page makes is in the figure. A theme filter
# costs a query for the theme's size, counted to choose how to fetch a page of its
# statements. Lists of statements read the theme vocabulary (names and slugs in name order)
# once per response, cached in production. Pages that list or accept themes or organisations
# read which are public (the public rule: people/models.py, minutes/models/themes.py), two
# queries each however deep the tree, kept until the records change in production.
MAX_QUERIES = {
    "home": 4,
    "meeting list": 2,
    "meeting": 3,
    "meeting narrowed to a theme": 4,
    "panel": 3,
    "statement list": 16,
    "statement list by theme": 18,
    "statement list, page 2": 18,
    # Reading the query, 10 of them: the public names and the thesaurus (9, kept in each
    # process under the records version where counts are cached, as they are not here) and
    # the vocabulary (1).
    "search": 33,
    "search with a theme": 34,
    "statement": 5,
    "theme list": 3,
    "theme": 8,
    "person list": 3,
    "person": 8,
    "organisation list": 3,
    "organisation": 14,
    "API meetings": 2,
    "API panels": 3,
    "API statements": 4,
    "API people": 2,
    "API organisations": 6,
    "API memberships": 2,
    "API themes": 4,
    "API statements by theme": 9,
    "API statements of a meeting": 8,
}


def test_every_page_makes_the_same_pinned_number_of_queries_on_twice_the_archive(
    client, db, django_assert_max_num_queries
):
    generate_demo_data(meetings=2, seed=1)
    small = {}
    for page, url in urls().items():
        with django_assert_max_num_queries(MAX_QUERIES[page]) as queries:
            assert client.get(url).status_code == 200, url
        small[page] = len(queries)
    assert set(small) == set(MAX_QUERIES)

    generate_demo_data(meetings=2, seed=2, force=True)  # twice the meetings and statements
    # What its commit would do (a test's transaction never commits): cached aggregates such
    # as the API's statement total go stale, so the second round counts them afresh too.
    bump_records_version()
    assert Meeting.objects.count() == 4
    large = {}
    for page, url in urls().items():
        with django_assert_max_num_queries(MAX_QUERIES[page]) as queries:
            assert client.get(url).status_code == 200, url
        large[page] = len(queries)
    assert large == small, (small, large)


def test_the_api_counts_published_statements_only_when_counting_cheaply(client, db):
    """The unfiltered API list counts all statements less those in drafts (see
    api/views.py); the total must still match the published ones exactly."""
    generate_demo_data(meetings=12, seed=3)  # one of the twelve is a draft
    assert Meeting.objects.exclude(status="published").exists()
    page = client.get("/api/statements/?page_size=5").json()
    assert page["count"] == Statement.objects.published().count()
    assert page["count"] < Statement.objects.count()
