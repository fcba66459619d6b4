"""How much recording a load in the history costs: a 10,000-statement file, with and without.

Run: .venv/bin/python bench/load_history.py [--statements N]   (uses DATABASE_URL, else a
temporary SQLite file). Prints the times and their ratio; asserts nothing.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gp_site.settings")
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"


def meeting_file(slug: str, statements: int, panels: int = 20) -> dict:
    people = [{"key": f"speaker-{i}", "name": f"Speaker {i}"} for i in range(40)]
    per_panel = statements // panels
    return {
        "format": "gp-meeting/1",
        "meeting": {"slug": slug, "title": "Benchmark", "date": "2020-01-01"},
        "people": people,
        "themes": [{"key": "t-one", "name": "One"}, {"key": "t-two", "name": "Two"}],
        "panels": [
            {
                "title": f"Panel {p + 1}",
                "panelists": [{"person": f"speaker-{(p * 2 + j) % 40}"} for j in range(2)],
                "statements": [
                    {
                        "speaker": f"speaker-{(p * 2 + s % 2) % 40}",
                        "text": f"Panel {p + 1}, paragraph {s + 1}: words words words.",
                        "themes": ["t-one"] if s % 3 else ["t-one", "t-two"],
                    }
                    for s in range(per_panel)
                ],
            }
            for p in range(panels)
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--statements", type=int, default=10_000)
    args = parser.parse_args()
    django.setup()
    from django.core.management import call_command

    from intake.meeting_file import MeetingFile, load_parsed
    from intake.meeting_file.read import check

    call_command("migrate", verbosity=0)
    warm_up = meeting_file("bench-warm-up", 200)
    load_parsed(files=[MeetingFile("warm-up", warm_up, check(warm_up))])
    times = {}
    for history, slug in ((False, "bench-without"), (True, "bench-with")):
        data = meeting_file(slug, args.statements)
        parsed = MeetingFile(slug, data, check(data))
        start = time.perf_counter()
        load_parsed(files=[parsed], history=history)
        times[history] = time.perf_counter() - start
    print(f"{args.statements} statements, {django.db.connection.vendor}")
    print(f"  load without history: {times[False]:.2f} s")
    print(f"  load with history:    {times[True]:.2f} s")
    print(f"  ratio with/without:   {times[True] / times[False]:.2f}")
    from reversion.models import Version

    recorded = Version.objects.filter(revision__comment="Loaded from bench-with").count()
    print(f"  versions recorded:    {recorded} (in one revision)")


if __name__ == "__main__":
    main()
