"""Furniture of every kind is left out, and listed for the reviewer."""

import pytest

from intake.interpreter.furniture import drop_furniture, email_subject, is_furniture
from intake.interpreter.units import units_of
from tests.intake.blocks import document


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main content",
        "Share | Print | Email",
        "Print this page | Email a friend | Back to top",
        "Home > Council > Meetings > 2015",
        "Newsroom / Transcripts",
        "Watch the meeting",
        "IMG_2041.jpg",
        "Back to Top",
        "Page 2 of 10",
        "-- Page 1 of 1 --",
        "18-17209                3/12",
        "Content last reviewed March 20, 2015",
        "— DRAFT —",
        "House of Assembly — PROOF",
        "For Immediate Release",
        "Capitol Reporting Services, Inc. | (202) 555-0148 | www.example.org",
        "© 2013 Riverside Regional Commission. All rights reserved.",
    ],
)
def test_furniture_lines(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The Board approved the budget.",
        "MS. OKAFOR: Thank you.",
        "Panel 1",
        "(Laughter.)",
        "CARRIED",
        "Thank you.",
        "Members Present:",
    ],
)
def test_the_minutes_are_not_furniture(line):
    assert not is_furniture(line)


def kept_and_dropped(*blocks):
    kept, dropped = drop_furniture(units_of(document(*blocks)))
    return [u.text for u in kept], [u.text for u in dropped]


def test_running_heads_contents_and_mail_headers_are_dropped():
    kept, dropped = kept_and_dropped(
        "From: Mariko Ishida",
        "Subject: [minutes] WG call 2016-09-08",
        "Date: Thu, 8 Sep 2016",
        "Contents",
        "1. Shipping",
        "2. Tests",
        "Shipping",
        "ravi: We shipped.",
        "Minutes \u2014 8 Sep 2016    Page 2",
        "Tests",
        "Respectfully submitted,",
        "Ravi Chandrasekaran, Scribe",
    )
    assert kept == ["Shipping", "ravi: We shipped.", "Tests"]
    assert "1. Shipping" in dropped and "Ravi Chandrasekaran, Scribe" in dropped


def test_a_senders_note_between_the_mail_headers_and_a_rule_is_dropped():
    kept, dropped = kept_and_dropped(
        "From: Mariko Ishida",
        "Subject: [minutes] WG call 2016-09-08",
        "Minutes of today's call are below.",
        "Thanks to Ravi for scribing.",
        "Mariko",
        "-------------------------------",
        "Web Payments Working Group Teleconference",
        "08 Sep 2016",
    )
    assert kept == ["Web Payments Working Group Teleconference", "08 Sep 2016"]
    assert "Thanks to Ravi for scribing." in dropped


def test_a_mail_without_a_rule_or_with_long_text_before_it_keeps_its_text():
    no_rule, _ = kept_and_dropped(
        "From: Mariko Ishida", "Subject: WG call", "Thanks to Ravi for scribing.", "Mariko"
    )
    assert no_rule == ["Thanks to Ravi for scribing.", "Mariko"]
    long_text = "The group discussed the shipping address at length. " * 7
    kept, _ = kept_and_dropped(
        "From: Mariko Ishida", "Subject: WG call", long_text.strip(), "-----", "Next item."
    )
    assert kept[0] == long_text.strip()
    # No mail headers: a rule under a paragraph is only a rule.
    plain, _ = kept_and_dropped("Thanks to Ravi for scribing.", "----------", "Present: Ann")
    assert plain == ["Thanks to Ravi for scribing.", "Present: Ann"]


def test_the_subject_of_a_mail_without_its_tags():
    units = units_of(document("From: A", "Subject: Re: [minutes] WG call", "Text."))
    assert email_subject(units) == "WG call"


@pytest.mark.parametrize(
    "end", ["[End of minutes]", "C E R T I F I C A T E", "End of minutes for the May meeting."]
)
def test_the_end_mark_or_certificate_and_all_after_it_are_furniture(end):
    units = units_of(document(
        "Board meeting", "The Board met.", "It agreed the budget.", end,
        "Summary of Action Items", "I, Ann Lee, certify that the foregoing is true.",
    ))  # fmt: skip
    kept, dropped = drop_furniture(units)
    assert [u.text for u in kept] == ["Board meeting", "The Board met.", "It agreed the budget."]
    assert dropped[0].text == end


@pytest.mark.parametrize(
    "line",
    [
        "[House Hearing, 116 Congress]",
        "[From the U.S. Government Publishing Office]",
        "U.S. GOVERNMENT PUBLISHING OFFICE",
        "[all]",
        "Serial No. 116-4",
        "Printed for the use of the Committee on Agriculture agriculture.house.gov",
        "35-719 PDF                  WASHINGTON : 2019",
        "For sale by the Superintendent of Documents, U.S. Government Publishing",
        "agriculture.house.gov",
        "C O N T E N T S",
        "IRC log.",
        "Signed ................................ Chairman",
        "Contact: Karen Ashworth, Democratic Services Officer, 01632 960 415",
        "For Immediate Release                                   Transcript",
        "[Notes edited by the chairs from the shared notes; corrections to the list please.]",
        "\U0001f4a1 Minutes are a summary, not a transcript. Quotes are approximate.",
        "\u00b9 Faith and Practice of Philadelphia Yearly Meeting (2017), p. 17.",
    ],
)
def test_printers_marks_contacts_signatures_and_editors_notes_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "[The prepared statement of Mr. Okeke follows:]",
        "Signed the contract with the builder on 4 May.",
        "The Committee on Agriculture printed its report in May.",
        "Contact with family is one of the strongest protections against reoffending.",
        "Transcript",
        "The minutes are a summary of the discussion, Mr. Chairman, and I accept them.",
        "[Notes on the budget were circulated.]",
    ],
)
def test_the_minutes_own_lines_like_those_are_kept(line):
    assert not is_furniture(line)


def test_the_lines_a_furniture_paragraph_wraps_on_to_are_furniture_too():
    kept, _ = kept_and_dropped(
        "For sale by the Superintendent of Documents, U.S. Government Publishing\n"
        "Office, http://bookstore.gpo.gov. For more information, contact the GPO\n"
        "Customer Contact Center, U.S. Government Publishing Office. Phone\n"
        "202-512-1800.",
        "Printed for the use of the Committee\nThe Committee met at 10 a.m.",
    )
    # A line that starts a sentence of its own is no wrapped line.
    assert kept == ["The Committee met at 10 a.m."]


def test_a_contents_list_under_its_page_column_is_dropped():
    kept, _ = kept_and_dropped(
        "C O N T E N T S",
        "---------- Page",
        "Brandt, Hon. Walter P., opening statement ..................... 1",
        "Hargrove, Hon. Glenn T., opening statement ................... 3",
        "The CHAIRMAN. Good morning.",
    )
    assert kept == ["The CHAIRMAN. Good morning."]


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("Where: Jitsi, https://meet.jit.si/board-2019", False),
        ("Location: https://zoom.us/j/123", False),
        ("Watch online: https://example.org/stream", True),
        ("www.example.org | (202) 555-0148", True),
    ],
)
def test_a_place_field_with_a_link_is_the_place_not_a_contact_line(line, furniture):
    assert is_furniture(line) is furniture


@pytest.mark.parametrize(
    "line",
    [
        "You are receiving this because you are a member of the Residents' Association list.",
        # The same notice wrapped by the mail program that sent it.
        "You are receiving this because you are a member of the Ashgrove\nResidents' "
        "Association. To stop these e-mails, reply with UNSUBSCRIBE.",
        "You received this message because you are subscribed to the Board group.",
        "To stop these e-mails, reply with UNSUBSCRIBE.",
        "Senate-members mailing list",
        "Share this:",
        "Leave a comment",
        "Comments are turned off for this page.",
        "Posted on 4 September 2019 by admin in Club News",
        "Edit this page on GitHub",
        "Return to top",
        "Previous sitting",
        'Ann Lee reacted to "Because it stops at every..." with \U0001f44d',
        "ann.l pinned a message to this channel.",
        "Duration: 00:41:27",
        "Meeting ended after 00:13:42",
    ],
)
def test_mailing_list_footers_blog_chrome_and_chat_events_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "You received this report from the Treasurer last week, and it was noted.",
        "The committee agreed to share the findings with the council.",
        "Ms Lee reacted to the proposal with concern and asked for a delay of two months.",
        "Previous minutes were approved.",
    ],
)
def test_sentences_near_those_footers_are_not_furniture(line):
    assert not is_furniture(line)


def test_a_caption_cues_timing_is_the_tools():
    assert is_furniture("00:00:01.000 --> 00:00:04.000")
    assert is_furniture("00:01:04.700 --> 00:01:15.020 align:start position:10%")
    assert not is_furniture("10:30")
