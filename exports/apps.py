from django.apps import AppConfig


class ExportsConfig(AppConfig):
    """Records out: a meeting or any filtered statements as CSV, Popolo or a meeting file, and
    backups of every record."""

    name = "exports"
    verbose_name = "Exports"
