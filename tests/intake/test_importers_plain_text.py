"""The plain-text minutes importer: golden files for every shape, the seed against the record."""

import os
import re
from pathlib import Path

import pytest
import yaml

from intake.importers.plain_text import MinutesImportError, draft_from_text
from intake.importers.plain_text.furniture import drop_furniture
from intake.importers.plain_text.paragraphs import split
from intake.importers.plain_text.shapes import panel_heading
from intake.meeting_file import load_parsed, parse_text
from intake.meeting_file.export import dump_yaml
from minutes.models import Meeting, Statement
from tests.conftest import SEED, SHIPPED_RECORD
from tests.factories import make_organisation, make_person, make_theme

pytestmark = pytest.mark.django_db

GOLDEN = Path(__file__).parent / "golden"
SAMPLES = ["transcript", "single_speaker", "profiles"]


def draft_of(name: str, **options) -> dict:
    path = GOLDEN / f"{name}.txt"
    return draft_from_text(text=path.read_text(encoding="utf-8"), source=path.name, **options)


@pytest.mark.parametrize("name", SAMPLES)
def test_each_shape_gives_its_golden_draft(name):
    expected_path = GOLDEN / f"{name}.yaml"
    produced = dump_yaml(draft_of(name, themes=[]))
    if os.environ.get("GOLDEN_UPDATE"):
        expected_path.write_text(produced, encoding="utf-8")
    assert produced == expected_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", SAMPLES)
def test_each_golden_draft_is_a_loadable_meeting_file(name):
    parsed = parse_text(dump_yaml(draft_of(name)), source=name)
    assert parsed.problems == []
    report = load_parsed(files=[parsed])
    meeting = Meeting.objects.get(slug=report.meetings[0])
    assert meeting.status == "draft"
    assert Statement.objects.filter(panel__meeting=meeting).count() == sum(
        len(panel["statements"]) for panel in parsed.data["panels"]
    )


def places(draft: dict) -> list[str]:
    """Every piece of text the draft holds, one entry per place a paragraph can go."""
    texts = [draft["meeting"]["title"], draft["meeting"]["location"]]
    texts += draft["meeting"]["summary"].split("\n\n") if draft["meeting"]["summary"] else []
    texts += [p.get("biography", "") for p in draft["people"]]
    for panel in draft["panels"]:
        texts += [p.get("biography", "") for p in panel["panelists"]]
        texts += [p.get(name, "") for p in panel["panelists"] for name in ("title", "role")]
        for statement in panel["statements"]:
            texts += re.split(r"\n+", statement["text"])
    return [text for text in texts if text]


@pytest.mark.parametrize("name", [*SAMPLES, "seed"])
def test_every_prose_paragraph_lands_verbatim_in_exactly_one_place(name):
    if name == "seed":
        if not SEED.exists():
            pytest.skip(f"the seed minutes are not at {SEED}")
        text = SEED.read_text(encoding="utf-8")
    else:
        text = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    draft = draft_from_text(text=text, themes=[])
    found = places(draft)
    kept, _ = drop_furniture(split(text, source=name))
    for para in kept:
        speech = re.sub(r"^[^:]{1,80}:\s+(?=\S)", "", para.text)
        if panel_heading(para.text) or (
            len(para.text.split()) < 6 and not para.text.endswith((".", "?"))
        ):
            continue  # headings, names and header lines: the golden files pin where they go
        assert found.count(para.text) + (found.count(speech) if speech != para.text else 0) == 1, (
            para.text
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


def test_the_seed_gives_the_shipped_record_in_panels_speakers_order_and_texts():
    if not SEED.exists():
        pytest.skip(f"the seed minutes are not at {SEED}")
    draft = draft_from_text(text=SEED.read_text(encoding="utf-8"), source=SEED.name)
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


def test_the_seed_pasted_without_blank_lines_or_with_crlf_reads_the_same():
    if not SEED.exists():
        pytest.skip(f"the seed minutes are not at {SEED}")
    text = SEED.read_text(encoding="utf-8")
    record = outline(yaml.safe_load(SHIPPED_RECORD.read_text(encoding="utf-8")))
    crlf = draft_from_text(text=text.replace("\n", "\r\n"), themes=[])
    assert outline(crlf) == record
    # Without blank lines a list stays together line by line: joined by one newline, not two.
    packed = draft_from_text(text=re.sub(r"\n\s*\n", "\n", text), themes=[])
    assert outline(packed) == [
        (title, line_up, [(who, said.replace("\n\n", "\n")) for who, said in statements])
        for title, line_up, statements in record
    ]


def test_the_seed_with_the_record_loaded_resolves_organisations_and_host(shipped_meeting):
    if not SEED.exists():
        pytest.skip(f"the seed minutes are not at {SEED}")
    draft = draft_from_text(text=SEED.read_text(encoding="utf-8"), source=SEED.name)
    assert draft["meeting"]["host"] == "us-department-of-state"
    assert draft["people"] == []  # everyone is already recorded: referred to, not re-created
    nergard = draft["panels"][0]["panelists"][2]
    assert nergard["organisation"] == "norwegian-ministry-of-foreign-affairs"
    assert any(
        "meeting.slug: a meeting 'gp-2012-01-26' is already recorded" in n for n in draft["review"]
    )
    assert any(
        n.startswith("panels[0].panelists[2].organisation: read as") for n in draft["review"]
    )


def test_labels_resolve_short_forms_and_keep_role_words_as_roles():
    draft = draft_of("transcript", themes=[])
    names = {p["key"]: p["name"] for p in draft["people"]}
    assert names["jane-doe"] == "Jane Doe"  # 'Chairman Jane Doe:', 'Ms. Doe:', 'THE CHAIRMAN:'
    assert names["tomicah-tillemann"] == "Tomicah Tillemann"  # and 'MR. TILLEMANN:'
    assert "chairman-jane-doe" not in names and "tillemann" not in names
    line_up = {p["person"]: p.get("role", "") for p in draft["panels"][0]["panelists"]}
    assert line_up == {
        "jane-doe": "Chairman",
        "john-q-public": "Commissioner",
        "tomicah-tillemann": "",
    }
    speakers = [s["speaker"] for s in draft["panels"][0]["statements"]]
    assert speakers.count("jane-doe") == 4 and speakers.count("tomicah-tillemann") == 4


HEARING = """Hearing on Port Security
Washington, D.C.
Tuesday, April 2, 2019

MODERATOR:
Welcome, everyone. We have two witnesses today.

Senator Maria Alvarez:
Thank you. I will be brief.

Ports are where the risk concentrates.

SENATOR ALVAREZ: One more point: inspections must be random.

MODERATOR: Thank you, Senator.
"""


def test_labels_alone_on_their_line_and_unnamed_speakers_marked_for_review():
    draft = draft_from_text(text=HEARING, themes=[])
    assert draft["meeting"]["location"] == "Washington, D.C."
    assert draft["meeting"]["summary"] == ""
    statements = draft["panels"][0]["statements"]
    assert [(s["speaker"], s["kind"]) for s in statements] == [
        (None, "remark"),
        ("maria-alvarez", "remark"),
        ("maria-alvarez", "remark"),
        ("maria-alvarez", "remark"),
        (None, "remark"),
    ]
    assert statements[3]["text"] == "One more point: inspections must be random."
    unnamed = [n for n in draft["review"] if "spoken by 'MODERATOR', who is not named" in n]
    assert [n.split(":")[0] for n in unnamed] == [
        "panels[0].statements[0].speaker",
        "panels[0].statements[4].speaker",
    ]
    assert draft["panels"][0]["panelists"] == [{"person": "maria-alvarez", "role": "Senator"}]


@pytest.mark.parametrize(
    "top, title, talk",
    [
        (
            "Remarks by Under Secretary Ana Ruiz at the Nonproliferation Forum\nOslo, Norway",
            "Remarks by Under Secretary Ana Ruiz at the Nonproliferation Forum",
            None,
        ),
        (
            "Opening Statement of Under Secretary Ana Ruiz\nHearing on Port Security",
            "Hearing on Port Security",
            "Opening Statement of Under Secretary Ana Ruiz",
        ),
    ],
)
def test_a_byline_names_the_single_speaker(top, title, talk):
    draft = draft_from_text(text=f"{top}\nJune 4, 2018\n\nGood morning.\n\nWe begin.\n")
    assert draft["meeting"]["title"] == title
    assert draft["panels"][0]["panelists"] == [
        {"person": "ana-ruiz", **({"title": talk} if talk else {}), "role": "Under Secretary"}
    ]
    assert [s["speaker"] for s in draft["panels"][0]["statements"]] == ["ana-ruiz", "ana-ruiz"]


def test_header_blocks_are_never_speakers():
    draft = draft_of("transcript", themes=[])
    keys = {p["key"] for p in draft["people"]}
    assert not keys & {"date", "dfo", "agenda-items", "members-present", "location"}
    assert draft["meeting"]["date"] == "2013-03-07"
    assert draft["meeting"]["summary"].count("Agenda items: (1) Opening") == 1
    roe = next(a for a in draft["attendees"] if a["person"] == "jane-roe")
    assert roe["role"] == "DFO, Director"


def test_the_date_is_the_meetings_own_not_one_in_passing():
    text = (
        "Meeting of the Example Board\n\n12 May 2016\n\n"
        "Mr. Alan Smith: In March 2014 we decided this; on June 1, 2015 we did it again.\n"
    )
    assert draft_from_text(text=text, themes=[])["meeting"]["date"] == "2016-05-12"


def test_a_title_place_and_date_above_the_document_label_are_the_meetings_own():
    heading = "Spring Review of the Partnership\n\nVienna, Austria\n14 March 2013\n\n"
    body = "Minutes of the Meeting\n\nPanel 1\n\nMs. Ann Lee: Training lasts.\n"
    meeting = draft_from_text(text=heading + body, themes=[])["meeting"]
    assert (meeting["title"], meeting["location"], meeting["date"]) == (
        "Spring Review of the Partnership",
        "Vienna, Austria",
        "2013-03-14",
    )
    # A site's masthead above the label stays out when the document dates itself below it.
    masthead = "Ministry of Examples\n\nVienna, Austria\n14 March 2013\n\n"
    dated = "Minutes of the Meeting\n\nSpring Review of the Partnership\n\n14 March 2013\n\n"
    text = masthead + dated + "Panel 1\n\nMs. Ann Lee: Training lasts.\n"
    meeting = draft_from_text(text=text, themes=[])["meeting"]
    assert (meeting["title"], meeting["location"]) == ("Spring Review of the Partnership", "")


def test_a_date_printed_in_the_title_line_is_taken_and_marked_for_review():
    text = (
        "Minutes of the Meeting of the Finance Committee held on 5 March 2019\n\n"
        "Present: Ms. Ann Lee, Chair; Mr. Bo Park\n\n"
        "Ms. Lee: The accounts for 2018, closed on 31 December 2018, are approved.\n"
    )
    draft = draft_from_text(text=text, themes=[])
    assert draft["meeting"]["date"] == "2019-03-05"
    assert draft["meeting"]["title"].startswith("Minutes of the Meeting of the Finance")
    assert any(note.startswith("meeting.date: read from line 1") for note in draft["review"])
    assert [(a["person"], a.get("role"), a["group"]) for a in draft["attendees"]] == [
        ("ann-lee", "Chair", "Present"),
        ("bo-park", None, "Present"),
    ]
    assert draft["panels"][0]["statements"][0]["speaker"] == "ann-lee"


@pytest.mark.parametrize(
    "present",
    [
        "Present: Ms. Ann Lee (Chair), Mr. Bo Park",
        "Present: Ms. Ann Lee, Chair; Mr. Bo Park",
        "Present:\nMs. Ann Lee, Chair\nMr. Bo Park",
    ],
)
def test_lists_of_those_present_in_their_usual_forms(present):
    text = f"Board meeting\n\n1 June 2020\n\n{present}\n\nMs. Lee: We start.\n"
    draft = draft_from_text(text=text, themes=[])
    assert [(a["person"], a.get("role")) for a in draft["attendees"]] == [
        ("ann-lee", "Chair"),
        ("bo-park", None),
    ]
    assert draft["meeting"]["summary"] == ""


def test_a_list_of_present_that_is_not_all_names_goes_to_the_summary_whole():
    text = "Board meeting\n\n1 June 2020\n\nPresent: all members but two\n\nMs. Lee: Go.\n"
    draft = draft_from_text(text=text, themes=[])
    assert draft["attendees"] == []
    assert draft["meeting"]["summary"] == "Present: all members but two"


def test_diacritics_curly_quotes_and_dashes_survive():
    draft = draft_of("single_speaker", themes=[])
    assert draft["people"][0]["name"] == "Hélène Marchetti"
    texts = " ".join(s["text"] for s in draft["panels"][0]["statements"])
    assert "“the best project is the one nobody remembers we paid for.”" in texts
    assert "they still do — but" in texts


def test_statements_are_pretagged_from_theme_keywords():
    make_theme(slug="chemical-safety", name="Chemical safety", keywords="chemical stores, signage")
    draft = draft_of("transcript")
    tagged = [s for s in draft["panels"][0]["statements"] if s["themes"]]
    assert {s["themes"][0] for s in tagged} == {"chemical-safety"}
    assert any("suggested from theme keywords" in note for note in draft["review"])


def test_a_recorded_person_is_referred_to_and_the_biography_kept_for_the_meeting():
    make_person(slug="kwame-mensah-boateng", name="Kwame Mensah-Boateng", biography="Older text.")
    make_organisation(name="Korle Bu Teaching Hospital", slug="korle-bu")
    draft = draft_of("profiles", themes=[])
    assert "kwame-mensah-boateng" not in {p["key"] for p in draft["people"]}
    place = draft["panels"][0]["panelists"][0]
    assert place["organisation"] == "korle-bu"
    assert place["role"] == "Head of Radiation Protection"
    assert place["biography"].startswith("Dr. Mensah-Boateng is the Head")


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "no minutes found"),
        ("Back to Top\n\nprintable banner\n", "no minutes found"),
        ("A Title\n\nMr. Doe: Hello there, everyone.\n", "no meeting date found"),
        ("Title\n\nJanuary 5, 2012\n\nText \x00 here.\n", "line 5: a control character (U+0000)"),
    ],
)
def test_text_that_cannot_be_a_draft_gets_a_clear_error(text, message):
    with pytest.raises(MinutesImportError) as raised:
        draft_from_text(text=text, source="minutes.txt")
    assert message in str(raised.value)
    assert str(raised.value).startswith("minutes.txt: ")
