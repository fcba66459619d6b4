"""Every public page type of the shipped record, by name, for the page-wide browser checks."""

import contextlib

from django.urls import Resolver404, resolve, reverse

from minutes.models import Meeting, Statement


def public_pages(meeting: Meeting) -> dict[str, str]:
    """One address per public page type, filled from the shipped meeting."""
    statement = (
        Statement.objects.filter(panel__meeting=meeting, speaker__isnull=False)
        .filter(themes__isnull=False)
        .order_by("panel__position", "position")
        .first()
    )
    pages = {
        "home": reverse("minutes:home"),
        "meeting-list": reverse("minutes:meeting_list"),
        "meeting": meeting.get_absolute_url(),
        "panel": meeting.panels.get(position=1).get_absolute_url(),
        "statement": statement.get_absolute_url(),
        "statement-list": reverse("search:statement_list"),
        "theme-list": reverse("minutes:theme_list"),
        "theme": reverse("minutes:theme_detail", kwargs={"slug": "biosecurity"}),
        "person-list": reverse("people:person_list"),
        "person": reverse("people:person_detail", kwargs={"slug": "monte-mallin"}),
        "organisation-list": reverse("people:organisation_list"),
        "organisation": reverse(
            "people:organisation_detail", kwargs={"slug": "us-department-of-energy"}
        ),
    }
    with contextlib.suppress(Resolver404):  # full-text search arrives on its own branch
        resolve("/search/")
        pages["search"] = "/search/?q=nuclear+security"
    return pages
