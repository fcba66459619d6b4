"""The speeches: panels, each speaker's line-up place, biography and statements, in order."""

import re
from dataclasses import dataclass, field

from .biography import Post, post_from_attribution, post_from_biography
from .names import HONORIFICS, ParsedName, fold, looks_like_office
from .paragraphs import Para
from .people import PersonDraft, Registry
from .shapes import (
    NUMBERED_ITEM,
    is_bracketed,
    is_prose,
    is_strong_label,
    mentions,
    name_line,
    panel_heading,
    parse_label,
)

SHORT_ITEM = 80


@dataclass
class PanelistDraft:
    """A place in a line-up, with the guesses about it that a person should check."""

    person: PersonDraft
    title: str = ""
    role: str = ""
    organisation: str = ""
    biography: str = ""
    notes: dict[str, str] = field(default_factory=dict)

    def take(self, post: Post) -> None:
        if post.role and not self.role:
            self.role = post.role[:300]
            if "role" in post.notes:
                self.notes["role"] = post.notes["role"]
        if not self.organisation and "organisation" in post.notes:
            self.organisation = post.organisation
            self.notes["organisation"] = post.notes["organisation"]


@dataclass
class StatementDraft:
    text: str
    speaker: PersonDraft | None
    kind: str
    para: Para
    note: str = ""


@dataclass
class Voice:
    """Whose the paragraphs are until the next label or name: a person, or someone unnamed."""

    person: PersonDraft | None
    kind: str = "remark"
    note: str = ""
    note_once: bool = False  # a guess about the label is noted on its first statement only

    def says(self, text: str, para: Para) -> StatementDraft:
        statement = StatementDraft(text, self.person, self.kind, para, note=self.note)
        if self.note_once:
            self.note = ""
        return statement


@dataclass
class PanelDraft:
    title: str = ""
    topic: str = ""
    panelists: list[PanelistDraft] = field(default_factory=list)
    statements: list[StatementDraft] = field(default_factory=list)

    def place_for(self, person: PersonDraft) -> PanelistDraft:
        for panelist in self.panelists:
            if panelist.person is person:
                return panelist
        panelist = PanelistDraft(person=person)
        self.panelists.append(panelist)
        return panelist

    @property
    def is_empty(self) -> bool:
        return not (self.panelists or self.statements)


def read_body(paras: list[Para], registry: Registry) -> list[PanelDraft]:
    """Panels in printed order; statements with the speaker of the nearest label or name above."""
    labels = _accepted_labels(paras, registry)
    panels, skip = [PanelDraft()], set()
    current: Voice | None = None
    for i, para in enumerate(paras):
        if i in skip:
            continue
        panel = panels[-1]
        heading = panel_heading(para.text)
        if heading:
            if not panel.is_empty or panel.title:
                panels.append(PanelDraft())
            panels[-1].title, panels[-1].topic = heading
            current = None
            continue
        if i in labels:
            current = _labelled(para, labels[i], panel, registry)
            continue
        introduced = _introduction(paras, i, panel, registry)
        if introduced:
            person, used = introduced
            current = Voice(person)
            skip.update(used)
            continue
        if is_bracketed(para.text):
            panel.statements.append(StatementDraft(para.text, None, "procedural", para))
        elif current is None:
            panel.statements.append(StatementDraft(para.text, None, "narrative", para))
        else:
            panel.statements.append(current.says(para.text, para))
    for panel in panels:
        panel.statements = _join_short_lists(panel.statements)
    return [panel for panel in panels if not panel.is_empty or panel.title]


def _accepted_labels(paras: list[Para], registry: Registry) -> dict[int, tuple]:
    """Labels that are speakers: strong ones, and names that recur or match a strong one."""
    candidates = {}
    for i, para in enumerate(paras):
        label = parse_label(para.text)
        if label and (label[1] or (label[0] and is_strong_label(label[0], para.text))):
            candidates[i] = label
    names = [fold(label[0].name) for label in candidates.values() if label[0] and label[0].name]
    known = {fold(p.name) for p in registry.people} | {fold(p.surname) for p in registry.people}
    strong = {
        fold(label[0].surname)
        for i, label in candidates.items()
        if label[0] and label[0].name and is_strong_label(label[0], paras[i].text)
    }
    accepted = {}
    for i, (parsed, rest, kind) in candidates.items():
        if (
            parsed is None
            or is_strong_label(parsed, paras[i].text)
            or names.count(fold(parsed.name)) >= 2
            or fold(parsed.name) in known
            or fold(parsed.surname) in strong | known
        ):
            accepted[i] = (parsed, rest, kind)
    return accepted


def _labelled(para: Para, label: tuple, panel: PanelDraft, registry: Registry) -> Voice:
    """The voice a label starts ('MR. DOE:', 'QUESTION:', 'THE CHAIRMAN:'), and its first words."""
    parsed, rest, kind = label
    if parsed is None:
        voice = Voice(None, kind)
    else:
        person = registry.find(parsed) if not parsed.name else registry.add(parsed)
        printed = para.text.split(":", 1)[0]
        voice = Voice(person, kind)
        if person is None:
            voice.note = f"spoken by {printed!r}, who is not named; set the speaker"
        elif not parsed.name:
            voice.note = f"{printed!r} read as {person.name}, printed as {parsed.role}; check it"
            voice.note_once = True
        if person is not None:
            place = panel.place_for(person)
            if parsed.role and not place.role:
                place.role = parsed.role
    if rest:
        panel.statements.append(voice.says(rest, para))
    return voice


def _introduction(paras: list[Para], i: int, panel: PanelDraft, registry: Registry):
    """A name on its own line, maybe a talk title or post under it, maybe a biography after."""
    para = paras[i]
    named = name_line(para.text)
    if named is None:
        return None
    parsed, attribution = named
    used, extra = {i}, []
    j = i + 1
    # Under the name, in the same block: a talk title, a post (two lines at most).
    while j < len(paras) and len(extra) < 2 and _under_the_name(paras[j], para.block):
        extra.append(paras[j].text)
        used.add(j)
        j += 1
    following = paras[j] if j < len(paras) else None
    biography = following and is_prose(following.text) and _is_biography(following, parsed)
    if not (biography or extra or parsed.honorific or attribution or _ends_run(following)):
        return None
    person = registry.add(parsed)
    place = panel.place_for(person)
    if attribution:
        place.take(post_from_attribution(attribution))
    for line in extra:
        if place.title or (not place.role and looks_like_office(line)):
            place.take(post_from_attribution(line))
        else:
            place.title = line[:300]
    if biography:
        used.add(j)
        _take_biography(following.text, person, place)
    return person, used


def _under_the_name(para: Para, block: int) -> bool:
    text = para.text
    return (
        para.block == block
        and not is_prose(text)
        and not name_line(text)
        and not panel_heading(text)
        and not parse_label(text)
    )


def _ends_run(following: Para | None) -> bool:
    """Nothing of this speaker's follows: the end, a heading or the next name."""
    return following is None or bool(panel_heading(following.text) or name_line(following.text))


def _is_biography(para: Para, parsed: ParsedName) -> bool:
    return len(para.text.split()) >= 12 and mentions(para.text, parsed.surname)


def _take_biography(text: str, person: PersonDraft, place: PanelistDraft) -> None:
    if person.in_database or (person.biography and person.biography != text):
        place.biography = text
    else:
        person.biography = text
    if not person.honorific:
        match = re.search(rf"\b(Mr|Mrs|Ms|Dr|Prof)\.?\s+{re.escape(person.surname)}\b", text)
        if match:
            person.honorific = HONORIFICS[match.group(1).lower()]
    place.take(post_from_biography(text))


def _join_short_lists(statements: list[StatementDraft]) -> list[StatementDraft]:
    """'… as following:' and the short numbered items under it are one statement."""
    out: list[StatementDraft] = []
    for statement in statements:
        last = out[-1] if out else None
        if (
            last is not None
            and last.speaker is statement.speaker
            and _opens_list(last)
            and NUMBERED_ITEM.match(statement.text)
            and len(statement.text) <= SHORT_ITEM
            and "\n" not in statement.text
            and not statement.text.rstrip().endswith((".", "!", "?"))
        ):
            separator = "\n" if statement.para.block == last.para.block else "\n\n"
            last.text = f"{last.text}{separator}{statement.text}"
            last.para = statement.para
            continue
        out.append(statement)
    return out


def _opens_list(statement: StatementDraft) -> bool:
    first_line = statement.text.split("\n", 1)[0]
    return first_line.endswith(":") and (
        "\n" in statement.text or not NUMBERED_ITEM.match(statement.text)
    )
