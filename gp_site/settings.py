"""Settings for GP Records, all read from the environment with safe local defaults."""

import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    try:
        return int(value) if value else default
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


# DJANGO_ENV=production switches on the production checks and security defaults below;
# anything else (the default) is local development, so `make run` and `make test` need no setup.
PRODUCTION = os.environ.get("DJANGO_ENV", "development").strip().lower() == "production"
DEBUG = env_bool("DJANGO_DEBUG")
DEVELOPMENT_SECRET_KEY = "insecure-local-development-key"
# A fixed key is only acceptable for local use; production settings refuse it.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", DEVELOPMENT_SECRET_KEY)
ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,testserver"
)

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "reversion",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django.contrib.sitemaps",
    "axes",
    "csp",
    "core",
    "people",
    "minutes",
    "search",
    "intake",
    "api",
    "exports",
    "bench",
    "gp_site",
    # After the records apps: their ready() registers the history (with what each model
    # follows) before the admin's autodiscovery would register it plainly.
    "django.contrib.admin",
]

MIDDLEWARE = [
    "gp_site.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",
    # Last, so a cached page still passes through every header-setting middleware above.
    "core.page_cache.AnonymousPageCacheMiddleware",
]

ROOT_URLCONF = "gp_site.urls"
WSGI_APPLICATION = "gp_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
    {
        # The meeting and panel pages' bodies and the long lists of the theme and
        # statement-list pages (minutes/jinja2/), which Django's engine rendered several
        # times slower; autoescaping is on.
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "APP_DIRS": True,
        "OPTIONS": {"environment": "minutes.presentation.jinja.environment"},
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# PostgreSQL connections wait out a restart of the server for this long before failing.
DATABASE_CONNECT_RETRY_SECONDS = env_int("DATABASE_CONNECT_RETRY_SECONDS", 10)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["ENGINE"] = "core.postgresql"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Uploaded source documents of meetings. Never served from here: a document is public only on
# its published meeting's page, through minutes' own view (see SourceDocument.is_public).
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# The largest document of minutes the importers read (the admin's uploads are bounded by
# MAX_UPLOAD_REQUEST_SIZE first).
INTAKE_MAX_DOCUMENT_BYTES = env_int("DJANGO_INTAKE_MAX_DOCUMENT_BYTES", 20 * 1024 * 1024)
STATICFILES_DIRS = [BASE_DIR / "static"]

SITE_NAME = "GP Records"

# API, schema and documentation (issue 4): public and read-only; drafts are never served.
REST_FRAMEWORK = {
    # Public only: nobody signs in to the API, so staff see what everyone sees (no drafts).
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["api.permissions.ReadOnly"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_SCHEMA_CLASS": "api.schema.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": [
        "api.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "GP Records API",
    "DESCRIPTION": (
        "Read-only access to the published records: meetings, panels, line-ups, statements, "
        "people, organisations, memberships and themes. Drafts are never served."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
}


# --- Production: caching, proxies, security headers, login throttling (issue 5) ---------------


def production_problems() -> list[str]:
    """What stops these settings from being safe to serve the public with."""
    problems = []
    if SECRET_KEY == DEVELOPMENT_SECRET_KEY or len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
        problems.append(
            "DJANGO_SECRET_KEY must be set to a random value of at least 50 characters "
            "(python -c 'import secrets; print(secrets.token_urlsafe(64))')."
        )
    if not ALLOWED_HOSTS or "*" in ALLOWED_HOSTS:
        problems.append(
            "DJANGO_ALLOWED_HOSTS must list the site's host names, comma-separated "
            "(e.g. records.example.org), and not '*'."
        )
    if DEBUG:
        problems.append("DJANGO_DEBUG must be off in production: it shows settings and code.")
    return problems


if PRODUCTION and production_problems():
    raise ImproperlyConfigured(
        "Refusing to start with DJANGO_ENV=production: " + " ".join(production_problems())
    )


def cache_from_url(url: str) -> dict:
    """A CACHES entry from redis://…, rediss://…, locmem:// or dummy://."""
    if url.startswith(("redis://", "rediss://", "unix://")):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if url.startswith("locmem://"):
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    if url.startswith("dummy://"):
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    raise ImproperlyConfigured(
        f"CACHE_URL {url!r}: expected redis://host:port/db, locmem:// or dummy://."
    )


CACHES = {
    "default": {
        **cache_from_url(os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL") or "locmem://"),
        # Several sites may share one Redis: keys are prefixed per site.
        "KEY_PREFIX": os.environ.get("DJANGO_CACHE_KEY_PREFIX", "gp"),
    },
    # Each process's own copies of the counts it lately read from the default cache (see
    # core/aggregate_cache.py): their keys name the records version, so they never go stale,
    # and a page's counts cost one round trip to Redis rather than one each.
    "near": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "near-copies",
        "OPTIONS": {"MAX_ENTRIES": 256, "CULL_FREQUENCY": 4},
    },
}
_SHARED_CACHE = CACHES["default"]["BACKEND"].endswith("RedisCache")
# The records version names what every cached page and count was made from. Without a cache
# that every process shares, it lives in the database, which they do share: a change made
# through one worker, or by a load_meeting beside them, is seen by every process at once.
RECORDS_VERSION_IN_DATABASE = not _SHARED_CACHE
# Anonymous pages stay cached this long at most; any change to the records makes them stale
# at once (see core/page_cache.py). Shorter with a local-memory cache, held by each process.
PAGE_CACHE_ENABLED = env_bool("DJANGO_PAGE_CACHE", True)
PAGE_CACHE_SECONDS = env_int("DJANGO_PAGE_CACHE_SECONDS", 3600 if _SHARED_CACHE else 30)
PAGE_CACHE_EXCLUDED_PREFIXES = ["/admin/"]
# Counts over the whole archive (per-theme totals, facet counts) are cached under the same
# records version, whether or not whole pages are (see core/aggregate_cache.py).
AGGREGATE_CACHE_ENABLED = env_bool("DJANGO_AGGREGATE_CACHE", True)
AGGREGATE_CACHE_SECONDS = env_int("DJANGO_AGGREGATE_CACHE_SECONDS", 3600)

# Behind a reverse proxy: the header it sets for HTTPS requests ("X-Forwarded-Proto" means
# X-Forwarded-Proto: https), and how many proxies append to X-Forwarded-For before Django.
_ssl_header = os.environ.get("DJANGO_SECURE_PROXY_SSL_HEADER", "").strip()
if _ssl_header:
    _name, _, _value = _ssl_header.partition("=")
    SECURE_PROXY_SSL_HEADER = (
        "HTTP_" + _name.strip().upper().replace("-", "_"),
        _value.strip() or "https",
    )
TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXY_COUNT", 0)
USE_X_FORWARDED_HOST = env_bool("DJANGO_USE_X_FORWARDED_HOST")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

# Secure by default in production; each can be turned off where a proxy already does the job.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", PRODUCTION)
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 31536000 if PRODUCTION else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", PRODUCTION)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", PRODUCTION)
SESSION_COOKIE_SECURE = env_bool("DJANGO_SESSION_COOKIE_SECURE", PRODUCTION)
CSRF_COOKIE_SECURE = env_bool("DJANGO_CSRF_COOKIE_SECURE", PRODUCTION)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env_int("DJANGO_SESSION_COOKIE_AGE", 8 * 60 * 60)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# No inline script or style anywhere, nothing from another origin.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Uploads (the admin's meeting-file import): small text files only, kept in memory; a
# multipart request over MAX_UPLOAD_REQUEST_SIZE is refused before it is read.
MAX_UPLOAD_REQUEST_SIZE = env_int("DJANGO_MAX_UPLOAD_REQUEST_SIZE", 5 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DJANGO_DATA_UPLOAD_MAX_MEMORY_SIZE", 5 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_REQUEST_SIZE
FILE_UPLOAD_HANDLERS = [
    "gp_site.uploads.RequestSizeLimitHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10000
DATA_UPLOAD_MAX_NUMBER_FILES = 10

# Login throttling: a username is locked out from one client address after repeated failures;
# the same name from elsewhere, or another name from the same address, may still try.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = env_bool("DJANGO_AXES_ENABLED", True)
AXES_FAILURE_LIMIT = env_int("DJANGO_AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("DJANGO_AXES_COOLOFF_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "gp_site.client_ip.client_ip"
AXES_RESET_ON_SUCCESS = True

if PRODUCTION:
    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {
            "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
        },
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}},
}
