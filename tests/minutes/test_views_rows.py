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


def test_url_former_fills_a_route_of_several_arguments_in_the_order_named():
    from django.urls import reverse

    panel_url = url_former("minutes:panel_detail", "meeting_slug", "position")
    assert panel_url("gp-2012", 3) == "/meetings/gp-2012/panels/3/"
    assert panel_url("gp-2012", 3) == reverse(
        "minutes:panel_detail", kwargs={"meeting_slug": "gp-2012", "position": 3}
    )
