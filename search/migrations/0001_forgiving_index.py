"""Forgiving full-text search: accents folded on both databases (FTS5 remove_diacritics 2;
PostgreSQL's unaccent in a text search configuration of our own, `gp_english`, whose stemmer
keeps stop words so that both databases index every word), and the vocabulary of words as
written, kept by the database with each statement written (an fts5vocab table on SQLite; the
`search_word` table with a pg_trgm index on PostgreSQL) for "did you mean".

Replaces the index of minutes/0003_statement_search. The DDL is written out here, as it was
when this migration was made: search/index.py may change with later migrations, this may not.
"""

import importlib

from django.db import migrations

SQLITE_TABLES = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS minutes_statement_fts USING fts5(text, "
    "content='minutes_statement', content_rowid='id', tokenize='porter unicode61 remove_diacritics "
    "2')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_word_fts USING fts5(text, content='', detail='none', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_word_vocab USING fts5vocab(search_word_fts, 'row')",
]

SQLITE_TRIGGERS = {
    "search_statement_delete": "AFTER DELETE ON minutes_statement BEGIN INSERT INTO "
    "minutes_statement_fts(minutes_statement_fts, rowid, text) VALUES "
    "('delete', old.id, old.text); INSERT INTO "
    "search_word_fts(search_word_fts, rowid, text) VALUES ('delete', "
    "old.id, old.text); END",
    "search_statement_insert": "AFTER INSERT ON minutes_statement BEGIN INSERT INTO "
    "minutes_statement_fts(rowid, text) VALUES (new.id, new.text); INSERT "
    "INTO search_word_fts(rowid, text) VALUES (new.id, new.text); END",
    "search_statement_update": "AFTER UPDATE OF id, text ON minutes_statement BEGIN INSERT INTO "
    "minutes_statement_fts(minutes_statement_fts, rowid, text) VALUES "
    "('delete', old.id, old.text); INSERT INTO "
    "search_word_fts(search_word_fts, rowid, text) VALUES ('delete', "
    "old.id, old.text); INSERT INTO minutes_statement_fts(rowid, text) "
    "VALUES (new.id, new.text); INSERT INTO search_word_fts(rowid, text) "
    "VALUES (new.id, new.text); END",
}

SQLITE_REBUILD = [
    "INSERT INTO minutes_statement_fts(minutes_statement_fts) VALUES ('rebuild')",
    "INSERT INTO search_word_fts(search_word_fts) VALUES ('delete-all')",
    "INSERT INTO search_word_fts(rowid, text) SELECT id, text FROM minutes_statement",
]

POSTGRES_CREATE = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE TEXT SEARCH DICTIONARY gp_english_stem (TEMPLATE = snowball, Language = english)",
    "CREATE TEXT SEARCH CONFIGURATION gp_english (COPY = english)",
    "ALTER TEXT SEARCH CONFIGURATION gp_english ALTER MAPPING FOR asciiword, asciihword, "
    "hword_asciipart WITH gp_english_stem",
    "ALTER TEXT SEARCH CONFIGURATION gp_english ALTER MAPPING FOR word, hword, hword_part WITH "
    "unaccent, gp_english_stem",
    "ALTER TABLE minutes_statement ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
    "(to_tsvector('gp_english'::regconfig, translate(text, '/.<>&', '     '))) STORED",
    "CREATE INDEX minutes_statement_search_vector ON minutes_statement USING GIN (search_vector)",
    "CREATE TABLE search_word (word text PRIMARY KEY, statements integer NOT NULL)",
    "CREATE INDEX search_word_trigrams ON search_word USING GIN (word gin_trgm_ops)",
    "INSERT INTO search_word AS known (word, statements) SELECT word, count(*) FROM (SELECT DISTINCT "
    "rows.id, found.word FROM minutes_statement AS rows, "
    "regexp_split_to_table(lower(unaccent(rows.text)), '[^[:alnum:]]+') AS found(word) WHERE "
    "found.word <> '' AND length(found.word) <= 60) AS each_word GROUP BY word ON CONFLICT (word) DO "
    "UPDATE SET statements = known.statements + EXCLUDED.statements",
    "CREATE FUNCTION search_words_added() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO "
    "search_word AS known (word, statements) SELECT word, count(*) FROM (SELECT DISTINCT rows.id, "
    "found.word FROM added_rows AS rows, regexp_split_to_table(lower(unaccent(rows.text)), "
    "'[^[:alnum:]]+') AS found(word) WHERE found.word <> '' AND length(found.word) <= 60) AS "
    "each_word GROUP BY word ON CONFLICT (word) DO UPDATE SET statements = known.statements + "
    "EXCLUDED.statements; RETURN NULL; END $$",
    "CREATE FUNCTION search_words_removed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO "
    "search_word AS known (word, statements) SELECT word, -count(*) FROM (SELECT DISTINCT rows.id, "
    "found.word FROM removed_rows AS rows, regexp_split_to_table(lower(unaccent(rows.text)), "
    "'[^[:alnum:]]+') AS found(word) WHERE found.word <> '' AND length(found.word) <= 60) AS "
    "each_word GROUP BY word ON CONFLICT (word) DO UPDATE SET statements = known.statements + "
    "EXCLUDED.statements; RETURN NULL; END $$",
    "CREATE FUNCTION search_words_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO "
    "search_word AS known (word, statements) SELECT word, -count(*) FROM (SELECT DISTINCT rows.id, "
    "found.word FROM (SELECT removed_rows.id, removed_rows.text FROM removed_rows JOIN added_rows "
    "USING (id) WHERE removed_rows.text IS DISTINCT FROM added_rows.text) AS rows, "
    "regexp_split_to_table(lower(unaccent(rows.text)), '[^[:alnum:]]+') AS found(word) WHERE "
    "found.word <> '' AND length(found.word) <= 60) AS each_word GROUP BY word ON CONFLICT (word) DO "
    "UPDATE SET statements = known.statements + EXCLUDED.statements; INSERT INTO search_word AS known "
    "(word, statements) SELECT word, count(*) FROM (SELECT DISTINCT rows.id, found.word FROM (SELECT "
    "added_rows.id, added_rows.text FROM removed_rows JOIN added_rows USING (id) WHERE "
    "removed_rows.text IS DISTINCT FROM added_rows.text) AS rows, "
    "regexp_split_to_table(lower(unaccent(rows.text)), '[^[:alnum:]]+') AS found(word) WHERE "
    "found.word <> '' AND length(found.word) <= 60) AS each_word GROUP BY word ON CONFLICT (word) DO "
    "UPDATE SET statements = known.statements + EXCLUDED.statements; RETURN NULL; END $$",
    "CREATE FUNCTION search_words_cleared() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "TRUNCATE search_word; RETURN NULL; END $$",
    "CREATE TRIGGER search_words_truncate AFTER TRUNCATE ON minutes_statement "
    "FOR EACH STATEMENT EXECUTE FUNCTION search_words_cleared()",
    "CREATE TRIGGER search_words_insert AFTER INSERT ON minutes_statement REFERENCING NEW TABLE AS "
    "added_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_added()",
    "CREATE TRIGGER search_words_delete AFTER DELETE ON minutes_statement REFERENCING OLD TABLE AS "
    "removed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_removed()",
    "CREATE TRIGGER search_words_update AFTER UPDATE ON minutes_statement REFERENCING OLD TABLE AS "
    "removed_rows NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_changed()",
]

POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS search_words_insert ON minutes_statement",
    "DROP TRIGGER IF EXISTS search_words_delete ON minutes_statement",
    "DROP TRIGGER IF EXISTS search_words_update ON minutes_statement",
    "DROP TRIGGER IF EXISTS search_words_truncate ON minutes_statement",
    "DROP FUNCTION IF EXISTS search_words_added()",
    "DROP FUNCTION IF EXISTS search_words_removed()",
    "DROP FUNCTION IF EXISTS search_words_changed()",
    "DROP FUNCTION IF EXISTS search_words_cleared()",
    "DROP TABLE IF EXISTS search_word",
    "DROP INDEX IF EXISTS minutes_statement_search_vector",
    "ALTER TABLE minutes_statement DROP COLUMN IF EXISTS search_vector",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS gp_english",
    "DROP TEXT SEARCH DICTIONARY IF EXISTS gp_english_stem",
]

SQLITE_DROP = [
    *(f"DROP TRIGGER IF EXISTS {name}" for name in SQLITE_TRIGGERS),
    "DROP TABLE IF EXISTS search_word_vocab",
    "DROP TABLE IF EXISTS search_word_fts",
    "DROP TABLE IF EXISTS minutes_statement_fts",
]


def _previous_index():
    return importlib.import_module("minutes.migrations.0003_statement_search")


def _create(schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        statements = POSTGRES_CREATE
    else:
        statements = [
            *SQLITE_TABLES,
            *(f"CREATE TRIGGER {name} {body}" for name, body in SQLITE_TRIGGERS.items()),
            *SQLITE_REBUILD,
        ]
    for sql in statements:
        schema_editor.execute(sql)


def _drop(schema_editor) -> None:
    postgresql = schema_editor.connection.vendor == "postgresql"
    for sql in POSTGRES_DROP if postgresql else SQLITE_DROP:
        schema_editor.execute(sql)


def forwards(apps, schema_editor):
    _previous_index().drop_index(schema_editor)
    _create(schema_editor)


def backwards(apps, schema_editor):
    _drop(schema_editor)
    _previous_index().create_index(schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("minutes", "0004_meeting_reading_order"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
