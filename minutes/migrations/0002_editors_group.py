"""The Editors group: staff who keep the records, with no say over users or groups."""

import operator
from functools import reduce

from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.db.models import Q

GROUP_NAME = "Editors"

EDITED_MODELS = {
    "people": ["organisation", "organisationalias", "person", "membership"],
    "minutes": ["meeting", "panel", "panelist", "statement", "attendance", "theme"],
}
VIEWED_MODELS = {"reversion": ["revision", "version"]}


def editor_permissions(apps, using):
    """The default add/change/delete/view permissions on the records; view on their history."""
    grants = [(EDITED_MODELS, ("add", "change", "delete", "view")), (VIEWED_MODELS, ("view",))]
    wanted = [
        Q(
            content_type__app_label=app_label,
            content_type__model=model_name,
            codename__in=[f"{action}_{model_name}" for action in actions],
        )
        for models, actions in grants
        for app_label, model_names in models.items()
        for model_name in model_names
    ]
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.using(using).filter(reduce(operator.or_, wanted))


def create_editors_group(apps, schema_editor):
    using = schema_editor.connection.alias
    # Permissions are made after all migrations have run; make them now to grant them.
    for app_config in apps.get_app_configs():
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        create_permissions(app_config, apps=apps, verbosity=0, using=using)
        app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.using(using).get_or_create(name=GROUP_NAME)
    group.permissions.set(editor_permissions(apps, using))


def delete_editors_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.using(schema_editor.connection.alias).filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("people", "0001_initial"),
        ("minutes", "0001_initial"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
    ]

    operations = [
        migrations.RunPython(create_editors_group, delete_editors_group),
    ]
