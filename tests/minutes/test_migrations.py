import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import connection

pytestmark = pytest.mark.django_db

editors_migration = importlib.import_module("minutes.migrations.0002_editors_group")

RECORDS = {
    "people": ["organisation", "organisationalias", "person", "membership"],
    "minutes": ["meeting", "panel", "panelist", "statement", "attendance", "theme"],
}


# A draft's pending changes are seen, and may be dropped, never written (0007).
PENDING = {"minutes.view_pendingchange", "minutes.delete_pendingchange"}


def expected_permissions() -> set[str]:
    granted = {
        f"{app_label}.{action}_{model}"
        for app_label, models in RECORDS.items()
        for model in models
        for action in ("add", "change", "delete", "view")
    }
    return granted | PENDING | {"reversion.view_revision", "reversion.view_version"}


def group_permissions(group) -> set[str]:
    return {
        f"{app_label}.{codename}"
        for app_label, codename in group.permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def test_migrations_leave_an_editors_group_with_record_permissions_only():
    group = Group.objects.get(name="Editors")

    # search's 0003 adds the thesaurus, which editors keep as they keep the records.
    thesaurus = {
        f"search.{action}_thesaurusentry" for action in ("add", "change", "delete", "view")
    }
    assert group_permissions(group) == expected_permissions() | thesaurus


def test_editors_group_is_removed_and_made_again_with_missing_permissions():
    schema_editor = SimpleNamespace(connection=connection)
    editors_migration.delete_editors_group(apps, schema_editor)
    assert not Group.objects.filter(name="Editors").exists()
    Permission.objects.filter(codename="view_theme").delete()

    editors_migration.create_editors_group(apps, schema_editor)
    editors_migration.create_editors_group(apps, schema_editor)

    made_by_0002 = expected_permissions() - PENDING
    assert group_permissions(Group.objects.get(name="Editors")) == made_by_0002
    assert apps.get_app_config("minutes").models_module is not None
