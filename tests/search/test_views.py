"""The search page: ranked and marked results, names, filters and facets, help when nothing
is found, every strange input answered, and a fixed number of queries."""

import re
from html import unescape as html_unescape
from urllib.parse import unquote_plus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from minutes.models import Statement, Status
from search.views import SearchView
from tests.factories import (
    make_meeting,
    make_organisation,
    make_panel,
    make_panelist,
    make_person,
    make_statement,
    make_theme,
)

pytestmark = pytest.mark.django_db

SEARCH = reverse("search:search")

HOSTILE = [
    '"',
    '""',
    "-",
    "--",
    "- -",
    "NOT",
    "AND OR",
    "OR",
    "*",
    "^",
    "(",
    ")",
    "NEAR(",
    "NEAR(biosecurity training, 2)",
    "col:term",
    "text:biosecurity",
    "{text}: biosecurity",
    "biosecurity*",
    "^biosecurity",
    '"biosecurity',
    "'; DROP TABLE minutes_statement; --",
    "\x00",
    "bio\x00security",
    "Dupré ∑ 日本語 עברית 🙂",
    "\ue000biosecurity\ue001",
    "%",
    "_",
    "\\",
    "<script>alert(1)</script>",
    "a" * 2000,
    "".join(chr(33 + (n * 7919) % 94) for n in range(2000)),  # 2,000 characters of junk
]


def page(client, **params):
    response = client.get(SEARCH, params)
    return response, response.content.decode()


@pytest.fixture
def biosecurity():
    theme = make_theme(slug="biosecurity", name="Biosecurity")
    meeting = make_meeting(slug="gp", title="GP panels", date="2012-01-26")
    panel = make_panel(meeting=meeting)
    thomas = make_person(slug="anthony-thomas", name="Anthony Thomas")
    make_panelist(panel=panel, person=thomas, role="Director", organisation=make_organisation())
    best = make_statement(
        panel=panel, speaker=thomas, text="Biosecurity, biosecurity, biosecurity.", themes=[theme]
    )
    other = make_statement(
        panel=panel,
        speaker=thomas,
        text="A long statement that mentions biosecurity once, among budgets and timelines.",
    )
    return {"theme": theme, "best": best, "other": other, "thomas": thomas}


def test_results_are_ranked_marked_and_attributed(client, biosecurity):
    response, html = page(client, q="biosecurity")

    assert response.status_code == 200
    assert [s.pk for s in response.context["statements"]] == [
        biosecurity["best"].pk,
        biosecurity["other"].pk,
    ]
    assert (
        "<p><mark>Biosecurity</mark>, <mark>biosecurity</mark>, <mark>biosecurity</mark>.</p>"
        in (html)
    )
    assert '<span class="attribution">, Director, Organisation' in html
    assert "2 statements match <strong>biosecurity</strong>" in html
    assert 'value="biosecurity"' in html  # the query stays in the box


def test_the_query_is_echoed_escaped(client, biosecurity):
    response, html = page(client, q='"><script>alert(1)</script> biosecurity')

    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in html
    assert 'value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; biosecurity"' in html


def test_statement_text_stays_escaped_around_the_marks(client):
    make_statement(text="<img src=x onerror=alert(1)> biosecurity & <b>bold</b>")

    _, html = page(client, q="biosecurity")

    assert "<img" not in html
    assert "&lt;img src=x onerror=alert(1)&gt; <mark>biosecurity</mark> &amp; &lt;b&gt;bold" in html


def test_people_organisations_and_meetings_are_listed_by_name(client, biosecurity):
    make_meeting(host=make_organisation(name="Thomas Institute"))
    make_meeting(status="draft", host=make_organisation(name="Thomas Draft Office"))

    _, html = page(client, q="thomas")

    assert '<h2 id="names-1">People</h2>' in html
    assert 'href="/people/anthony-thomas/">Anthony Thomas</a>' in html
    assert "Thomas Institute" in html
    assert "Thomas Draft Office" not in html


def test_drafts_are_never_found(client):
    draft = make_meeting(title="Secret biosecurity meeting", status=Status.DRAFT)
    make_statement(panel=make_panel(meeting=draft), text="Secret biosecurity plans.")

    response, html = page(client, q="biosecurity")

    assert "Secret" not in html
    assert "No statements match" in html
    assert response.context["statements"] == []


def test_filters_and_facets_narrow_the_results(client, biosecurity):
    response, html = page(client, q="biosecurity", theme="biosecurity")

    assert [s.pk for s in response.context["statements"]] == [biosecurity["best"].pk]
    assert "1 statement matches <strong>biosecurity</strong> with these filters" in html
    assert 'href="/search/?q=biosecurity">Theme: Biosecurity' in html  # removes the filter
    facets = {facet["name"]: facet for facet in response.context["facets"]}
    theme_link = facets["theme"]["links"][0]
    assert (theme_link.label, theme_link.count, theme_link.selected) == ("Biosecurity", 1, True)
    speaker_link = facets["speaker"]["links"][0]
    assert speaker_link.url == "/search/?q=biosecurity&theme=biosecurity&speaker=anthony-thomas"


def test_facet_counts_cover_every_match_not_just_the_page(client, biosecurity):
    for n in range(25):
        make_statement(text=f"Biosecurity item {n}.", themes=[biosecurity["theme"]])

    response, html = page(client, q="biosecurity")

    facets = {facet["name"]: facet for facet in response.context["facets"]}
    assert facets["theme"]["links"][0].count == 26
    assert len(response.context["statements"]) == 20
    assert 'href="/search/?q=biosecurity&amp;page=2" rel="next"' in html
    second, second_html = page(client, q="biosecurity", page="2")
    assert len(second.context["statements"]) == 7
    assert '<ol class="results" start="21">' in second_html
    assert '<link rel="canonical" href="http://testserver/search/?q=biosecurity&amp;page=2">' in (
        second_html
    )


def test_a_page_past_the_end_shows_the_last(client, biosecurity):
    response, _ = page(client, q="biosecurity", page="99")

    assert response.status_code == 200
    assert response.context["page_obj"].number == 1


def test_many_matches_are_capped_and_the_page_says_so(client, monkeypatch):
    monkeypatch.setattr(SearchView, "cap", 5)
    panel = make_panel()
    Statement.objects.bulk_create(
        Statement(panel=panel, position=n, text=f"Security point {n}.") for n in range(1, 9)
    )

    response, html = page(client, q="security")

    assert response.context["results"].capped
    assert "More than 5 statements match <strong>security</strong>" in html
    assert "the 5 most recently added (sorted by relevance)" in html
    assert "Counts cover the statements ranked, not every match." in html


def test_sorting_by_meeting_date(client):
    old = make_statement(
        panel=make_panel(meeting=make_meeting(date="2010-01-01")), text="Biosecurity then."
    )
    new = make_statement(
        panel=make_panel(meeting=make_meeting(date="2020-01-01")), text="Biosecurity now."
    )

    newest, html = page(client, q="biosecurity", sort="newest")
    oldest, _ = page(client, q="biosecurity", sort="oldest")
    bad, bad_html = page(client, q="biosecurity", sort="sideways")

    assert [s.pk for s in newest.context["statements"]] == [new.pk, old.pk]
    assert [s.pk for s in oldest.context["statements"]] == [old.pk, new.pk]
    assert '<option value="newest" selected>' in html
    assert bad.status_code == 400
    assert "<code>sort</code>: Select a valid choice." in bad_html


def test_no_results_give_help(client, biosecurity):
    _, html = page(client, q="anthrax -smallpox", theme="biosecurity")

    assert "No statements match <strong>anthrax -smallpox</strong> with these filters" in html
    assert "you excluded “smallpox”" in html
    assert 'href="/search/?q=anthrax+-smallpox">search without filters</a>' in html


def test_empty_and_wordless_searches_explain_themselves(client):
    empty, empty_html = page(client)
    wordless, wordless_html = page(client, q="the NOT -")

    assert empty.status_code == wordless.status_code == 200
    assert "How to search" in empty_html
    assert "Nothing to search for" in wordless_html
    assert "“the”, “not”" in wordless_html


def test_a_bad_filter_is_a_clear_400(client, biosecurity):
    response, html = page(client, q="biosecurity", theme="nope", date_from="yesterday")

    assert response.status_code == 400
    assert "<code>theme</code>: Select a valid choice. nope is not one of the available" in html
    assert "<code>date_from</code>: Enter a valid date." in html
    assert "statements" not in response.context


@pytest.mark.parametrize("text", HOSTILE)
def test_any_input_is_answered(client, biosecurity, text):
    response, html = page(client, q=text)
    listed = client.get(reverse("search:statement_list"), {"q": text})

    assert response.status_code == 200
    assert listed.status_code == 200
    assert "<script>alert(1)</script>" not in html
    assert "\x00" not in html


def test_long_input_is_shortened_and_says_so(client, biosecurity):
    words = " ".join(["biosecurity"] + [f"w{n}" for n in range(300)])

    response, html = page(client, q=words)

    assert response.status_code == 200
    assert "only its first words were used" in html


def test_the_page_works_without_a_query_string_and_has_no_inline_script_or_style(client):
    _, html = page(client, q="anything")

    assert "<script" not in html
    assert "style=" not in html
    assert 'role="search"' in html
    assert '<label for="search-q">' in html


def test_query_count_is_fixed(client, biosecurity):
    for n in range(30):
        make_statement(text=f"Biosecurity item {n}.", themes=[biosecurity["theme"]])

    def count(**params) -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(SEARCH, params).status_code == 200
        return len(queries)

    # SQLite looks at how many statements a term matches before choosing how to walk them.
    probe = 1 if connection.vendor == "sqlite" else 0
    # Reading the query: the public names and the thesaurus (9: people; organisations, their
    # public ids (2) and aliases; themes and their public ids (2); entries), kept in each
    # process under the records version where counts are cached (as they are not in tests),
    # and the vocabulary (1).
    reading = 10
    # The public themes and organisations the filters accept (2 each), kept until the records
    # change outside the tests.
    public = 4
    # matches (with their scores) in the text and by the theme named (here all in the text
    # too, so none to look into again), rows, themes, marks, line-up places, 6 for the
    # facets, 4 for names (the theme named: the public ids, 2, and its row; meetings)
    assert count(q="biosecurity") == reading + public + 16 + probe
    # a second page shows no names; a theme filter checks its slug
    assert count(q="biosecurity", page="2") == reading + public + 12 + probe
    assert count(q="biosecurity", theme="biosecurity") == reading + public + 17 + probe
    # matches, meetings by name, and for a word found nowhere the words like it (on SQLite
    # those sharing two letters, then one)
    alike = 2 if connection.vendor == "sqlite" else 1
    assert count(q="zzzz") == reading + public + 2 + alike + probe
    assert count() == public


def test_every_example_on_the_help_page_finds_statements_of_the_shipped_meeting(
    client, shipped_meeting
):
    _, html = page(client)
    tips = html[
        html.index('class="search-tips"') : html.index("</section>", html.index("search-tips"))
    ]
    examples = re.findall(r'<a href="\?q=([^"]+)"><code>([^<]+)</code></a>', tips)

    assert len(examples) >= 4
    for query_string, shown in examples:
        assert html_unescape(shown) == unquote_plus(query_string)  # the link runs the example
        response, _ = page(client, q=unquote_plus(query_string))
        assert response.context["results"].matched, shown


def test_a_misspelt_word_gets_a_suggestion_that_keeps_the_filters(client, biosecurity):
    response, html = page(client, q="biosecurty", theme="biosecurity")

    assert response.context["suggestion"] == "biosecurity"
    assert (
        'Did you mean <a href="/search/?q=biosecurity&amp;theme=biosecurity">biosecurity</a>?'
        in html
    )
    assert "suggestion" not in page(client, q="biosecurity")[0].context


def test_statements_with_only_some_of_the_words_follow_and_say_what_they_lack(client, biosecurity):
    response, html = page(client, q="biosecurity budgets")

    results = response.context["results"]
    assert results.matched == 1 and results.partial == 1
    assert "1 statement matches <strong>biosecurity budgets</strong>" in html
    assert "After it, 1 with only some of the words." in html
    assert "Without <s>budgets</s>" in html


def test_each_result_offers_a_citation(client, biosecurity):
    _, html = page(client, q="biosecurity")

    assert html.count('<summary>Cite<span class="visually-hidden"> this statement</span>') == 2
    assert "“Biosecurity, biosecurity, biosecurity.” Panel 1, paragraph 1, GP panels" in html


@pytest.mark.parametrize(
    ("page_url", "parameter", "words", "expected"),
    [
        ("/people/anthony-thomas/", "speaker=anthony-thomas", "timelines", "other"),
        ("/themes/biosecurity/", "theme=biosecurity", "biosecurity", "best"),
    ],
)
def test_person_and_theme_pages_search_their_own_statements(
    client, biosecurity, page_url, parameter, words, expected
):
    html = client.get(page_url).content.decode()

    name, value = parameter.split("=")
    assert f'<input type="hidden" name="{name}" value="{value}">' in html
    assert f'action="{SEARCH}"' in html
    assert f'href="/statements/?{parameter}">all of them on the statements page</a>' in html
    response, _ = page(client, q=words, **{name: value})
    assert [s.pk for s in response.context["statements"]] == [biosecurity[expected].pk]


def test_an_organisation_page_searches_what_its_people_said(client, biosecurity):
    organisation = biosecurity["thomas"].panel_places.get().organisation
    html = client.get(organisation.get_absolute_url()).content.decode()

    assert f'name="organisation" value="{organisation.slug}"' in html
    response, _ = page(client, q="timelines", organisation=organisation.slug)
    assert [s.pk for s in response.context["statements"]] == [biosecurity["other"].pk]


def test_a_persons_statements_offer_a_citation(client, biosecurity):
    html = client.get("/people/anthony-thomas/").content.decode()

    assert html.count('<details class="cite-compact">') == 2
