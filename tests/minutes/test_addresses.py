"""Addresses as the pages show them."""

from minutes.presentation.addresses import web_url


def test_web_addresses_are_kept():
    assert web_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert web_url("http://example.org/") == "http://example.org/"


def test_other_schemes_and_nothing_are_dropped():
    assert web_url("javascript:alert(1)") == ""
    assert web_url("ftp://example.org/minutes.pdf") == ""
    assert web_url("minutes.pdf") == ""
    assert web_url("") == ""
    assert web_url(None) == ""
