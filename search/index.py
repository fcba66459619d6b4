"""The full-text index's DDL, for the migration that creates it and the check that keeps it.

SQLite rebuilds a table to alter it (new table, copy, drop, rename) and dropping a table drops
its triggers, so after every migrate `ensure_index` puts back any missing trigger and rebuilds
the index from the statements. PostgreSQL keeps a generated column through such changes.
"""

FTS_TABLE = "minutes_statement_fts"

SQLITE_TABLE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "text, content='minutes_statement', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 0')"
)

SQLITE_TRIGGERS = {
    "minutes_statement_fts_insert": (
        "AFTER INSERT ON minutes_statement BEGIN "
        f"INSERT INTO {FTS_TABLE}(rowid, text) VALUES (new.id, new.text); END"
    ),
    "minutes_statement_fts_delete": (
        "AFTER DELETE ON minutes_statement BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, text) VALUES ('delete', old.id, old.text); "
        "END"
    ),
    "minutes_statement_fts_update": (
        "AFTER UPDATE OF id, text ON minutes_statement BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, text) VALUES ('delete', old.id, old.text); "
        f"INSERT INTO {FTS_TABLE}(rowid, text) VALUES (new.id, new.text); END"
    ),
}

SQLITE_REBUILD = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"

# PostgreSQL's parser reads "security/safety" as a file path, "U.S." as a host name and
# "<b>" as an HTML tag (skipping a <script>'s content); statements are plain text, so these
# characters are read as spaces, and words split as FTS5 splits them. The backend marks
# matches in the same translated text and puts the original characters back.
POSTGRES_DOCUMENT = "translate(text, '/.<>&', '     ')"

POSTGRES_CREATE = [
    "ALTER TABLE minutes_statement ADD COLUMN search_vector tsvector "
    f"GENERATED ALWAYS AS (to_tsvector('english'::regconfig, {POSTGRES_DOCUMENT})) STORED",
    "CREATE INDEX minutes_statement_search_vector ON minutes_statement USING GIN (search_vector)",
]
POSTGRES_DROP = [
    "DROP INDEX IF EXISTS minutes_statement_search_vector",
    "ALTER TABLE minutes_statement DROP COLUMN IF EXISTS search_vector",
]


def create_index(schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for sql in POSTGRES_CREATE:
            schema_editor.execute(sql)
        return
    schema_editor.execute(SQLITE_TABLE)
    for name, body in SQLITE_TRIGGERS.items():
        schema_editor.execute(f"CREATE TRIGGER {name} {body}")
    schema_editor.execute(SQLITE_REBUILD)


def drop_index(schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for sql in POSTGRES_DROP:
            schema_editor.execute(sql)
        return
    for name in SQLITE_TRIGGERS:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
    schema_editor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")


def ensure_index(connection) -> list[str]:
    """Put back missing SQLite triggers (and rebuild the index if any was missing); returns
    the names put back. Does nothing before the migration has created the index."""
    if connection.vendor != "sqlite":
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT type, name FROM sqlite_master WHERE name = %s OR "
            "(type = 'trigger' AND tbl_name = 'minutes_statement')",
            [FTS_TABLE],
        )
        present = {name for _, name in cursor.fetchall()}
        if FTS_TABLE not in present:
            return []
        missing = [name for name in SQLITE_TRIGGERS if name not in present]
        for name in missing:
            cursor.execute(f"CREATE TRIGGER {name} {SQLITE_TRIGGERS[name]}")
        if missing:
            cursor.execute(SQLITE_REBUILD)
    return missing
