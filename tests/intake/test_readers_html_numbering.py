"""How an HTML ordered list numbers its items."""

from lxml.html import fragment_fromstring

from intake.readers.html.numbering import ListCounter, letters, printed, roman


def markers(markup: str) -> list[str]:
    element = fragment_fromstring(markup)
    counter = ListCounter.for_list(element)
    return [counter.next_marker(item) for item in element if item.tag == "li"]


def test_start_value_and_reversed():
    assert markers('<ol start="4"><li>a</li><li>b</li></ol>') == ["4.", "5."]
    assert markers('<ol><li>a</li><li value="10">b</li><li>c</li></ol>') == ["1.", "10.", "11."]
    assert markers("<ol reversed><li>a</li><li>b</li><li>c</li></ol>") == ["3.", "2.", "1."]
    assert markers('<ol start="x"><li>a</li></ol>') == ["1."]


def test_types_print_letters_and_roman_numerals():
    assert markers('<ol type="a" start="26"><li>a</li><li>b</li></ol>') == ["z.", "aa."]
    assert markers('<ol type="I" start="3"><li>a</li><li>b</li></ol>') == ["III.", "IV."]


def test_bullet_lists_have_no_markers():
    assert markers("<ul><li>a</li></ul>") == [""]


def test_number_words():
    assert [letters(n) for n in (1, 26, 27, 52, 0)] == ["a", "z", "aa", "az", "0"]
    assert [roman(n) for n in (4, 9, 14, 1990, 0)] == ["iv", "ix", "xiv", "mcmxc", "0"]
    assert printed(7, "1") == "7"
