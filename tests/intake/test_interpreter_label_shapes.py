"""Labels besides 'Name:': a period or a dash after the name, a tool's timestamp, descriptors
after a comma, language notes, anonymous voices — each class with variants of its own."""

import pytest

from intake.interpreter import draft_from_document
from intake.interpreter.label_shapes import (
    dash_or_period_label,
    is_anonymous,
    post_after_name,
    spoken_row,
    title_and_subtitle,
)
from intake.interpreter.labels import read_label
from tests.intake.blocks import document, text_document
from tests.intake.test_interpreter_labels import unit


@pytest.mark.parametrize(
    "text, name, role, rest",
    [
        ("Mr. KOWALSKI. Thank you, Madam Chair.", "Kowalski", "", "Thank you, Madam Chair."),
        ("The CHAIRWOMAN. The committee will come to order.", "", "Chairwoman",
         "The committee will come to order."),
        ("Ms. DIAZ of Oregon. I yield back.", "Diaz", "", "I yield back."),
        ("Senator McCARTHY. Could the witness repeat that?", "McCarthy", "Senator",
         "Could the witness repeat that?"),
        ("Vice-President. \u2013 The sitting is open.", "", "Vice-President",
         "The sitting is open."),
        ("DR. OYELARAN \u2014 Yes, that is correct.", "Oyelaran", "", "Yes, that is correct."),
        ("Ms. Park -- I agree with all of that, for the record.", "Park", "",
         "I agree with all of that, for the record."),
        ("Chairwoman Ortiz \u2014 Roll call, please.", "Ortiz", "Chairwoman",
         "Roll call, please."),
        # Words in capitals that end a sentence are still said.
        ("MR. HILL \u2014 Thank You Very Much.", "Hill", "", "Thank You Very Much."),
        # A scribe's name, a dash and the remark reported in lower case.
        ("Jane Doe - said the budget was tight.", "Jane Doe", "", "said the budget was tight."),
        ("Tom Baker \u2014 asked whether the hall was booked.", "Tom Baker", "",
         "asked whether the hall was booked."),
        ("Cllr Ann Lee \u2013 noted that the grant arrives in June", "Ann Lee", "",
         "noted that the grant arrives in June"),
        ("Dr. M. Khan - reported on the audit.", "M. Khan", "", "reported on the audit."),
        ("Jane Doe \u2013 it is booked, the deposit is paid", "Jane Doe", "",
         "it is booked, the deposit is paid"),
    ],
)  # fmt: skip
def test_a_period_or_a_dash_ends_a_label(text, name, role, rest):
    label = read_label(unit(text))
    assert (label.name.name, label.name.role, label.rest) == (name, role, rest)


@pytest.mark.parametrize(
    "text",
    [
        "Housing \u2013 the council agreed to publish the review in May.",
        "Jo Bell \u2013 Treasurer",
        "Ann Lee \u2014 Non-Executive Director",
        "USDA. The agency has not replied.",
        "Budget 2024 -- see the attached paper.",
        # A name in title case after the dash: a banner's subtitle, not words said.
        "TIDEWATCH \u2013 Coastal Flood Early Warning Consortium",
        "ACME \u2014 Annual Report of the Board",
        # A dash inside prose, and an action's owner before a bare verb.
        "The cost - as everyone noted - was high.",
        "Main Street \u2013 the council agreed to resurface it in May.",
        "Budget Update - said to be delayed until June.",
        "Jane Doe - to circulate the revised budget by Friday.",
        "Helen \u2014 reply to Faculty on options (by 17 May)",
        "Callum \u2014 email MA students re microfilm",
    ],
)
def test_a_dash_or_period_in_prose_or_a_list_is_no_label(text):
    label = read_label(unit(text))
    assert label is None or label.rest == ""


@pytest.mark.parametrize(
    "text, name",
    [
        ("Priya Raman  01:02:03", "Priya Raman"),
        ("Okafor, Chidi   12:04", "Chidi Okafor"),
        ("de la Cruz, Ana 0:05", "Ana de la Cruz"),
        ("Tomasz  [00:14:09]", "Tomasz"),
        # Caption files print the name in brackets before the time.
        ("[Priya Raman] 18:30:11", "Priya Raman"),
        ("[Okafor, Chidi] 00:03:12", "Chidi Okafor"),
        # A tool's tag after the name is no part of it.
        ("Daniel Osei (Guest)   2:14", "Daniel Osei"),
        ("Okafor, Chidi (External)  00:05:01", "Chidi Okafor"),
    ],
)
def test_a_tools_name_and_time_line_is_a_label_with_nothing_after_it(text, name):
    label = read_label(unit(text))
    assert (label.shape, label.name.name, label.rest) == ("strong", name, "")


@pytest.mark.parametrize(
    "text, name, rest",
    [
        ("[01:02:03] Lena Ruiz: Hello, everyone.", "Lena Ruiz", "Hello, everyone."),
        ("(00:00:07) Bram de Wit: Shall we start?", "Bram de Wit", "Shall we start?"),
        ("00:12:44 Nia: I second that.", "Nia", "I second that."),
    ],
)
def test_a_leading_timestamp_belongs_to_the_label(text, name, rest):
    label = read_label(unit(text))
    assert (label.name.name, label.rest) == (name, rest)


@pytest.mark.parametrize(
    "text",
    [
        "Speaker 3: Can you hear me?",
        "Call-in user_12: Hello?",
        "Maria's iPhone: Sorry, I was muted.",
        "Unit 12B owner: What about the roof?",
        "Participant #4: One question.",
        "Unidentified Male: Inaudible.",
        "+44 20 7946 0000: Hello?",
    ],
)
def test_anonymous_voices_name_no_one(text):
    label = read_label(unit(text))
    assert label.shape == "voice" and label.name is None


@pytest.mark.parametrize(
    "text, name, kind, rest",
    [
        ("Ana Silva, on behalf of the Greens/EFA Group. \u2013 (PT) Madam President, no.",
         "Ana Silva", "remark", "Madam President, no."),
        ("Tomas Berg (EPP), blue-card question. \u2013 Do you accept the figures?",
         "Tomas Berg", "question", "Do you accept the figures?"),
        ("Ines Moreau (Renew), blue-card answer. \u2013 (FR) I do, with one caveat.",
         "Ines Moreau", "answer", "I do, with one caveat."),
        ("Lars Eklund, Member of the Commission. \u2013 Thank you, honourable Members.",
         "Lars Eklund", "remark", "Thank you, honourable Members."),
        ("Rosa Vidal (S&D), in writing. \u2013 The deposit scheme works.",
         "Rosa Vidal", "remark", "The deposit scheme works."),
        # Language notes after the colon, however the transcript words them.
        ("Mr. Okoro: (spoke in French) We support the draft.", "Okoro", "remark",
         "We support the draft."),
        ("Mr. Abe: (interpretation) We also support it.", "Abe", "remark",
         "We also support it."),
        ("Ms. Kline: [through an interpreter] Agreed.", "Kline", "remark", "Agreed."),
        ("Mr. Ruiz: (Interpretation from Spanish) Gracias.", "Ruiz", "remark", "Gracias."),
        # A bracket that is no language note stays in the words.
        ("Ms. Kline: (in camera) We close the doors.", "Kline", "remark",
         "(in camera) We close the doors."),
        ("Ms. Kline: (no) Not at all.", "Kline", "remark", "(no) Not at all."),
    ],
)  # fmt: skip
def test_descriptors_and_language_notes_are_no_part_of_name_or_text(text, name, kind, rest):
    label = read_label(unit(text))
    assert (label.name.name, label.kind, label.rest) == (name, kind, rest)


@pytest.mark.django_db
def test_a_tool_transcript_gives_turns_without_timestamps_or_tool_lines():
    doc = document(
        "Garden Committee-20240305_190212-Meeting Recording",
        "March 5, 2024, 7:02PM",
        "31m 4s",
        "Okafor, Chidi started transcription",
        "Okafor, Chidi   0:04",
        "Right, let's begin. Welcome, everyone.",
        "Lindqvist, Maja   0:31",
        "Thanks. The seed order went in on Friday.",
        "It should arrive next week.",
        "Okafor, Chidi   1:15",
        "Good. Anything else?",
        "Okafor, Chidi stopped transcription",
    )
    data = draft_from_document(document=doc, themes=[]).data
    names = {p["key"]: p["name"] for p in data["people"]}
    said = [(names[s["speaker"]], s["text"]) for s in data["panels"][0]["statements"]]
    assert said == [
        ("Chidi Okafor", "Right, let's begin. Welcome, everyone."),
        ("Maja Lindqvist", "Thanks. The seed order went in on Friday."),
        ("Maja Lindqvist", "It should arrive next week."),
        ("Chidi Okafor", "Good. Anything else?"),
    ]
    assert data["meeting"]["date"] == "2024-03-05"


@pytest.mark.parametrize(
    "text, name, honorific",
    [
        ("Elin S:t Clair: Yes, the array is funded.", "Elin S:t Clair", ""),
        ("*SHRI K. SELVARAJ (NAMAKKAL): Madam, one question.", "K. Selvaraj", "Shri"),
        ("DR. (SHRIMATI) KAVITA NAIR (ALAPPUZHA): Madam, my question.", "Kavita Nair", "Dr."),
        ("\u2020Mr. Tom Abara: Thank you.", "Tom Abara", "Mr."),
    ],
)
def test_marks_honorifics_in_brackets_and_colons_inside_names(text, name, honorific):
    label = read_label(unit(text))
    assert (label.name.name, label.name.honorific) == (name, honorific)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "line", ["(SHRIMATI MEENAKSHI IYER in the Chair)", "[Ms Ada Rhee in the Chair]"]
)
def test_a_bracketed_line_saying_who_is_in_the_chair(line):
    doc = document("Debates", "Tuesday, July 26, 2016", "HON. SPEAKER: Order.", line,
                   "HON. CHAIRPERSON: The House stands adjourned.")  # fmt: skip
    data = draft_from_document(document=doc, themes=[]).data
    chair = [a["person"] for a in data["attendees"] if a["group"] == "In the Chair"]
    last = data["panels"][-1]["statements"][-1]
    assert len(chair) == 1 and last["speaker"] == chair[0]


@pytest.mark.parametrize(
    "text, handle",
    [
        ("[05-Mar-19 07:00 PM] nell.b#4410", "nell.b"),
        ("[2019-03-05 19:01] dr_ffion", "dr_ffion"),
        ("[3/5/2019 7:08 PM] sparkyfox#3321", "sparkyfox"),
    ],
)
def test_a_chat_exports_header_line_is_its_senders_label(text, handle):
    label = read_label(unit(text))
    assert (label.handle, label.rest, label.tool) == (handle, "", True)


@pytest.mark.parametrize(
    "text", ["[Recess] members left", "[10:21] The meeting resumed.", "[Draft v2] minutes"]
)
def test_bracketed_notes_are_no_chat_header(text):
    label = read_label(unit(text))
    assert label is None or not label.tool or label.rest


@pytest.mark.parametrize(
    "text, name",
    [
        ("18:32:05 From Mereth Jones to Everyone:", "Mereth Jones"),
        ("00:14:09 From Ana de la Cruz to Me (Direct Message):", "Ana de la Cruz"),
        ("19:02:44\t From  Tomas Berg : ", "Tomas Berg"),
    ],
)
def test_a_saved_meeting_chats_header_line_is_its_senders_label(text, name):
    label = read_label(unit(text))
    assert (label.name.name, label.rest, label.tool) == (name, "", True)


@pytest.mark.parametrize(
    "text, name, rest",
    [
        ("18:32:05 From Mereth Jones to Everyone: Can you hear me?", "Mereth Jones",
         "Can you hear me?"),
        ("19:02:44\t From  Tomas Berg : Thanks all", "Tomas Berg", "Thanks all"),
    ],
)  # fmt: skip
def test_a_saved_meeting_chats_message_on_the_header_line(text, name, rest):
    label = read_label(unit(text))
    assert (label.name.name, label.rest) == (name, rest)


@pytest.mark.parametrize(
    "text",
    [
        "18:32 From the floor it was asked whether the hall is insured.",
        "From 1 April: the new rates apply.",
        "[Recess] 18:30",
    ],
)
def test_prose_starting_from_or_a_bracketed_note_is_no_chat_label(text):
    label = read_label(unit(text))
    assert label is None or label.rest or not label.tool


@pytest.mark.django_db
def test_a_caption_file_merged_with_its_chat_gives_each_sender_their_words():
    doc = text_document(
        "Webinar: Community questions\n23 July 2019\n"
        "Panellists: Ana Ruiz (Chair); Dr Ben Okoro (Clerk)\n\n"
        "[Ana Ruiz] 18:30:40\nGood evening everyone. We start with the chat.\n\n"
        "18:32:05 From Mereth Jones to Everyone:\n\tWhen will the late bus come back?\n\n"
        "[Ben Okoro] 18:32:30\nMereth asks when the late bus comes back.\n"
    )
    data = draft_from_document(document=doc, themes=[]).data
    names = {p["key"]: p["name"] for p in data["people"]}
    said = [(names.get(s["speaker"]), s["text"]) for s in data["panels"][0]["statements"]]
    assert ("Mereth Jones", "When will the late bus come back?") in said
    assert ("Ben Okoro", "Mereth asks when the late bus comes back.") in said
    assert not any("From Mereth" in text for _, text in said)


@pytest.mark.parametrize(
    "printed, rest, titled",
    [
        ("COMBATING ROBOCALLS", "PROTECTING CONSUMERS", True),
        ("BUDGET HEARING", "FISCAL YEAR 2024 PROPOSALS", True),
        ("MR. HILL", "AYE", False),
        ("MR. HILL", "THANK YOU VERY MUCH.", False),
        ("THE CHAIRMAN", "The committee will come to order", False),
    ],
)
def test_a_title_in_capitals_with_its_subtitle_is_no_label(printed, rest, titled):
    assert title_and_subtitle(printed, rest) is titled


@pytest.mark.django_db
def test_a_hearing_title_with_a_subtitle_names_no_speaker():
    doc = document(
        "COMBATING ROBOCALLS: PROTECTING CONSUMERS",
        "March 6, 2018",
        "Senator Ann Whitford: Good morning. Mr. Ivo Ng, please proceed.",
        "Mr. Ivo Ng: Thank you, Chairman.",
    )
    data = draft_from_document(document=doc, themes=[]).data
    assert not any("robocalls" in p["key"] for p in data["people"])


@pytest.mark.parametrize("text", ["Item 4 (continued)  12:04", "Break (lunch) 1:15 to 2:00"])
def test_a_line_with_a_bracket_and_a_time_that_names_no_one_is_no_label(text):
    label = read_label(unit(text))
    assert label is None or not label.tool


@pytest.mark.parametrize(
    "text, name, rest",
    [
        ("[3/3/2023 10:03 AM] Jane Doe: Morning all.", "Jane Doe", "Morning all."),
        ("[3/3/23, 10:03:22] Jane Doe: Morning all.", "Jane Doe", "Morning all."),
        ("3/3/23, 10:03 - Jane Doe: Morning all.", "Jane Doe", "Morning all."),
        ("2023-03-03 10:03 Jane Doe: Morning all.", "Jane Doe", "Morning all."),
        ("Jane Doe: [00:00:20] Great.", "Jane Doe", "Great."),
        ("Jane Doe  10:03 AM", "Jane Doe", ""),
        ("Jane Doe - 00:01", "Jane Doe", ""),
        ("John Smith | 1:02:03", "John Smith", ""),
    ],
)
def test_a_chats_stamp_before_or_after_the_sender_belongs_to_the_label(text, name, rest):
    label = read_label(unit(text))
    assert (label.name.name, label.rest) == (name, rest)


@pytest.mark.parametrize(
    "cells, found",
    [
        (("Jane Doe", "Good morning and welcome."), ("Jane Doe", "Good morning and welcome.")),
        (("00:01:02", "John Smith:", "Why did it rise?"), ("John Smith", "Why did it rise?")),
        (("Finance", "Budget agreed"), None),  # no sentence said
        (("Date", "3 March", "Room 4"), None),
    ],
)
def test_a_transcripts_table_row_is_a_speaker_and_words(cells, found):
    assert spoken_row(cells) == found


@pytest.mark.parametrize(
    "label, found",
    [
        (
            "Ann Lee, Director, Office of Science Policy",
            ("Ann Lee", "Director, Office of Science Policy", True),
        ),
        ("Tom Park, Acme Corp", ("Tom Park", "Acme Corp", True)),
        ("Ms. Ann Lee, parent", ("Ms. Ann Lee", "parent", False)),
        ("Ann Lee", None),
    ],
)
def test_a_post_or_body_after_a_name(label, found):
    assert post_after_name(label) == found


def test_a_public_members_reporting_clause_is_still_narrative():
    assert read_label(unit("Mr D Fairweather, a shareholder, asked: why?")) is None


@pytest.mark.parametrize(
    "text, found",
    [
        ("Jo Bell - Thank you, Chair. I agree.", ("Jo Bell", "Thank you, Chair. I agree.")),
        ("Jo Bell - Treasurer", None),
        ("Housing - the council agreed to wait.", None),
    ],
)
def test_a_hyphen_spaced_as_a_dash_ends_a_label_before_a_sentence(text, found):
    assert dash_or_period_label(text) == found


@pytest.mark.parametrize(
    "label, anonymous",
    [
        ("Speaker A", True),
        ("Participant #B", True),
        ("Male Speaker", True),
        ("FEMALE VOICE", True),
        ("Interviewee 2", True),
        ("Speaker Pelosi", False),
        ("Member Ann", False),
    ],
)
def test_a_voice_by_letter_or_by_sex_names_no_one(label, anonymous):
    assert is_anonymous(label) is anonymous
