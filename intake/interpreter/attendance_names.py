"""How an attendance list may print a name: surname first ('Mthembu, Ms N (ANC)'), or with
the member a substitute sat for after it ('Ole Kjærsgaard (V) for Jens Holm')."""

import re

from .names import parse_name

# A surname printed first, then an honorific and initials: 'Mthembu, Ms N (ANC)',
# 'Van der Berg, Dr A.B.'; a name's notes in brackets may follow.
_SURNAME_FIRST = re.compile(
    r"^(?P<surname>(?:[A-Z][\w'\u2019-]+\s)?[A-Z][\w'\u2019-]+),\s+"
    r"(?P<given>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Hon|Adv|Cllr)\.?\s+"
    r"(?:[A-Z]\.?\s?){1,3}|(?:[A-Z]\.){1,3})"
    r"(?P<after>\s*\([^()]*\))?$"
)
_FOR_SOMEONE = re.compile(
    r"(?<=[\w)])\s+(?:for|replacing|in place of|substituting for)\s+"
    r"(?P<whom>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3})$"
)


def without_whom_replaced(text: str) -> str:
    """'Ole Kjærsgaard (V) for Jens Holm' → 'Ole Kjærsgaard (V)': a substitute and the member
    they sat for, who is listed as absent; 'Minister for Agriculture' is left whole."""
    match = _FOR_SOMEONE.search(text)
    if not match:
        return text
    other = parse_name(match.group("whom"))
    before = parse_name(re.sub(r"\s*\([^()]*\)", "", text[: match.start()]).strip())
    people = all(p is not None and p.is_full and not p.role for p in (other, before))
    return text[: match.start()] if people else text  # 'Under-Secretary of State for …': whole


def surname_first(text: str) -> str:
    """'Mthembu, Ms N (ANC)' → 'Ms N Mthembu (ANC)': a directory's surname first, then an
    honorific and initials; other text unchanged."""
    match = _SURNAME_FIRST.match(text.strip())
    if not match:
        return text
    given = match.group("given").strip()
    after = f" {match.group('after').strip()}" if match.group("after") else ""
    return f"{given} {match.group('surname')}{after}"
