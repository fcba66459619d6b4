"""Addresses as the pages show them, for both template engines."""

from urllib.parse import urlsplit


def web_url(value: str) -> str:
    """The address if it is http(s), else nothing: records may come from files, not forms."""
    return value if urlsplit(value or "").scheme in {"http", "https"} else ""
