#!/usr/bin/env python
"""Profile one page the way the benchmark serves it: its SQL queries with their times, then a
pyinstrument call tree of the whole request.

    DATABASE_URL=sqlite:///bench/data/archive-m2000-….sqlite3 \\
        .venv/bin/python bench/profile_page.py /themes/biosecurity/ [--repeat 20]
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url")
    parser.add_argument("--repeat", type=int, default=10, help="requests profiled together")
    parser.add_argument("--no-tree", action="store_true", help="queries only")
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    os.environ.setdefault("DJANGO_PAGE_CACHE", "0")
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    assert client.get(args.url).status_code == 200, args.url  # warm up
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        client.get(args.url)
        total = (time.perf_counter() - started) * 1000
    print(f"{args.url}: {total:.1f} ms, {len(queries)} queries")
    for query in queries.captured_queries:
        print(f"  {float(query['time']) * 1000:7.1f} ms  {query['sql'][:160]}")
    if not args.no_tree:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
        for _ in range(args.repeat):
            client.get(args.url)
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False, show_all=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
