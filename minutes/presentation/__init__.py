"""What the public pages show, shared by the views and the template tags.

Statement rows, citations, theme statistics, dates and the Jinja2 environment live here so
that `views` and `templatetags` both build on them and neither imports the other.
"""
