"""Build the corpus's Word and PDF files from their sources.

Run `.venv/bin/python tests/intake/corpus/build.py [NAME …]` from the repository root.

Each module in sources/ names its FORMAT ("docx" or "pdf"), its HALF ("dev", "heldout",
"heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7" or "heldout8"), its
METADATA and its BLOCKS; the built file goes to HALF/<module name>.<FORMAT>. The output is
deterministic, and the built files are committed beside their expectations.
"""

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_docx import build_docx  # noqa: E402 - the script's own directory, added above
from build_pdf import build_pdf  # noqa: E402


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem.replace("-", "_"), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(names: list[str]) -> None:
    for path in sorted((HERE / "sources").glob("*.py")):
        stem = path.stem
        if names and stem not in names:
            continue
        source = load(path)
        target = HERE / source.HALF / f"{stem}.{source.FORMAT}"
        if source.FORMAT == "docx":
            build_docx(target, source)
            print(f"{target.relative_to(HERE)}")
        else:
            hyphenated = build_pdf(target, source)
            print(f"{target.relative_to(HERE)}: hyphenated {', '.join(hyphenated) or 'nothing'}")


if __name__ == "__main__":
    main(sys.argv[1:])
