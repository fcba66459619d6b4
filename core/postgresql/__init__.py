"""Django's PostgreSQL backend, waiting out a short database restart instead of failing."""
