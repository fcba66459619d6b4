"""Two gunicorn workers without Redis, as `make serve` runs by default: a meeting taken back to
draft by another process is served by neither worker on the next request."""

import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml
from django.conf import settings

from bench.servers import free_port, wait_until_up

pytestmark = pytest.mark.django_db  # for the settings only: the site runs on a file of its own

ROOT = Path(settings.BASE_DIR)
PAGES = ["/search/?q=zebras", "/people/zoe-keeper/", "/statements/?speaker=zoe-keeper"]
SAID = "need counting every year"


def meeting_file(status: str) -> str:
    return yaml.safe_dump(
        {
            "format": "gp-meeting/1",
            "meeting": {"slug": "m-1", "title": "M", "date": "2020-02-03", "status": status},
            "people": [{"key": "zoe-keeper", "name": "Zoe Keeper"}],
            "panels": [
                {
                    "title": "Panel 1",
                    "panelists": [{"person": "zoe-keeper"}],
                    "statements": [{"speaker": "zoe-keeper", "text": f"Zebras {SAID}."}],
                }
            ],
        }
    )


def manage(*args: str, env: dict) -> None:
    done = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def fetch(url: str) -> str:
    """The body, of an error page too (a person no published meeting names is a 404)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode()
    except urllib.error.HTTPError as error:
        return error.read().decode()


def served_by_each_worker(base: str, log: Path, path: str) -> list[str]:
    """The page's body from each of the two workers, asked until both have answered."""
    bodies: dict[str, str] = {}
    for _ in range(200):
        before = log.read_text() if log.exists() else ""
        body = fetch(base + path)
        time.sleep(0.01)  # the access log is written after the response
        new = log.read_text()[len(before) :]
        bodies.update(dict.fromkeys(re.findall(r"^pid=<(\d+)> ", new, re.MULTILINE), body))
        if len(bodies) == 2:
            return list(bodies.values())
    pytest.fail(f"{path}: only workers {sorted(bodies)} answered in 200 requests")


def test_unpublished_statements_are_served_by_no_worker(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "WEB_CONCURRENCY": "2",
        "GUNICORN_THREADS": "1",
        "REDIS_URL": "",
        "CACHE_URL": "",
    }
    manage("migrate", "--noinput", env=env)
    path = tmp_path / "m-1.yaml"
    path.write_text(meeting_file("published"), encoding="utf-8")
    manage("load_meeting", str(path), env=env)
    port, log = free_port(), tmp_path / "access.log"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            "gp_site/gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{port}",
            "--access-logfile",
            str(log),
            "--access-logformat",
            "pid=%(p)s %(U)s",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/", server)
        for page in PAGES:  # each worker counts and keeps the page's ids and counts
            assert all(SAID in body for body in served_by_each_worker(base, log, page)), page
        path.write_text(meeting_file("draft"), encoding="utf-8")
        manage("load_meeting", str(path), env=env)  # another process, as an editor's would be
        for page in PAGES:
            assert all(SAID not in body for body in served_by_each_worker(base, log, page)), page
    finally:
        server.terminate()
        server.wait(timeout=30)
