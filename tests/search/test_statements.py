"""Full-text search over statements, on whichever database the suite runs on: matching,
ranking, the candidate cap, marking, the index kept in sync, and search by name."""

import pytest
import yaml
from django.contrib.auth.models import User
from django.urls import reverse

from intake.meeting_file import load_meeting_files
from minutes.models import Meeting, Statement, Status
from people.models import OrganisationAlias
from search.statements import (
    SearchOrder,
    matching_meetings,
    matching_organisations,
    matching_people,
    matching_statements,
    parse_query,
    search_statements,
)
from tests.conftest import SHIPPED_RECORD
from tests.factories import (
    make_attendance,
    make_meeting,
    make_organisation,
    make_panel,
    make_person,
    make_statement,
)

pytestmark = pytest.mark.django_db


def found(text: str, statements=None) -> list[int]:
    """Ids of the statements a search finds, best first."""
    statements = Statement.objects.all() if statements is None else statements
    return search_statements(statements=statements, query=parse_query(text)).ids


def said(*texts: str, **fields) -> list[Statement]:
    panel = fields.pop("panel", None) or make_panel()
    return [make_statement(panel=panel, text=text, **fields) for text in texts]


# Matching


def test_words_match_in_any_form_and_case():
    training, other = said("We trained 10,000 inspectors in Vienna.", "Nothing to see.")

    assert found("training") == [training.pk]
    assert found("TRAINS vienna") == [training.pk]
    assert found("vienna -inspectors") == []
    assert other.pk not in found("vienna")


def test_phrase_needs_the_words_together_and_in_order():
    phrase, scattered, reversed_ = said(
        "Regional centres of excellence are a great idea.",
        "Excellence matters in all our centres.",
        "Excellence of centres.",
    )

    assert found('"centres of excellence"') == [phrase.pk]
    assert sorted(found("centres excellence")) == sorted([phrase.pk, scattered.pk, reversed_.pk])


def test_or_and_exclusion_combine():
    chemical, biological, both, _russia = said(
        "Chemical weapons destruction.",
        "Biological weapons conventions.",
        "Chemical and biological weapons.",
        "Chemical weapons in Russia.",
    )

    assert sorted(found("chemical OR biological weapons -russia")) == sorted(
        [chemical.pk, biological.pk, both.pk]
    )
    assert found('"chemical weapons" -destruction -russia') == []


def test_punctuation_splits_words_alike_on_both_databases():
    slash, dotted = said("Nuclear security/safety issues.", "The U.S. position on export control.")

    assert found("safety") == [slash.pk]
    assert found('"security safety"') == [slash.pk]
    assert found("U.S. position") == [dotted.pk]


def test_numbers_possessives_and_fields_are_found_as_printed_on_both_databases():
    trained, ratio, russia = said(
        "We trained 10,000 people from 100 states.",
        "INTERPOL\u2019s principle is a 2:1 ratio of law enforcement.",
        "Russia\u2019s biggest priorities were scientists.",
    )

    assert found("10000 people") == [trained.pk]
    assert found("10,000") == [trained.pk]
    assert found("INTERPOL's principle") == [ratio.pk]
    assert found('"2:1 ratio"') == [ratio.pk]
    assert found("Russia's priorities") == [russia.pk]
    assert found('"Russia\u2019s biggest priorities"') == [russia.pk]
    assert found("topic:scientists") == [russia.pk]


def test_drafts_stay_out_when_the_statements_given_are_published_only():
    public = said("Biosecurity in public.")[0]
    draft_panel = make_panel(meeting=make_meeting(status=Status.DRAFT))
    draft = said("Biosecurity in draft.", panel=draft_panel)[0]

    assert found("biosecurity", Statement.objects.published()) == [public.pk]
    assert sorted(found("biosecurity")) == sorted([public.pk, draft.pk])


def test_matching_statements_is_a_queryset_that_composes_with_other_filters():
    speaker = make_person()
    mine, theirs = said("Biosecurity first.", "Biosecurity second.")
    Statement.objects.filter(pk=mine.pk).update(speaker=speaker)

    matches = matching_statements(statements=Statement.objects.all(), query=parse_query("bio"))
    narrowed = matching_statements(
        statements=Statement.objects.filter(speaker=speaker), query=parse_query("biosecurity")
    )

    assert list(matches) == []
    assert list(narrowed) == [mine]
    # Inside a subquery Django renames the table; the match must follow it.
    assert list(Statement.objects.filter(pk__in=narrowed.values("pk"))) == [mine]
    assert theirs not in narrowed


def test_an_empty_query_finds_nothing():
    said("Anything at all.")

    assert found("the") == []
    assert (
        list(matching_statements(statements=Statement.objects.all(), query=parse_query(""))) == []
    )


# Ranking


def test_more_occurrences_in_a_shorter_statement_rank_first():
    once_long, thrice_short, absent, once_short = said(
        "Biosecurity came up once in a long statement about funding, partners, reporting, "
        "timelines, audits, procurement and many other matters of administration.",
        "Biosecurity, biosecurity and again biosecurity.",
        "Nothing relevant here.",
        "Biosecurity matters.",
    )

    assert found("biosecurity") == [thrice_short.pk, once_short.pk, once_long.pk]
    assert absent.pk not in found("biosecurity")


def test_a_statement_with_both_alternatives_outranks_one_with_either():
    chemical, both, biological = said(
        "Chemical threats are discussed here at some length today.",
        "Chemical and biological threats are discussed here today.",
        "Biological threats are discussed here at some length today.",
    )

    assert found("chemical OR biological")[0] == both.pk
    assert sorted(found("chemical OR biological")[1:]) == sorted([chemical.pk, biological.pk])


def test_orders_by_meeting_date_when_asked():
    old = said("Biosecurity then.", panel=make_panel(meeting=make_meeting(date="2010-05-01")))[0]
    new = said("Biosecurity now.", panel=make_panel(meeting=make_meeting(date="2020-05-01")))[0]
    query = parse_query("biosecurity")
    statements = Statement.objects.all()

    newest = search_statements(statements=statements, query=query, order=SearchOrder.NEWEST)
    oldest = search_statements(statements=statements, query=query, order=SearchOrder.OLDEST)

    assert newest.ids == [new.pk, old.pk]
    assert oldest.ids == [old.pk, new.pk]


def test_many_matches_rank_only_the_newest_candidates_and_say_so():
    panel = make_panel()
    rows = Statement.objects.bulk_create(
        Statement(panel=panel, position=n, text=f"Security point {n}.") for n in range(1, 31)
    )
    query = parse_query("security")

    capped = search_statements(statements=Statement.objects.all(), query=query, cap=10)
    complete = search_statements(statements=Statement.objects.all(), query=query, cap=30)

    assert capped.capped and len(capped) == 10
    assert set(capped.ids) == {row.pk for row in rows[-10:]}
    assert not complete.capped and len(complete) == 30


# Marking the matches


def test_matches_are_marked_and_everything_else_is_escaped():
    statement = said("<b>Biosecurity</b> & <script>alert('biosecurity')</script> training")[0]

    results = search_statements(
        statements=Statement.objects.all(), query=parse_query("biosecurity train")
    )
    html = str(results[0].marked_text)

    assert results[0].pk == statement.pk
    assert html == (
        "<p>&lt;b&gt;<mark>Biosecurity</mark>&lt;/b&gt; &amp; &lt;script&gt;alert(&#x27;"
        "<mark>biosecurity</mark>&#x27;)&lt;/script&gt; <mark>training</mark></p>"
    )


def test_marks_in_the_text_itself_cannot_open_a_tag():
    said("Biosecurity \ue000<img src=x onerror=alert(1)>\ue001 and \ue001 more \ue000")

    results = search_statements(statements=Statement.objects.all(), query=parse_query("img"))
    html = str(results[0].marked_text)

    assert "<img" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html.replace("<mark>", "").replace("</mark>", "")
    assert html.count("<mark>") == html.count("</mark>")


def test_phrase_marks_follow_the_original_text():
    said("First paragraph about nuclear security/safety.\n\nSecond paragraph, U.S. view.")

    results = search_statements(
        statements=Statement.objects.all(), query=parse_query('"security safety" OR "u s"')
    )
    html = str(results[0].marked_text)

    assert html.startswith("<p>First paragraph about nuclear <mark>security")
    assert "safety</mark>.</p><p>Second paragraph, <mark>U" in html
    assert html.endswith("view.</p>")


# The index follows every way of writing statements


def test_index_follows_save_update_bulk_create_and_delete():
    statement = said("Anthrax samples were shipped.")[0]
    assert found("anthrax") == [statement.pk]

    statement.text = "Smallpox samples were shipped."
    statement.save()
    assert found("anthrax") == []
    assert found("smallpox") == [statement.pk]

    Statement.objects.filter(pk=statement.pk).update(text="Ricin samples were shipped.")
    assert found("smallpox") == []
    assert found("ricin") == [statement.pk]

    panel = make_panel()
    bulk = Statement.objects.bulk_create(
        [Statement(panel=panel, position=n, text=f"Plague case {n}.") for n in (1, 2)]
    )
    assert sorted(found("plague")) == sorted(row.pk for row in bulk)

    statement.delete()
    panel.delete()  # cascades to its statements
    assert found("ricin") == []
    assert found("plague") == []


def test_index_follows_loading_and_correcting_a_meeting_file(tmp_path):
    load_meeting_files(paths=[SHIPPED_RECORD])
    statements = Statement.objects.published()
    interpol = found("insularity", statements)
    assert len(interpol) == 1
    assert found('"centers of excellence"', statements) != []

    data = yaml.safe_load(SHIPPED_RECORD.read_text(encoding="utf-8"))
    statement = data["panels"][1]["statements"][-1]
    statement["text"] = statement["text"] + " Zoonotic spillover deserves attention."
    corrected = tmp_path / "corrected.yaml"
    corrected.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    load_meeting_files(paths=[corrected])

    assert len(found("zoonotic", statements)) == 1
    assert found("insularity", statements) == interpol


def test_index_follows_an_edit_in_the_admin(client):
    client.force_login(User.objects.create_superuser("admin", "a@example.org", "pw-long-enough"))
    statement = said("Anthrax was discussed.")[0]

    response = client.post(
        reverse("admin:minutes_statement_change", args=[statement.pk]),
        {
            "panel": statement.panel_id,
            "position": statement.position,
            "speaker": statement.speaker_id,
            "kind": statement.kind,
            "text": "Tularemia was discussed.",
        },
    )

    assert response.status_code == 302
    assert found("anthrax") == []
    assert found("tularemia") == [statement.pk]


# Search by name


def test_people_organisations_and_meetings_are_found_by_name():
    person = make_person(name="Anthony Thomas", sort_name="Thomas, Anthony")
    make_person(name="Thomas Anthony Jr")
    interpol = make_organisation(name="International Criminal Police Organization")
    OrganisationAlias.objects.create(organisation=interpol, name="INTERPOL")
    who = make_organisation(name="World Health Organization", abbreviation="WHO")
    meeting = make_meeting(
        title="Panel discussions on biosecurity", location="Washington, DC", host=interpol
    )
    draft = make_meeting(title="Biosecurity draft", status=Status.DRAFT, host=who)
    make_attendance(meeting=meeting, person=person)
    hidden = make_person(name="Anthony Thomas the Draft")  # named by the draft alone
    make_attendance(meeting=draft, person=hidden)
    make_meeting(host=who)  # public

    assert list(matching_people(query=parse_query('"anthony thomas"'))) == [person]
    assert list(matching_people(query=parse_query("draft"))) == []
    hidden_org = make_organisation(name="Hidden Organization")
    make_meeting(status=Status.DRAFT, host=hidden_org)
    assert list(matching_organisations(query=parse_query("hidden"))) == []
    assert list(matching_organisations(query=parse_query("interpol"))) == [interpol]
    assert list(matching_organisations(query=parse_query("organization -health"))) == [interpol]
    published = matching_meetings(
        query=parse_query("biosecurity"), meetings=Meeting.objects.published()
    )
    assert list(published) == [meeting]
    assert draft not in published
