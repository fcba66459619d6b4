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
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

# Run as a script: the project's root, not bench/, must be on the path.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.load_children import (
    CANDIDATE_PATHS,
    mode_drive,
    mode_edit,
    mode_urls,
    mode_victim,
)

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
FIXTURE = ROOT / "fixtures" / "gp-2012-01-26.yaml"
PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"


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
