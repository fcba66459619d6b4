"""Kinds of statements: the record's conduct of the business is procedural, a question put to
someone else is a question and the reply an answer; the rest keeps its kind."""

import pytest

from intake.interpreter import draft_from_document
from intake.interpreter.kinds import office_of_role
from tests.intake.blocks import document

pytestmark = pytest.mark.django_db


def kinds(*blocks) -> list[tuple[str, str]]:
    doc = document("Board of the Rowing Club", "4 April 2022", *blocks)
    data = draft_from_document(document=doc, themes=[]).data
    return [(s["kind"], s["text"]) for p in data["panels"] for s in p["statements"]]


@pytest.mark.parametrize(
    "text",
    [
        "Commodore Hale called the meeting to order at 7:04 p.m.",
        "The meeting was adjourned at 9.15pm.",
        "There being no further business, the meeting closed at 8.40 pm.",
        "Ayes: Hale, Ng, Ortiz. Noes: none.",
        "In favour: 6. Against: 1.",
        "Vote: Hale \u2013 yes; Ng \u2013 yes; Ortiz \u2013 no.",
        "CARRIED",
        "Motion carried 5\u20130.",
        "The agenda was adopted without amendment.",
        "Members indicated agreement.",
        "Meeting suspended.",
        "On resuming\u2014",
        "10:21",
        "2.47 pm",
        "[Laughter]",
    ],
)
def test_the_record_of_the_conduct_of_business_is_procedural(text):
    assert kinds("The treasurer reported a surplus.", text)[-1] == ("procedural", text)


@pytest.mark.parametrize(
    "text",
    [
        "The Board approved the boathouse repairs at a cost of \u00a34,000.",
        "Ms Ng reported that membership had grown by twelve.",
        "The Board agreed to review the fees in the autumn, with a paper from the treasurer.",
    ],
)
def test_what_the_meeting_decided_or_heard_stays_narrative(text):
    assert kinds(text) == [("narrative", text)]


def test_a_question_put_to_someone_else_and_the_reply_are_question_and_answer():
    found = kinds(
        "Chair (Ms Ada Hale): Welcome, everyone. Item 1 is the boathouse.",
        "Mr. Ivo Ng: When will the roof be repaired?",
        "Ms. Rita Ortiz: In June, once the grant is paid.",
        "The builder has the date.",
        "Mr. Ivo Ng: Thank you. That settles it for me.",
    )
    assert [kind for kind, _ in found] == [
        "procedural", "question", "answer", "answer", "remark",
    ]  # fmt: skip


def test_the_chairs_questions_conduct_the_business():
    found = kinds(
        "THE CHAIR (Ms Ada Hale): Is there a motion?",
        "Mr. Ivo Ng: I so move, to repair the roof this year.",
        "THE CHAIR: Roll call, please.",
        "Ms. Rita Ortiz: Aye.",
    )
    assert [kind for kind, _ in found] == ["procedural", "remark", "procedural", "procedural"]


def test_the_chairs_opening_however_long_is_procedural_and_voices_ask_questions():
    opening = (
        "Good evening. This is a public hearing of the Parks Board on the application of the "
        "Riverside Bowls Club for a new pavilion, notice of which was published on 3 March and "
        "sent by post to every neighbour within five hundred feet of the green."
    )
    found = kinds(
        "Chair (Ms Ada Hale): " + opening,
        "Maria's iPhone: Can you hear me? Will the pavilion have a bar?",
        "Ms Ada Hale: It will not.",
    )
    assert [kind for kind, _ in found] == ["procedural", "question", "answer"]


def test_a_summary_record_reports_speakers_in_narrative_and_the_chair_procedurally():
    found = kinds(
        "1. The Chair invited the Committee to continue its consideration of the report.",
        "2. Mr. Abebe (Ethiopia) said that his delegation supported the draft articles.",
        "3. The President said that the Assembly had concluded its debate on the item.",
    )
    assert [kind for kind, _ in found] == ["procedural", "narrative", "procedural"]


def test_co_chairs_and_a_chair_taking_over_all_conduct_the_business():
    found = kinds(
        "Chairs: Marta Kovacs, Julian Ferreira",
        "Marta Kovacs: Welcome, everyone. First item is the sampling draft.",
        "Alice Smith: The draft is ready for last call.",
        "Julian Ferreira: We are out of time for this item. Take it to the list.",
        "Alice Smith: We will, and I would add that the list has been quiet.",
    )
    assert [kind for kind, _ in found] == ["procedural", "remark", "procedural", "remark"]


def test_a_presiding_label_that_names_no_one_still_conducts():
    found = kinds(
        "MODERATOR: Good afternoon. We have time for one more.",
        "QUESTION: Will the embassy stay open?",
        "MR. ABERNATHY-KWAN: It will, for now.",
        "SPOKESPERSON: We have time for one more.",  # an office that presides over nothing
    )
    assert [kind for kind, _ in found] == ["procedural", "question", "answer", "remark"]


@pytest.mark.parametrize(
    "text",
    [
        "Without objection, so ordered.",
        "Thank you, Administrator. Ms. Redhawk, you may begin.",
        "Thank you. Mr. Lindqvist.",
        "Thank you. Senator Dean Smith.",
        "The gentleman from Texas, Mr. Morales.",
        "Thank you. We will now suspend for morning tea.",
        "The debate is closed.",
        "Motion and a second. All in favor say aye.",
        "Our next presenter joins us by video. Dr. Okoro, please proceed.",
        "No more hands. We go to the vote.",
        "Anybody signed up for public comment? Come up and state your name.",
        "So noted. The report is received for information.",
        "Thanks all. Next call 26 June, same time.",
        "I have 27 in favor, none against, one abstention.",
    ],
)
def test_the_chair_giving_the_floor_ruling_and_timing_is_procedural(text):
    found = kinds(
        "THE CHAIR (Ms Ada Hale): Good morning.",
        "Mr. Ivo Ng: The roof leaks and the grant is late, which I regret.",
        f"THE CHAIR: {text}",
    )
    assert found[-1] == ("procedural", text)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. The roof will cost more than the grant, which worries me.",
        "The gentleman is right that the grant is late.",
        "We need more time to read the report before we decide.",
        "I am not in favour of a second boathouse at the same time as the roof.",
    ],
)
def test_the_chairs_own_views_and_thanks_with_more_to_say_stay_remarks(text):
    found = kinds(
        "THE CHAIR (Ms Ada Hale): Good morning.",
        "Mr. Ivo Ng: The roof leaks and the grant is late, which I regret.",
        f"THE CHAIR: {text}",
    )
    assert found[-1] == ("remark", text)


def test_the_chair_putting_a_question_to_a_witness_asks_and_the_witness_answers():
    found = kinds(
        "THE CHAIR (Ms Ada Hale): Good morning.",
        "THE CHAIR: The club has promised a new roof by May. Professor Kline, is that on track?",
        "Professor Ann Kline: No. The grant has not been paid.",
        "THE CHAIR: Is there a motion?",  # a brief question that conducts
        "Mr. Ivo Ng: I so move.",
    )
    assert [kind for kind, _ in found] == [
        "procedural", "question", "answer", "procedural", "remark",
    ]  # fmt: skip


def test_the_chair_asking_the_meeting_at_large_puts_no_question_to_a_witness():
    found = kinds(
        "THE CHAIR (Ms Ada Hale): Good morning.",
        "THE CHAIR: Let me propose that we repair the roof in June and paint it in July; does "
        "that work for the club and for the insurers we have?",
        "Mr. Ivo Ng: It works for me, and I think for the insurers too.",
        "THE CHAIR: Is there anyone else who wishes to speak? Please come to the microphone.",
        "Ms. Rita Ortiz: Only to thank the builders.",
    )
    assert [kind for kind, _ in found] == [
        "procedural", "remark", "remark", "procedural", "remark",
    ]  # fmt: skip


def test_a_question_asked_inside_a_turn_is_a_question_and_the_reply_an_answer():
    found = kinds(
        "Chair (Ms Marisol Ortega): Welcome to the November meeting.",
        "Ms. Gloria Diaz: Gloria in 5A. Will there be a rent credit? We were without heat.",
        "Mr. Steve Kaplan: I can't promise that tonight.",
        "Ms. Gloria Diaz: We will be back next month about it.",
        "Mr. Steve Kaplan: The figure is 4.5 per cent. That is all.",  # no question: a remark
    )
    assert [kind for kind, _ in found] == ["procedural", "question", "answer", "remark", "remark"]


def test_the_chairs_follow_up_to_the_one_who_just_spoke_is_a_question():
    found = kinds(
        "THE CHAIR (Ms Ada Hale): Good morning.",
        "Mr. Tom Tillemann: None of this needs new law; the rules already require it.",
        "THE CHAIR: So the work is in carrying out what is already on the books?",
        "Mr. Tom Tillemann: Exactly so, and in paying for it.",
    )
    assert [kind for kind, _ in found] == ["procedural", "remark", "question", "answer"]


@pytest.mark.parametrize(
    "text",
    [
        "Approved by General Consent.",
        "Minutes of SC4 (Delft, 12 November 2019) approved.",
        "February minutes approved as posted (moved by Sofia, seconded by Tom).",
        "Councillor Pruitt opposed.",
        "The Rev. Munro abstained, being a trustee of the Hospice.",
        "@Marten: ask the PMC whether it needs help",
    ],
)
def test_terse_records_of_votes_approvals_and_actions_are_procedural(text):
    assert kinds("The treasurer reported a surplus.", text)[-1] == ("procedural", text)


@pytest.mark.parametrize(
    "text",
    [
        "The minutes of the meeting of March 8 were approved as circulated.",
        "Moved by Councillor Okimoto, seconded by Councillor Pruitt, that the agenda be adopted.",
        "Resolved: to purchase a second Speed Indicator Device as proposed.",
        "RESOLVED \u2013 That the application be deferred.",
        "The club approved of the new colours, which the members liked.",
        "Email @Marten about the boathouse keys.",
    ],
)
def test_motions_resolutions_and_what_the_meeting_decided_stay_narrative(text):
    assert kinds("The treasurer reported a surplus.", text)[-1] == ("narrative", text)


def test_a_task_with_its_box_is_a_procedural_action_record():
    found = kinds(
        "The treasurer reported a surplus.",
        "[ ] Send the final budget to all families \u2014 @Tom Ashby",
        "[x] Post February minutes to the website",
    )
    assert found[1:] == [
        ("procedural", "Send the final budget to all families \u2014 @Tom Ashby"),
        ("procedural", "Post February minutes to the website"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Minutes of 19 March approved as a correct record.",
        "Minutes of 2019-02-12 approved by unanimous consent.",
        "1. Minutes of last meeting - agreed.",
        "February minutes approved as posted (moved by Sofia, seconded by Tom).",
        "The meeting opened with prayer at 11.35am.",
        "Mrs. Szymanski opened the hearing at 7:00 PM.",
        "The public part of the meeting rose at 4.50 p.m.",
        "The Board reconvened in open session at 8:32 p.m.",
        "Order adopted, four-nothing.",
        "Budget amendment approved, 3-1.",
        "Ordinance adopted, three to one.",
    ],
)
def test_terse_records_of_minutes_approved_and_the_clock_of_the_meeting_are_procedural(text):
    assert kinds("The treasurer reported a surplus.", text)[-1] == ("procedural", text)


@pytest.mark.parametrize(
    "text",
    [
        "The minutes of the meeting held on 4th February 2015 were approved as a correct record.",
        "Senate approved the minutes of the meeting held on 15 March 2023.",
        "Minutes of the August meeting agreed. All actions done apart from the new nets.",
        "The library opened a new branch at Northgate last year.",
    ],
)
def test_minutes_approved_in_a_full_sentence_and_other_openings_stay_narrative(text):
    assert kinds("The treasurer reported a surplus.", text)[-1] == ("narrative", text)


def test_a_roll_call_of_names_and_the_chair_calling_the_next_speaker_are_procedural():
    found = kinds(
        "THE CHAIR (Mr Wendell Boyd): Let us do this one by roll call.",
        "Ms. Carla Jeffries: Commissioner Haskell?",
        "Mr. Glen Haskell: Aye.",
        "Ms. Carla Jeffries: Chairman Boyd?",
        "THE CHAIR: Aye.",
        "THE CHAIR: To the government side. MPP Sandhu.",
        "Ms. Priya Sandhu: The fund has been cut twice. Who decided that?",
        "THE CHAIR: Thank you, Ms Sandhu. You may step down.",
    )
    assert [kind for kind, _ in found] == [
        "procedural", "procedural", "procedural", "procedural", "procedural", "procedural",
        "question", "procedural",
    ]  # fmt: skip


@pytest.mark.parametrize("text", ["Anyone?", "Is that Mr. Lee's view?", "Lee?"])
def test_a_question_that_is_no_call_of_a_name_is_no_roll_call(text):
    found = kinds("Ms. Ann Lee: The roof leaks again.", "Mr. Ivo Ng: " + text)
    assert found[-1][0] != "procedural"


def test_a_record_whose_first_voice_asks_has_no_chair_guessed_from_it():
    found = kinds(
        "The Board heard questions from members.",
        "Mr. Ivo Ng: We were promised a new roof by May. It has not come. What happened?",
        "Ms. Rita Ortiz: The builder went into administration. A new one starts in June.",
        "Ms. Ana Ruiz: I would add that the boats are stored at the school meanwhile.",
    )
    assert [kind for kind, _ in found][:3] == ["narrative", "question", "answer"]


def test_a_first_voice_that_opens_without_asking_is_still_taken_for_the_chair():
    found = kinds(
        "Ms. Ada Hale: Let's begin. The roof is the one item tonight.",
        "Mr. Ivo Ng: Who pays for it?",
        "Ms. Rita Ortiz: The club, from the reserve.",
        "Ms. Ada Hale: Is there a motion?",
    )
    assert [kind for kind, _ in found] == ["procedural", "question", "answer", "procedural"]


@pytest.mark.parametrize(
    "text",
    [
        "This meeting is adjourned.",
        "The hearing is now called to order.",
        "The House stands adjourned until tomorrow at 2.30 p.m.",
        "I declare the sitting open.",
        "The debate is closed.",
        "The committee is suspended for ten minutes.",
    ],
)
def test_opening_or_closing_the_proceedings_in_the_saying_is_procedural_whoever_says_it(text):
    found = kinds(
        "Chair (Ms Ada Hale): The roof is the one item tonight.",
        "Mr. Ivo Ng: The roof leaks over the boat bay and the quote is four thousand pounds.",
        f"Ms. Rita Ortiz: {text}",
    )
    assert found[-1] == ("procedural", text)


@pytest.mark.parametrize(
    "text",
    [
        "The consultation is closed to new entries until May, which I regret.",
        "The boathouse is open on Sundays and the committee room is closed.",
        "I declare an interest: my brother builds roofs.",
    ],
)
def test_things_said_to_be_open_or_closed_are_no_conduct_of_the_meeting(text):
    found = kinds(
        "Chair (Ms Ada Hale): The roof is the one item tonight.",
        "Mr. Ivo Ng: The roof leaks over the boat bay and the quote is four thousand pounds.",
        f"Ms. Rita Ortiz: {text}",
    )
    assert found[-1] == ("remark", text)


def test_the_first_turn_calling_the_meeting_to_order_is_procedural_however_long():
    opening = (
        "Good morning. This meeting of the Rowing Board is called to order. I am the officer "
        "responsible for the Board's compliance, and I note that notice of this meeting was "
        "published thirty days ago as the rules require, that the public may comment in writing, "
        "and that the record will stay open for two weeks after today for that purpose."
    )
    found = kinds(f"Ms. Rita Ortiz: {opening}", "Chair (Ms Ada Hale): Thank you, Rita.")
    assert found[0] == ("procedural", opening)


@pytest.mark.parametrize(
    "role, office",
    [
        ("Chair (Scripps Institute)", "chair"),
        ("Chair", "chair"),
        ("President (acting)", "president"),
    ],
)
def test_a_chairs_office_printed_with_its_organisation_is_still_the_office(role, office):
    assert office_of_role(role) == office


def test_an_office_that_is_only_an_organisation_in_brackets_is_kept():
    assert office_of_role("(Hale Boatworks)") != ""


@pytest.mark.parametrize(
    "addition",
    [
        "I would add that the boats are stored at the school meanwhile.",
        "If I may add, the grant covers half of it.",
        "Just to add to that: the insurer has agreed.",
        "And if you would rather see the plans, they are in the office.",
    ],
)
def test_another_adding_to_the_answer_answers_too(addition):
    found = kinds(
        "Chair (Ms Ada Hale): Welcome, everyone. Item 1 is the boathouse.",
        "Mr. Ivo Ng: When will the roof be repaired?",
        "Ms. Rita Ortiz: In June, once the grant is paid.",
        f"Ms. Ana Ruiz: {addition}",
    )
    assert [kind for kind, _ in found][1:] == ["question", "answer", "answer"]


@pytest.mark.parametrize(
    "other",
    [
        "The accounts are on the table for anyone who wants them.",
        "And the fence? It has been down since March.",
        "I would add a fourth priority: the slipway.",
    ],
)
def test_another_voice_after_the_answer_that_does_not_add_to_it_is_a_remark(other):
    found = kinds(
        "Chair (Ms Ada Hale): Welcome, everyone. Item 1 is the boathouse.",
        "Mr. Ivo Ng: When will the roof be repaired?",
        "Ms. Rita Ortiz: In June, once the grant is paid.",
        f"Ms. Ana Ruiz: {other}",
    )
    assert found[-1][0] != "answer"


@pytest.mark.parametrize(
    "text",
    [
        "Vote (as amended): For 39, Against 1, Abstentions 3. Carried.",
        "Vote (show of hands): 12 for, 2 against.",
        "Carried, 4 for, 1 abstention.",
        "Passed unanimously.",
        "Defeated 3\u20135.",
        "Carried.",
    ],
)
def test_a_vote_line_with_a_note_or_a_bare_outcome_with_its_tally_is_procedural(text):
    assert kinds("The treasurer reported a surplus.", f"Ms. Ada Hale: {text}")[-1] == (
        "procedural",
        text,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Carried away by the moment, we spent too much on the regatta.",
        "Passed the boathouse on the way and the roof is still open.",
    ],
)
def test_a_sentence_starting_with_an_outcome_word_is_no_vote(text):
    assert kinds("The treasurer reported a surplus.", f"Ms. Ada Hale: {text}")[-1][0] != (
        "procedural"
    )


def test_a_question_followed_by_a_posted_motion_has_no_answer_yet():
    found = kinds(
        "Chair (Ms Ada Hale): Welcome, everyone.",
        "Mr. Ivo Ng: Can we approve it now but only order once the electrician is paid?",
        "Ms. Rita Ortiz: MOTION: to spend up to 1,200 on a new tube.",
    )
    assert found[1][0] == "remark"


@pytest.mark.parametrize("between", ["(1435)", "[Translation]", "Some hon. members: Hear, hear!"])
def test_the_records_own_lines_between_a_question_and_its_reply_part_no_exchange(between):
    found = kinds(
        "Chair (Ms Ada Hale): Welcome, everyone.",
        "Mr. Ivo Ng: The roof still leaks. When will the builder come back?",
        between,
        "Ms. Rita Ortiz: On the eighth of June, and I will be there myself.",
    )
    said = {text: kind for kind, text in found}
    assert said["On the eighth of June, and I will be there myself."] == "answer"
    assert said["The roof still leaks. When will the builder come back?"] == "question"


def test_a_question_then_a_record_line_then_the_askers_own_turn_is_no_exchange():
    found = kinds(
        "Chair (Ms Ada Hale): Welcome, everyone.",
        "Mr. Ivo Ng: The roof still leaks. When will the builder come back?",
        "(1435)",
        "Mr. Ivo Ng: I ask because the boats are getting wet.",
    )
    said = {text: kind for kind, text in found}
    assert said["The roof still leaks. When will the builder come back?"] == "remark"


@pytest.mark.parametrize("call", ["Chairperson, Health Services.", "Minister for Transport."])
def test_the_chair_calling_who_replies_is_procedural_and_parts_no_exchange(call):
    found = kinds(
        "THE CHAIR (Ms Ada Hale): Good morning.",
        "Mr. Ivo Ng: The roof still leaks. When will the builder come back?",
        f"THE CHAIR: {call}",
        "Ms. Rita Ortiz: Thank you. I wish to respond as follows.",
        "Ms. Rita Ortiz: The builder comes back on the eighth of June.",
    )
    assert [kind for kind, _ in found][1:] == [
        "question", "procedural", "answer", "answer",
    ]  # fmt: skip


def test_the_chairs_procedural_reply_to_a_question_is_still_the_reply():
    found = kinds(
        "THE CHAIR (Ms Ada Hale): Good morning.",
        "Mr. Ivo Ng: The roof leaks over the boat bay and the quote is four thousand pounds.",
        "Ms. Rita Ortiz: Chair, may I follow up on that?",
        "THE CHAIR: Yes, briefly please, as we are short of time.",
    )
    assert found[2][0] == "question"


def test_the_chair_calling_order_rules():
    text = "Order, members! Mr. Ng, that is not a point of order; it is an argument."
    found = kinds(
        "THE CHAIR (Ms Ada Hale): Good morning.",
        "Mr. Ivo Ng: The roof leaks over the boat bay and the quote is four thousand pounds.",
        f"THE CHAIR: {text}",
    )
    assert found[-1] == ("procedural", text)


def test_the_askers_paragraphs_leading_to_the_question_put_it_too():
    found = kinds(
        "THE CHAIR (Ms Ada Hale): Good morning.",
        "Mr. Ivo Ng: Thank you, Chair. I rise to ask the treasurer the following.",
        "(a) Could the treasurer explain why the roof fund is empty?",
        "(b) When will it be topped up?",
        "Ms. Rita Ortiz: Thank you, Chair. I wish to respond as follows.",
        "(a) The roof was paid for in March.",
    )
    assert [kind for kind, _ in found][1:] == [
        "question", "question", "question", "answer", "answer",
    ]  # fmt: skip


def test_the_chairs_opening_before_a_question_to_a_witness_stays_the_chairs():
    found = kinds(
        "THE CHAIR (Ms Ada Hale): Item 2 is our evidence session on the roof.",
        "I have a few questions of my own first.",
        "Professor Kline, is the roof on track?",
        "Professor Ann Kline: No. The grant has not been paid.",
    )
    assert found[1][0] != "question"


@pytest.mark.parametrize(
    "text",
    [
        "Good morning. This hearing of the Subcommittee on Water and Power will come to order.",
        "The committee will now come to order.",
        "The council is now in session.",
    ],
)
def test_the_hearing_coming_to_order_is_procedural(text):
    found = kinds(f"Ms. Rita Ortiz: {text}", "Chair (Ms Ada Hale): Thank you, Rita.")
    assert found[0] == ("procedural", text)


@pytest.mark.parametrize(
    "relay",
    [
        "Our first question from the chat, from Mereth: when does the roof get fixed?",
        "Next question, from Jo Bell: when does the roof get fixed",
        "Gus asks why the roof is taking so long.",
        "Mereth wants to know whether the roof will be fixed by June.",
    ],
)
def test_a_question_relayed_from_the_chat_or_floor_is_a_question_and_is_answered(relay):
    found = kinds(
        "THE CHAIR (Ms Ada Hale): Good evening and welcome.",
        "Mr. Gus Bell: Why is the roof still leaking?",
        f"THE CHAIR: {relay}",
        "Ms. Rita Ortiz: Because the builder went bust. A new one starts in June.",
    )
    said = {text: kind for kind, text in found}
    assert said[relay] == "question"
    assert said["Because the builder went bust. A new one starts in June."] == "answer"


@pytest.mark.parametrize(
    "text",
    [
        "The question from the auditors was settled in March, so we can move on to the fees.",
        "Gus asked for the minutes to be corrected.",
    ],
)
def test_a_question_mentioned_is_no_relay(text):
    found = kinds(
        "THE CHAIR (Ms Ada Hale): Good evening and welcome.",
        "Mr. Gus Bell: The roof leaks over the boat bay, which I regret.",
        f"Ms. Ann Lee: {text}",
        "Ms. Rita Ortiz: The builder went bust. A new one starts in June.",
    )
    assert {text: kind for kind, text in found}[text] == "remark"


def test_the_meeting_having_ended_is_procedural():
    found = kinds(
        "Chair (Ms Ada Hale): Thank you all.", "Chair (Ms Ada Hale): This webinar has now ended."
    )
    assert found[-1] == ("procedural", "This webinar has now ended.")


@pytest.mark.parametrize(
    "text",
    [
        "Noted.",
        "Closed item.",
        "Deferred to June.",
        "Results: Boudreaux 71, Oyelaran 58, Kask 41.",
        "Ballot: Hale 12; Ng 9",
    ],
)
def test_a_decision_in_a_word_or_two_and_ballot_results_are_procedural(text):
    assert kinds("The treasurer reported a surplus.", text)[-1] == ("procedural", text)


@pytest.mark.parametrize(
    "text",
    [
        "Noted that the boathouse roof needs replacing before the winter.",
        "Results: the survey showed most members want a new slipway.",
    ],
)
def test_a_sentence_opening_with_a_decision_word_stays_narrative(text):
    assert kinds("The treasurer reported a surplus.", text)[-1] == ("narrative", text)


def test_a_presiding_label_naming_no_one_first_makes_no_chair_of_the_next_voice():
    said = kinds(
        "The President (spoke in French): I give the floor to the representative of France.",
        "Mr. Dupont (France): Thank you, Mr. President. We welcome the report.",
    )
    assert said == [
        ("procedural", "I give the floor to the representative of France."),
        ("remark", "Thank you, Mr. President. We welcome the report."),
    ]


def test_a_chairs_brief_question_about_the_matter_is_a_question_not_conduct():
    said = kinds(
        "Moderator (Sarah Kim): Welcome. Our first panellist is Tom Lee.",
        "Tom Lee: Thanks, Sarah. Let me begin with the data.",
        "Sarah Kim: What surprised you most?",
        "Tom Lee: The scale of it.",
        "Sarah Kim: Is there a motion?",
    )
    assert [kind for kind, _ in said] == [
        "procedural", "remark", "question", "answer", "procedural",
    ]  # fmt: skip


def test_a_members_answer_to_the_roll_is_procedural():
    said = kinds(
        "Mayor Johnson: I call this meeting to order. Clerk, please call the roll.",
        "Clerk Adams: Councilmember Garcia?",
        "Councilmember Garcia: Here.",
        "Clerk Adams: Councilmember Lee?",
        "Councilmember Lee: Present.",
    )
    assert [kind for kind, _ in said] == ["procedural"] * 5


def test_the_chair_introducing_the_witnesses_or_the_session_conducts_it():
    said = kinds(
        "Chair (Ann Lee): Item 2 is our second evidence session on the workforce.",
        "Ann Lee: Our witnesses this morning are Jo Bell of Bus Users and Tom Park.",
        "Jo Bell: Thank you. We looked at 212 villages and found the buses late.",
        "Ann Lee: Thank you both. Under the rules we cannot discuss items not on the agenda.",
    )
    assert [kind for kind, _ in said] == ["procedural", "procedural", "remark", "remark"]


@pytest.mark.parametrize(
    "text",
    [
        "A motion was made by Councilor Ruiz, seconded by Councilor Park, that the Consent "
        "Agenda be approved. The motion carried by the following vote:",
        "Moved by Councillor Tait, seconded by Councillor Ng, that the meeting be adjourned "
        "at 9:40 p.m.",
        "1. Motion by Mr. Ortiz, second by Mrs. Lamb, to adopt the final budget. Roll call "
        "vote: 4\u20130. Motion carried.",
        "Member Sorensen moved to approve the minutes of the March meeting. Member Ruiz "
        "seconded. The motion carried on a voice vote.",
        "A motion to refuse the application was moved by Councillor Coe and seconded by "
        "Councillor Bell. The motion was carried.",
        "After discussion, the following resolution was adopted unanimously:",
        "It was moved and seconded to approve the minutes. The motion passed 5-0.",
        "Upon motion duly made and seconded, the Board voted unanimously to approve the lease.",
    ],
)
def test_a_motion_with_its_wording_is_narrative_even_with_its_outcome(text):
    assert kinds("The treasurer reported a surplus.", text)[-1] == ("narrative", text)


@pytest.mark.parametrize(
    "text",
    [
        "IT to review the media-types annex before the December call.",
        "DC to chase the school about the pitch.",
        "Jo and Sam to draft the letter to the council.",
    ],
)
def test_an_action_given_to_someone_is_procedural(text):
    assert kinds("The treasurer reported a surplus.", text)[-1] == ("procedural", text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Agreed: to get a second quote before deciding.", "narrative"),
        ("Motion: lot 9. Second: lot 202. Passed unanimously.", "procedural"),
        ("Decision: the chairs will start the last call.", "procedural"),
        ("Action: PH to write to the council.", "procedural"),
    ],
)
def test_a_decision_label_with_its_wording_is_narrative(text, kind):
    assert kinds("The treasurer reported a surplus.", text)[-1] == (kind, text)


@pytest.mark.parametrize(
    "text",
    [
        "MSC (Lee/Ortiz): approve the consent calendar.",
        "M/S/P (Hale/Ng): adopt the agenda as amended.",
        "M/S: Lee, Ortiz.",
        "NOTED: the report of the treasurer.",
    ],
)
def test_a_motion_in_shorthand_and_a_noted_line_are_records_not_speakers(text):
    doc = document("Board of the Rowing Club", "4 April 2022", "The treasurer reported.", text)
    data = draft_from_document(document=doc, themes=[]).data
    said = data["panels"][-1]["statements"][-1]
    assert (said.get("speaker"), said["kind"], said["text"]) == (None, "procedural", text)


@pytest.mark.parametrize(
    "text",
    [
        "At 4:10 p.m. the Board went into executive session to discuss a personnel matter.",
        "The Board returned to open session at 4:35 p.m. No action was taken.",
        "The Council moved into closed session at 9.05pm.",
        "The meeting came to a close at 2.15 P.M. with a vote of thanks.",
        "The President rang the bell at 19:05 and welcomed the guests.",
    ],
)
def test_a_body_going_into_closed_session_or_closing_is_procedural(text):
    assert kinds("The treasurer reported a surplus.", text)[-1] == ("procedural", text)


@pytest.mark.parametrize(
    "thanks",
    [
        "Thank you both. We will come back to liability in our report.",
        "Thank you both.",
        "Thank you to both our presenters. Written submissions close on Friday.",
        "Okay. Thank you, Steve. I think we'll let you go now.",
        "Diolch yn fawr. Thank you both. We'll send you a transcript to check.",
    ],
)
def test_the_chair_thanking_the_witnesses_as_their_session_ends_conducts_it(thanks):
    found = kinds(
        "Chair (Ms Ada Hale): Welcome, everyone. Item 1 is the boathouse.",
        "Mr. Ivo Ng: When will the roof be repaired?",
        "Ms. Rita Ortiz: In June, once the grant is paid.",
        f"Chair (Ms Ada Hale): {thanks}",
    )
    assert found[-1] == ("procedural", thanks)


@pytest.mark.parametrize(
    "words",
    [
        "I shall now make a statement in my capacity as the representative of France.",
        "I now resume my functions as President of the Council. There are no more speakers.",
    ],
)
def test_the_president_changing_capacity_conducts(words):
    found = kinds(
        "Chair (Ms Ada Hale): Welcome, everyone. Item 1 is the boathouse.",
        "Mr. Ivo Ng: The roof leaks and the builder has not come back.",
        f"Chair (Ms Ada Hale): {words}",
    )
    assert found[-1] == ("procedural", words)
