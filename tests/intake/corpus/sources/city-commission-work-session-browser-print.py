"""A Florida city commission's work session minutes, printed to PDF from a browser: the
browser's print date and page title as the running head and the page's address in the footer
(the print date is not the meeting's), "Comm. Surname:" labels defined by the attendance line,
a staff presentation in narrative, CONSENSUS lines, and a public comment with a named
resident."""

FORMAT = "pdf"
HALF = "heldout5"
METADATA = {
    "title": "Work Session Minutes - City of Palmetto Springs, FL",
    "author": "",
    "subject": "",
}
RUNNING_HEAD = ("5/21/19, 4:12 PM", "Work Session Minutes - City of Palmetto Springs, FL")
FOOTER = "https://www.palmettospringsfl.gov/AgendaCenter/ViewFile/Minutes/_05072019-1412"
LAYOUT = {
    "family": "Helvetica",
    "size": 10,
    "leading": 13.5,
    "space_after": 7,
    "hyphenate_below": 0.8,
}

BLOCKS = [
    ("plain", [("b", "CITY OF PALMETTO SPRINGS")]),
    ("plain", "City Commission Work Session"),
    ("plain", "Tuesday, May 7, 2019 \u2013 3:00 PM"),
    ("plain", "City Hall, Commission Chambers, 201 W. Orange Blossom Trail"),
    ("heading", "ATTENDANCE"),
    (
        "p",
        (
            "Present: Mayor Patricia Dwyer (presiding); Vice Mayor Curtis Holloway; "
            "Commissioner Luis Alvarez (Comm. Alvarez); Commissioner Denise Whitaker-Lamb "
            "(Comm. Whitaker-Lamb); Commissioner Bao Tran (Comm. Tran)."
        ),
    ),
    (
        "p",
        (
            "Staff: City Manager Roy Castellano; Planning & Zoning Director Anika Patel; "
            "City Attorney Margaret Olsen; City Clerk Dolores Frye."
        ),
    ),
    ("heading", "1. CALL TO ORDER"),
    (
        "p",
        (
            "Mayor Dwyer called the work session to order at 3:01 PM. No action is taken "
            "at a work session; direction to staff is recorded as consensus."
        ),
    ),
    ("heading", "2. SHORT-TERM VACATION RENTALS \u2013 DRAFT ORDINANCE"),
    (
        "p",
        (
            "Ms. Patel presented the draft ordinance. The City has 312 registered vacation "
            "rentals, up from 140 in 2016, and Code Enforcement logged 96 complaints about "
            "parking, trash and noise in 2018. Florida law prevents the City from banning "
            "rentals or limiting how long guests stay, but it may regulate occupancy, "
            "parking and registration. The draft sets occupancy at two people per bedroom "
            "plus two, requires one off-street parking space per three guests, and a local "
            "contact who can respond within one hour."
        ),
    ),
    (
        "p",
        [
            ("b", "Comm. Alvarez: "),
            "The one-hour response is the part residents care about. What happens if the "
            "contact doesn't answer at two in the morning?",
        ],
    ),
    (
        "p",
        [
            ("b", "Ms. Patel: "),
            "The first failure is a warning, the second a $500 fine, and after three in a "
            "year the registration can be suspended for ninety days.",
        ],
    ),
    (
        "p",
        [
            ("b", "Comm. Whitaker-Lamb: "),
            "I'm worried about the owners who rent out one room in the house they live in. "
            "This treats them the same as an investor with six houses on the beach.",
        ],
    ),
    (
        "p",
        [
            ("b", "Ms. Olsen: "),
            "The Commission can exempt owner-occupied homesteads from the parking rule. "
            "That distinction has held up in other cities. I would not exempt them from "
            "registration.",
        ],
    ),
    (
        "p",
        [
            ("b", "Vice Mayor Holloway: "),
            "I'd support that. And I want the registration fee to pay for the extra code "
            "officer, not come out of the general fund.",
        ],
    ),
    (
        "p",
        [
            ("b", "Comm. Tran: "),
            "Agreed. Can staff come back with what the fee would need to be?",
        ],
    ),
    (
        "p",
        (
            "CONSENSUS: Staff to revise the draft to exempt owner-occupied homesteads from "
            "the parking requirement and to propose a registration fee that covers one "
            "additional code enforcement officer. First reading tentatively June 4."
        ),
    ),
    ("heading", "3. PUBLIC COMMENT"),
    (
        "p",
        (
            "Gary Lindqvist, 418 Heron Way, said that the house next to his had hosted "
            "fourteen people and five cars every weekend since January, and asked the "
            "Commission to act before the summer season."
        ),
    ),
    ("heading", "4. FY 2019-20 BUDGET CALENDAR"),
    (
        "p",
        (
            "Mr. Castellano reviewed the budget calendar. The proposed budget will be "
            "delivered on July 9, the maximum millage set on July 23, and the two public "
            "hearings held on September 10 and September 24."
        ),
    ),
    (
        "p",
        [
            ("b", "Mayor Dwyer: "),
            "Can we move the first hearing? September 10 is the night of the county "
            "school board's hearing and we'll lose half the audience.",
        ],
    ),
    (
        "p",
        [
            ("b", "Mr. Castellano: "),
            "Yes. The statute only requires that we not meet on the same day as the "
            "county. We can move it to September 12.",
        ],
    ),
    ("p", "CONSENSUS: First budget hearing moved to Thursday, September 12."),
    ("heading", "5. ADJOURNMENT"),
    ("p", "There being no further business, the work session adjourned at 4:26 PM."),
    ("p", "Minutes approved: May 21, 2019"),
    ("p", "ATTEST: Dolores Frye, City Clerk"),
]
