#!/usr/bin/env python
"""Load test: the site under gunicorn on loopback, driven from a second process while a third
loads and edits meetings. Not a timed test: it prints what it measured.

    .venv/bin/python bench/load_test.py [--duration 20] [--concurrency 8] [--restart-postgres]
                                        [--kill-loader] [--smoke]

It builds its own PostgreSQL database (gp_loadtest, dropped and made afresh each run) and uses
Redis database 15, then runs two phases over the same URL mix: "cached" (page cache on) and
"uncached" (page cache off). Each phase reports requests served, errors (anything but 2xx/3xx)
and p50/p99 latency, split into cache hits and misses. While the driver runs, the editor process
loads corrected meeting files and edits statements, and checks over HTTP that each committed
edit is visible on the next request (stale reads must be 0).

--restart-postgres restarts PostgreSQL a third of the way into the cached phase and reports
errors inside and outside the restart window (the site must recover without a restart).
--kill-loader kills a loader with SIGKILL in the middle of its transaction and compares a
backup of the records taken before and after (they must be identical).
"""

import argparse
import http.client
import json
import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
FIXTURE = ROOT / "fixtures" / "gp-2012-01-26.yaml"
PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
LIST_PAGES = [
    "minutes:home",
    "minutes:meeting_list",
    "search:statement_list",
    "minutes:theme_list",
    "people:person_list",
    "people:organisation_list",
]
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


def main() -> int:
    args = parse_args()
    if args.mode != "run":
        return {"urls": mode_urls, "drive": mode_drive, "edit": mode_edit, "victim": mode_victim}[
            args.mode
        ](args)
    work = Path(tempfile.mkdtemp(prefix="gp-loadtest-"))
    env = site_env(args)
    print(f"Preparing database {args.database} and {args.meetings} meetings (work dir {work})")
    prepare(env, args, work)
    urls = json.loads(run_child(env, "urls").stdout)
    kinds = sorted({kind for kind, _ in urls})
    print(f"URL mix: {len(urls)} paths over {', '.join(kinds)}")
    missing = [p for p in CANDIDATE_PATHS if p not in {path for _, path in urls}]
    if missing:
        print(f"Not built yet (not driven): {', '.join(missing)}")
    (work / "urls.json").write_text(json.dumps(urls))
    ok = True
    if args.kill_loader:
        ok &= kill_loader_check(env, work)
    for phase, extra in (("cached", {}), ("uncached", {"DJANGO_PAGE_CACHE": "false"})):
        ok &= run_phase(phase, {**env, **extra}, args, work)
    return 0 if ok else 1


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", nargs="?", default="run", help=argparse.SUPPRESS)
    parser.add_argument("--duration", type=float, default=20.0, help="seconds per phase")
    parser.add_argument("--requests", type=int, default=50000, help="at most this many per phase")
    parser.add_argument("--concurrency", type=int, default=8, help="driver threads")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--meetings", type=int, default=20, help="generated meetings to load")
    parser.add_argument(
        "--edit-interval", type=float, default=1.0, help="seconds between the editor's writes"
    )
    parser.add_argument("--database", default="gp_loadtest")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/15")
    parser.add_argument("--restart-postgres", action="store_true")
    parser.add_argument("--kill-loader", action="store_true")
    parser.add_argument("--smoke", action="store_true", help="a few seconds, for CI")
    parser.add_argument("--base", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.smoke:
        args.duration, args.meetings, args.concurrency, args.workers = 3.0, 3, 4, 2
    if "loadtest" not in args.database:
        parser.error("--database must name a throwaway database (with 'loadtest' in its name)")
    return args


def site_env(args) -> dict:
    """Production settings on loopback, over plain HTTP (no proxy in front to end TLS)."""
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "gp_site.settings",
        "DJANGO_ENV": "production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_LOG_LEVEL": "ERROR",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{args.database}",
        "CACHE_URL": args.redis,
        "DJANGO_CACHE_KEY_PREFIX": "gp-loadtest",
        "GUNICORN_ACCESS_LOG": "",
        "LOADTEST_DURATION": str(args.duration),
        "LOADTEST_MEETINGS": str(args.meetings),
    }


def run_child(env: dict, mode: str, *extra: str, check=True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PY, __file__, mode, *extra], env=env, cwd=ROOT, capture_output=True, text=True, check=check
    )


def manage(env: dict, *argv: str) -> None:
    subprocess.run([PY, "manage.py", *argv], env=env, cwd=ROOT, check=True, capture_output=True)


def prepare(env: dict, args, work: Path) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{args.database}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{args.database}"')
    import redis

    redis.Redis.from_url(args.redis).flushdb()
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    paths = [str(FIXTURE)] + [str(p) for p in generate_meetings(work, args.meetings)]
    manage(env, "load_meeting", *paths)


def generate_meetings(work: Path, count: int) -> list[Path]:
    """Copies of the shipped meeting under other slugs and dates, to give the pages volume."""
    import datetime

    import yaml

    base = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    paths = []
    for n in range(count):
        data = json.loads(json.dumps(base, default=str))
        data["meeting"]["slug"] = f"loadtest-{n:03d}"
        data["meeting"]["title"] = f"Load test meeting {n}"
        data["meeting"]["date"] = str(datetime.date(2013, 1, 1) + datetime.timedelta(days=7 * n))
        for panel in data["panels"]:
            for statement in panel["statements"]:
                statement["text"] = f"[{n}] {statement['text']}"
        path = work / f"loadtest-{n:03d}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
        paths.append(path)
    return paths


# --- Child processes ---------------------------------------------------------------------------


def setup_django():
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def mode_urls(args) -> int:
    """Print the URL mix as JSON: every public page kind, and search and API where built."""
    setup_django()
    from django.urls import NoReverseMatch, Resolver404, resolve, reverse

    from minutes.models import Meeting, Panel, Statement, Theme
    from people.models import Organisation, Person

    # In order of popularity, roughly: the driver weights them by rank.
    urls = []
    for name in LIST_PAGES:
        try:
            urls.append(("list", reverse(name)))
        except NoReverseMatch:
            continue
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


@contextmanager
def gunicorn(env: dict, workers: int, work: Path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = open(work / "gunicorn.log", "a")  # noqa: SIM115 (closed below)
    process = subprocess.Popen(
        [str(Path(PY).parent / "gunicorn"), "--config", "gp_site/gunicorn.conf.py"],
        env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": str(workers)},
        cwd=ROOT,
        stdout=log,
        stderr=log,
    )
    try:
        wait_until_serving(port, process, work)
        yield f"127.0.0.1:{port}"
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
        log.close()


def wait_until_serving(port: int, process, work: Path) -> None:
    for _ in range(100):
        if process.poll() is not None:
            sys.exit(f"gunicorn exited:\n{(work / 'gunicorn.log').read_text()[-3000:]}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/", headers={"Host": "127.0.0.1"})
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.2)
    sys.exit("gunicorn did not start serving within 20 seconds")


def run_phase(phase: str, env: dict, args, work: Path) -> bool:
    restart = {}
    with gunicorn(env, args.workers, work) as base:
        extra = ["--base", base, "--work", str(work), "--duration", str(args.duration)]
        extra += ["--edit-interval", str(args.edit_interval)]
        drive = ["--concurrency", str(args.concurrency), "--requests", str(args.requests)]
        # Warm every worker first (templates, URL resolvers, connections); not measured.
        warm = ["--base", base, "--work", str(work), "--duration", "2", *drive]
        subprocess.run([PY, __file__, "drive", *warm], env=env, cwd=ROOT, check=True)
        driver = subprocess.Popen([PY, __file__, "drive", *extra, *drive], env=env, cwd=ROOT)
        editor = subprocess.Popen(
            [PY, __file__, "edit", *extra], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        if args.restart_postgres and phase == "cached":
            time.sleep(args.duration / 3)
            restart = restart_postgres()
        driver.wait()
        edits = json.loads(editor.communicate()[0] or "{}")
    rows = json.loads((work / "drive.json").read_text())
    return report(phase, rows, edits, restart, args.duration)


def restart_postgres() -> dict:
    version = os.listdir("/etc/postgresql")[0]
    start = time.time()
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"], check=True
    )
    while subprocess.run(["pg_isready", "-h", "127.0.0.1", "-q"]).returncode != 0:
        time.sleep(0.1)
    return {"start": start, "end": time.time()}


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000 if ordered else 0.0


def report(phase: str, rows: list, edits: dict, restart: dict, duration: float) -> bool:
    errors = [row for row in rows if not 200 <= row[2] < 400]
    print(f"\n== {phase}: {len(rows)} requests in {duration:.0f} s ({len(rows) / duration:.0f}/s)")
    print(f"   {'':<10}{'requests':>10}{'p50 ms':>10}{'p99 ms':>10}")
    for label, subset in (
        ("all", rows),
        ("hits", [r for r in rows if r[3] == "hit"]),
        ("misses", [r for r in rows if r[3] != "hit"]),
    ):
        latencies = [r[1] for r in subset]
        p50, p99 = percentile(latencies, 0.5), percentile(latencies, 0.99)
        print(f"   {label:<10}{len(subset):>10}{p50:>10.1f}{p99:>10.1f}")
    kinds = sorted({r[4] for r in rows})
    p50s = [f"{k} {percentile([r[1] for r in rows if r[4] == k], 0.5):.0f}" for k in kinds]
    print(f"   p50 ms by kind: {', '.join(p50s)}")
    print(f"   errors (not 2xx/3xx): {len(errors)}")
    print(f"   editor: {', '.join(f'{k} {v}' for k, v in edits.items())}")
    ok = edits.get("stale reads", 0) == 0
    if restart:
        # In flight: running when the restart began. During: started while PostgreSQL was
        # restarting (they should wait for it, not fail). After: the site must be whole again.
        start, end = restart["start"], restart["end"]
        in_flight = [r for r in errors if r[0] < start]
        during = [r for r in errors if start <= r[0] <= end]
        after = [r for r in rows if r[0] > end]
        after_errors = [r for r in after if not 200 <= r[2] < 400]
        print(f"   PostgreSQL restart took {end - start:.1f} s")
        print(
            f"   errors: {len(in_flight)} in flight at the restart, {len(during)} started "
            f"during it, {len(after_errors)} of {len(after)} started after it"
        )
        ok &= not after_errors and bool(after)
    else:
        ok &= not errors
    for row in errors[:5]:
        print(f"   e.g. {row[2]} {row[5]}")
    return ok


def kill_loader_check(env: dict, work: Path) -> bool:
    """SIGKILL a loader in the middle of its transaction: the records must be as before."""
    import yaml

    data = yaml.safe_load((work / "loadtest-000.yaml").read_text())
    data["meeting"]["title"] = "Half-loaded title"
    for panel in data["panels"]:
        panel["statements"] = panel["statements"][::-1] + panel["statements"]
    (work / "victim-1.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    manage(env, "backup_records", str(work / "before.json"))
    victim = subprocess.Popen(
        [PY, __file__, "victim", "--work", str(work)], env=env, cwd=ROOT, stdout=subprocess.PIPE
    )
    line = victim.stdout.readline()
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    manage(env, "backup_records", str(work / "after.json"))
    same = (work / "before.json").read_bytes() == (work / "after.json").read_bytes()
    print("\n== kill the loader in the middle of its transaction (SIGKILL)")
    print(f"   reached the middle: {line.strip() == b'MIDWAY'}, exit status {victim.returncode}")
    print(f"   records identical before and after (backup_records, byte for byte): {same}")
    return same and line.strip() == b"MIDWAY"


if __name__ == "__main__":
    sys.exit(main())
