"""Harwell Foundation board: Word headings, attendance table, numbered grants, tracked changes."""

FORMAT = "docx"
HALF = "dev"
METADATA = {
    "title": "Minutes of the Board of Directors, June 14, 2018",
    "author": "Ibrahim Tan",
    "subject": "Board of Directors",
}
HEADER = "The Harwell Foundation for Rural Health \u2014 Board of Directors \u2014 CONFIDENTIAL"
FOOTER = "Minutes \u2014 Board of Directors \u2014 June 14, 2018 \u2014 Draft for approval"

BLOCKS = [
    ("title", "The Harwell Foundation for Rural Health"),
    ("heading", "Minutes of the Meeting of the Board of Directors", 1),
    (
        "p",
        "Thursday, June 14, 2018\nHeld at the Foundation\u2019s offices, 220 Bay Street, "
        "Suite 1400, Toronto, Ontario",
    ),
    ("heading", "Attendance", 2),
    (
        "table",
        [
            ["Name", "Position", "Attendance"],
            ["Dr. Miriam Ashgrove", "Chair", "Present"],
            ["Mr. Paul Delacroix", "Treasurer", "Present"],
            ["Ms. Wen Huang", "Director", "Present"],
            ["Ms. Odile Fournier", "Director", "By telephone"],
            ["Mr. Samuel Okonjo", "Director", "Regrets"],
        ],
    ),
    (
        "p",
        "Also present: Ms. Fiona Castellanos, Executive Director; Mr. Ibrahim Tan, Controller "
        "and Recording Secretary.",
    ),
    ("heading", "1. Call to Order", 2),
    (
        "p",
        "The Chair, Dr. Miriam Ashgrove, called the meeting to order at 4:03 p.m. and confirmed "
        "that a quorum was present.",
    ),
    ("heading", "2. Approval of the Minutes", 2),
    ("p", "The minutes of the meeting of March 8, 2018 were approved as circulated."),
    ("heading", "3. Report of the Executive Director", 2),
    (
        "p",
        [
            "Ms. Castellanos reported that the rural clinics programme had reached ",
            ("del", "12"),
            ("ins", "14"),
            " of its 18 sites, and that two sites in northern Manitoba had been delayed by the ",
            ("comment", "late thaw", "Check with Fiona \u2014 was it the thaw or the contractor?"),
            ".",
        ],
    ),
    (
        "p",
        "In discussion, directors asked whether the delays would affect the grant from the "
        "provincial ministry. Ms. Castellanos said that the ministry had agreed to extend the "
        "reporting date to December 31.",
    ),
    ("heading", "4. Grants", 2),
    (
        "p",
        "On a motion by Mr. Delacroix, seconded by Ms. Huang, the Board approved the following "
        "grants:",
    ),
    (
        "number",
        "Northern Lakes Health Cooperative, $85,000 over two years, for a mobile dental unit;",
    ),
    ("number", "Prairie Midwives Network, $40,000, for training in remote obstetric care; and"),
    ("number", "The Dene Youth Wellness Circle, $25,000, for a pilot peer-support line."),
    ("heading", "5. Investment Policy", 2),
    (
        "p",
        "RESOLVED, that the Investment Policy Statement dated May 2018, as presented to this "
        "meeting, is adopted, and that the Finance Committee is directed to review it annually.",
    ),
    (
        "p",
        [
            "Mr. Tan presented the quarterly investment report. The endowment stood at $41.2 "
            "million on March 31, 2018, a return of 2.1 per cent for the quarter",
            ("del", ", well below the benchmark"),
            ("ins", ", in line with the benchmark"),
            ".",
        ],
    ),
    ("heading", "6. Adjournment", 2),
    ("p", "There being no further business, the meeting was adjourned at 5:41 p.m."),
    ("p", "Ibrahim Tan, Recording Secretary"),
]
