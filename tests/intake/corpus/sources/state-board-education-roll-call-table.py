"""A US state board of education (PDF): roll call and a recorded vote in ruled tables."""

FORMAT = "pdf"
HALF = "heldout3"
METADATA = {
    "title": "SBE Minutes 3.21.19",
    "author": "Office of the State Board of Education",
    "subject": "Regular Business Meeting",
}
RUNNING_HEAD = ("State Board of Education", "Minutes \u2013 Regular Business Meeting")
FOOTER = "Approved by the Board on 4.18.19 \u2013 Official Minutes"
LAYOUT = {
    "family": "Helvetica",
    "size": 10,
    "leading": 13.0,
    "space_after": 6,
    "hyphenate_below": 0.9,
}

BLOCKS = [
    ("title", "STATE OF LAKELAND \u2013 STATE BOARD OF EDUCATION"),
    ("center", "Regular Business Meeting \u2013 3.21.19"),
    (
        "center",
        (
            "Board Room, Department of Education Building, 600 Capitol Mall, Suite 110, "
            "Port Ellis, Lakeland 58201"
        ),
    ),
    ("heading", "CALL TO ORDER AND ROLL CALL"),
    (
        "p",
        (
            "President Dolores Whitcomb called the meeting to order at 9:01 a.m. The Executive "
            "Assistant called the roll."
        ),
    ),
    (
        "table",
        [
            ["Board Member", "District / Office", "Present", "Absent"],
            ["Dolores Whitcomb, President", "District 3", "X", ""],
            ["Lamar Pruitt, Vice President", "District 1", "X", ""],
            ["Ingrid Sorensen", "District 2", "X", ""],
            ["Rev. Calvin Odom", "District 4", "", "X"],
            ["Patricia Nakamura", "District 5", "X", ""],
            ["Dr. Eli Friedlander", "State Superintendent (ex officio)", "X", ""],
        ],
        [0.38, 0.34, 0.14, 0.14],
    ),
    ("p", "A quorum was present. Member Odom had notified the President of his absence."),
    ("heading", "APPROVAL OF MINUTES"),
    (
        "p",
        (
            "Member Sorensen moved to approve the minutes of the February 21, 2019 meeting. "
            "Vice President Pruitt seconded. The motion carried on a voice vote."
        ),
    ),
    ("heading", "PUBLIC COMMENT"),
    (
        "p",
        (
            "Ms. Roberta Kline, a science teacher at Cass Lake High School, spoke against the "
            "proposed reduction of laboratory hours in the revised science standards."
        ),
    ),
    (
        "p",
        (
            "Mr. Hector Ibarra, representing the Lakeland Association of School Boards, asked "
            "the Board to delay the new graduation requirements by one year to give districts "
            "time to hire."
        ),
    ),
    ("pagebreak", None),
    ("heading", "ACTION ITEM 4: REVISED K\u201312 SCIENCE STANDARDS (FIRST READING)"),
    (
        "p",
        (
            "Dr. Friedlander presented the revised standards, developed by a committee of 31 "
            "teachers over eighteen months. Laboratory time would be expressed as a minimum "
            "number of investigations rather than hours."
        ),
    ),
    (
        "p",
        (
            "Member Nakamura asked whether rural schools without a laboratory could meet the "
            "minimum. Dr. Friedlander replied that the standards allowed field and virtual "
            "investigations for up to a third of the minimum."
        ),
    ),
    (
        "p",
        (
            "Vice President Pruitt moved to approve the revised K\u201312 Science Standards on "
            "first reading and to open a 45-day public comment period. Member Sorensen "
            "seconded."
        ),
    ),
    ("p", "Roll call vote:"),
    (
        "table",
        [
            ["Board Member", "Yes", "No", "Abstain"],
            ["Pruitt", "X", "", ""],
            ["Sorensen", "X", "", ""],
            ["Nakamura", "", "X", ""],
            ["Whitcomb", "X", "", ""],
        ],
        [0.46, 0.18, 0.18, 0.18],
    ),
    ("p", "The motion carried 3\u20131."),
    (
        "p",
        (
            "Dr. Friedlander does not vote as an ex officio member. Member Nakamura asked that "
            "her reason be recorded: the rural exception should be settled before the "
            "comment period, not after it."
        ),
    ),
    ("heading", "SUPERINTENDENT'S REPORT"),
    (
        "p",
        (
            "Dr. Friedlander reported that the four-year graduation rate for the class of "
            "2018 was 84.6 percent, up 1.2 points, and that the gap between rural and urban "
            "districts had narrowed for the third year running."
        ),
    ),
    (
        "p",
        (
            "Member Sorensen asked when district-level results would be published. Dr. "
            "Friedlander said they would be posted on the Department\u2019s website on April 1."
        ),
    ),
    (
        "p",
        (
            "President Whitcomb asked the Department to bring the results for students with "
            "disabilities to the April meeting as a separate item."
        ),
    ),
    ("heading", "ADJOURNMENT"),
    (
        "p",
        ("There being no further business, President Whitcomb adjourned the meeting at 11:48 a.m."),
    ),
    ("space", 14),
    ("plain", "Attest: Maureen Cole, Executive Assistant to the Board"),
]
