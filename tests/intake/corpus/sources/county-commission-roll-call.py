"""A Texas county commissioners court (PDF from Word): verbatim minutes, spoken roll calls."""

FORMAT = "pdf"
HALF = "heldout2"
METADATA = {
    "title": "Commissioners Court Minutes 08-05-2019",
    "author": "Tillman County Clerk",
    "subject": "Regular Session",
}
RUNNING_HEAD = (
    "TILLMAN COUNTY, TEXAS \u2013 COMMISSIONERS COURT",
    "Regular Session \u2013 August 5, 2019",
)
FOOTER = "Commissioners Court Minutes, Vol. 47"
LAYOUT = {
    "family": "Times",
    "size": 11,
    "leading": 14.5,
    "first_indent": 0,
    "space_after": 6,
    "hyphenate_below": 0.9,
}

BLOCKS = [
    ("center", [("b", "TILLMAN COUNTY BOARD OF COMMISSIONERS")], 13),
    (
        "center",
        (
            "Regular Session \u2013 Monday, August 5, 2019 \u2013 9:00 "
            "a.m.\nCommission Chambers, Tillman County Courthouse, 101 N. Main "
            "Street, Alvord, Texas"
        ),
    ),
    (
        "plain",
        [
            ("b", "Commissioners present: "),
            (
                "Wendell Boyd, County Judge and Chairman; Glen Haskell, Precinct 1; "
                "Deborah Lowery, Precinct 2; Marisol Ortiz, Precinct 3"
            ),
        ],
    ),
    ("plain", [("b", "Commissioners absent: "), "Earl Whitmire, Precinct 4"]),
    (
        "plain",
        [
            ("b", "Also present: "),
            ("Carla Jeffries, County Clerk; Nathan Price, County Attorney; Sheriff Dale Kimbrough"),
        ],
    ),
    ("heading", "1. Call to Order"),
    (
        "p",
        [
            ("b", "CHAIRMAN BOYD:"),
            (
                " Good morning. It's nine o'clock, and I'll call this regular session "
                "of the Tillman County Commissioners Court to order. Commissioner "
                "Whitmire is at the TAC conference and is excused. We have a quorum."
            ),
        ],
    ),
    ("heading", "2. Public Comment"),
    (
        "p",
        [
            ("b", "CHAIRMAN BOYD:"),
            (
                " Anybody signed up for public comment? Come on up, state your name "
                "and where you live, three minutes."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "MR. TUCKER:"),
            (
                " Ray Tucker, out on FM 2181. That low-water crossing on Cottonwood "
                "Creek went under twice in June, and both times the sign saying it was "
                "closed went up a day late. Somebody is going to drive into it. I'd "
                "like the court to put a gate there."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "CHAIRMAN BOYD:"),
            " Thank you, Mr. Tucker. Commissioner Lowery, that's your precinct.",
        ],
    ),
    (
        "p",
        [
            ("b", "COMMISSIONER LOWERY:"),
            (
                " It is, and he's right. I'll have the road crew price a swing gate "
                "and bring it back on the nineteenth."
            ),
        ],
    ),
    ("heading", "3. Consent Agenda"),
    ("p", [("b", "COMMISSIONER ORTIZ:"), " Move to approve the consent agenda as presented."]),
    ("p", [("b", "COMMISSIONER HASKELL:"), " Second."]),
    ("p", [("b", "CHAIRMAN BOYD:"), " Motion and a second. All in favor say aye."]),
    ("p", "(Chorus of ayes.)"),
    ("p", [("b", "CHAIRMAN BOYD:"), " Motion carries, four-nothing."]),
    ("heading", "4. Burn Ban"),
    (
        "p",
        [
            ("b", "CHAIRMAN BOYD:"),
            (
                " Item four is the burn ban. Sheriff, the drought index is at 640 this "
                "morning, and the fire marshal recommends we put the ban back on for "
                "ninety days."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "COMMISSIONER HASKELL:"),
            (
                " Nathan, does the order as drafted let folks still weld on their own "
                "property if they have a water truck there? I've had three farmers "
                "call me about it."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "COUNTY ATTORNEY PRICE:"),
            (
                " It does. Section three exempts welding and cutting with a spotter "
                "and a water source of at least 250 gallons within 50 feet. That's the "
                "same as last summer's order."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "COMMISSIONER HASKELL:"),
            (" Then I'll move we adopt the burn ban order as drafted, for ninety days."),
        ],
    ),
    ("p", [("b", "COMMISSIONER LOWERY:"), " Second."]),
    ("p", [("b", "CHAIRMAN BOYD:"), " Let's do this one by roll call. Madam Clerk."]),
    ("p", [("b", "CLERK JEFFRIES:"), " Commissioner Haskell?"]),
    ("p", [("b", "COMMISSIONER HASKELL:"), " Aye."]),
    ("p", [("b", "CLERK JEFFRIES:"), " Commissioner Lowery?"]),
    ("p", [("b", "COMMISSIONER LOWERY:"), " Aye."]),
    ("p", [("b", "CLERK JEFFRIES:"), " Commissioner Ortiz?"]),
    ("p", [("b", "COMMISSIONER ORTIZ:"), " Aye."]),
    ("p", [("b", "CLERK JEFFRIES:"), " Chairman Boyd?"]),
    ("p", [("b", "CHAIRMAN BOYD:"), " Aye."]),
    ("p", [("b", "CHAIRMAN BOYD:"), " Order adopted, four-nothing."]),
    ("heading", "5. Budget Amendment \u2013 Jail Medical Contract"),
    (
        "p",
        [
            ("b", "COMMISSIONER ORTIZ:"),
            (
                " I want it on the record that I'm voting no on this one. The jail "
                "medical contract has gone up thirty-one percent in two years and "
                "we've never put it out for bids. I'm not against paying for it. I'm "
                "against not knowing if we could pay less."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "CHAIRMAN BOYD:"),
            (
                " That's fair, Commissioner, and I'd support going out for bids next "
                "year. But the money runs out on the thirtieth, and we can't have the "
                "jail without a doctor."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "COMMISSIONER LOWERY:"),
            (
                " Move to approve Budget Amendment 2019-14, transferring $84,000 from "
                "contingency to jail medical services."
            ),
        ],
    ),
    ("p", [("b", "COMMISSIONER HASKELL:"), " Second."]),
    ("p", [("b", "CLERK JEFFRIES:"), " Commissioner Haskell?"]),
    ("p", [("b", "COMMISSIONER HASKELL:"), " Aye."]),
    ("p", [("b", "CLERK JEFFRIES:"), " Commissioner Lowery?"]),
    ("p", [("b", "COMMISSIONER LOWERY:"), " Aye."]),
    ("p", [("b", "CLERK JEFFRIES:"), " Commissioner Ortiz?"]),
    ("p", [("b", "COMMISSIONER ORTIZ:"), " No."]),
    ("p", [("b", "CLERK JEFFRIES:"), " Chairman Boyd?"]),
    ("p", [("b", "CHAIRMAN BOYD:"), " Aye."]),
    ("p", [("b", "CHAIRMAN BOYD:"), " Motion carries, three to one."]),
    ("heading", "6. Adjourn"),
    ("p", [("b", "CHAIRMAN BOYD:"), " If there's nothing else, we're adjourned at 9:41."]),
    ("plain", "ATTEST: Carla Jeffries, County Clerk, Tillman County, Texas"),
]
