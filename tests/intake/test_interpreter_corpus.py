"""Golden drafts of the corpus's dev documents: any change in how they are read shows here.

Regenerate with UPDATE_GOLDEN=1 and read the diff before committing it. (Only the dev half:
the held-out half is for measuring the rules, never for fitting them.)
"""

from pathlib import Path

import pytest

from intake.documents import read_document
from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document
from intake.meeting_file.export import dump_yaml
from intake.readers.blocks import DocumentError
from tests.intake.test_interpreter_draft import golden

pytestmark = pytest.mark.django_db
DEV = Path(__file__).parent / "corpus" / "dev"
DRAFTS = Path(__file__).parent / "golden" / "drafts"
DOCUMENTS = sorted(
    p for p in DEV.glob("*.*") if p.suffix in {".txt", ".md", ".html", ".docx", ".pdf"}
)


def drafted(path: Path) -> str:
    """The draft of a document as YAML, or the error that stops it (a golden result too: a
    document that gets no draft today must be seen to start getting one)."""
    try:
        document = read_document(data=path.read_bytes(), name=path.name)
        draft = draft_from_document(
            document=document, themes=[], people=KnownPeople(), organisations=KnownOrganisations()
        )
    except DocumentError as error:
        return f"error: {error}\n"
    return dump_yaml(draft.data)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_each_dev_document_gives_its_golden_draft(path):
    produced = drafted(path)
    assert produced == golden(DRAFTS / f"{path.stem}.yaml", produced)
