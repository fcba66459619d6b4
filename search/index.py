"""The full-text index's DDL as it stands (made by search/migrations/0001_forgiving_index, which
keeps its own copy), and the check that keeps it after migrations.

Two things are kept in step with every statement written, by the database itself:
- the index of statement text, accents folded and words stemmed: an FTS5 table (SQLite), a
  stored tsvector with a GIN index in our own configuration `gp_english` (PostgreSQL: unaccent,
  then the Snowball English stemmer without a stop-word list, so "WHO" is indexed as SQLite
  indexes it);
- the vocabulary: every word as written (lower case, accents folded) with the number of
  statements it is in, for "did you mean" and for telling a known word from an unknown one.
  SQLite reads it from a second, position-free FTS5 table through fts5vocab; PostgreSQL keeps
  a table `search_word` by statement-level triggers, with a trigram index (pg_trgm).

SQLite rebuilds a table to alter it (new table, copy, drop, rename) and dropping a table drops
its triggers, so after every migrate `ensure_index` puts back any missing trigger and rebuilds
both indexes from the statements. PostgreSQL keeps its column and triggers through such changes.
"""

FTS_TABLE = "minutes_statement_fts"
WORDS_TABLE = "search_word_fts"
VOCABULARY = "search_word_vocab"

SQLITE_TABLES = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "text, content='minutes_statement', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {WORDS_TABLE} USING fts5("
    "text, content='', detail='none', tokenize='unicode61 remove_diacritics 2')",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCABULARY} USING fts5vocab({WORDS_TABLE}, 'row')",
]


def _sqlite_writes(row: str, action: str) -> str:
    if action == "delete":
        return (
            f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, text) "
            f"VALUES ('delete', {row}.id, {row}.text); "
            f"INSERT INTO {WORDS_TABLE}({WORDS_TABLE}, rowid, text) "
            f"VALUES ('delete', {row}.id, {row}.text); "
        )
    return (
        f"INSERT INTO {FTS_TABLE}(rowid, text) VALUES ({row}.id, {row}.text); "
        f"INSERT INTO {WORDS_TABLE}(rowid, text) VALUES ({row}.id, {row}.text); "
    )


SQLITE_TRIGGERS = {
    "search_statement_insert": (
        f"AFTER INSERT ON minutes_statement BEGIN {_sqlite_writes('new', 'insert')}END"
    ),
    "search_statement_delete": (
        f"AFTER DELETE ON minutes_statement BEGIN {_sqlite_writes('old', 'delete')}END"
    ),
    "search_statement_update": (
        "AFTER UPDATE OF id, text ON minutes_statement BEGIN "
        f"{_sqlite_writes('old', 'delete')}{_sqlite_writes('new', 'insert')}END"
    ),
}

SQLITE_REBUILD = [
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
    f"INSERT INTO {WORDS_TABLE}({WORDS_TABLE}) VALUES ('delete-all')",
    f"INSERT INTO {WORDS_TABLE}(rowid, text) SELECT id, text FROM minutes_statement",
]

# PostgreSQL's parser reads "security/safety" as a file path, "U.S." as a host name and
# "<b>" as an HTML tag (skipping a <script>'s content); statements are plain text, so these
# characters are read as spaces, and words split as FTS5 splits them. The backend marks
# matches in the same translated text and puts the original characters back.
POSTGRES_DOCUMENT = "translate(text, '/.<>&', '     ')"
POSTGRES_CONFIG = "gp_english"

# Words as FTS5's unicode61 tokenizer reads them: runs of letters and digits, accents folded.
_WORDS_OF = (
    "SELECT DISTINCT rows.id, found.word FROM {rows} AS rows, "
    "regexp_split_to_table(lower(unaccent(rows.text)), '[^[:alnum:]]+') AS found(word) "
    "WHERE found.word <> '' AND length(found.word) <= 60"
)
_COUNT_WORDS = (
    "INSERT INTO search_word AS known (word, statements) "
    "SELECT word, {sign}count(*) FROM ({words}) AS each_word GROUP BY word "
    "ON CONFLICT (word) DO UPDATE SET statements = known.statements + EXCLUDED.statements"
)

# An update trigger with transition tables cannot name its columns: it fires for any update,
# and counts again only the rows whose text changed.
_CHANGED = (
    "(SELECT {side}.id, {side}.text FROM removed_rows JOIN added_rows USING (id) "
    "WHERE removed_rows.text IS DISTINCT FROM added_rows.text)"
)


def _count_words(rows: str, sign: str) -> str:
    return _COUNT_WORDS.format(sign=sign, words=_WORDS_OF.format(rows=rows))


POSTGRES_CREATE = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE TEXT SEARCH DICTIONARY gp_english_stem (TEMPLATE = snowball, Language = english)",
    f"CREATE TEXT SEARCH CONFIGURATION {POSTGRES_CONFIG} (COPY = english)",
    f"ALTER TEXT SEARCH CONFIGURATION {POSTGRES_CONFIG} "
    "ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH gp_english_stem",
    f"ALTER TEXT SEARCH CONFIGURATION {POSTGRES_CONFIG} "
    "ALTER MAPPING FOR word, hword, hword_part WITH unaccent, gp_english_stem",
    "ALTER TABLE minutes_statement ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
    f"(to_tsvector('{POSTGRES_CONFIG}'::regconfig, {POSTGRES_DOCUMENT})) STORED",
    "CREATE INDEX minutes_statement_search_vector ON minutes_statement USING GIN (search_vector)",
    "CREATE TABLE search_word (word text PRIMARY KEY, statements integer NOT NULL)",
    "CREATE INDEX search_word_trigrams ON search_word USING GIN (word gin_trgm_ops)",
    _count_words("minutes_statement", ""),
    "CREATE FUNCTION search_words_added() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"{_count_words('added_rows', '')}; RETURN NULL; END $$",
    "CREATE FUNCTION search_words_removed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"{_count_words('removed_rows', '-')}; RETURN NULL; END $$",
    "CREATE FUNCTION search_words_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"{_count_words(_CHANGED.format(side='removed_rows'), '-')}; "
    f"{_count_words(_CHANGED.format(side='added_rows'), '')}; RETURN NULL; END $$",
    "CREATE FUNCTION search_words_cleared() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "TRUNCATE search_word; RETURN NULL; END $$",
    # TRUNCATE fires no delete trigger (and a test database is emptied so between tests).
    "CREATE TRIGGER search_words_truncate AFTER TRUNCATE ON minutes_statement "
    "FOR EACH STATEMENT EXECUTE FUNCTION search_words_cleared()",
    "CREATE TRIGGER search_words_insert AFTER INSERT ON minutes_statement "
    "REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_added()",
    "CREATE TRIGGER search_words_delete AFTER DELETE ON minutes_statement "
    "REFERENCING OLD TABLE AS removed_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION search_words_removed()",
    "CREATE TRIGGER search_words_update AFTER UPDATE ON minutes_statement "
    "REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION search_words_changed()",
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
    f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {POSTGRES_CONFIG}",
    "DROP TEXT SEARCH DICTIONARY IF EXISTS gp_english_stem",
]


def create_index(schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for sql in POSTGRES_CREATE:
            schema_editor.execute(sql)
        return
    for sql in SQLITE_TABLES:
        schema_editor.execute(sql)
    for name, body in SQLITE_TRIGGERS.items():
        schema_editor.execute(f"CREATE TRIGGER {name} {body}")
    for sql in SQLITE_REBUILD:
        schema_editor.execute(sql)


def drop_index(schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for sql in POSTGRES_DROP:
            schema_editor.execute(sql)
        return
    for name in SQLITE_TRIGGERS:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in (VOCABULARY, WORDS_TABLE, FTS_TABLE):
        schema_editor.execute(f"DROP TABLE IF EXISTS {table}")


def ensure_index(connection) -> list[str]:
    """Put back missing SQLite triggers (and rebuild the indexes if any was missing); returns
    the names put back. Does nothing before the migration has created the index."""
    if connection.vendor != "sqlite":
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT type, name FROM sqlite_master WHERE name = %s OR "
            "(type = 'trigger' AND tbl_name = 'minutes_statement')",
            [WORDS_TABLE],
        )
        present = {name for _, name in cursor.fetchall()}
        if WORDS_TABLE not in present:
            return []
        missing = [name for name in SQLITE_TRIGGERS if name not in present]
        for name in missing:
            cursor.execute(f"CREATE TRIGGER {name} {SQLITE_TRIGGERS[name]}")
        if missing:
            for sql in SQLITE_REBUILD:
                cursor.execute(sql)
    return missing
