from django.apps import AppConfig


class PeopleConfig(AppConfig):
    """People, organisations and the posts people hold in them."""

    name = "people"
    verbose_name = "People and organisations"
