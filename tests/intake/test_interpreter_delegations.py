"""Delegations that speak: a label naming a delegation is the person its roster lists."""

import pytest

from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document
from intake.interpreter.delegations import delegation_key, roster_entry
from tests.intake.blocks import document, heading


def drafted(doc) -> dict:
    return draft_from_document(
        document=doc, themes=[], people=KnownPeople(), organisations=KnownOrganisations(),
        recorded=False,
    ).data  # fmt: skip


def speakers(data: dict) -> list[str | None]:
    names = {person["key"]: person["name"] for person in data["people"]}
    return [names.get(s.get("speaker")) for p in data["panels"] for s in p["statements"]]


@pytest.mark.parametrize(
    ("text", "delegation", "name"),
    [
        (
            "Germany: Mr Joachim Brenner, Parliamentary State Secretary",
            "Germany",
            "Joachim Brenner",
        ),
        ("United Kingdom: Ms Ann Lee (Minister of State)", "United Kingdom", "Ann Lee"),
        ("Commission: Mr Henrik Sørlie, Member of the Commission", "Commission", "Henrik Sørlie"),
        ("Chile: H.E. Mr. Rafael Ruiz", "Chile", "Rafael Ruiz"),
    ],
)
def test_roster_entries(text, delegation, name):
    found = roster_entry(text)
    assert found[0] == delegation and found[1].name == name


@pytest.mark.parametrize(
    "text",
    [
        "Chair: Mr Petre Dobrescu, Minister of Agriculture",
        "Note: the budget is late",
        "Ms Ann Lee: Thank you, Chair.",
        "Germany: the delegation supports the text.",
    ],
)
def test_lines_that_are_no_roster_entry(text):
    assert roster_entry(text) is None


@pytest.mark.parametrize(
    "printed",
    ["Germany (DE)", "Germany", "The representative of Germany", "Germany (spoke in German)"],
)
def test_the_delegation_a_label_names(printed):
    assert delegation_key(printed) == "germany"


ROSTER = [
    heading("Participants", level=3),
    "Belgium: Ms Hélène Vandamme, Minister for Agriculture",
    "Germany: Mr Joachim Brenner, State Secretary",
    "United Kingdom: Ms Ann Lee, Minister of State",
    "Commission: Mr Henrik Sørlie, Member of the Commission",
]


def test_delegation_labels_are_the_roster_persons():
    data = drafted(document(
        "Council of Ministers, 28 January 2019",
        *ROSTER,
        heading("Debate", level=3),
        "Germany (DE): Germany supports the new delivery model.",
        "We would prefer a biennial review.",
        "The representative of the United Kingdom: We abstain.",
        "Commission: Thank you, Minister.",
    ))  # fmt: skip
    assert speakers(data)[-4:] == ["Joachim Brenner", "Joachim Brenner", "Ann Lee", "Henrik Sørlie"]
    texts = [s["text"] for p in data["panels"] for s in p["statements"]]
    assert texts[-4] == "Germany supports the new delivery model."


def test_without_a_roster_a_delegation_label_names_no_person_of_the_roster():
    data = drafted(document(
        "Council of Ministers, 28 January 2019",
        "Germany: Mr Joachim Brenner, State Secretary",
        heading("Debate", level=3),
        "Germany (DE): Germany supports the new delivery model.",
    ))  # fmt: skip
    assert "Joachim Brenner" not in speakers(data)
