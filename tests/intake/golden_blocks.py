"""Golden files for the readers: a document's blocks as YAML, compared or rewritten.

`UPDATE_GOLDEN=1 pytest tests/intake` rewrites every `<name>.blocks.yaml` from what the
reader gives now; review each diff by eye before committing it.
"""

import os
from pathlib import Path

import yaml

from intake.readers.blocks import Block, Document

GOLDEN = Path(__file__).parent / "golden" / "readers"


def golden_inputs(*extensions: str) -> list[Path]:
    """The golden inputs with one of `extensions`, for `pytest.mark.parametrize`."""
    return sorted(path for path in GOLDEN.iterdir() if path.suffix in extensions)


def block_as_dict(block: Block) -> dict:
    """A block's fields, those at their defaults left out so that a diff shows what matters."""
    fields = {"kind": str(block.kind), "text": block.text}
    if block.level:
        fields["level"] = block.level
    if block.bold_lead:
        fields["bold_lead"] = block.bold_lead
    if block.bold:
        fields["bold"] = True
    if block.marker:
        fields["marker"] = block.marker
    if block.cells:
        fields["cells"] = list(block.cells)
    fields["place"] = str(block.place)
    return fields


def document_as_yaml(document: Document) -> str:
    content = {
        "format": document.format,
        "title": document.title,
        "source_url": document.source_url,
        "blocks": [block_as_dict(block) for block in document.blocks],
    }
    return yaml.dump(content, Dumper=GoldenDumper, sort_keys=False, allow_unicode=True, width=100)


def assert_matches_golden(*, source: Path, document: Document) -> None:
    """The document read from `source` is what `<source stem>.blocks.yaml` says."""
    golden = source.with_name(f"{source.stem}.blocks.yaml")
    actual = document_as_yaml(document)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"no golden file {golden.name}: run with UPDATE_GOLDEN=1"
    assert actual == golden.read_text(encoding="utf-8")


class GoldenDumper(yaml.SafeDumper):
    """Writes a text of several lines as a literal block, as it reads in the source."""


def represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


GoldenDumper.add_representer(str, represent_text)
