"""A US museum's board of trustees (Word): WHEREAS resolution, numbered deaccession list."""

FORMAT = "docx"
HALF = "heldout2"
METADATA = {
    "title": "BOT minutes 2019-10",
    "author": "Office of the Executive Director",
    "subject": "Board of Trustees",
}
FOOTER = (
    "Harrowgate Museum of Science and Industry \u00b7 Board minutes \u00b7 "
    "Approved at the meeting of January 13, 2020"
)

BLOCKS = [
    ("title", "Harrowgate Museum of Science and Industry"),
    ("styled", "Board of Trustees \u2014 Minutes of the Regular Meeting", "Subtitle"),
    (
        "p",
        (
            "A regular meeting of the Board of Trustees of the Harrowgate Museum "
            "of Science and Industry was held on Monday, October 14, 2019, in the "
            "Foundry Room of the Museum, 200 Mill Race Drive, Harrowgate, "
            "Pennsylvania. The Chair, Ms. Lorraine Vickery, called the meeting to "
            "order at 3:02 p.m. A quorum was present."
        ),
    ),
    (
        "p",
        [
            ("b", "Trustees present: "),
            (
                "Lorraine Vickery (Chair), Howard Greenbaum (Vice Chair), Dr. Anjali "
                "Mehta (Treasurer), Rev. Clarence Witherspoon (Secretary), Patricia "
                "Dunleavy, Ra\u00fal Echeverr\u00eda, Judge Miriam Kessler (ret.)"
            ),
        ],
    ),
    ("p", [("b", "Trustees absent: "), "Bradley Osterhout"]),
    (
        "p",
        [
            ("b", "Staff: "),
            (
                "Dr. Chinedu Okafor, Executive Director; Melissa Tran, Chief Curator; "
                "Gary Pruitt, Director of Finance"
            ),
        ],
    ),
    ("heading", "Approval of Minutes", 2),
    (
        "p",
        (
            "Upon motion duly made and seconded, the minutes of the meeting of "
            "July 15, 2019 were approved as distributed."
        ),
    ),
    ("heading", "Executive Director's Report", 2),
    (
        "p",
        [
            ("b", "Dr. Okafor"),
            (
                " reported that attendance for the fiscal year ended June 30 was "
                "148,300, an increase of 11 percent, driven by the Steam Age gallery "
                "and by free Sundays for county residents."
            ),
        ],
    ),
    (
        "p",
        (
            "He reported that the roof of the Engine House had failed its "
            "inspection and that temporary repairs had been made at a cost of "
            "$23,500. A full replacement is estimated at $610,000."
        ),
    ),
    ("heading", "Finance Committee", 2),
    (
        "p",
        (
            "Dr. Mehta presented the audited financial statements for fiscal 2019. "
            "The auditors, Brennan & Holt LLP, issued an unmodified opinion with "
            "no material weaknesses. The endowment stood at $18.7 million on June "
            "30."
        ),
    ),
    (
        "p",
        (
            "Upon motion by Mr. Greenbaum, seconded by Ms. Dunleavy, the Board "
            "accepted the audited financial statements for the fiscal year ended "
            "June 30, 2019."
        ),
    ),
    ("heading", "Collections Committee: Deaccession", 2),
    (
        "p",
        (
            "Ms. Tran presented the Collections Committee's recommendation to "
            "deaccession the following objects, which are duplicates of objects in "
            "better condition and have never been exhibited:"
        ),
    ),
    ("number", ("1952.14.3, steam pressure gauge, Crosby Steam Gage & Valve Co., c. 1905")),
    ("number", "1961.2.40\u201347, eight brass pattern plates, Harrowgate Foundry"),
    ("number", "1977.9.1, treadle lathe, maker unknown, c. 1880 (incomplete)"),
    (
        "p",
        (
            "Judge Kessler asked whether the proceeds of any sale could be used "
            "for the roof. Ms. Tran confirmed that under the Museum's collections "
            "policy and professional standards, proceeds may be used only to "
            "acquire or directly care for collections."
        ),
    ),
    ("p", "After discussion, the following resolution was adopted unanimously:"),
    (
        "p",
        (
            "WHEREAS, the Collections Committee has recommended the deaccession of "
            "the objects listed above in accordance with the Museum's Collections "
            "Management Policy; and"
        ),
    ),
    (
        "p",
        (
            "WHEREAS, the objects are duplicates, have not been exhibited and are "
            "not required for research;"
        ),
    ),
    (
        "p",
        (
            "NOW, THEREFORE, BE IT RESOLVED, that the Board of Trustees approves "
            "the deaccession of the said objects, and that any proceeds of their "
            "disposal be restricted to the acquisition and direct care of "
            "collections."
        ),
    ),
    ("heading", "Executive Session", 2),
    (
        "p",
        (
            "At 4:10 p.m. the Board went into executive session to discuss a "
            "personnel matter. Staff other than the Executive Director were "
            "excused."
        ),
    ),
    (
        "p",
        (
            "The Board returned to open session at 4:35 p.m. No action was taken "
            "in executive session."
        ),
    ),
    ("heading", "Adjournment", 2),
    ("p", ("There being no further business, the meeting was adjourned at 4:38 p.m.")),
    ("p", "Respectfully submitted,"),
    ("p", "Clarence Witherspoon, Secretary"),
]
