"""The full-text index and the vocabulary of words: made by search's migration 0001 on either
database (replacing minutes' 0003), undone by it, and (on SQLite) put back after a table
rebuild drops its triggers."""

import importlib

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection

from minutes.models import Statement
from search.backend import search_backend
from search.index import SQLITE_TRIGGERS, create_index, drop_index, ensure_index
from search.statements import read_query, search_statements
from tests.factories import make_statement

# Schema changes on SQLite cannot run inside the transaction a normal test is wrapped in.
pytestmark = pytest.mark.django_db(transaction=True)

migration = importlib.import_module("search.migrations.0001_forgiving_index")
previous_index = importlib.import_module("minutes.migrations.0003_statement_search")


def found(text: str) -> list[int]:
    return search_statements(statements=Statement.objects.all(), query=read_query(text)).ids


def index_objects() -> set[str]:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = 'minutes_statement' AND column_name = 'search_vector' "
                "UNION SELECT indexname FROM pg_indexes "
                "WHERE indexname = 'minutes_statement_search_vector' "
                "UNION SELECT table_name FROM information_schema.tables "
                "WHERE table_name = 'search_word' "
                "UNION SELECT cfgname FROM pg_ts_config WHERE cfgname = 'gp_english' "
                "UNION SELECT tgname FROM pg_trigger WHERE tgname LIKE 'search_words_%'"
            )
        else:
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE name IN "
                "('minutes_statement_fts', 'search_word_fts', 'search_word_vocab') "
                "OR (type = 'trigger' AND tbl_name = 'minutes_statement')"
            )
        return {row[0] for row in cursor.fetchall()}


def test_migration_undoes_and_redoes_the_index_keeping_existing_statements():
    statement = make_statement(text="Anthrax letters were mailed.")
    assert found("anthrax") == [statement.pk]
    made = index_objects()

    with connection.schema_editor() as editor:
        migration.backwards(apps, editor)
    # Back to minutes' 0003: its table (or column and index) and triggers only.
    if connection.vendor == "sqlite":
        previous = {"minutes_statement_fts", *previous_index.SQLITE_TRIGGERS}
    else:
        previous = {"search_vector", "minutes_statement_search_vector"}
    assert index_objects() == previous
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
    assert index_objects() == {"minutes_statement_fts", "search_word_fts", "search_word_vocab"}
    unindexed = make_statement(text="Ricin again, while no trigger ran.")
    assert found("ricin") == [before.pk]

    assert sorted(ensure_index(connection)) == sorted(SQLITE_TRIGGERS)

    assert sorted(found("ricin")) == sorted([before.pk, unindexed.pk])
    assert ensure_index(connection) == []


def test_migrate_puts_back_missing_triggers():
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("DROP TRIGGER search_statement_insert")
    call_command("migrate", verbosity=0)
    statement = make_statement(text="Tularemia cases.")

    assert found("tularemia") == [statement.pk]


def test_the_vocabulary_follows_every_write_and_counts_statements():
    first = make_statement(text="Anthrax and anthrax again.")
    make_statement(text="Anthrax, once.")
    backend = search_backend()
    assert backend.present_words(["anthrax", "again", "nowhere"]) == {"anthrax", "again"}
    assert backend.similar_words("anthrx", 3) == [("anthrax", 2)]

    first.text = "Smallpox."
    first.save()
    assert backend.similar_words("anthrx", 3) == [("anthrax", 1)]
    Statement.objects.filter(text="Anthrax, once.").delete()

    assert backend.present_words(["anthrax", "smallpox"]) == {"smallpox"}
    assert backend.similar_words("anthrx", 3) == []


def test_the_vocabulary_folds_accents_and_offers_alike_words():
    make_statement(text="Bruno Dupré and the bioterrorism unit.")
    backend = search_backend()

    assert backend.present_words(["dupré", "dupre", "dupree"]) == {"dupré", "dupre"}
    assert [word for word, _ in backend.similar_words("bioterorism", 3)] == ["bioterrorism"]
    assert [word for word, _ in backend.similar_words("btoterrorism", 3)] == ["bioterrorism"]
    assert backend.similar_words("zzzz", 3) == []
