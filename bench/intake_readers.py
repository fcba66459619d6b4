"""How long the PDF reader takes on a long document, and how much memory: a measurement, not a test.

    .venv/bin/python bench/intake_readers.py [--pages 100]

Builds minutes of about `--pages` A4 pages with reportlab (headings, bold speakers' names,
numbered points, words hyphenated at line ends, a running head and page numbers on every
page), then reads them with `intake.documents.read_document` in a fresh process, which reports
its wall time and its peak resident memory. Targets: well under 30 s and 500 MiB for 100 pages.
"""

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS, TARGET_MIB = 30.0, 500.0
WORDS = [
    "the",
    "committee",
    "programme",
    "security",
    "nuclear",
    "international",
    "cooperation",
    "development",
    "implementation",
    "assessment",
    "proliferation",
    "verification",
    "representative",
    "delegation",
    "agreement",
    "framework",
    "engagement",
    "sustainability",
    "infrastructure",
    "responsibility",
    "budget",
    "partnership",
    "regional",
    "capacity",
    "building",
    "training",
    "laboratory",
    "detection",
    "response",
    "preparedness",
    "biological",
    "chemical",
    "radiological",
    "materials",
    "border",
    "export",
    "control",
    "we",
    "need",
    "to",
    "ensure",
    "that",
    "all",
    "of",
    "our",
    "work",
    "is",
    "effective",
    "and",
    "coordinated",
    "with",
    "partners",
]
SPEAKERS = ["Ms. Okafor", "Mr. Lindqvist", "Dr. Haddad", "Ambassador Tanaka", "Mr. Dupré"]


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 24))]
    return " ".join(words).capitalize() + "."


def build_pdf(pages: int) -> bytes:
    """Minutes of about `pages` pages, drawn by the tests' typesetter."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from tests.intake.pdf_builder import Typesetter

    rng = random.Random(2012)
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=A4, invariant=1)
    setter = Typesetter(canvas)
    setter.heading("Minutes of the Plenary Meeting", 1)
    item = 0
    while setter.page <= pages:
        item += 1
        setter.heading(f"Item {item}: {sentence(rng)[:40].rstrip('.')}", 2)
        for speaker in rng.sample(SPEAKERS, 3):
            setter.paragraph(speaker, bold=True)
            setter.paragraph(
                f"{speaker}: " + " ".join(sentence(rng) for _ in range(5)), bold_lead=f"{speaker}:"
            )
            for number in range(1, rng.randint(1, 4)):
                setter.paragraph(f"{number}. " + sentence(rng))
    setter.furniture()
    canvas.showPage()
    canvas.save()
    return output.getvalue()


def read_and_measure(path: str) -> None:
    """In this (fresh) process: read the file, print seconds, peak memory and counts as JSON."""
    from intake.documents import read_document

    data = Path(path).read_bytes()
    start, cpu_start = time.perf_counter(), time.process_time()
    document = read_document(data=data, name=Path(path).name)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    pages = {block.place.page for block in document.blocks}
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu_seconds": cpu_seconds,
                "peak_mib": peak_mib,
                "blocks": len(document.blocks),
                "pages": len(pages),
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--read", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if arguments.read:
        read_and_measure(arguments.read)
        return
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gp_site.settings")
    import django

    django.setup()
    data = build_pdf(arguments.pages)
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(data)
        file.flush()
        run = subprocess.run(
            [sys.executable, __file__, "--read", file.name],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ},
        )
    figures = json.loads(run.stdout)
    print(
        f"PDF of {figures['pages']} pages, {len(data) / 1024 / 1024:.1f} MiB, "
        f"{figures['blocks']} blocks"
    )
    print(
        f"read in {figures['seconds']:.2f} s (target < {TARGET_SECONDS:.0f} s, "
        f"{figures['seconds'] / TARGET_SECONDS:.0%} of it; {figures['cpu_seconds']:.2f} s of CPU, "
        "the rest waiting for a shared core)"
    )
    print(
        f"peak resident memory {figures['peak_mib']:.0f} MiB (target < {TARGET_MIB:.0f} MiB, "
        f"{figures['peak_mib'] / TARGET_MIB:.0%} of it; the interpreter and libraries included)"
    )


if __name__ == "__main__":
    main()
