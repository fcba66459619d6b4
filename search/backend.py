"""The one place where SQLite and PostgreSQL differ: how an expression finds, scores and marks
statements, and what the vocabulary of statement words holds.

PostgreSQL keeps a stored `tsvector` column with a GIN index; SQLite keeps an FTS5 table whose
rowid is the statement id (search/index.py). Both are kept in sync by the database itself, so
every way of writing a statement (loader, admin, bulk_create, raw SQL) is searchable at once.
Everything outside this module, `backend_postgres.py` and `backend_sqlite.py` is the same on
both databases.
"""

from django.db import connection


def search_backend():
    """The backend for the database in use."""
    if connection.vendor == "postgresql":
        from .backend_postgres import PostgresSearch

        return PostgresSearch()
    from .backend_sqlite import SqliteSearch

    return SqliteSearch()
