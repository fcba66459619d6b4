from django.apps import AppConfig


class MinutesConfig(AppConfig):
    """Meetings, panels, line-ups, statements and themes."""

    name = "minutes"
    verbose_name = "Meeting records"
