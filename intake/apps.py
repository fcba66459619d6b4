from django.apps import AppConfig


class IntakeConfig(AppConfig):
    """Documents in: readers per format, the interpreter, and the meeting-file loader."""

    name = "intake"
    verbose_name = "Intake"
