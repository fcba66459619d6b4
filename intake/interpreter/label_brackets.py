"""What a speaker label carries in brackets: a name inside them ('The Chair (Mr. John Smith)'),
an affiliation or a country's code, a note of delivery ('(spoke in French)'), an honorific."""

import re

from .names import honorific_of, parse_name

# Notes a transcript adds after a name: how the words were spoken, not who spoke them.
_DELIVERY = re.compile(
    r"^(?:spoke|speaking|interpretation|through (?:an )?interpret|via (?:video|phone|telephone)|"
    r"by (?:video|telephone|phone)|continu|cont|off[- ]mic|inaudible|translated|in \w+$|"
    r"remotely|online|virtual|translation|interpreted)",
    re.IGNORECASE,
)


def brackets(label: str) -> tuple[str, str, str]:
    """(label without its trailing brackets, a name inside them, the affiliation printed)."""
    inner, affiliation = "", ""
    while label.endswith(")") and "(" in label:
        start = _opening(label)
        if start is None:
            break
        content = label[start + 1 : -1].strip()
        label = label[:start].rstrip()
        if _DELIVERY.match(content):
            continue
        if re.fullmatch(r"[A-Z]{2,3}", content):
            affiliation = affiliation or content  # 'The President (RO)': a country's code
            continue
        nested = re.match(r"^(?P<name>[^()]+?)\s*\((?P<affiliation>.+)\)$", content)
        if nested and parse_name(nested.group("name")):
            inner, affiliation = nested.group("name"), nested.group("affiliation")
        elif parse_name(content) and parse_name(content).name and not label.endswith(")"):
            inner = inner or content
        else:
            affiliation = content
    return label, inner, affiliation


def honorific_in_brackets(label: str) -> str:
    """'DR. (SHRIMATI) KAVITA NAIR' \u2192 'DR. KAVITA NAIR'."""
    return re.sub(
        r"\s*\((\w+\.?)\)\s*",
        lambda m: " " if honorific_of(m.group(1)) else m.group(0),
        label,
    ).strip()


def _opening(text: str) -> int | None:
    """Where the bracket closed at the end of the text was opened."""
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            depth -= 1
            if depth == 0:
                return i
    return None
