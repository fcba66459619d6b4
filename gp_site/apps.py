from django.apps import AppConfig


class GpSiteConfig(AppConfig):
    """The project's wiring: its deployment checks register here."""

    name = "gp_site"
    verbose_name = "GP Records site"

    def ready(self):
        from . import checks  # noqa: F401 (registers itself)
