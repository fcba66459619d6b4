"""Action minutes in a table: the item heads a section, the discussion's paragraphs are
narrative, the action cell's and a decision recorded in the discussion are procedural."""

from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document
from intake.readers.blocks import Block, BlockKind, Place
from tests.intake.blocks import document


def row(*cells: str, line: int) -> Block:
    return Block(BlockKind.TABLE_ROW, " | ".join(cells), Place(line=line), cells=cells)


def test_a_decision_in_the_discussion_cell_is_procedural():
    doc = document(
        "Steering Committee",
        "18 February 2020",
        row("Item", "Discussion", "Action", "Owner", "Due", line=3),
        row(
            "1. Budget",
            "MK reported an underspend.\nDecision: the SC approved the reallocation.\n"
            "Action points were discussed at length.",
            "Circulate the schema",
            "MK",
            "\u2013",
            line=4,
        ),
    )
    data = draft_from_document(
        document=doc, themes=[], people=KnownPeople(), organisations=KnownOrganisations(),
        recorded=False,
    ).data  # fmt: skip
    found = [(s["kind"], s["text"]) for p in data["panels"] for s in p["statements"]]
    assert found == [
        ("narrative", "MK reported an underspend."),
        ("procedural", "Decision: the SC approved the reallocation."),
        ("narrative", "Action points were discussed at length."),
        ("procedural", "Circulate the schema"),
    ]
    assert data["panels"][0]["title"] == "1. Budget"


def test_a_meeting_systems_item_grid_gives_its_action_text_and_its_roll_call():
    # Legistar's grid: the record is in 'Action Text'; the roll call is a row of its own.
    header = ("File #", "Agenda #", "Name", "Type", "Action", "Action Text", "Action Details")
    doc = document(
        "Land Use Committee",
        "12 March 2019",
        row(*header, line=3),
        row("", "", "Roll Call", "", "", "Present: 2 - Ann Lee and Bo Park\nExcused: 1 - Cy Dunn",
            "Action details", line=4),
        row("CB 1", "1.", "Zoning", "Bill", "passed", "A motion was made by Ann Lee to pass it.",
            "Action details", line=5),
    )  # fmt: skip
    data = draft_from_document(
        document=doc, themes=[], people=KnownPeople(), organisations=KnownOrganisations(),
        recorded=False,
    ).data  # fmt: skip
    statements = [s["text"] for p in data["panels"] for s in p["statements"]]
    assert statements == ["A motion was made by Ann Lee to pass it.", "passed"]
    people = {p["key"]: p["name"] for p in data["people"]}
    attended = {(people[a["person"]], a["group"]) for a in data["attendees"]}
    assert attended == {("Ann Lee", "Present"), ("Bo Park", "Present"), ("Cy Dunn", "Excused")}
