"""The seed as text, web page, Word file, PDF, OpenDocument and e-mail gives the same draft:
the shipped record's panels, line-up and every statement verbatim, and none of the furniture
around it."""

import pytest
import yaml

from intake.documents import read_document
from intake.interpreter import draft_from_document
from tests.conftest import SHIPPED_RECORD
from tests.intake.documents import seed_documents, seed_path

pytestmark = pytest.mark.django_db
FURNITURE = ("Back to Top", "Skip to", "printable", "Share", "Page ", "Great Seal", "Home")


@pytest.fixture(scope="module")
def documents():
    if not seed_path().exists():
        pytest.skip(f"the shipped seed is not at {seed_path()} (set GP_SEEDS_DIR)")
    return {name: read_document(data=data, name=name) for name, data in seed_documents().items()}


def outline(data: dict) -> list:
    return [
        (
            panel["title"],
            [p["person"] for p in panel["panelists"]],
            [(s["speaker"], s["text"]) for s in panel["statements"]],
        )
        for panel in data["panels"]
    ]


@pytest.mark.parametrize(
    "name",
    ["minutes.txt", "minutes.html", "minutes.docx", "minutes.pdf", "minutes.odt", "minutes.eml"],
)
def test_every_format_gives_the_shipped_record(documents, name):
    draft = draft_from_document(document=documents[name], themes=[]).data
    record = yaml.safe_load(SHIPPED_RECORD.read_text(encoding="utf-8"))
    assert outline(draft) == outline(record)
    assert sum(len(panel["panelists"]) for panel in draft["panels"]) == 8
    texts = [s["text"] for panel in draft["panels"] for s in panel["statements"]]
    assert not [t for t in texts if any(word in t for word in FURNITURE)]
