"""Links formed without reverse() for each row."""

from django.urls import set_script_prefix

from core.links import url_former, url_template


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


def test_url_former_takes_the_arguments_in_any_order():
    panel_url = url_former("minutes:panel_detail", "position", "meeting_slug")
    assert panel_url(3, "gp-2012") == "/meetings/gp-2012/panels/3/"


def test_url_former_of_a_route_without_arguments():
    assert url_former("minutes:meeting_list")() == "/meetings/"


def test_url_template_is_a_format_string_in_the_order_named():
    template = url_template("minutes:panel_detail", "position", "meeting_slug")
    assert template.format(3, "gp-2012") == "/meetings/gp-2012/panels/3/"
    assert url_template("minutes:statement_detail", "pk").format(7) == "/statements/7/"
