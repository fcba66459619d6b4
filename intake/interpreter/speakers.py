"""Speaker turns: labels and names on their own line start a voice, which the paragraphs
under them keep until the next label or heading."""

import re
from dataclasses import dataclass

from .fuller_names import listed_with_place
from .labels import Label, is_role_label, name_on_its_own_line, read_label
from .lineup import mentions
from .names import ParsedName, fold, parse_name
from .people import PersonDraft, same_role
from .record import StatementDraft
from .role_holders import holder_of
from .sections import is_prose, looks_like_heading
from .units import Unit

# Offices that preside: a label naming one is the person in the chair at that point.
PRESIDING_ROLES = {"chair", "president", "speaker", "presiding officer"}
# Initials printed after a name: 'Alice Smith (AS)'.
# An IRC line's handle in angle brackets, after the time if any: '[10:03] <alice> …'.
_ANGLED = re.compile(r"^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?<[^>\s]{1,30}>")
_INITIALS_AFTER = re.compile(r"\s*\([A-Z]{2,4}\)\s*\.?$")


@dataclass
class Voice:
    """Whose the paragraphs are until the next label or heading: a person, or someone unnamed."""

    person: PersonDraft | None
    kind: str = "remark"
    note: str = ""
    note_once: bool = False  # a guess about the label is noted on its first statement only
    role: str = ""  # the office printed when no one is named ('MODERATOR:', 'The Chair:')

    def says(self, text: str, unit: Unit) -> StatementDraft:
        statement = StatementDraft(
            text, self.person, self.kind, unit, note=self.note, role=self.role
        )
        if self.note_once:
            self.note = ""
        return statement


class SpeakerReading:
    """The reader's rules for who speaks (a mixin of `turns.Reader`)."""

    def labelled(self, i: int, unit: Unit) -> bool:
        label = self.labels.get(i)
        if label is None or not self.accepted(i, label) or self._title_wrapped(i, label):
            return False
        if self._holder_line(label, unit):
            return True
        voice = self.voice_of(label, unit)
        self.begin_body(voice)
        if label.rest:
            self.record.panel.statements.append(voice.says(label.rest, unit))
        if label.scribed:
            self.voice = None  # a scribe's line is the remark whole; the next line is the minutes'
        return True

    def _holder_line(self, label: Label, unit: Unit) -> bool:
        """'Presenter: Alice Smith (AS)': an office and the listed person who holds it for this
        part of the meeting, not words spoken; the person takes the office."""
        if not is_role_label(label) or not label.rest:
            return False
        named = parse_name(_INITIALS_AFTER.sub("", label.rest).strip())
        if named is None or not named.is_full:
            return False
        person = self.record.registry.find(named)
        if person is None:
            return False
        self.record.registry.give_role(person, label.name.role)
        self.record.not_copied.append(unit)
        return True

    def speaker_line(self, i: int, unit: Unit) -> bool:
        """A name alone on its line with words under it that are not a biography of them."""
        label = name_on_its_own_line(unit)
        following = self.units[i + 1] if i + 1 < len(self.units) else None
        if label is None or following is None:
            return False
        if following.block == unit.block and not self._turn_in_one_block(unit, following):
            return False  # lines under a name in its own block are a post or a talk's title
        if not _speech(following):
            return False
        if mentions(following.text, label.name.surname) or i + 1 in self.labels:
            return False  # a biography (a line-up), or a label of its own
        if self._lone_word(label):
            return False  # 'SENATE' above the header's next line: a heading, not a speaker
        self.begin_body(self.voice_of(label, unit))
        return True

    def _turn_in_one_block(self, unit: Unit, following: Unit) -> bool:
        """'Chairperson Alvarez' / 'Good evening …' in one paragraph, as a webcast's or a
        tool's transcript prints each turn: the name opens the block and comes back as a line
        of its own elsewhere or carries an office or honorific ('Councilor Brooks'), and a
        sentence is said under it (a post or a talk's title is not one)."""
        if not unit.first or not is_prose(following.text):
            return False
        label = name_on_its_own_line(unit)
        if label is not None and (label.name.role or label.name.honorific):
            return True
        return sum(1 for other in self.units if other.text == unit.text and other.first) >= 2

    def _title_wrapped(self, i: int, label: Label) -> bool:
        """'RURAL WATER INFRASTRUCTURE:' over 'REVIEWING USDA … PROGRAMS' above the record:
        a title wrapped after its colon, not a speaker with nothing said yet."""
        following = self.units[i + 1] if i + 1 < len(self.units) else None
        return (
            not self.in_body
            and not label.rest
            and label.shape != "voice"
            and following is not None
            and following.block == self.units[i].block
            and not is_prose(following.text)
            and i + 1 not in self.labels
        )

    def _lone_word(self, label: Label) -> bool:
        """One word with no honorific or office, naming no one met so far."""
        parsed = label.name
        return (
            len(parsed.name.split()) == 1
            and not (parsed.honorific or parsed.role)
            and self.record.registry.by_word(parsed.name) is None
        )

    def accepted(self, i: int, label: Label) -> bool:
        """Strong labels always; a plain full name when words follow it; a single word or a
        handle when it recurs or names someone already met (initials too)."""
        if label.scribed:
            return self._scribed(i, label)
        if label.shape in ("voice", "role", "strong"):
            return True
        following = self.units[i + 1] if i + 1 < len(self.units) else None
        if label.shape == "full":
            return bool(label.rest) or (following is not None and is_prose(following.text))
        if label.handle:
            # A lowercase word before a colon is a chat handle when the document is a
            # conversation of handles (two or more, each recurring) or names a known person;
            # one field name repeated ('type: Action') is no speaker.
            known = self.record.registry.by_handle(label.handle) is not None
            recurs = self.label_counts[label.folded] >= 2 and self.handles >= 2
            # '<carol> +1' is a chat line by its brackets; 'carol: +1' once, between the lines
            # of a conversation of handles, is one more voice in it.
            angled = bool(_ANGLED.match(self.units[i].text))
            return known or recurs or label.tool or angled or self._in_a_chat(i)
        if self.label_counts[label.folded] >= 2 or self._between_turns(i):
            return True
        registry = self.record.registry
        # 'CW:' once: the initials of someone listed.
        return (
            registry.by_word(label.name.name) is not None
            or registry.by_initials(label.printed.strip()) is not None
        )

    def _scribed(self, i: int, label: Label) -> bool:
        """'Jane Doe - said …': a turn when the name is someone met, or (a full name) when the
        lines above or below are such lines too, one a line; else a dash in prose."""
        registry = self.record.registry
        if registry.find(label.name) or registry.near_full_name(label.name.name):
            return True
        return label.shape != "word" and any(
            (near := self.labels.get(j)) is not None
            and near.scribed
            and self.units[j].block == self.units[i].block
            for j in (i - 1, i + 1)
        )

    def _in_a_chat(self, i: int) -> bool:
        """A line next to a recurring handle's, in a conversation of handles."""
        if self.handles < 2:
            return False
        return any(
            (near := self.labels.get(j)) is not None
            and near.handle
            and self.label_counts[near.folded] >= 2
            for j in (i - 1, i + 1)
        )

    def _between_turns(self, i: int) -> bool:
        """A first name once ('* Bob: agreed, …'), between turns of a name that recurs on the
        lines above and below: one more voice of a scribe's notes, as a handle is in a chat."""
        neighbours = [self.labels.get(j) for j in (i - 1, i + 1)]
        return all(
            near is not None
            and near.shape in ("word", "full", "strong")
            and self.label_counts[near.folded] >= 2
            for near in neighbours
        )

    def voice_of(self, label: Label, unit: Unit) -> Voice:
        """The voice a label starts, and what the reviewer should check about it."""
        registry, printed = self.record.registry, label.printed
        if label.shape == "voice":
            held = label.name
            if held is not None and held.name:
                person = registry.find(held) or registry.add(held, unit.place)
                return self._placed(Voice(person, label.kind), label)  # 'Q (Cllr Ahmed):'
            holder = registry.by_role(held.role) if held is not None else None
            if holder is None and held is not None:
                named = parse_name(held.role)
                holder = registry.find(named) if named and named.name else None
            if holder is not None:
                return self._placed(Voice(holder, label.kind), label)  # 'A (Treasurer):'
            # 'Question.' / 'Answer.' under 'Question Submitted by …' / 'Response from …'.
            role = held.role if held is not None else ""  # printed elsewhere, perhaps
            return Voice(self.for_the_record.get(label.kind), label.kind, role=role)
        if label.shape == "handle":
            return Voice(registry.add_handle(label.handle, unit.place), label.kind)
        parsed = label.name
        if parsed.name and (parsed.is_full or label.shape == "full"):
            near = None if registry.find(parsed) else registry.near_full_name(parsed.name)
            if near is not None:
                note = f"{printed!r} read as {near.name}, a near spelling; check it"
                return self._placed(Voice(near, label.kind, note=note, note_once=True), label)
            person = registry.add(parsed, unit.place)
            return self._placed(Voice(person, label.kind), label)
        if not parsed.name:
            person = registry.by_role(parsed.role)
            if same_role(parsed.role) == "witness":
                person = self.for_the_record.get("answer") or person  # the one in the box now
            if same_role(parsed.role) in PRESIDING_ROLES:
                # 'President.' is whoever is in the chair now, or the one listed as the chair.
                person = self.record.presiding or person or self._listed_chair()
            if person is None:
                note = f"spoken by {printed!r}, who is not named; set the speaker"
                return Voice(None, label.kind, note=note, role=parsed.role)
            note = f"{printed!r} read as {person.name}, printed as {parsed.role}; check it"
            return self._placed(Voice(person, label.kind, note=note, note_once=True), label)
        initials = registry.by_initials(printed.strip()) if not parsed.honorific else None
        if initials is not None:
            return self._placed(Voice(initials, label.kind), label)  # 'DKM:', 'OB:'
        person = registry.find(parsed)
        if person is None and label.affiliation:
            # 'Mr. MORALES of Texas': two members of the surname, told apart by their state
            same = [p for p in registry.people if fold(p.surname) == fold(parsed.name)]
            person = listed_with_place(same, label.affiliation, [u.text for u in self.units])
        holder = self._office_holder(label) if person is None else ""
        if holder:
            # 'Sarpanch:', 'GM:': the office an officials list prints after one name.
            person = registry.find(ParsedName(holder)) or registry.add(ParsedName(holder))
            note = f"{printed!r} read as {person.name}, listed as its holder; check it"
            return self._placed(Voice(person, label.kind, note=note, note_once=True), label)
        if person is None:
            person = registry.near(parsed.name)
            if person is not None:
                note = f"{printed!r} read as {person.name}, a near spelling; check it"
                return self._placed(Voice(person, label.kind, note=note, note_once=True), label)
        person = person or registry.add(parsed, unit.place)
        if parsed.honorific and not person.honorific:
            person.honorific = parsed.honorific
        registry.give_role(person, parsed.role)
        return self._placed(Voice(person, label.kind), label)

    def _office_holder(self, label: Label) -> str:
        """The one listed holder of the office a one-word label prints, by name or initials."""
        if label.shape not in ("word", "strong") or label.name is None or label.name.honorific:
            return ""
        return holder_of(label.printed, self.offices)

    def _listed_chair(self) -> PersonDraft | None:
        """The one person listed under a chair's heading ('Chair: Mr Petre Dobrescu, …')."""
        chairs = {
            id(a.person): a.person for a in self.record.attendees if same_role(a.group) == "chair"
        }
        return next(iter(chairs.values())) if len(chairs) == 1 else None

    def voice_for(self, person: PersonDraft) -> Voice:
        """The voice of a person's written statement, placed in the panel's line-up."""
        self.record.panel.place_for(person)
        return Voice(person)

    def _placed(self, voice: Voice, label: Label) -> Voice:
        """Speakers take a place in the panel's line-up, with the office their label prints."""
        if voice.person is not None:
            place = self.record.panel.place_for(voice.person)
            if label.name and label.name.role and not place.role:
                place.role = label.name.role
        return voice


def _speech(unit: Unit) -> bool:
    """Words someone could have said: a sentence, or a few words that are no heading or name."""
    if is_prose(unit.text):
        return True
    return len(unit.text.split()) >= 3 and not (
        looks_like_heading(unit) or name_on_its_own_line(unit) or read_label(unit)
    )
