"""The full-text index: made by migration 0003 on either database, undone by it, and (on
SQLite) put back after a table rebuild drops its triggers."""

import importlib

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection

from minutes.models import Statement
from search.index import SQLITE_TRIGGERS, create_index, drop_index, ensure_index
from search.statements import parse_query, search_statements
from tests.factories import make_statement

# Schema changes on SQLite cannot run inside the transaction a normal test is wrapped in.
pytestmark = pytest.mark.django_db(transaction=True)

migration = importlib.import_module("minutes.migrations.0003_statement_search")


def found(text: str) -> list[int]:
    return search_statements(statements=Statement.objects.all(), query=parse_query(text)).ids


def index_objects() -> set[str]:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = 'minutes_statement' AND column_name = 'search_vector' "
                "UNION SELECT indexname FROM pg_indexes "
                "WHERE indexname = 'minutes_statement_search_vector'"
            )
        else:
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE name = 'minutes_statement_fts' "
                "OR (type = 'trigger' AND name LIKE 'minutes_statement_fts%')"
            )
        return {row[0] for row in cursor.fetchall()}


def test_migration_undoes_and_redoes_the_index_keeping_existing_statements():
    statement = make_statement(text="Anthrax letters were mailed.")
    assert found("anthrax") == [statement.pk]
    made = index_objects()

    with connection.schema_editor() as editor:
        migration.backwards(apps, editor)
    assert index_objects() == set()
    with connection.schema_editor() as editor:
        migration.forwards(apps, editor)

    assert index_objects() == made
    assert found("anthrax") == [statement.pk]  # rows already there are indexed when made


def test_dropping_and_making_again_is_safe_to_repeat():
    with connection.schema_editor() as editor:
        drop_index(editor)
        drop_index(editor)
        create_index(editor)
    statement = make_statement(text="Smallpox stocks.")

    assert found("smallpox") == [statement.pk]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="triggers are SQLite's mechanism")
def test_triggers_lost_to_a_table_rebuild_are_put_back_and_the_index_rebuilt():
    before = make_statement(text="Ricin was found.")
    with connection.schema_editor() as editor:
        # What SQLite does for most ALTERs: a new table, a copy, the old one (and its
        # triggers) dropped.
        editor._remake_table(Statement)
    assert index_objects() == {"minutes_statement_fts"}
    unindexed = make_statement(text="Ricin again, while no trigger ran.")
    assert found("ricin") == [before.pk]

    assert sorted(ensure_index(connection)) == sorted(SQLITE_TRIGGERS)

    assert sorted(found("ricin")) == sorted([before.pk, unindexed.pk])
    assert ensure_index(connection) == []


def test_migrate_puts_back_missing_triggers():
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("DROP TRIGGER minutes_statement_fts_insert")
    call_command("migrate", verbosity=0)
    statement = make_statement(text="Tularemia cases.")

    assert found("tularemia") == [statement.pk]
