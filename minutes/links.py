"""Addresses of many rows at once: reverse a URL once, then fill in each row's keys."""

from django.urls import reverse

# A value no real key takes; each URL keyword gets it with its own index appended.
_PLACEHOLDER = "9191919191"


def url_template(url_name: str, *kwarg_names: str) -> str:
    """A path such as "/statements/{0}/" for str.format, from one call to reverse().

    Reversing costs tens of microseconds; in a list of thousands of rows that adds up.
    """
    placeholders = {name: f"{_PLACEHOLDER}{i}" for i, name in enumerate(kwarg_names)}
    path = reverse(url_name, kwargs=placeholders).replace("{", "{{").replace("}", "}}")
    for i, name in enumerate(kwarg_names):
        path = path.replace(placeholders[name], f"{{{i}}}")
    return path


def statement_url_template(*, base_url: str = "") -> str:
    """The permalink of any statement, absolute when given the site's base URL."""
    return base_url.rstrip("/") + url_template("minutes:statement_detail", "pk")
