"""A California water district board (PDF): roll call in run-on lines, a consent calendar with
an item pulled for discussion, ON MOTION votes with AYES/NOES/ABSENT, a public hearing on a
resolution, and directors' reports."""

FORMAT = "pdf"
HALF = "heldout4"
METADATA = {
    "title": "2019-03-19 Regular Board Meeting Minutes",
    "author": "District Secretary",
    "subject": "Arroyo Seco Water District Board of Directors",
}
RUNNING_HEAD = ("Arroyo Seco Water District", "Board Minutes \u2013 03/19/2019")
FOOTER = "Approved 04/16/2019 \u2013 Minutes are summary in nature; audio is retained for 90 days."
LAYOUT = {
    "family": "Times",
    "size": 11,
    "leading": 14.5,
    "space_after": 6,
    "hyphenate_below": 0.88,
}

BLOCKS = [
    ("title", "ARROYO SECO WATER DISTRICT"),
    ("center", "MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS"),
    (
        "center",
        (
            "Tuesday, March 19, 2019 \u2013 6:00 p.m.\nDistrict Office Board "
            "Room, 2870 Mission Road, Arroyo Seco, California"
        ),
    ),
    ("heading", "1. CALL TO ORDER / ROLL CALL"),
    ("p", "President Marisol Ibarra called the meeting to order at 6:00 p.m."),
    (
        "p",
        (
            "Directors Present: President Marisol Ibarra, Vice President Glenn Hartley, "
            "Director Wendell Mattos, Director Priscilla Nakamura"
        ),
    ),
    ("p", "Directors Absent: Director Raymond Costa"),
    (
        "p",
        (
            "Staff Present: General Manager Luis Echeverria, District Engineer Dana Whitcomb, "
            "District Counsel Alan Greer, District Secretary Beverly Tran"
        ),
    ),
    ("heading", "2. PLEDGE OF ALLEGIANCE"),
    ("heading", "3. PUBLIC COMMENT ON ITEMS NOT ON THE AGENDA"),
    (
        "p",
        (
            "Carl Voight, a resident of Sycamore Lane, said his bill for February was three "
            "times the usual amount and asked whether meters in his neighborhood had been "
            "replaced. The General Manager said that staff would contact him the next day."
        ),
    ),
    ("heading", "4. CONSENT CALENDAR"),
    (
        "p",
        (
            "All matters listed under the Consent Calendar are considered "
            "routine and are acted upon by one motion unless a Director "
            "requests that an item be removed."
        ),
    ),
    ("number", "Approval of Minutes of the Regular Meeting of February 19, 2019", "A."),
    ("number", "Monthly Financial Claims, $1,286,404.17", "B."),
    ("number", "Investment Report for the Quarter Ending December 31, 2018", "C."),
    ("number", "Notice of Completion, Pipeline Replacement Project Phase 3", "D."),
    ("p", "Director Mattos asked that Item 4D be removed for discussion."),
    (
        "p",
        (
            "ON MOTION by Director Nakamura, seconded by Vice President Hartley, the Board "
            "approved Consent Calendar Items 4A, 4B and 4C by the following vote:"
        ),
    ),
    ("p", "AYES: Ibarra, Hartley, Mattos, Nakamura\nNOES: None\nABSENT: Costa"),
    ("heading", "Item 4D \u2013 Notice of Completion, Pipeline Replacement Project Phase 3"),
    (
        "p",
        (
            "Director Mattos asked why the project had come in $212,000 over the contract "
            "amount. District Engineer Whitcomb explained that two sections of the old "
            "asbestos-cement pipe had been found under a storm drain that was not on the "
            "as-built drawings, and that the change orders had been approved by the General "
            "Manager within his authority and reported to the Board in October and December."
        ),
    ),
    (
        "p",
        (
            "Director Mattos said that he would support the item but asked that change "
            "orders over $50,000 come to the Board in future. The President asked staff to "
            "bring a policy to the April meeting."
        ),
    ),
    (
        "p",
        (
            "ON MOTION by Director Mattos, seconded by Director Nakamura, the Board accepted "
            "the project as complete and authorized the filing of the Notice of Completion by "
            "the following vote:"
        ),
    ),
    ("p", "AYES: Ibarra, Hartley, Mattos, Nakamura\nNOES: None\nABSENT: Costa"),
    ("heading", "5. PUBLIC HEARING \u2013 RESOLUTION NO. 2019-06, WATER CAPACITY CHARGES"),
    ("p", "President Ibarra opened the public hearing at 6:24 p.m."),
    (
        "p",
        (
            "General Manager Echeverria presented the staff report. The capacity charge for "
            "a new 3/4-inch connection would rise from $8,150 to $9,420, based on the 2018 "
            "capacity fee study. Notice had been published on March 1 and March 8, 2019."
        ),
    ),
    (
        "p",
        (
            "Teresa Lindqvist, representing the Arroyo Seco Builders Exchange, said the "
            "increase would add to the cost of accessory dwelling units and asked the Board "
            "to phase it in over two years."
        ),
    ),
    (
        "p",
        (
            "District Counsel Greer advised that state law limits capacity charges to the "
            "reasonable cost of the capacity provided, and that a phase-in was permitted."
        ),
    ),
    ("p", "President Ibarra closed the public hearing at 6:41 p.m."),
    (
        "p",
        (
            "ON MOTION by Vice President Hartley, seconded by Director Nakamura, the Board "
            "adopted Resolution No. 2019-06, with the charge for connections of one inch or "
            "smaller phased in over two years, by the following vote:"
        ),
    ),
    ("p", "AYES: Ibarra, Hartley, Nakamura\nNOES: Mattos\nABSENT: Costa"),
    ("heading", "6. GENERAL MANAGER'S REPORT"),
    (
        "p",
        (
            "The General Manager reported that rainfall for the season stood at 118% of "
            "average and that Arroyo Reservoir was at 94% of capacity."
        ),
    ),
    ("heading", "7. ADJOURNMENT"),
    ("p", "There being no further business, President Ibarra adjourned the meeting at 7:02 p.m."),
    ("p", "Respectfully submitted,\nBeverly Tran, District Secretary"),
]
