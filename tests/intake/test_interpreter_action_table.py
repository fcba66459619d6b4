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
