"""A school governing board in England (Word): attendance by initials, Q/A challenge, actions."""

FORMAT = "docx"
HALF = "heldout2"
METADATA = {
    "title": "FGB minutes Autumn 2",
    "author": "Clerk to Governors",
    "subject": "Full Governing Board",
}
HEADER = "Oakfield Primary School \u2013 Full Governing Board \u2013 Part 1 (non-confidential)"
FOOTER = "Minutes are draft until approved by the Board \u00b7 Clerk: clerk@oakfield.sch.uk"

BLOCKS = [
    ("title", "Oakfield Primary School"),
    ("p", [("b", "Full Governing Board \u2013 Minutes of the Autumn Term Meeting 2")]),
    ("p", "Date: 26.11.2019    Time: 6.00pm    Venue: School library"),
    (
        "p",
        [
            ("b", "Present: "),
            (
                "Mrs J Patel (Chair), Mr R Okonjo (Headteacher), Mr A Dhillon "
                "(Vice-Chair), Ms C Farrant (Parent Governor), Revd T Marsh "
                "(Foundation Governor), Miss L Byrne (Staff Governor)"
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "In attendance: "),
            ("Mrs K Sowerby (Clerk), Mr D Pryce (School Business Manager, for item 5)"),
        ],
    ),
    ("p", [("b", "Apologies: "), "Dr H Quayle (Co-opted Governor) \u2013 consent given"]),
    ("heading", "1. Welcome, apologies and declarations of interest", 2),
    (
        "p",
        (
            "The Chair welcomed governors. Apologies from Dr Quayle were received "
            "and accepted. There were no declarations of interest in any agenda "
            "item."
        ),
    ),
    ("heading", "2. Minutes of the previous meeting and matters arising", 2),
    (
        "p",
        (
            "The minutes of 17 September 2019 were agreed as an accurate record "
            "and signed by the Chair."
        ),
    ),
    (
        "p",
        (
            "Matters arising: the new visitor sign-in system has been installed. "
            "All other actions were complete or on the agenda."
        ),
    ),
    ("heading", "3. Headteacher's report", 2),
    (
        "p",
        (
            "The Headteacher's report had been circulated a week before the "
            "meeting. He highlighted that attendance for the half term was 95.8%, "
            "that persistent absence had fallen to 9.1%, and that the Year 1 "
            "phonics screening check result in June had been 74%, below the "
            "national figure of 82%."
        ),
    ),
    (
        "p",
        [
            ("b", "Q (Governor):"),
            (
                " Why were the phonics results lower than last year, and what is being "
                "done about it?"
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "A (Headteacher):"),
            (
                " This cohort had the highest proportion of summer-born children we "
                "have had, and a third of them started Reception with speech and "
                "language needs. We have moved to a daily catch-up group in Year 2 and "
                "retrained all teaching assistants in the scheme in October."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Q (Governor):"),
            (" How will governors know if this is working before the next screening check?"),
        ],
    ),
    (
        "p",
        [
            ("b", "A (Headteacher):"),
            (
                " I will bring the results of the spring term assessment to the March "
                "meeting, with the catch-up group's scores shown separately."
            ),
        ],
    ),
    ("heading", "4. Safeguarding", 2),
    (
        "p",
        (
            "Revd Marsh, the safeguarding link governor, reported on his visit on "
            "8 November. He had checked the single central record, which was "
            "complete, and spoken to two members of staff about the reporting "
            "procedure, both of whom knew it well."
        ),
    ),
    (
        "number",
        (
            "ACTION: Clerk to circulate the updated Keeping Children Safe in "
            "Education (2019) to all governors."
        ),
    ),
    (
        "number",
        (
            "ACTION: All governors to confirm to the Clerk that they have read "
            "Part 1 by 20 December."
        ),
    ),
    ("heading", "5. Budget monitoring", 2),
    (
        "p",
        (
            "Mr Pryce presented the budget monitoring report to the end of "
            "October. The school is forecasting an in-year deficit of "
            "\u00a318,400, to be met from the carry-forward of \u00a361,000. The "
            "main pressure is supply cover for long-term sickness."
        ),
    ),
    (
        "p",
        [
            ("b", "Q (Governor):"),
            (" Is the school insured against long-term staff absence, and if not, should it be?"),
        ],
    ),
    (
        "p",
        [
            ("b", "A (School Business Manager):"),
            (
                " We left the local authority's scheme two years ago when the premium "
                "went up. I will get three quotes for next year and bring them to the "
                "Resources Committee."
            ),
        ],
    ),
    ("p", "Governors approved the revised budget."),
    ("heading", "6. Policies", 2),
    ("p", "The following policies were approved without amendment:"),
    ("bullet", "Charging and Remissions Policy"),
    ("bullet", "Accessibility Plan 2019\u20132022"),
    ("heading", "7. Any other business", 2),
    ("p", "None."),
    ("p", "The meeting closed at 7.48pm."),
    (
        "p",
        (
            "Signed: \u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026"
            "\u2026\u2026\u2026\u2026 (Chair)       Date: "
            "\u2026\u2026\u2026\u2026\u2026\u2026"
        ),
    ),
]
