"""A students' union council (Word): term-week date, attendance table, motion and counted vote."""

FORMAT = "docx"
HALF = "heldout3"
METADATA = {
    "title": "Council 5MT minutes",
    "author": "Democracy Coordinator",
    "subject": "Students' Union Council",
}
FOOTER = "Harcourt University Students' Union is a registered charity. Minutes are unratified."

BLOCKS = [
    ("title", "Harcourt University Students\u2019 Union \u2013 Union Council"),
    (
        "p",
        (
            "Meeting held on Tuesday of 5th Week, Michaelmas Term 2019 (5 November 2019) at "
            "18:00 in the Wolfson Debating Chamber, Union Building, and streamed on Microsoft "
            "Teams."
        ),
    ),
    ("heading", "Attendance"),
    (
        "table",
        [
            ["Name", "Position", "Attendance"],
            ["Amara Obi", "Union President (Chair of Council)", "Present"],
            ["Sam Wu", "Vice-President Education", "Present"],
            ["Freya Lindgren", "Vice-President Welfare", "Present"],
            ["Kofi Mensah", "Postgraduate Officer", "Apologies"],
            ["Ruby Castellano", "Environment & Ethics Officer", "Present"],
            ["Tom Ashdown", "Democracy Coordinator (staff, minutes)", "In attendance"],
        ],
    ),
    ("p", "Ordinary members of Council present: 31. The meeting was quorate."),
    ("heading", "1. Welcome and Standing Orders"),
    (
        "p",
        [
            ("b", "Amara Obi (Chair):"),
            (
                " Welcome to Council. A reminder that speeches are two minutes, and that "
                "points of order take precedence. We have one motion tonight and officer "
                "reports."
            ),
        ],
    ),
    ("heading", "2. Officer Reports"),
    (
        "p",
        [
            ("b", "Sam Wu:"),
            (
                " The University has agreed to publish lecture recordings for every module "
                "from next term. That was our main ask from the Education Zone, so thank you "
                "to everyone who filled in the survey."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Freya Lindgren:"),
            (
                " The counselling waiting list is at five weeks. I am meeting the Director of "
                "Student Services on Thursday and I will report back at 7th Week Council."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Question from the floor (Jess Okafor, History):"),
            " Is five weeks the wait for a first appointment or for ongoing sessions?",
        ],
    ),
    (
        "p",
        [
            ("b", "Freya Lindgren:"),
            " For the first appointment. Ongoing sessions are another three weeks on top.",
        ],
    ),
    ("heading", "3. Motion 19/07: Divest from Fossil Fuel Sponsorship"),
    (
        "p",
        [
            ("b", "Proposer: "),
            "Ruby Castellano. ",
            ("b", "Seconder: "),
            "Sam Wu.",
        ],
    ),
    ("p", "This Union resolves:"),
    (
        "number",
        "To refuse sponsorship from companies whose main business is fossil fuel extraction.",
    ),
    (
        "number",
        "To mandate the Environment & Ethics Officer to lobby the Careers Service to do the same.",
    ),
    (
        "p",
        [
            ("b", "Ruby Castellano:"),
            (
                " Last year two oil companies paid for the stands at our own careers fair. We "
                "can\u2019t campaign for net zero and take their money."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Point of information (Dan Hale, Engineering):"),
            (
                " Engineering students get most of their placements from these companies. "
                "Has the proposer spoken to the Engineering Society?"
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Ruby Castellano:"),
            " Yes, and the motion only covers Union events, not placements.",
        ],
    ),
    (
        "p",
        [
            ("b", "Amara Obi (Chair):"),
            " We move to the vote. Council members, please vote now on the Teams form or by card.",
        ],
    ),
    ("p", "For: 24   Against: 5   Abstentions: 2"),
    ("p", "Motion 19/07 PASSES."),
    ("heading", "4. Close"),
    ("p", "The Chair closed the meeting at 19:22."),
]
