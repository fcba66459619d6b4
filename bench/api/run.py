"""Requests per second: the API's list of 100 statements against a minimal Django view.

Builds a throw-away SQLite database (the shipped meeting and synthetic statements), serves it
with gunicorn (one sync worker) on a free loopback port, sends a bounded number of sequential
requests to each address, and prints the rates and their ratio (median of several rounds).
The target: the API list at least 1/8 of the minimal view's rate. Not a test; nothing asserted.

    .venv/bin/python -m bench.api.run [--statements 1000] [--rounds 5]
"""

import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
API = "/api/statements/?page_size=100"
MINIMAL = "/bench/minimal/"

SEED = """
import django
django.setup()
from intake.meeting_file import load_meeting_files
from minutes.models import Panel, Statement, Theme
load_meeting_files(paths=["fixtures/gp-2012-01-26.yaml"])
panel = Panel.objects.order_by("pk").first()
speakers = list(panel.panelists.values_list("person_id", flat=True))
themes = list(Theme.objects.order_by("pk")[:3])
start = panel.statements.count() + 1
made = Statement.objects.bulk_create(
    Statement(panel=panel, speaker_id=speakers[i % len(speakers)], position=start + i,
              text=f"Synthetic statement {i}: " + "words about laboratories and fuel " * 8)
    for i in range(N_STATEMENTS)
)
links = Statement.themes.through
links.objects.bulk_create(
    links(statement_id=s.pk, theme_id=themes[j].pk)
    for i, s in enumerate(made)
    for j in range(i % 3 + 1)
)
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rate(port: int, path: str, n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        connection.close()
        if response.status != 200:
            raise SystemExit(f"{path}: HTTP {response.status}")
    return n / (time.perf_counter() - start)


def wait_for(port: int, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            rate(port, MINIMAL, 1)
            return
        except (OSError, http.client.HTTPException):
            time.sleep(0.2)
    raise SystemExit("gunicorn did not answer in time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "DATABASE_URL": f"sqlite:///{folder}/bench.sqlite3",
            "PYTHONPATH": str(ROOT),
        }
        run = {"cwd": ROOT, "env": env, "check": True}
        subprocess.run([PYTHON, "manage.py", "migrate", "-v0"], **run)
        subprocess.run([PYTHON, "-c", SEED.replace("N_STATEMENTS", str(args.statements))], **run)
        port = free_port()
        server = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "-w", "1", "-b", f"127.0.0.1:{port}", "gp_site.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for(port, time.monotonic() + 30)
            rate(port, API, 20)
            minimal, api = [], []
            for _ in range(args.rounds):
                minimal.append(rate(port, MINIMAL, 500))
                api.append(rate(port, API, 100))
        finally:
            server.terminate()
            server.wait(timeout=10)
    m, a = statistics.median(minimal), statistics.median(api)
    print(f"minimal view:               {m:7.0f} requests/s (median of {args.rounds})")
    print(f"API, 100 statements a page: {a:7.0f} requests/s")
    print(f"ratio: 1/{m / a:.1f} (target: 1/8 or better)")


if __name__ == "__main__":
    main()
