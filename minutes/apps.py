from django.apps import AppConfig


class MinutesConfig(AppConfig):
    """Meetings, panels, line-ups, statements and themes."""

    name = "minutes"
    verbose_name = "Meeting records"

    def ready(self):
        from . import history

        # Before the admin's VersionAdmin would register the models without what they follow:
        # django.contrib.admin comes after the records apps in INSTALLED_APPS for this.
        history.register_models()
