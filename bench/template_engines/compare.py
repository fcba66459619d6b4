#!/usr/bin/env python
"""The statement articles of one meeting page rendered by Django's template engine and by
Jinja2 (the site's template, minutes/jinja2/minutes/statement_articles.html), side by side in
one process: the measurement behind rendering the long lists with Jinja2 (bench/README.md).

    DATABASE_URL=sqlite:///bench/data/archive-m10-….sqlite3 \\
        .venv/bin/python bench/template_engines/compare.py /meetings/gp-2011-07-22/

The Django template here (statement_articles.django.html) writes the same markup; the rows
are the meeting view's own. Timings are printed, never asserted.
"""

import argparse
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))


def best_ms(render, repeat: int, rounds: int = 5) -> float:
    """The fastest of `rounds` means over `repeat` renders, in ms of CPU."""
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for _ in range(repeat):
            render()
        best = min(best, (time.process_time() - started) * 1e3 / repeat)
    return best


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url", help="a meeting page")
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    os.environ.setdefault("DJANGO_PAGE_CACHE", "0")
    import django

    django.setup()
    from django.template import engines
    from django.test import Client
    from django.test.utils import setup_test_environment

    from minutes.presentation.jinja import jinja_template, paragraph_lines

    setup_test_environment()  # so that the response carries the view's context
    response = Client().get(args.url)
    assert response.status_code == 200, args.url
    rows = [row for panel in response.context["panels"] for row in panel.statement_rows]
    for row in rows:
        row["paragraphs"] = paragraph_lines(row["text"])  # what Jinja2 reads with a filter
    django_template = engines["django"].from_string(
        (HERE / "statement_articles.django.html").read_text()
    )
    jinja_articles = jinja_template("minutes/statement_articles.html").module.articles
    renders = {
        "Django template engine": lambda: django_template.render({"rows": rows}),
        "Jinja2 (the site's)": lambda: str(jinja_articles(rows)),
    }
    print(f"{len(rows)} statement articles of {args.url}, ms of CPU per render (best of 5):")
    times = {name: best_ms(render, args.repeat) for name, render in renders.items()}
    fastest = min(times.values())
    for name, ms in times.items():
        print(f"  {name:<24} {ms:7.2f} ms  {ms / fastest:5.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
