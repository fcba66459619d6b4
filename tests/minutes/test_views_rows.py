"""Statement rows and the links they carry."""

from django.urls import set_script_prefix

from minutes.views.rows import url_former


def test_url_former_follows_the_script_prefix_though_each_route_is_reversed_once():
    plain = url_former("people:person_detail", "slug")("ann")
    set_script_prefix("/gp/")
    try:
        mounted = url_former("people:person_detail", "slug")("ann")
    finally:
        set_script_prefix("/")

    assert (plain, mounted) == ("/people/ann/", "/gp/people/ann/")
    assert url_former("minutes:statement_detail", "pk")(7) == "/statements/7/"
