"""Web-page furniture (navigation, banners, share links, sign-in footers), by general rules."""

import re

from .paragraphs import Para

_WHOLE_LINE = [
    r"(?:back|return|go) to (?:the )?top(?: of (?:the )?page)?",
    r"top of (?:the )?page",
    r"(?:printable|print)(?: banner| version| this page| friendly(?: version)?| page)?",
    r"skip (?:to|navigation)\b.*",
    r"(?:share|e-?mail|tweet|bookmark)(?: this(?: page| article| story)?)?",
    r"(?:home|you are here)\s*[>\u203a\u00bb|/:].*",
    r"(?:©|\(c\)|copyright\b).{0,200}",
    r"(?:page )?last (?:updated|modified|reviewed)\b.{0,60}",
    r"page \d+(?: of \d+)?",
    r"(?:follow us|connect with us|subscribe|rss|sitemap|site map|privacy policy|terms of use"
    r"|accessibility|contact us|faqs?|related (?:links|content|articles|resources)|see also"
    r"|main menu|menu|search|navigation|breadcrumbs?|toggle navigation|more)\W*",
    r"(?:previous|next)(?: page| article| story| item)?\W*",
    r"\[(?:image|photo|graphic|video|logo)[^\]]*\]",
    r"(?:image|photo|logo|seal|banner|emblem)(?: of|:)\s.{0,80}",
    r".{0,80}\s[-\u2013\u2014|]\s(?:great )?(?:seal|logo|banner|emblem|crest|icon|image|photo)",
    r"[\W_]+",  # rules and separators: "* * *", "-----"
]
_FURNITURE_LINE = re.compile(rf"^(?:{'|'.join(_WHOLE_LINE)})$", re.IGNORECASE)
# Words of sign-in, cookie and subscription footers; two or more in a short paragraph mark one.
_FOOTER_CUES = re.compile(
    r"\b(?:sign in|sign up|log in|log on|create (?:your|an) (?:own )?(?:customi[sz]ed )?"
    r"(?:account|page)|already have an account|click the logo|check out our faq|"
    r"learn more\?|cookies|privacy policy|terms of use|subscribe|newsletter|all rights reserved|"
    r"javascript|find out more|websites|openid|single sign-on|your account|enabled account)",
    re.IGNORECASE,
)


def is_furniture(text: str) -> bool:
    text = text.strip()
    if _FURNITURE_LINE.match(text):
        return True
    return len(text) <= 400 and len({m.lower() for m in _FOOTER_CUES.findall(text)}) >= 2


_END_OF_CONTENT = re.compile(r"^(?:back|return|go) to (?:the )?top\b", re.IGNORECASE)
FOOTER_REACH = 5


def drop_furniture(paras: list[Para]) -> tuple[list[Para], list[Para]]:
    """(kept, dropped); a few short paragraphs after a closing 'Back to Top' are the footer."""
    kept, dropped = [], []
    for para in paras:
        (dropped if is_furniture(para.text) else kept).append(para)
    ends = [i for i, para in enumerate(paras) if _END_OF_CONTENT.match(para.text)]
    if ends:
        footer = paras[ends[-1] + 1 :]
        if len(footer) <= FOOTER_REACH and all(len(p.text) <= 400 for p in footer):
            kept = [p for p in kept if p not in footer]
            dropped = sorted({id(p): p for p in dropped + footer}.values(), key=lambda p: p.line)
    return kept, dropped
