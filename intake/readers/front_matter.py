"""A front matter block at the top of a Markdown file, YAML ('---' / 'title: …' / '---') or
TOML as Hugo writes it ('+++' / 'title = "…"' / '+++'), as static-site generators, Obsidian
and exporters write it: its fields, one 'key: value' line each, so that the title, date and
place feed the particulars and nothing becomes text."""

import datetime
import re
import tomllib

import yaml

FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*$", re.S | re.M
)
TOML_FRONT_MATTER = re.compile(
    r"\A\ufeff?\+\+\+[ \t]*\r?\n(?P<body>.*?)\r?\n\+\+\+[ \t]*$", re.S | re.M
)
MAX_FIELD = 500


def split_front_matter(text: str) -> tuple[list[str], str]:
    """(the front matter's fields as 'key: value' lines, the text with the block blanked so
    that line numbers stay those of the file); no fields when there is no YAML mapping."""
    found = FRONT_MATTER.match(text) or TOML_FRONT_MATTER.match(text)
    if not found:
        return [], text
    try:
        if found.re is FRONT_MATTER:
            fields = yaml.safe_load(found.group("body"))
        else:
            fields = {_hugo_key(k): v for k, v in tomllib.loads(found.group("body")).items()}
    except (yaml.YAMLError, tomllib.TOMLDecodeError):
        return [], text
    if not isinstance(fields, dict) or not fields:
        return [], text
    lines = [line for key, value in fields.items() if (line := _field(str(key), value))]
    blanked = "\n" * found.group(0).count("\n") + text[found.end() :]
    return lines, blanked


def _hugo_key(key: str) -> str:
    """Hugo's own dates name the page's life, not the meeting: its `date` is, in Hugo's words,
    "usually the publication date" (as are `publishDate` and `lastmod`)."""
    return "published" if key.lower() in ("date", "publishdate", "lastmod", "expirydate") else key


def _field(key: str, value) -> str:
    """'date: 2021-06-24', 'attendees: Ann Lee, Bo Park', 'location: Town Hall'."""
    if isinstance(value, dict):
        value = ", ".join(f"{k}: {_value(v)}" for k, v in value.items() if _value(v))
    text = _value(value)
    return f"{key}: {text}"[:MAX_FIELD] if text else ""


def _value(value) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(_value(item) for item in value if item is not None)
    if isinstance(value, datetime.datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return "" if value is None else " ".join(str(value).split())
