"""The load test's child processes (bench/load_test.py starts each as `load_test.py MODE`):
the URL list, the driver, the editor that checks each write is seen at once, and the loader
killed mid-transaction."""

import http.client
import json
import random
import secrets
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CANDIDATE_PATHS = [
    "/search/?q=nuclear",
    "/search/?q=health+security",
    "/api/",
    "/api/meetings/",
    "/api/statements/",
    "/api/people/",
    "/api/organisations/",
    "/api/themes/",
    "/feeds/meetings/",
    "/sitemap.xml",
    "/sitemap-statements.xml",
]


def setup_django():
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def mode_urls(args) -> int:
    """Print the URL mix as JSON: every public page kind, and search and API where built."""
    setup_django()
    from django.urls import Resolver404, resolve, reverse

    from minutes.models import Meeting, Panel, Statement, Theme
    from minutes.sitemaps import StaticSitemap
    from people.models import Organisation, Person

    # In order of popularity, roughly: the driver weights them by rank. The list pages are the
    # ones the sitemap gives as where a visitor starts.
    urls = [("list", reverse(name)) for name in StaticSitemap().items()]
    for path in CANDIDATE_PATHS:
        try:
            resolve(path.split("?")[0])
        except Resolver404:
            continue
        urls.append(("api" if path.startswith("/api/") else path.strip("/").split("/")[0], path))
    statements = list(Statement.objects.published().order_by("pk"))
    for rows, kind, limit in (
        (Meeting.objects.published(), "meeting", 50),
        (Panel.objects.filter(meeting__status="published"), "panel", 50),
        (random.Random(1).sample(statements, min(300, len(statements))), "statement", 300),
        (Theme.objects.all(), "theme", 30),
        (Person.objects.all(), "person", 30),
        (Organisation.objects.all(), "organisation", 30),
    ):
        urls += [(kind, row.get_absolute_url()) for row in rows[:limit]]
    print(json.dumps(urls))
    return 0


def mode_drive(args) -> int:
    """Send at most --requests requests for --duration seconds; write one row per request."""
    urls = json.loads((Path(args.work) / "urls.json").read_text())
    host, port = args.base.split(":")
    deadline = time.time() + args.duration
    budget = iter(range(args.requests))
    lock = threading.Lock()
    rows: list = []

    # Readers favour some pages: Zipf weights over the mix, lists and meetings first.
    weights = [1 / (rank + 1) for rank in range(len(urls))]

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        connection = http.client.HTTPConnection(host, int(port), timeout=30)
        while time.time() < deadline:
            with lock:
                if next(budget, None) is None:
                    return
            kind, path = rng.choices(urls, weights)[0]
            start = time.time()
            try:
                connection.request("GET", path, headers={"Host": "127.0.0.1"})
                response = connection.getresponse()
                response.read()
                status, cache = response.status, response.getheader("X-Page-Cache", "none")
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
            except (OSError, http.client.HTTPException):
                status, cache = 0, "none"
                connection.close()
            rows.append((start, time.time() - start, status, cache, kind, path))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(args.concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    (Path(args.work) / "drive.json").write_text(json.dumps(rows))
    return 0


def mode_edit(args) -> int:
    """Load corrected meetings and edit statements until the deadline; check each is visible."""
    setup_django()
    from django.db import DatabaseError, close_old_connections

    from intake.meeting_file import load_parsed, parse_text
    from minutes.models import Statement

    host, port = args.base.split(":")
    deadline = time.time() + args.duration
    counts = {"loads": 0, "edits": 0, "new meetings": 0, "stale reads": 0, "db errors": 0}
    files = sorted(Path(args.work).glob("loadtest-*.yaml"))
    n = 0
    while time.time() < deadline:
        n += 1
        try:
            if n % 3 == 0 and files:
                text = random.choice(files).read_text().replace("] ", f"] (rev {n}) ", 1)
                load_parsed(files=[parse_text(text, source="edit.yaml")])
                counts["loads"] += 1
            elif n % 10 == 1:
                text = files[0].read_text().replace("loadtest-000", f"loadtest-new-{n:04d}", 1)
                load_parsed(files=[parse_text(text, source="new.yaml")])
                counts["new meetings"] += 1
            else:
                statement = Statement.objects.published().order_by("?").first()
                token = f"edit-{n}-{secrets.token_hex(4)}"
                statement.text = f"{statement.text.split(' edit-')[0]} {token}"
                statement.save(update_fields=["text"])
                counts["edits"] += 1
                if not visible(host, port, statement.get_absolute_url(), token):
                    counts["stale reads"] += 1
        except DatabaseError:
            counts["db errors"] += 1
            close_old_connections()
            time.sleep(0.2)
        time.sleep(args.edit_interval)
    print(json.dumps(counts))
    return 0


def visible(host: str, port: str, path: str, token: str) -> bool:
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    connection.request("GET", path, headers={"Host": "127.0.0.1"})
    return token in connection.getresponse().read().decode()


def mode_victim(args) -> int:
    """A load that stops in the middle of its transaction, to be killed there."""
    setup_django()
    from intake.meeting_file import load, load_meeting_files

    original = load._sync_statements

    def statements_then_wait(*a, **k):
        original(*a, **k)
        print("MIDWAY", flush=True)
        time.sleep(120)

    load._sync_statements = statements_then_wait
    load_meeting_files(paths=sorted(Path(args.work).glob("victim-*.yaml")))
    return 0


# --- The parent: phases and checks -------------------------------------------------------------
