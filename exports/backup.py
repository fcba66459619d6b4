"""Backing up and restoring every record (people and minutes) as a portable JSON fixture.

Foreign keys are written as natural keys (slugs), so a backup reads without knowing the
database it came from; primary keys are kept all the same, because a statement's permalink
is /statements/<pk>/ and citations of it must keep working after a restore.
"""

from collections import Counter
from pathlib import Path

from django.apps import apps
from django.core.management import call_command
from django.db import connection, transaction

from core.page_cache import bump_records_version_on_commit

RECORD_APPS = ("people", "minutes")
# Kept by staff beside the records and seeded by a migration: backed up, and on restore the
# backup's entries replace whatever the new database was seeded with.
VOCABULARY_APPS = ("search",)


class RestoreError(Exception):
    """A restore that would mix a backup with records already in the database."""


def record_models(labels: tuple[str, ...] = RECORD_APPS) -> list:
    return [model for label in labels for model in apps.get_app_config(label).get_models()]


def record_counts() -> Counter:
    """Rows per record model, labelled like 'minutes.statement'."""
    return Counter({model._meta.label_lower: model.objects.count() for model in record_models()})


def dump_records(*, path: Path | str) -> Counter:
    """Write every record to path (.json, or compressed: .json.gz, .json.bz2, .json.xz)."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    call_command(
        "dumpdata",
        *RECORD_APPS,
        *VOCABULARY_APPS,
        natural_foreign=True,
        indent=1,
        output=str(path),
        verbosity=0,
    )
    return record_counts()


def restore_records(*, path: Path | str, replace: bool = False) -> Counter:
    """Load a backup in one transaction, into a database holding no records unless replace."""
    if not Path(path).is_file():
        raise RestoreError(f"{path}: no such backup file.")
    with transaction.atomic():
        present = +record_counts()
        if present and not replace:
            raise RestoreError(
                f"The database already holds records ({_describe(present)}); restore into an "
                "empty database, or pass --replace to delete them first."
            )
        _delete_records(record_models(VOCABULARY_APPS) + (record_models() if present else []))
        call_command("loaddata", str(path), verbosity=0)
        bump_records_version_on_commit()
        return record_counts()


def _delete_records(models: list) -> None:
    # Plain DELETEs, not TRUNCATE: PostgreSQL refuses TRUNCATE in a transaction with pending
    # foreign-key checks, and the checks are deferred to the commit, so order does not matter.
    tables = [
        field.remote_field.through._meta.db_table
        for model in models
        for field in model._meta.local_many_to_many
    ]
    tables += [model._meta.db_table for model in reversed(models)]
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")


def _describe(counts: Counter) -> str:
    return ", ".join(f"{n} {label}" for label, n in sorted(counts.items()))
