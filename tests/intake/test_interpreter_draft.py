"""The interpreter end to end: golden drafts for every shape, the seed against the record."""

import os
import re
from pathlib import Path

import pytest
import yaml

from intake.interpreter import draft_from_document
from intake.meeting_file import load_parsed, parse_text
from intake.meeting_file.export import dump_yaml
from intake.readers.blocks import DocumentError
from minutes.models import Meeting, Statement
from tests.conftest import SHIPPED_RECORD
from tests.factories import make_organisation, make_person, make_theme
from tests.intake.blocks import document, heading, paragraph, text_document
from tests.intake.documents import seed_path

pytestmark = pytest.mark.django_db

GOLDEN = Path(__file__).parent / "golden"
SAMPLES = ["transcript", "single_speaker", "profiles"]


def draft_of(name: str, **options):
    path = GOLDEN / f"{name}.txt"
    return draft_from_document(
        document=text_document(path.read_text("utf-8"), path.name), **options
    )


def golden(path: Path, produced: str) -> str:
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(produced, encoding="utf-8")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", SAMPLES)
def test_each_shape_gives_its_golden_draft(name):
    produced = dump_yaml(draft_of(name, themes=[]).data)
    assert produced == golden(GOLDEN / f"{name}.yaml", produced)


@pytest.mark.parametrize("name", SAMPLES)
def test_each_golden_draft_is_a_loadable_meeting_file(name):
    parsed = parse_text(dump_yaml(draft_of(name).data), source=name)
    assert parsed.problems == []
    report = load_parsed(files=[parsed])
    meeting = Meeting.objects.get(slug=report.meetings[0])
    assert meeting.status == "draft"
    assert Statement.objects.filter(panel__meeting=meeting).count() == sum(
        len(panel["statements"]) for panel in parsed.data["panels"]
    )


def outline(data: dict) -> list:
    """Panels, line-ups with talk titles, and statements (speaker, text), in order."""
    return [
        (
            panel["title"],
            [(p["person"], p.get("title", "")) for p in panel["panelists"]],
            [(s["speaker"], s["text"]) for s in panel["statements"]],
        )
        for panel in data["panels"]
    ]


SEED = seed_path()


def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"the seed minutes are not at {SEED} (set GP_SEEDS_DIR)")
    return SEED.read_text(encoding="utf-8")


def test_the_seed_gives_the_shipped_record_in_panels_speakers_order_and_texts():
    draft = draft_from_document(document=text_document(seed_text(), SEED.name)).data
    record = yaml.safe_load(SHIPPED_RECORD.read_text(encoding="utf-8"))
    assert outline(draft) == outline(record)
    assert draft["meeting"]["date"] == "2012-01-26"
    assert draft["meeting"]["location"] == "Washington, DC"
    assert draft["meeting"]["slug"] == record["meeting"]["slug"]
    assert draft["meeting"]["title"] == record["meeting"]["title"]
    biographies = {p["key"]: p.get("biography") for p in record["people"]}
    assert {p["key"]: p.get("biography") for p in draft["people"]} == biographies
    assert {p["key"]: p.get("honorific", "") for p in draft["people"]} == {
        p["key"]: p.get("honorific", "") for p in record["people"]
    }


def test_the_seed_with_crlf_or_without_blank_lines_reads_the_same():
    text = seed_text()
    record = outline(yaml.safe_load(SHIPPED_RECORD.read_text(encoding="utf-8")))
    crlf = draft_from_document(document=text_document(text.replace("\n", "\r\n")), themes=[])
    assert outline(crlf.data) == record
    # Without blank lines a list stays together line by line: joined by one newline, not two.
    packed = text_document(re.sub(r"\n\s*\n", "\n", text))
    assert outline(draft_from_document(document=packed, themes=[]).data) == [
        (title, line_up, [(who, said.replace("\n\n", "\n")) for who, said in statements])
        for title, line_up, statements in record
    ]


def test_the_seed_with_the_record_loaded_resolves_organisations_and_host(shipped_meeting):
    draft = draft_from_document(document=text_document(seed_text(), SEED.name)).data
    assert draft["meeting"]["host"] == "us-department-of-state"
    assert draft["people"] == []  # everyone is already recorded: referred to, not re-created
    nergard = draft["panels"][0]["panelists"][2]
    assert nergard["organisation"] == "norwegian-ministry-of-foreign-affairs"
    assert any("a meeting 'gp-2012-01-26' is already recorded" in n for n in draft["review"])


def test_every_statement_says_where_it_was_read_and_notes_name_both_places():
    draft = draft_of("transcript", themes=[])
    statements = draft.data["panels"][0]["statements"]
    assert [s["source"] for s in statements[:2]] == ["line 24", "line 26"]
    chair = next(n for n in draft.notes if "read as Jane Doe" in n.text)
    assert chair.at == "panels[0].statements[11].speaker"
    assert str(chair.place) == "line 52"
    assert str(chair) in draft.data["review"]
    assert str(chair).startswith("panels[0].statements[11].speaker (line 52): 'THE CHAIRMAN'")


def test_dropped_furniture_is_listed_for_review():
    review = draft_of("transcript", themes=[]).data["review"]
    not_copied = next(n for n in review if n.startswith("(not copied)"))
    assert "'Skip to main content'" in not_copied and "'Back to top'" in not_copied


def test_the_source_url_the_document_names_is_the_meetings():
    doc = document("Board meeting", "1 June 2020", "Ms. Ann Lee: We start.")
    doc.source_url = "https://example.org/minutes/1"
    draft = draft_from_document(document=doc, themes=[])
    assert draft.data["meeting"]["source_url"] == "https://example.org/minutes/1"


def test_statements_are_pretagged_from_theme_keywords():
    make_theme(slug="chemical-safety", name="Chemical safety", keywords="chemical stores, signage")
    draft = draft_of("transcript").data
    tagged = [s for s in draft["panels"][0]["statements"] if s["themes"]]
    assert {s["themes"][0] for s in tagged} == {"chemical-safety"}
    assert any("suggested from theme keywords" in note for note in draft["review"])


def test_a_recorded_person_is_referred_to_and_the_biography_kept_for_the_meeting():
    make_person(slug="kwame-mensah-boateng", name="Kwame Mensah-Boateng", biography="Older text.")
    make_organisation(name="Korle Bu Teaching Hospital", slug="korle-bu")
    draft = draft_of("profiles", themes=[]).data
    assert "kwame-mensah-boateng" not in {p["key"] for p in draft["people"]}
    place = draft["panels"][0]["panelists"][0]
    assert place["organisation"] == "korle-bu"
    assert place["role"] == "Head of Radiation Protection"
    assert place["biography"].startswith("Dr. Mensah-Boateng is the Head")


def test_headings_divide_the_record_and_are_never_statements():
    doc = document(
        heading("Minutes"),
        "Board meeting, 1 June 2020",
        heading("1. Call to order", level=2),
        "The Chair welcomed the members.",
        heading("2. Budget", level=2),
        "The budget was approved.",
    )
    data = draft_from_document(document=doc, themes=[]).data
    assert [(p["title"], [s["text"] for s in p["statements"]]) for p in data["panels"]] == [
        ("1. Call to order", ["The Chair welcomed the members."]),
        ("2. Budget", ["The budget was approved."]),
    ]
    assert all(s["speaker"] is None and s["kind"] == "narrative"
               for p in data["panels"] for s in p["statements"])  # fmt: skip


@pytest.mark.parametrize(
    "blocks, message",
    [
        ((), "no minutes found"),
        (("Back to Top", "printable banner"), "no minutes found"),
        (("A Title", "Mr. Doe: Hello there, everyone."), "no meeting date found"),
    ],
)
def test_a_document_that_cannot_be_a_draft_gets_a_clear_error(blocks, message):
    with pytest.raises(DocumentError) as raised:
        draft_from_document(document=document(*blocks, name="minutes.txt"), themes=[])
    assert message in str(raised.value)
    assert str(raised.value).startswith("minutes.txt: ")


def test_no_date_error_says_where_it_looked():
    doc = document("A Title", paragraph("Mr. Doe: Hello there, everyone.", line=7))
    with pytest.raises(DocumentError, match=r"line 1 to line 7"):
        draft_from_document(document=doc, themes=[])


@pytest.mark.django_db
def test_the_pages_own_stamps_tell_how_its_numeric_dates_are_written():
    # 'Mar 6, 2024' is set aside as the page's stamp, yet says 03/05/2024 is 5 March.
    text = (
        "# Neighbourhood watch\n\n_Edited by mdelgado on Mar 6, 2024_\n\n"
        "## Monthly Meeting (03/05/2024)\n\nAnn Lee: Welcome.\n"
    )
    doc = text_document(text, name="notes.md")
    assert draft_from_document(document=doc, themes=[]).data["meeting"]["date"] == "2024-03-05"
