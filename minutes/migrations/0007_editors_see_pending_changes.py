"""Editors see a draft's pending changes to shared records, and may drop one (not write one)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Editors"
CODENAMES = ["view_pendingchange", "delete_pendingchange"]


def grant(apps, schema_editor):
    using = schema_editor.connection.alias
    # Permissions are made after all migrations have run; make minutes' now to grant them.
    app_config = apps.get_app_config("minutes")
    models_module = getattr(app_config, "models_module", None)
    app_config.models_module = models_module or True
    create_permissions(app_config, apps=apps, verbosity=0, using=using)
    app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.using(using).get_or_create(name=GROUP_NAME)
    group.permissions.add(
        *Permission.objects.using(using).filter(
            content_type__app_label="minutes", codename__in=CODENAMES
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    using = schema_editor.connection.alias
    for group in Group.objects.using(using).filter(name=GROUP_NAME):
        group.permissions.remove(
            *Permission.objects.using(using).filter(
                content_type__app_label="minutes", codename__in=CODENAMES
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("minutes", "0006_pending_change"),
        ("minutes", "0002_editors_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
