"""The numbers an ordered list prints: `start`, `reversed`, an item's `value`, the `type`."""

from dataclasses import dataclass

from lxml.html import HtmlElement

ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def roman(number: int) -> str:
    if not 0 < number < 4000:
        return str(number)
    digits = []
    for value, letters in ROMAN:
        count, number = divmod(number, value)
        digits.append(letters * count)
    return "".join(digits)


def letters(number: int) -> str:
    if number < 1:
        return str(number)
    word = ""
    while number:
        number, rest = divmod(number - 1, 26)
        word = chr(ord("a") + rest) + word
    return word


def printed(number: int, list_type: str) -> str:
    """`number` as a list of `type` shows it (1, a, A, i, I)."""
    if list_type in ("a", "A"):
        text = letters(number)
    elif list_type in ("i", "I"):
        text = roman(number)
    else:
        return str(number)
    return text.upper() if list_type.isupper() else text


def integer(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


@dataclass
class ListCounter:
    """Counts the items of one list as a browser numbers them; a bullet list has no numbers."""

    ordered: bool
    list_type: str
    number: int
    step: int

    @classmethod
    def for_list(cls, element: HtmlElement) -> "ListCounter":
        ordered = element.tag == "ol"
        step = -1 if element.get("reversed") is not None else 1
        start = integer(element.get("start"))
        if start is None:
            items = sum(1 for child in element if child.tag == "li")
            start = items if step < 0 else 1
        return cls(ordered, element.get("type", "1"), start, step)

    def next_marker(self, item: HtmlElement) -> str:
        """The marker of `item`, "" in a bullet list; an item's `value` sets the count."""
        if not self.ordered:
            return ""
        value = integer(item.get("value"))
        if value is not None:
            self.number = value
        marker = f"{printed(self.number, self.list_type)}."
        self.number += self.step
        return marker
