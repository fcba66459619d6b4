"""A US Senate subcommittee hearing as GPO prints it (PDF): cover, small-capital labels."""

FORMAT = "pdf"
HALF = "heldout"
METADATA = {
    "title": "S. Hrg. 115-388 - COMBATING ROBOCALLS: PROTECTING CONSUMERS",
    "author": "U.S. Government Publishing Office",
    "subject": "Senate Hearing",
}
RUNNING_HEAD = ("", "")
FOOTER = (
    "VerDate Sep 11 2014 10:41 Apr 02, 2018 Jkt 029511 PO 00000 Frm 00004 "
    "S:\\GPO\\HEARINGS\\29511.TXT"
)
LAYOUT = {"family": "Times", "size": 11, "leading": 14, "first_indent": 16, "space_after": 2,
          "justify": True, "plain_first_page": True, "hyphenate_below": 0.93}  # fmt: skip

W, D, H, P = "Margaret Whitford", "Rafael Delgado", "Halvorsen", "Pryce"  # as printed
HA, LB = "Daniel Halloran", "Loretta Banks"


def label(before, name, after="."):
    """A GPO speaker label: the surname in capitals and small capitals."""
    return [before, ("sc", name), after + " "]


# (label runs or None, text, speaker, kind)
TURNS = [
    (
        label("Senator ", "Whitford"),
        "Good morning. This hearing of the Subcommittee on "
        "Communications, Technology, and Consumer Protection will come to order.",
        W,
        "procedural",
    ),
    (
        None,
        "Americans received an estimated 30 billion robocalls last year, and the single most "
        "common complaint to the Federal Trade Commission is an unwanted call. Many of these calls "
        "display a local number that has been spoofed, so that the call looks as if it comes "
        "from a "
        "neighbor.",
        W,
        "remark",
    ),
    (
        None,
        "Today we want to learn whether the industry's call authentication framework will be "
        "ready by the end of next year, and what it will not fix.",
        W,
        "remark",
    ),
    (
        label("Senator ", "Delgado"),
        "Thank you, Madam Chair. My constituents do not care about "
        "acronyms. They care that their phones ring ten times a day, and that the call they miss "
        "may "
        "be the pharmacy. I hope the witnesses will tell us plainly when that stops.",
        D,
        "remark",
    ),
    (label("Senator ", "Whitford"), "Thank you. Mr. Halloran, please proceed.", W, "procedural"),
    (
        label("Mr. ", "Halloran"),
        "Thank you, Chairman Whitford and Ranking Member Delgado. "
        "Authentication lets the carrier that terminates a call verify that the originating "
        "carrier "
        "vouches for the number. By December 2018 we expect the four largest carriers to sign and "
        "verify calls between their own networks.",
        HA,
        "remark",
    ),
    (
        None,
        "What it will not do on its own is authenticate calls that cross older networks, which "
        "still carry about 40 percent of traffic.",
        HA,
        "remark",
    ),
    (None, "[The prepared statement of Mr. Halloran follows:]", None, "procedural"),
]
PREPARED = [
    "Chairman Whitford, Ranking Member Delgado, and members of the Subcommittee, Veritone "
    "Telecom carries about 11 percent of U.S. voice traffic. We blocked 2.1 billion calls in the "
    "third quarter of 2017 on the basis of analytics alone.",
    "We recommend that the Commission set a firm date for authentication on all IP networks and "
    "create a safe harbor for carriers that block calls in good faith.",
]
TURNS2 = [
    (label("Senator ", "Whitford"), "Ms. Banks.", W, "procedural"),
    (
        label("Ms. ", "Banks"),
        "Thank you, Madam Chair. Consumers need two things the framework "
        "does not give them: blocking that is free, and a way to get a legitimate number unblocked "
        "when it is flagged by mistake.",
        LB,
        "remark",
    ),
    (
        label("Senator ", "Halvorsen"),
        "Mr. Halloran, will your company charge customers for call blocking?",
        H,
        "question",
    ),
    (
        label("Mr. ", "Halloran"),
        "Senator, our basic blocking is free today. Some enhanced features carry a monthly fee.",
        HA,
        "answer",
    ),
    (label("Senator ", "Halvorsen"), "How much?", H, "question"),
    (label("Mr. ", "Halloran"), "Two dollars and ninety-nine cents a month.", HA, "answer"),
    (
        label("Ms. ", "Banks"),
        "Which is exactly our concern, Senator. The people most targeted by "
        "scam calls, older Americans, are the least likely to pay for an add-on.",
        LB,
        "remark",
    ),
    (
        label("Senator ", "Pryce"),
        "Ms. Banks, what should a small business do when its number is wrongly labeled as spam?",
        P,
        "question",
    ),
    (
        label("Ms. ", "Banks"),
        "Today it has to find out which analytics company labeled it and "
        "call each one. There is no single place to complain, and there should be.",
        LB,
        "answer",
    ),
    (
        label("Senator ", "Whitford"),
        "The hearing record will remain open for two weeks. "
        "Witnesses are asked to respond to written questions within that time. This hearing is "
        "adjourned.",
        W,
        "procedural",
    ),
    (None, "[Whereupon, at 11:37 a.m., the hearing was adjourned.]", None, "procedural"),
]

BLOCKS = [
    ("center", [("sc", "S. Hrg. 115\u2013388")], 10),
    ("space", 60),
    ("center", [("b", "COMBATING ROBOCALLS: PROTECTING CONSUMERS")], 16),
    ("space", 24),
    ("center", "HEARING", 12),
    ("center", "BEFORE THE", 9),
    ("center", "SUBCOMMITTEE ON COMMUNICATIONS, TECHNOLOGY, AND\nCONSUMER PROTECTION", 11),
    ("center", "OF THE", 9),
    ("center", "COMMITTEE ON COMMERCE,\nSCIENCE, AND TRANSPORTATION\nUNITED STATES SENATE", 12),
    ("center", "ONE HUNDRED FIFTEENTH CONGRESS\nFIRST SESSION", 10),
    ("space", 12),
    ("center", "NOVEMBER 15, 2017", 11),
    ("space", 12),
    ("center", "Printed for the use of the Committee on Commerce, Science, and Transportation", 9),
    ("space", 150),
    ("center", "U.S. GOVERNMENT PUBLISHING OFFICE\n29\u2013511 PDF          WASHINGTON : 2018", 9),
    ("pagebreak", None),
    ("center", [("b", "C O N T E N T S")], 11),
    ("plain", "Hearing held on November 15, 2017 .......................................... 1"),
    ("plain", "Statement of Senator Whitford .................................................. 1"),
    (
        "plain",
        "Statement of Senator Delgado .................................................... 2",
    ),
    ("center", [("b", "WITNESSES")], 10),
    (
        "plain",
        "Daniel Halloran, Chief Technology Officer, Veritone Telecom ..................... 3",
    ),
    (
        "plain",
        "    Prepared statement ........................................................... 4",
    ),
    ("plain", "Loretta Banks, Senior Attorney, National Consumer Rights Center ............... 6"),
    ("pagebreak", None),
    ("center", [("b", "COMBATING ROBOCALLS: PROTECTING CONSUMERS")], 12),
    ("center", "WEDNESDAY, NOVEMBER 15, 2017", 10),
    (
        "center",
        [
            (
                "sc",
                "U.S. Senate,\nSubcommittee on Communications, Technology, and "
                "Consumer Protection,\nCommittee on Commerce, Science, and "
                "Transportation,\n",
            ),
            "Washington, DC.",
        ],
        9.5,
    ),
    (
        "p",
        "The Subcommittee met, pursuant to notice, at 10:03 a.m. in room SR\u2013253, Russell "
        "Senate Office Building, Hon. Margaret Whitford, Chairman of the Subcommittee, "
        "presiding.",
    ),
    ("p", "Present: Senators Whitford [presiding], Delgado, Halvorsen, and Pryce."),
    (
        "center",
        [("b", "OPENING STATEMENT OF HON. MARGARET WHITFORD,\nU.S. SENATOR FROM NEBRASKA")],
        10,
    ),
]


def add(turns):
    for runs, text, _, _ in turns:
        BLOCKS.append(("p", [*runs, text] if runs else text))


add(TURNS[:3])
BLOCKS.append(
    ("center", [("b", "STATEMENT OF HON. RAFAEL DELGADO,\nU.S. SENATOR FROM NEW MEXICO")], 10)
)
add(TURNS[3:5])
BLOCKS.append(
    (
        "center",
        [("b", "STATEMENT OF DANIEL HALLORAN, CHIEF TECHNOLOGY\nOFFICER, VERITONE TELECOM")],
        10,
    )
)
add(TURNS[5:])
BLOCKS.append(
    (
        "center",
        [
            (
                "b",
                "PREPARED STATEMENT OF DANIEL HALLORAN, CHIEF TECHNOLOGY\n"
                "OFFICER, VERITONE TELECOM",
            )
        ],
        10,
    )
)
for text in PREPARED:
    BLOCKS.append(("p", text))
BLOCKS.append(
    (
        "center",
        [("b", "STATEMENT OF LORETTA BANKS, SENIOR ATTORNEY,\nNATIONAL CONSUMER RIGHTS CENTER")],
        10,
    )
)
add(TURNS2)
