"""Gunicorn settings for `make serve`, read from the environment like the Django settings."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count() + 1, 9)))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Recycle workers now and then so a slow leak cannot grow without bound.
max_requests = 2000
max_requests_jitter = 200
# The proxy in front may set X-Forwarded-Proto; trust it only from these addresses.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
wsgi_app = "gp_site.wsgi:application"

if workers > 1 and not (os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL")):
    # Each worker would have its own local-memory cache, and an edit made through one would
    # not make the others' pages stale: without a shared cache, serve every page fresh.
    os.environ["DJANGO_PAGE_CACHE"] = "false"
    print("gunicorn: no CACHE_URL/REDIS_URL, so the page cache is off (workers cannot share it)")
