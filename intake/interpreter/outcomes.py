"""The record's own account of a question put, which ends whatever turn came before it:
'Passed unanimously.', 'The accounts were adopted on a show of hands.', 'On a division, the
amendment was carried: …', 'It is resolved that …', and a numbered resolution's proposer and
seconder ('Thharav No. 1: Suchak: Shri A. Anumodak: Smt. B.')."""

import re

# 'Passed unanimously.', 'Carried by majority.', 'Carried on a card vote, 24 for, 1 against.':
# one sentence, the outcome first (a speaker's 'Carried, 4 for. Thanks Priya' says more).
_OUTCOME_FIRST = re.compile(
    r"^(?:passed|carried|adopted|approved|defeated|lost|rejected)"
    r"(?:\s+(?:unanimously|nem\.?\s*con\.?|by\s+(?:a\s+)?(?:\w+\s+)?majority|by\s+\d+\s+votes?\b.*"
    r"|on\s+a\s+(?:show\s+of\s+hands|card\s+vote|vote|division|ballot|roll[- ]call)\b[^.!?]*)"
    r")?[.!]?$",
    re.IGNORECASE,
)
# 'The accounts were adopted …', 'On a division, the amendment was carried: For, …'.
_PASSIVE = re.compile(
    r"^(?:on\s+a\s+(?:division|show\s+of\s+hands|card\s+vote|vote|ballot|roll[- ]call)"
    r"(?:\s+vote)?,\s+)?the\s+(?:[\w-]+\s+){0,3}?(?:motion|resolution|amendment|accounts|report|"
    r"minutes|proposal|recommendation|declaration|budget|nomination|election)s?\s+(?:was|were)\s+"
    r"(?:(?:duly|then|unanimously)\s+)?(?:carried|passed|adopted|approved|agreed|lost|defeated|"
    r"rejected|received|accepted|noted|withdrawn)\b",
    re.IGNORECASE,
)
# 'It is resolved that …', 'It was unanimously resolved that …': the resolution's wording.
_RESOLVED_THAT = re.compile(
    r"^it\s+(?:is|was)\s+(?:hereby\s+|further\s+|unanimously\s+)?resolved\s+that\b", re.IGNORECASE
)
# The words for a motion's proposer and seconder in the languages minutes are kept in (English,
# Marathi and Hindi 'suchak'/'anumodak', Spanish, French, Italian, German).
_PROPOSER = (
    r"(?:proposer|proposed\s+by|mover|moved\s+by|suchak|prastavak|propuesto\s+por|"
    r"propos[ée]e?\s+par|proposto\s+da|antragsteller(?:in)?)"
)
_SECONDER = (
    r"(?:seconder|seconded\s+by|anumodak|anumodan|secundado\s+por|apoyado\s+por|"
    r"appuy[ée]e?\s+par|secondato\s+da|unterst[üu]tzt\s+von)"
)
# 'Resolution No. 1: Proposer: Ann Lee. Seconder: Tom Hale.', 'Thharav No. 2: Suchak: …'.
_PARTIES = re.compile(
    rf"^(?!.*\bthat\b)(?!.*:\s*$)(?:[\w-]+\s+no\.?\s*\d+[\w/-]*\s*[:.\u2013\u2014-]\s*)?{_PROPOSER}\s*[:\u2013\u2014-]?\s+"
    rf".{{3,80}}?[.;,]\s*{_SECONDER}\s*[:\u2013\u2014-]?\s+.{{3,80}}$",
    re.IGNORECASE,
)


# A motion in shorthand with its mover and seconder: 'M/S Lucia/Glenn to award …', 'MSC
# Lee/Ortiz to approve …' (the colon form is a record line of `sections`).
_SHORTHAND = re.compile(
    r"^(?:m/s(?:/[cpf])?|ms[cp])\s+[A-Z][\w'\u2019-]*\s*/\s*[A-Z][\w'\u2019-]*\s+\S", re.IGNORECASE
)


def outcome_kind(text: str) -> str:
    """'procedural' for an outcome or a motion's parties; 'narrative' for a resolution's
    wording or the record's sentence on what became of a motion or a report (whether that
    is procedure is the kinds' to say, as for any narrative); '' for anything else."""
    text = text.strip()
    if _OUTCOME_FIRST.match(text) or _PARTIES.match(text) or _SHORTHAND.match(text):
        return "procedural"
    if _RESOLVED_THAT.match(text) or _PASSIVE.match(text):
        return "narrative"
    return ""
