"""Golden drafts of the corpus's dev documents: any change in how they are read shows here.

Regenerate with UPDATE_GOLDEN=1 and read the diff before committing it. (Only the dev half:
the held-out half is for measuring the rules, never for fitting them.)
"""

from pathlib import Path

import pytest

from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document
from intake.meeting_file.export import dump_yaml
from intake.readers import read_document
from tests.intake.test_interpreter_draft import golden

pytestmark = pytest.mark.django_db
DEV = Path(__file__).parent / "corpus" / "dev"
DRAFTS = Path(__file__).parent / "golden" / "drafts"
DOCUMENTS = sorted(
    p for p in DEV.glob("*.*") if p.suffix in {".txt", ".md", ".html", ".docx", ".pdf"}
)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_each_dev_document_gives_its_golden_draft(path):
    document = read_document(data=path.read_bytes(), name=path.name)
    draft = draft_from_document(
        document=document, themes=[], people=KnownPeople(), organisations=KnownOrganisations()
    )
    produced = dump_yaml(draft.data)
    assert produced == golden(DRAFTS / f"{path.stem}.yaml", produced)
