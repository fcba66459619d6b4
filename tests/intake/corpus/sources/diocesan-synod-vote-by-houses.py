"""A Church of England diocesan synod's minutes (Word): particulars in the title, attendance by
count with the chairs named for ranges of items, a motion in the Quote style with proposer
and seconder, speakers reported in the third person with bold names and deaneries, an
amendment decided by a vote by Houses in a table, written questions with "Question 1 from …:"
and "Answer from …:" labels and a supplementary question, draft notice in the header."""

FORMAT = "docx"
HALF = "heldout6"
METADATA = {
    "title": "DS minutes Nov 2019 draft",
    "author": "Karen Blythe",
    "subject": "Diocesan Synod",
}
HEADER = "DRAFT \u2013 subject to approval by the Synod at its meeting on 13th June 2020"
FOOTER = "Diocese of Westhaven \u00b7 Diocesan Synod \u00b7 DS(19)31"

BLOCKS = [
    ("title", "Diocese of Westhaven \u2013 Diocesan Synod"),
    (
        "p",
        [
            (
                "b",
                "Minutes of the meeting held at St Aidan\u2019s Church Centre, Brackley Road, "
                "Westhaven on Saturday 16th November 2019 at 10.00 am",
            )
        ],
    ),
    (
        "p",
        [
            ("b", "Present: "),
            "104 members of the Synod (attendance register held by the Synod Secretary).",
        ],
    ),
    (
        "p",
        [
            ("b", "In the chair: "),
            "The Rt Revd Stephen Ashworth, Bishop of Westhaven (President), items 1\u20134 and 7; "
            "Mrs Margaret Leyland, Chair of the House of Laity, items 5 and 6.",
        ],
    ),
    (
        "p",
        [
            ("b", "In attendance: "),
            "Mr Robert Fane (Diocesan Secretary); Mrs Karen Blythe (Synod Secretary).",
        ],
    ),
    ("heading", "1. Opening worship", 2),
    (
        "p",
        "The President led the opening worship and welcomed new members elected in the deanery "
        "by-elections.",
    ),
    ("heading", "2. Apologies", 2),
    ("p", "Apologies were received from 21 members. A list is held by the Synod Secretary."),
    ("heading", "3. Minutes of the meeting of 8th June 2019", 2),
    ("p", "The minutes were approved and signed by the President."),
    ("heading", "4. Presidential address", 2),
    (
        "p",
        "The President spoke about the diocesan vision \u201cGrowing in Faith, Serving our "
        "Communities\u201d and thanked the 38 parishes that had held Harvest Sundays for the "
        "Westhaven food banks. He asked the Synod to pray for the vacancy in the Archdeaconry "
        "of Fenland.",
    ),
    ("heading", "5. Parish Share 2020 (DS(19)27)", 2),
    (
        "p",
        "Mr Andrew Pinnock, Chair of the Diocesan Board of Finance, moved the motion standing in "
        "his name:",
    ),
    (
        "styled",
        "\u201cThat this Synod approve the Parish Share Scheme for 2020 as set out in paper "
        "DS(19)27, with a total Share of \u00a36,214,000, an increase of 3.5% on 2019.\u201d",
        "Quote",
    ),
    (
        "p",
        "He said that the increase covered the rise in clergy stipends and pensions set "
        "nationally; the Board had cut its own costs by \u00a3140,000 and would draw \u00a3300,000 "
        "from reserves for a second year. The Revd Jane Oduya seconded.",
    ),
    (
        "p",
        [
            ("b", "The Revd Canon Philip Marsh"),
            " (Wyvern Deanery) said that small rural parishes were paying for buildings they "
            "could not close, and asked the Board to look again at the weighting for "
            "population.",
        ],
    ),
    (
        "p",
        [
            ("b", "Mrs Helen Grady"),
            " (Eastmoor Deanery) supported the motion: her parish had paid in full for ten years "
            "because it believed that the share paid for the parishes that could not.",
        ],
    ),
    (
        "p",
        [
            ("b", "Mr Tom Rees"),
            " (Fenland Deanery) moved an amendment: to leave out \u201c\u00a36,214,000, an "
            "increase of 3.5%\u201d and insert \u201c\u00a36,124,000, an increase of 2%\u201d. "
            "He said that three parishes in his deanery had already said they could not pay "
            "more than last year. Mr Colin Ward seconded.",
        ],
    ),
    (
        "p",
        "Mr Pinnock, replying, said that the difference of \u00a390,000 would have to come from "
        "reserves or from posts, and asked the Synod to resist the amendment.",
    ),
    (
        "p",
        "A vote by Houses having been requested by more than 25 members, the amendment was put "
        "and the voting was as follows:",
    ),
    (
        "table",
        [
            ["House", "For", "Against", "Abstentions"],
            ["Bishops", "0", "2", "0"],
            ["Clergy", "14", "27", "3"],
            ["Laity", "26", "29", "1"],
        ],
    ),
    ("p", "The amendment was lost in the Houses of Bishops, Clergy and Laity."),
    (
        "p",
        "The motion was then put and carried on a show of hands, 71 for, 19 against, 8 "
        "abstentions.",
    ),
    ("heading", "6. Questions", 2),
    (
        "p",
        [
            ("b", "Question 1 from the Revd Alison Kerr (Harford Deanery):"),
            " How many parishes paid less than 80% of their Share in 2018, and what help has "
            "been offered to them?",
        ],
    ),
    (
        "p",
        [
            ("b", "Answer from the Diocesan Secretary:"),
            " Twenty-three parishes paid less than 80% in 2018. Each has been offered a "
            "meeting with the Stewardship Adviser, and fourteen have taken it up.",
        ],
    ),
    (
        "p",
        [
            ("b", "Supplementary question (the Revd Alison Kerr):"),
            " Will the names of those parishes be published to the Synod?",
        ],
    ),
    (
        "p",
        [
            ("b", "Answer:"),
            " No. The Board decided in 2017 that figures would be shared with each deanery "
            "but not published parish by parish.",
        ],
    ),
    ("heading", "7. Closing", 2),
    (
        "p",
        "The President thanked the people of St Aidan\u2019s for their hospitality and closed "
        "the meeting with the Grace at 12.58 pm.",
    ),
    ("p", "Date of next meeting: Saturday 13th June 2020."),
    (
        "p",
        "Signed ................................................ President          "
        "Date ................",
    ),
]
