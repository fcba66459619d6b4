"""Citing one statement: plain text, BibTeX and CSL-JSON."""

import datetime
import json

import pytest

from minutes.models import Statement, StatementKind
from minutes.presentation.citations import (
    bibtex,
    bibtex_key,
    cite,
    csl_item,
    csl_json,
    excerpt,
    plain_text,
)
from tests.factories import make_meeting, make_panel, make_person, make_statement

URL = "https://records.example.org/statements/42/"


@pytest.fixture
def statement(db):
    meeting = make_meeting(
        slug="gp-2012-01-26",
        title="Panel Discussions on the Global Partnership",
        date=datetime.date(2012, 1, 26),
        location="Washington, DC",
        source_url="http://www.state.gov/t/isn/gp2013/mtg/panel/184313.htm",
    )
    panel = make_panel(meeting=meeting, position=1, title="Panel 1")
    make_statement(panel=panel)
    make_statement(panel=panel)
    speaker = make_person(name="Monte Mallin", sort_name="Mallin, Monte")
    return make_statement(
        panel=panel,
        speaker=speaker,
        text="The GP has   been a success. It has helped\nsecure materials in more than "
        "twenty countries since 2002.",
        kind=StatementKind.REMARK,
    )


def loaded(statement):
    """The statement as a page fetches it, so that citing it makes no query."""
    return Statement.objects.select_related("panel__meeting", "speaker").get(pk=statement.pk)


def test_excerpt_is_the_first_twelve_words_with_spacing_tidied(statement):
    assert excerpt(statement=statement) == (
        "The GP has been a success. It has helped secure materials in…"
    )


def test_plain_text(statement):
    assert plain_text(statement=statement, url=URL) == (
        "Mallin, Monte. “The GP has been a success. It has helped secure materials in…” "
        "Panel 1, paragraph 3, Panel Discussions on the Global Partnership, Washington, DC, "
        "26 January 2012. GP Records. https://records.example.org/statements/42/"
    )


def test_plain_text_without_speaker_or_place(statement):
    statement.speaker = None
    statement.panel.meeting.location = ""
    text = plain_text(statement=statement, url=URL)
    assert text.startswith("“The GP has been")
    assert "Global Partnership, 26 January 2012. GP Records." in text


def test_bibtex(statement):
    assert bibtex(statement=statement, url=URL) == (
        "@misc{gp-2012-01-26-p1-s3,\n"
        "  author = {Mallin, Monte},\n"
        "  title = {{The GP has been a success. It has helped secure materials in…}},\n"
        "  howpublished = {Panel 1, paragraph 3, Panel Discussions on the Global Partnership},\n"
        "  address = {Washington, DC},\n"
        "  date = {2012-01-26},\n"
        "  year = {2012},\n"
        "  publisher = {GP Records},\n"
        "  url = {https://records.example.org/statements/42/}\n"
        "}"
    )


def test_bibtex_escapes_latex_specials_once_and_keeps_the_url_verbatim(statement):
    statement.text = r"R&D {costs} 50% $1 #2 under_score ~ ^ back\slash"
    entry = bibtex(statement=statement, url="https://x.example/a_b%20c")
    assert (
        r"title = {{R\&D \{costs\} 50\% \$1 \#2 under\_score \textasciitilde{} "
        r"\textasciicircum{} back\textbackslash{}slash}}" in entry
    )
    assert "url = {https://x.example/a_b%20c}" in entry
    # Braces stay balanced, so BibTeX reads the entry to its end.
    unescaped = entry.replace(r"\{", "").replace(r"\}", "")
    assert unescaped.count("{") == unescaped.count("}")


def test_bibtex_key_names_meeting_panel_and_place(statement):
    assert bibtex_key(statement=statement) == "gp-2012-01-26-p1-s3"


def test_csl_item_is_a_speech_with_author_date_event_and_url(statement):
    assert csl_item(statement=statement, url=URL) == {
        "id": "gp-2012-01-26-p1-s3",
        "type": "speech",
        "title": "The GP has been a success. It has helped secure materials in…",
        "genre": "Remark",
        "author": [{"family": "Mallin", "given": "Monte"}],
        "event-title": "Panel Discussions on the Global Partnership",
        "event-place": "Washington, DC",
        "event-date": {"date-parts": [[2012, 1, 26]]},
        "issued": {"date-parts": [[2012, 1, 26]]},
        "section": "Panel 1, paragraph 3",
        "publisher": "GP Records",
        "URL": URL,
        "archive_location": "http://www.state.gov/t/isn/gp2013/mtg/panel/184313.htm",
    }


def test_csl_name_without_sort_name_is_literal(statement):
    statement.speaker.sort_name = ""
    assert csl_item(statement=statement, url=URL)["author"] == [{"literal": "Monte Mallin"}]


def test_csl_json_is_a_list_of_one_item_that_parses(statement):
    document = csl_json(statement=statement, url=URL)
    assert json.loads(document) == [csl_item(statement=statement, url=URL)]
    assert "…" in document  # readable, not \u-escaped
    # One field a line, nested values kept on their key's line.
    assert '    "event-date": {"date-parts": [[2012, 1, 26]]},\n' in document
    assert '    "author": [{"family": "Mallin", "given": "Monte"}],\n' in document
    assert document.startswith("[\n  {\n") and document.endswith("\n  }\n]")


def test_narrative_has_no_author(statement):
    statement.speaker = None
    assert "author" not in csl_item(statement=statement, url=URL)
    assert "author =" not in bibtex(statement=statement, url=URL)


def test_cite_gathers_every_format_without_a_query(statement, django_assert_num_queries):
    statement = loaded(statement)
    with django_assert_num_queries(0):
        citation = cite(statement=statement, url=URL)
    assert citation.text == plain_text(statement=statement, url=URL)
    assert citation.bibtex == bibtex(statement=statement, url=URL)
    assert citation.csl_json == csl_json(statement=statement, url=URL)
