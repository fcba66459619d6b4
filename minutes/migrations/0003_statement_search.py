"""Full-text search over statements: a stored tsvector with a GIN index on PostgreSQL, an
FTS5 table kept in sync by triggers on SQLite (see minutes/search/index.py)."""

from django.db import migrations

from minutes.search.index import create_index, drop_index


def forwards(apps, schema_editor):
    create_index(schema_editor)


def backwards(apps, schema_editor):
    drop_index(schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("minutes", "0002_editors_group"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
