"""Property tests: any blocks into the interpreter, any structure into the loader — a valid
draft or a clear error, never a traceback, never a partial write."""

import json
import os

import pytest
import yaml
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document
from intake.meeting_file import MeetingFileError, load_parsed, parse_text
from intake.meeting_file.export import dump_yaml
from intake.readers.blocks import Block, BlockKind, Document, DocumentError, Place
from minutes.models import Attendance, Meeting, Panel, Panelist, Statement, Theme
from people.models import Membership, Organisation, Person

pytestmark = pytest.mark.django_db

PROPERTY_SETTINGS = settings(
    max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MODELS = (Organisation, Person, Membership, Theme, Meeting, Panel, Panelist, Statement, Attendance)

# Lines of the kinds minutes are made of, to mix with arbitrary text.
LINES = [
    "Panel 1",
    "Session 2: Next steps",
    "Minutes of the Meeting",
    "January 26, 2012",
    "Date: Thursday, March 7, 2013, from 10 a.m. to 11:30 a.m.",
    "Washington, DC",
    "Members present:",
    "Present: Ms. Ann Lee (Chair), Mr. Bo Park",
    "Mr. John Doe, Chairman",
    "DFO: Jane Roe, Director",
    "Agenda items: (1) Opening; (2) Closing.",
    "MR. TILLEMANN: Thank you.",
    "Chairman Jane Doe: We begin.",
    "Ms. Doe: Agreed.",
    "alice: +1",
    "Q14 The Chair: Why?",
    "Dr. Khammar Mrabit",
    "Bonnie Jenkins\nWelcome Address",
    "Mr. Mallin is currently serving as the Director of Planning at the Office of Examples.",
    "To address the issues, our resources are as following:",
    "1. Bioterrorism unit",
    "(Laughter.)",
    "QUESTION: Why?",
    "Back to Top",
    "printable banner",
    "the third day of March, two thousand and fifteen",
    "Held at the Town Hall, Leeds.",
    "Dupré said \u201cyes\u201d \u2014 then no.",
]
printable = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=120)
text = st.one_of(st.sampled_from(LINES), st.sampled_from(LINES), printable)
block = st.builds(
    lambda kind, text, level, bold: Block(
        kind=kind,
        text=text,
        place=Place(paragraph=1),
        level=level if kind in (BlockKind.HEADING, BlockKind.LIST_ITEM) else 0,
        bold_lead=text if bold else "",
        bold=bold,
        cells=tuple(text.split(" | ")) if kind is BlockKind.TABLE_ROW else (),
    ),
    st.sampled_from(list(BlockKind)),
    text,
    st.integers(1, 6),
    st.booleans(),
)
# Half the time a title and a date on top, so that most documents get as far as a draft.
top = st.sampled_from([[], ["Meeting of the Board", "January 5, 2012"], ["Date: 3 June 2015"]])
documents = st.builds(
    lambda head, blocks, title: Document(
        name="minutes.txt",
        format="text",
        blocks=[Block(BlockKind.PARAGRAPH, t, Place(line=1)) for t in head] + blocks,
        title=title,
    ),
    top,
    st.lists(block, max_size=30),
    st.one_of(st.just(""), printable),
)


def row_counts() -> dict:
    return {model.__name__: model.objects.count() for model in MODELS}


@PROPERTY_SETTINGS
@given(document=documents)
def test_any_blocks_give_a_loadable_draft_or_a_clear_error(document):
    try:
        draft = draft_from_document(
            document=document, themes=[], people=KnownPeople(), organisations=KnownOrganisations()
        )
    except DocumentError as error:
        assert str(error).startswith("minutes.txt: ")
        return
    parsed = parse_text(dump_yaml(draft.data), source="draft.yaml")
    assert parsed.problems == []
    assert all(note.at and str(note) in draft.data["review"] for note in draft.notes)
    with transaction.atomic():
        report = load_parsed(files=[parsed])
        assert Meeting.objects.get(slug=report.meetings[0]).status == "draft"
        transaction.set_rollback(True)


key = st.from_regex(r"\A[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}\Z")
maybe_key = st.one_of(key, st.none(), st.text(max_size=10), st.integers())
short_text = st.one_of(st.text(max_size=30), st.integers(), st.none())
statement = st.fixed_dictionaries(
    {"text": short_text},
    optional={
        "speaker": maybe_key,
        "kind": st.sampled_from(["remark", "question", "x"]),
        "themes": st.lists(maybe_key, max_size=3),
    },
)
panel = st.fixed_dictionaries(
    {"title": short_text},
    optional={
        "position": st.one_of(st.integers(-2, 40000), st.text(max_size=3)),
        "moderator": maybe_key,
        "panelists": st.lists(
            st.fixed_dictionaries(
                {"person": maybe_key},
                optional={"organisation": maybe_key, "role": short_text, "title": short_text},
            ),
            max_size=3,
        ),
        "statements": st.lists(statement, max_size=4),
    },
)
structure = st.fixed_dictionaries(
    {
        "format": st.sampled_from(["gp-meeting/1", "gp-meeting/2"]),
        "meeting": st.fixed_dictionaries(
            {
                "slug": maybe_key,
                "title": short_text,
                "date": st.one_of(
                    st.sampled_from(["2012-01-26", "2012-02-30", "26/01/2012"]), st.dates().map(str)
                ),
            },
            optional={
                "host": maybe_key,
                "status": st.sampled_from(["draft", "published", "x"]),
                "summary": short_text,
            },
        ),
        "panels": st.lists(panel, max_size=3),
    },
    optional={
        "people": st.lists(
            st.fixed_dictionaries(
                {"key": maybe_key, "name": short_text},
                optional={
                    "memberships": st.lists(
                        st.fixed_dictionaries(
                            {"organisation": maybe_key},
                            optional={
                                "start_date": st.one_of(st.none(), st.dates().map(str)),
                                "end_date": st.one_of(st.none(), st.dates().map(str)),
                            },
                        ),
                        max_size=2,
                    )
                },
            ),
            max_size=4,
        ),
        "organisations": st.lists(
            st.fixed_dictionaries(
                {"key": maybe_key, "name": short_text}, optional={"parent": maybe_key}
            ),
            max_size=4,
        ),
        "themes": st.lists(
            st.fixed_dictionaries(
                {"key": maybe_key, "name": short_text},
                optional={"parent": maybe_key, "keywords": st.lists(short_text, max_size=3)},
            ),
            max_size=3,
        ),
        "attendees": st.lists(
            st.fixed_dictionaries({"person": maybe_key}, optional={"role": short_text}), max_size=3
        ),
        "review": st.lists(st.text(max_size=20), max_size=2),
    },
)


# Files whose keys mostly refer to what they define, so that many of them load.
people_key = st.sampled_from(["ann", "bob", "ann", "bob", "nobody"])
consistent = st.fixed_dictionaries(
    {
        "format": st.just("gp-meeting/1"),
        "meeting": st.fixed_dictionaries(
            {"slug": key, "title": st.text(min_size=1, max_size=30), "date": st.dates().map(str)},
            optional={"status": st.sampled_from(["draft", "published"]), "summary": st.text()},
        ),
        "people": st.just([{"key": "ann", "name": "Ann"}, {"key": "bob", "name": "Bob"}]),
        "panels": st.lists(
            st.fixed_dictionaries(
                {"title": st.text(min_size=1, max_size=30)},
                optional={
                    "panelists": st.lists(
                        st.fixed_dictionaries({"person": people_key}), max_size=3
                    ),
                    "statements": st.lists(
                        st.fixed_dictionaries(
                            {"text": st.text(max_size=40)},
                            optional={"speaker": st.one_of(people_key, st.none())},
                        ),
                        max_size=4,
                    ),
                },
            ),
            max_size=3,
        ),
    },
    optional={"attendees": st.lists(st.fixed_dictionaries({"person": people_key}), max_size=2)},
)


@PROPERTY_SETTINGS
@given(data=st.one_of(structure, consistent), as_json=st.booleans())
def test_any_structure_loads_or_is_refused_whole(data, as_json):
    text = yaml.safe_dump(data, allow_unicode=True) if not as_json else json.dumps(data)
    parsed = parse_text(text, source="m.yaml")
    before = row_counts()
    with transaction.atomic():
        try:
            load_parsed(files=[parsed])
        except MeetingFileError as error:
            assert parsed.problems and error.problems == parsed.problems
            assert all(problem.startswith("m.yaml: ") for problem in error.problems)
            assert row_counts() == before
        else:
            assert parsed.problems == []
        transaction.set_rollback(True)


@PROPERTY_SETTINGS
@given(text=st.text(max_size=500))
def test_any_text_as_a_meeting_file_is_refused_with_its_place(text):
    parsed = parse_text(text, source="m.yaml")
    before = row_counts()
    if parsed.problems:
        with pytest.raises(MeetingFileError):
            load_parsed(files=[parsed])
        assert row_counts() == before
