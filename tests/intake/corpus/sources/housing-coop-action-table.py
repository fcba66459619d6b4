"""A housing co-op's management committee (Word): an open session, then an action table."""

FORMAT = "docx"
HALF = "heldout"
METADATA = {
    "title": "MC minutes April 2024",
    "author": "Secretary",
    "subject": "Management Committee",
}
HEADER = (
    "Elmfield Housing Co-operative Ltd \u2014 Management Committee \u2014 CONFIDENTIAL to members"
)
FOOTER = "Registered society no. 21874R \u00b7 Minutes are draft until approved at the next meeting"

ROWS = [
    ["Item", "Discussion", "Action", "Who", "By when"],
    [
        "1. Minutes and matters arising",
        [
            "Minutes of 19 March approved as a correct record.",
            "Boiler at no. 7: replaced on 2 April, as agreed.",
        ],
        ["\u2013"],
        "",
        "",
    ],
    [
        "2. Repairs report",
        [
            "DW reported 23 open repairs, 4 of them over the 28-day target, all waiting on the "
            "roofer. The quote for the flat roof at 9\u201311 Elmfield Row is \u00a318,400, which "
            "members thought high.",
            [("b", "Agreed:"), " to get a second quote before deciding."],
        ],
        ["Get second quote for the roof at 9\u201311"],
        "DW",
        "30/04/24",
    ],
    [
        "3. Finance and arrears",
        [
            "YN reported rent arrears of \u00a34,210 across five households, two of them more than "
            "eight weeks. Members asked that every household gets the same stage-one letter, "
            "with the "
            "hardship fund mentioned in it."
        ],
        ["Send stage-one arrears letters", "Add the hardship fund paragraph to the letter"],
        "YN",
        "23/04/24",
    ],
    [
        "4. Allocations",
        [
            "No. 3 is empty from 1 May. The committee agreed to offer it to the applicant at the "
            "top "
            "of the waiting list, subject to references."
        ],
        ["Make the offer and arrange a viewing"],
        "TA",
        "asap",
    ],
    [
        "5. Any other business",
        [
            "EO raised the state of the communal garden after the winter. Members were keen on a "
            "work day with food afterwards."
        ],
        ["Organise a garden work day in May"],
        "EO",
        "10/05/24",
    ],
]

BLOCKS = [
    ("boldhead", "ELMFIELD HOUSING CO-OPERATIVE LTD"),
    ("boldhead", "Management Committee \u2013 Minutes"),
    ("p", "Tuesday the 16th of April 2024, 7.00pm, at the co-op office, 2 Elmfield Row"),
    (
        "p",
        [
            ("b", "Present: "),
            "Rosa Ferreira (Chair), Tom Ashdown (Secretary), Yusra Nadeem "
            "(Treasurer), Lukas Brandt, Efe Okonkwo",
        ],
    ),
    ("p", [("b", "Apologies: "), "Mary Quinn"]),
    (
        "p",
        [
            ("b", "In attendance: "),
            "Dan Whiteley (Repairs Officer, staff); two members for the open session",
        ],
    ),
    ("heading", "Open session (members\u2019 questions)", 2),
    (
        "p",
        [
            ("b", "Chair (Rosa Ferreira):"),
            " Welcome, both. You have ten minutes before we start the agenda.",
        ],
    ),
    (
        "p",
        [
            ("b", "Member, no. 14:"),
            " The damp in our back bedroom has come back for the third "
            "winter. We were told in November it was on the list. When will it be done?",
        ],
    ),
    (
        "p",
        [
            ("b", "Repairs Officer (Dan):"),
            " It is on the list, and I am sorry it has taken this "
            "long. The surveyor is booked for next Thursday, and I will ring you on Friday with a "
            "date for the work.",
        ],
    ),
    (
        "p",
        [
            ("b", "Member, no. 22:"),
            " Can the committee put the repairs list on the noticeboard "
            "so we can all see where things are?",
        ],
    ),
    (
        "p",
        [
            ("b", "Chair:"),
            " Yes, without names, just the address and the date reported. Tom will sort that.",
        ],
    ),
    ("p", "The members left at 7.15pm."),
    ("heading", "Minutes", 2),
    ("table", ROWS),
    ("p", "Next meeting: Tuesday 21 May 2024, 7.00pm. The meeting closed at 8.40pm."),
]
