"""Speaker turns: which lines start a voice, and which header lines only look like one."""

from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document
from tests.intake.blocks import document, paragraph


def drafted(*blocks) -> dict:
    return draft_from_document(
        document=document(*blocks), themes=[], people=KnownPeople(),
        organisations=KnownOrganisations(), recorded=False,
    ).data  # fmt: skip


def said(data: dict) -> list[tuple[str | None, str]]:
    names = {p["key"]: p["name"] for p in data["people"]}
    return [
        (names.get(s["speaker"]), s["text"])
        for panel in data["panels"]
        for s in panel["statements"]
    ]


def test_a_lone_word_in_the_header_is_a_heading_not_a_speaker():
    data = drafted(
        paragraph("COLDHARBOUR UNIVERSITY", bold=True),
        paragraph("SENATE", bold=True),
        "Minutes of the meeting held on Wednesday 15th November 2017 at 2.00 pm",
        "The minutes of the last meeting were confirmed.",
    )
    assert data["people"] == []
    assert said(data) == [(None, "The minutes of the last meeting were confirmed.")]
    assert (
        data["meeting"]["title"]
        == "SENATE, Minutes of the meeting held on Wednesday 15th November 2017"
    )


def test_a_name_on_its_own_line_still_starts_a_turn():
    data = drafted(
        "Rural Bus Services",
        "3 March 2015",
        "Mrs Gwen Harcourt (Wyebridge) (Lib Dem)",
        "I beg to move the motion standing in my name.",
        "Mr Baines",
        "Will the hon. Lady give way?",
        "Mrs Harcourt",
        "I will give way once.",
    )
    assert said(data) == [
        ("Gwen Harcourt", "I beg to move the motion standing in my name."),
        ("Baines", "Will the hon. Lady give way?"),
        ("Gwen Harcourt", "I will give way once."),
    ]


def test_a_title_wrapped_after_its_colon_is_no_speaker_with_nothing_said():
    data = drafted(
        paragraph("RURAL WATER INFRASTRUCTURE:\nREVIEWING USDA WATER PROGRAMS"),
        "HEARING",
        "March 13, 2019",
        "The Committee met, pursuant to call, at 10 a.m.",
        "Mr. HARGROVE. Good morning. The Committee will come to order.",
    )
    assert [p["name"] for p in data["people"]] == ["Hargrove"]
    assert data["meeting"]["title"] == ("RURAL WATER INFRASTRUCTURE: REVIEWING USDA WATER PROGRAMS")


def test_a_label_alone_on_its_line_over_its_words_is_still_a_speaker():
    data = drafted(
        "Budget hearing",
        "March 13, 2019",
        paragraph("MS. OKAFOR:\nThank you. We will begin with the draft budget."),
    )
    assert said(data) == [("Okafor", "Thank you. We will begin with the draft budget.")]


def test_a_full_name_label_misspelt_is_the_person_listed_with_a_note():
    data = drafted(
        "Planning Board",
        "4 May 2022",
        "Present: Margaret Ellison, Chair; John Smith; Mary Smith",
        "MARGARET ELLISON: We begin.",
        "MARGARET ELISON: Next item.",
        "JOAN SMITH: I object.",
    )
    assert said(data) == [
        ("Margaret Ellison", "We begin."),
        ("Margaret Ellison", "Next item."),
        ("Joan Smith", "I object."),
    ]
    assert any("'MARGARET ELISON' read as Margaret Ellison" in note for note in data["review"])


def test_a_presiding_label_is_the_one_person_listed_as_chair():
    for chair_line in (
        "Chair: Mr Petre Dobrescu, Minister of Agriculture (Presidency)",
        "Chair: Dr A. Lindqvist (Sweden)",
    ):
        data = drafted(
            "Council meeting, 28 January 2019",
            chair_line,
            "The President (RO): Good morning, colleagues.",
            "The President: Thank you. The session is closed.",
        )
        chair = data["attendees"][0]["person"]
        assert [s["speaker"] for p in data["panels"] for s in p["statements"]] == [chair, chair]


def test_initials_labels_are_the_listed_people_whose_initials_they_are():
    data = drafted(
        "Schema committee, 15 November 2017",
        "Attendees: Alice Smith, Dana Kim-Müller, Chen Wei, Siobhán Nic Aodha",
        "AS: The proposal adds a keyword.",
        "DKM: We would drop our extension.",
        "CW: Concern about the error output.",
        "SNA: Agreed.",
    )
    assert [who for who, _ in said(data)] == [
        "Alice Smith", "Dana Kim-Müller", "Chen Wei", "Siobhán Nic Aodha",
    ]  # fmt: skip


def test_initials_that_fit_two_people_or_no_one_name_no_listed_person():
    data = drafted(
        "Schema committee, 15 November 2017",
        "Attendees: Alice Smith, Adam Stone",
        "AS: The proposal adds a keyword.",
        "ZQ: Noted.",
    )
    assert {who for who, _ in said(data)} & {"Alice Smith", "Adam Stone"} == set()


def test_an_office_and_a_listed_holder_is_no_statement():
    data = drafted(
        "Schema committee, 15 November 2017",
        "Attendees: Alice Smith, Olusegun Bakare",
        "Presenter: Alice Smith (AS)",
        "AS: Recap of the proposal.",
        "Moderator: Olusegun Bakare",
        "Moderator: Thank you, Alice.",
    )
    assert said(data) == [
        ("Alice Smith", "Recap of the proposal."), ("Olusegun Bakare", "Thank you, Alice."),
    ]  # fmt: skip


def test_a_chat_exports_messages_are_the_people_its_attendance_gives_the_handles_of():
    data = drafted(
        "Trustees' meeting, 5 March 2019",
        paragraph(
            "[05-Mar-19 07:01 PM] mags#7781\nPresent \u2013 Nell Brannigan (@nell.b, chair), "
            "Kwesi Mensah (@kwesi)"
        ),
        paragraph("[05-Mar-19 07:02 PM] nell.b#4410\nthanks. Item 1, last month's minutes."),
        paragraph("[05-Mar-19 07:04 PM] kwesi#0912\nBank balance £6,418 at end of Feb."),
        paragraph("[05-Mar-19 07:05 PM] sparkyfox#3321\nThanks!"),
    )
    assert said(data)[-3:] == [
        ("Nell Brannigan", "thanks. Item 1, last month's minutes."),
        ("Kwesi Mensah", "Bank balance £6,418 at end of Feb."),
        ("sparkyfox", "Thanks!"),
    ]


def test_a_question_or_answer_voice_is_whoever_its_brackets_name():
    data = drafted(
        "Branch meeting, 12 March 2019",
        "Present: Dorota Ostrowska, Treasurer; Aled Morgan, Secretary",
        "Q (Cllr Ahmed): Is the fund solvent?",
        "Answer (Treasurer): It is, with a reserve of six months.",
        "Q: And the hardship grants?",
        "A (Aled Morgan): Paid in full.",
        "A (Regional Organiser): Not yet.",
    )
    assert [who for who, _ in said(data)] == [
        "Ahmed", "Dorota Ostrowska", None, "Aled Morgan", None,
    ]  # fmt: skip


def test_a_first_name_and_initial_is_the_one_person_it_fits():
    data = drafted(
        "Board meeting, 12 March 2019",
        "Guests: Ruth Okwuosa (outside counsel), Ruth Adler",
        "Ruth O.: The logo was never registered.",
        "Ruth A.: Agreed.",
    )
    assert [who for who, _ in said(data)] == ["Ruth Okwuosa", "Ruth Adler"]


def test_an_irc_line_names_its_handle_even_once():
    data = drafted(
        "Weekly call",
        "March 3, 2023",
        paragraph(
            "[10:03] <alice> let's start with the release\n[10:04] <bob> the build is green\n"
            "[10:04] <alice> ok, ship it\n[10:05] <carol> +1"
        ),
    )
    assert [name for name, _ in said(data)] == ["alice", "bob", "alice", "carol"]


def test_a_handle_once_among_a_conversation_of_handles_is_one_more_voice():
    data = drafted(
        "Weekly call",
        "March 3, 2023",
        "alice: let's start with the release",
        "bob: the build is green now, all tests pass",
        "alice: ok, ship it then",
        "carol: +1 from me",
        "bob: will tag it tonight",
    )
    assert said(data)[3] == ("carol", "+1 from me")


def test_a_field_word_once_in_a_chat_is_still_no_one():
    data = drafted(
        "Weekly call",
        "March 3, 2023",
        "alice: let's start with the release",
        "bob: the build is green now",
        "status: green",
        "alice: ok, ship it then",
        "bob: will tag it tonight",
    )
    assert ("bob", "status: green") in said(data)


def test_a_transcription_tools_name_over_its_time_starts_each_turn():
    data = drafted(
        "Team sync",
        "2023-03-03",
        paragraph("Jane Doe\n00:00:05\nOkay, let's get started. Thanks for joining."),
        paragraph("John Smith\n00:00:12\nThanks Jane. I have the numbers from last week."),
        paragraph("Jane Doe\n00:01:02\nGreat, go ahead."),
    )
    assert said(data) == [
        ("Jane Doe", "Okay, let's get started. Thanks for joining."),
        ("John Smith", "Thanks Jane. I have the numbers from last week."),
        ("Jane Doe", "Great, go ahead."),
    ]


def test_a_name_opening_its_paragraph_over_a_sentence_is_a_turn_when_it_is_a_speakers():
    data = drafted(
        "Town Hall Webcast",
        "March 3, 2015",
        paragraph("Chairperson Alvarez\nGood evening everyone and welcome. We have a full agenda."),
        paragraph("Councilor Brooks\nThank you, Madam Chair. I wanted to raise parking."),
        paragraph("Dana Whit\nI share those concerns and would like a report."),
        paragraph("Dana Whit\nThat is all from me."),
    )
    assert [name for name, _ in said(data)] == ["Alvarez", "Brooks", "Dana Whit", "Dana Whit"]


def test_a_name_over_a_post_in_one_paragraph_is_no_turn():
    data = drafted(
        "Panel",
        "March 3, 2015",
        paragraph("Dana Whit\nDirector of Planning"),
        "The panel discussed parking.",
    )
    assert said(data) == [(None, "The panel discussed parking.")]


def test_a_first_name_once_between_turns_of_recurring_names_is_one_more_voice():
    data = drafted(
        "Etherpad notes",
        "March 3, 2023",
        "* Jane: we should ship the release on Friday",
        "* Bob: agreed, but docs need work first",
        "* Jane: ok, I'll take the docs",
        "* Budget: unchanged",
    )
    assert [name for name, _ in said(data)][:3] == ["Jane", "Bob", "Jane"]
    assert said(data)[3] == ("Jane", "Budget: unchanged")  # the last line has no name below


def review(data: dict) -> str:
    return "\n".join(data["review"])


def test_a_label_with_initials_is_the_person_of_those_initials_not_a_new_one():
    data = drafted(
        "Parish Council", "3 March 2015",
        "Present: Mohammed Khan, John Paul Smith, Ama Osei",
        "Dr. M. Khan: I open the meeting.",
        "Cllr J. P. Smith: I have a question about the budget.",
        "Prof. A.B. Osei: The figures are in the paper.",
        "Dr Khan: Thank you both.",
    )  # fmt: skip
    assert said(data) == [
        ("Mohammed Khan", "I open the meeting."),
        ("John Paul Smith", "I have a question about the budget."),
        ("Ama Osei", "The figures are in the paper."),
        ("Mohammed Khan", "Thank you both."),
    ]


def test_initials_of_someone_unlisted_stay_in_the_name():
    data = drafted(
        "Parish Council", "3 March 2015",
        "Dr. M. Khan: I open the meeting.",
        "Prof. A.B. Osei: The figures are in the paper.",
        "Dr Khan: Thank you.",
    )  # fmt: skip
    people = {p["name"]: p.get("honorific") for p in data["people"]}
    assert people == {"M. Khan": "Dr.", "A.B. Osei": "Prof."}
    assert [who for who, _ in said(data)] == ["M. Khan", "A.B. Osei", "M. Khan"]


def test_m_before_a_surname_is_monsieur_and_the_listed_person_of_that_surname():
    data = drafted(
        "Conseil municipal", "3 March 2015",
        "Present: Marc Boudreau, Anne Leduc",
        "M. Boudreau: Bonjour à tous, welcome to the meeting.",
        "Mme Leduc: Merci, thank you for that.",
        "M. BOUDREAU: We begin with the budget.",
    )  # fmt: skip
    assert said(data) == [
        ("Marc Boudreau", "Bonjour à tous, welcome to the meeting."),
        ("Anne Leduc", "Merci, thank you for that."),
        ("Marc Boudreau", "We begin with the budget."),
    ]


def test_m_before_a_first_name_is_monsieur_where_the_document_writes_french_honorifics():
    data = drafted(
        "Conseil municipal", "3 March 2015",
        "M. Jean Boudreau: Bonjour à tous, welcome to the meeting.",
        "Mme Leduc: Merci, thank you for that.",
    )  # fmt: skip
    people = {p["name"]: p.get("honorific") for p in data["people"]}
    assert people == {"Jean Boudreau": "M.", "Leduc": "Mme"}


def test_m_before_initials_is_an_initial_where_no_french_honorific_is_written():
    data = drafted(
        "Parish Council", "3 March 2015",
        "M. J. Boudreau: Good evening, welcome to the meeting.",
        "Mrs Leduc: Thank you for that.",
    )  # fmt: skip
    people = {p["name"]: p.get("honorific") for p in data["people"]}
    assert people == {"M. J. Boudreau": None, "Leduc": "Mrs."}


def test_a_label_a_letter_or_two_from_a_listed_person_is_them_with_a_note():
    data = drafted(
        "Parish Council", "3 March 2015",
        "Present: Samantha Lee, Ravi Ramakrishnan, Michael Wolfe",
        "Samanta Lee: I open the meeting.",
        "Dr Ramakrishan: I agree with the chair.",
        "Micheal Wolfe: So do I.",
        "Samantha Lee: Then we begin.",
    )  # fmt: skip
    assert [who for who, _ in said(data)] == [
        "Samantha Lee", "Ravi Ramakrishnan", "Michael Wolfe", "Samantha Lee",
    ]  # fmt: skip
    assert len(data["people"]) == 3
    assert "'Samanta Lee' read as Samantha Lee, a near spelling" in review(data)
    assert "'Dr Ramakrishan' read as Ravi Ramakrishnan, a near spelling" in review(data)


def test_two_listed_people_a_letter_apart_are_never_merged():
    data = drafted(
        "Parish Council", "3 March 2015",
        "Present: Jon Lee, Jan Lee, Dana Park, Dina Park",
        "Jon Lee: I open the meeting.",
        "Jan Lee: I agree with the chair.",
        "Dina Park: So do I.",
        "Dana Park: Then we begin.",
    )  # fmt: skip
    assert [who for who, _ in said(data)] == ["Jon Lee", "Jan Lee", "Dina Park", "Dana Park"]
    assert "near spelling" not in review(data)


def test_a_scribes_name_dash_lines_are_turns_of_each_speaker():
    data = drafted(
        "Residents Association", "3 March 2015",
        "Present: Jane Doe, Tom Baker, Ann Lee",
        paragraph(
            "Jane Doe - said the budget was tight this year\n"
            "Tom Baker \u2014 asked whether the hall was booked for May\n"
            "Jane Doe \u2013 it is booked, the deposit is paid\n"
            "Ann Lee - noted that the grant arrives in June"
        ),
        "The cost - as everyone noted - was high.",
    )  # fmt: skip
    assert said(data) == [
        ("Jane Doe", "said the budget was tight this year"),
        ("Tom Baker", "asked whether the hall was booked for May"),
        ("Jane Doe", "it is booked, the deposit is paid"),
        ("Ann Lee", "noted that the grant arrives in June"),
        (None, "The cost - as everyone noted - was high."),
    ]


def test_a_scribes_dash_line_under_a_first_name_met_is_their_turn():
    data = drafted(
        "Residents Association", "3 March 2015",
        "Present: Jane Doe, Tom Baker",
        "Jane - said she would check the lease.",
        "Green Lane - needs resurfacing before the winter.",
    )  # fmt: skip
    assert said(data) == [
        ("Jane Doe", "said she would check the lease."),
        (None, "Green Lane - needs resurfacing before the winter."),
    ]


def test_a_surname_label_with_a_place_is_the_member_of_that_surname_listed_with_it():
    data = drafted(
        "Committee on Agriculture", "March 13, 2019",
        "RAUL M. MORALES, Texas; PATRICIA MORALES, California; DALE SUTTERFIELD, Iowa",
        "Members present: Raul M. Morales, Patricia Morales, Dale Sutterfield.",
        "The CHAIRMAN. I recognize the gentlewoman from California, Ms. Morales.",
        "Ms. MORALES of California. Thank you, Mr. Chairman. I have one question.",
        "Mr. MORALES of Texas. Would shared management require a change in statute?",
        "Ms. MORALES of California. Seven times as much. I yield back.",
    )  # fmt: skip
    assert [who for who, _ in said(data)][1:] == [
        "Patricia Morales", "Raul M. Morales", "Patricia Morales",
    ]  # fmt: skip
