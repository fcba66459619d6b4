"""A FACA advisory board transcript (PDF): bold upper-case labels, DFO, public comment."""

FORMAT = "pdf"
HALF = "heldout"
METADATA = {
    "title": "Ocean Research Advisory Board - Meeting Transcript - 11 April 2016",
    "author": "Federal Ocean Research Office",
    "subject": "Federal Advisory Committee Act meeting",
}
RUNNING_HEAD = ("OCEAN RESEARCH ADVISORY BOARD", "April 11, 2016")
FOOTER = "Certified transcript prepared by Beacon Court Reporting, LLC"
LAYOUT = {"size": 11, "leading": 15, "first_indent": 24, "space_after": 4,
          "hyphenate_below": 0.95}  # fmt: skip

BLOCKS = [
    ("title", "OCEAN RESEARCH ADVISORY BOARD"),
    (
        "plain",
        "Public Meeting \u2014 Monday, April 11, 2016\nHerbert C. Hoover Building, "
        "Auditorium, 1401 Constitution Avenue NW, Washington, D.C.",
    ),
    ("boldhead", "MEMBERS PRESENT:"),
    (
        "plain",
        "Dr. Marisol Quintana-Reyes, Chair (Scripps Ocean Institute)\n"
        "Dr. Bernard Achterhof (Woods End Oceanographic)\n"
        "Capt. Lorraine Whitby, USN (Ret.)\n"
        "Mr. Tomas Ekwueme (Pacific Fisheries Council)",
    ),
    ("boldhead", "ALSO PRESENT:"),
    ("plain", "Ms. Gwendolyn Farr, Designated Federal Officer"),
    ("boldhead", "PROCEEDINGS"),
    (
        "p",
        [
            ("b", "MS. FARR:"),
            " Good morning. This meeting of the Ocean Research Advisory Board "
            "is called to order. I am the Designated Federal Officer, and I note that the meeting "
            "is being held in accordance with the Federal Advisory Committee Act.",
        ],
    ),
    (
        "p",
        [
            ("b", "DR. QUINTANA-REYES:"),
            " Thank you, Gwendolyn. Our main business today is the "
            "draft decadal plan for ocean observing. I want to begin with the question every "
            "reviewer has raised: can the observing network survive the retirement of its "
            "oldest satellites without a gap in the temperature record?",
        ],
    ),
    (
        "p",
        [
            ("b", "DR. ACHTERHOF:"),
            " In my view it cannot, not without a bridging mission. The "
            "Argo floats measure the upper two kilometres well, but they cannot replace the "
            "satellite altimetry record, and a gap of even two years would break the continuity "
            "that climate researchers depend upon.",
        ],
    ),
    (
        "p",
        "I would therefore recommend that the Board make the bridging mission its first "
        "priority, ahead of the expansion of deep-ocean floats.",
    ),
    (
        "p",
        [
            ("b", "CAPT. WHITBY:"),
            " I agree with Bernard on the priority. From the Navy\u2019s "
            "perspective, the altimetry record is also an operational necessity for forecasting, "
            "not only a research asset.",
        ],
    ),
    (
        "p",
        [
            ("b", "DR. QUINTANA-RAYES:"),
            " Is there any objection to recording that as the sense of the Board?",
        ],
    ),
    ("p", [("i", "(No response.)")]),
    (
        "p",
        [
            ("b", "DR. QUINTANA-REYES:"),
            " Hearing none, it is so recorded. We now turn to public comment.",
        ],
    ),
    (
        "p",
        [
            ("b", "MR. DANIEL OKORO:"),
            " My name is Daniel Okoro. I represent the Gulf Coast "
            "Shrimpers\u2019 Association. Our members depend on the hypoxia forecasts every "
            "summer. Please do not let them fall between agencies in the reorganization.",
        ],
    ),
    (
        "p",
        [
            ("b", "DR. QUINTANA-REYES:"),
            " Thank you, Mr. Okoro. That point is well taken and will be reflected in our letter.",
        ],
    ),
    ("p", [("b", "MS. FARR:"), " This meeting is adjourned."]),
    ("p", [("i", "(Whereupon, at 12:06 p.m., the meeting was adjourned.)")]),
]
