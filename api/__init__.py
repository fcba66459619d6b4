"""The public, read-only JSON API (Django REST framework) and its OpenAPI schema."""
