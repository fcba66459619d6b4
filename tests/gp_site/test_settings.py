"""Settings from the environment: production refuses unsafe values and passes check --deploy."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from gp_site.settings import cache_from_url

STRONG_KEY = "k3y-" + "x7Qp9vR2mN5tL8wZ" * 4
PRODUCTION = {
    "DJANGO_ENV": "production",
    "DJANGO_SECRET_KEY": STRONG_KEY,
    "DJANGO_ALLOWED_HOSTS": "records.example.org",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


def run_django(code: str, **env) -> subprocess.CompletedProcess:
    """Run code in a fresh interpreter with these settings variables (others cleared)."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "CACHE_URL"))}
    clean.pop("REDIS_URL", None)
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup()\n{code}"],
        env={**clean, "DJANGO_SETTINGS_MODULE": "gp_site.settings", **env},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
    )


def read_settings(names: list[str], **env) -> dict:
    code = (
        "import json; from django.conf import settings\n"
        f"print(json.dumps({{n: getattr(settings, n, None) for n in {names!r}}}, default=str))"
    )
    result = run_django(code, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_development_needs_no_configuration():
    values = read_settings(
        ["DEBUG", "ALLOWED_HOSTS", "SECURE_SSL_REDIRECT", "CACHES", "PAGE_CACHE_SECONDS"]
    )
    assert values["DEBUG"] is False
    # A local-memory cache cannot hear of edits made by other processes: pages expire soon.
    assert values["PAGE_CACHE_SECONDS"] == 30
    assert "localhost" in values["ALLOWED_HOSTS"]
    assert values["SECURE_SSL_REDIRECT"] is False
    assert values["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DJANGO_SECRET_KEY": ""}, "DJANGO_SECRET_KEY must be set"),
        ({"DJANGO_SECRET_KEY": "short"}, "DJANGO_SECRET_KEY must be set"),
        ({"DJANGO_SECRET_KEY": "insecure-local-development-key"}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_ALLOWED_HOSTS": ""}, "DJANGO_ALLOWED_HOSTS must list"),
        ({"DJANGO_ALLOWED_HOSTS": "*"}, "DJANGO_ALLOWED_HOSTS must list"),
        ({"DJANGO_DEBUG": "true"}, "DJANGO_DEBUG must be off"),
    ],
)
def test_production_refuses_to_start_unsafe(env, message):
    result = run_django("", **{**PRODUCTION, **env})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "Refusing to start with DJANGO_ENV=production" in result.stderr
    assert message in result.stderr


def test_production_without_any_variable_names_every_problem():
    result = run_django("", DJANGO_ENV="production")
    assert "DJANGO_SECRET_KEY" in result.stderr
    assert "DJANGO_ALLOWED_HOSTS" in result.stderr


def test_production_passes_the_deployment_checks():
    result = run_django(
        "from django.core.management import call_command\n"
        "call_command('check', deploy=True, fail_level='WARNING')",
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stderr


def test_a_page_cache_each_process_keeps_for_itself_fails_the_deployment_checks():
    result = run_django(
        "from django.core.management import call_command\n"
        "call_command('check', deploy=True, fail_level='WARNING')",
        **{**PRODUCTION, "REDIS_URL": ""},
    )
    assert result.returncode != 0
    assert "gp_site.W001" in result.stderr


def test_production_turns_on_the_security_settings():
    values = read_settings(
        [
            "SECURE_SSL_REDIRECT",
            "SECURE_HSTS_SECONDS",
            "SESSION_COOKIE_SECURE",
            "CSRF_COOKIE_SECURE",
            "STORAGES",
        ],
        **PRODUCTION,
    )
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"]
    assert "CompressedManifest" in values["STORAGES"]["staticfiles"]["BACKEND"]


def test_proxy_cache_and_database_come_from_the_environment():
    values = read_settings(
        [
            "SECURE_PROXY_SSL_HEADER",
            "TRUSTED_PROXY_COUNT",
            "CSRF_TRUSTED_ORIGINS",
            "SECURE_SSL_REDIRECT",
            "CACHES",
            "PAGE_CACHE_SECONDS",
            "DATABASES",
        ],
        **{**PRODUCTION, "REDIS_URL": "redis://10.0.0.5:6379/2"},
        DJANGO_SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto",
        DJANGO_TRUSTED_PROXY_COUNT="1",
        DJANGO_CSRF_TRUSTED_ORIGINS="https://records.example.org",
        DJANGO_SECURE_SSL_REDIRECT="false",
        DATABASE_URL="postgres://gp@db.internal:5432/gp",
    )
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["TRUSTED_PROXY_COUNT"] == 1
    assert values["CSRF_TRUSTED_ORIGINS"] == ["https://records.example.org"]
    assert values["SECURE_SSL_REDIRECT"] is False
    assert values["CACHES"]["default"]["BACKEND"].endswith("RedisCache")
    assert values["CACHES"]["default"]["LOCATION"] == "redis://10.0.0.5:6379/2"
    assert values["PAGE_CACHE_SECONDS"] == 3600
    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "core.postgresql"
    assert database["HOST"] == "db.internal"
    assert database["CONN_MAX_AGE"] == 60
    assert database["CONN_HEALTH_CHECKS"] is True


def test_a_bad_number_says_which_variable():
    result = run_django("", DJANGO_TRUSTED_PROXY_COUNT="two")
    assert "DJANGO_TRUSTED_PROXY_COUNT must be a whole number, not 'two'" in result.stderr


@pytest.mark.parametrize(
    ("url", "backend"),
    [
        ("redis://127.0.0.1:6379/0", "django.core.cache.backends.redis.RedisCache"),
        ("rediss://cache.internal:6380/1", "django.core.cache.backends.redis.RedisCache"),
        ("locmem://", "django.core.cache.backends.locmem.LocMemCache"),
        ("dummy://", "django.core.cache.backends.dummy.DummyCache"),
    ],
)
def test_cache_urls(url, backend):
    assert cache_from_url(url)["BACKEND"] == backend


def test_an_unknown_cache_url_is_refused():
    with pytest.raises(ImproperlyConfigured, match="memcached://x"):
        cache_from_url("memcached://x")
