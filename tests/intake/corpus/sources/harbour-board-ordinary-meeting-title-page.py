"""A harbour board's ordinary meeting (PDF with a title page): small-capital labels, a deputation,
a recorded division and a footnoted correction."""

FORMAT = "pdf"
HALF = "heldout7"
METADATA = {
    "title": "Harbour Board Ordinary Meeting 19 November 2019 - Minutes",
    "author": "Secretary to the Board",
    "subject": "Port of Kilbride Harbour Authority",
}
FOOTER = "Unconfirmed minutes \u2013 published under the Harbour Authority's open government policy"
RUNNING_HEAD = ("Port of Kilbride Harbour Authority", "Harbour Board \u2013 Ordinary Meeting 214")
LAYOUT = {"family": "Times", "size": 11, "leading": 14, "plain_first_page": True, "space_after": 6}

BLOCKS = [
    ("space", 120),
    ("center", [("b", "PORT OF KILBRIDE HARBOUR AUTHORITY")], 16),
    ("space", 20),
    ("center", "HARBOUR BOARD", 14),
    ("center", "ORDINARY MEETING No. 214", 13),
    ("space", 30),
    (
        "center",
        (
            "MINUTES of the Ordinary Meeting of the Harbour Board held in public "
            "in the Board Room, Harbour Office, Quay Street, Kilbride, on Tuesday "
            "the nineteenth day of November 2019 at 10.00 am"
        ),
    ),
    ("pagebreak", ""),
    ("heading", "Attendance"),
    (
        "table",
        [
            ["Name", "Office", "Attendance"],
            ["Fiona MacAskill", "Chair", "Present"],
            ["Isobel Carmichael", "Deputy Chair", "Present"],
            ["Niall O'Rourke", "Non-executive member", "Present"],
            ["Graham Pettigrew", "Non-executive member", "Apologies"],
            ["Aileen Baird", "Non-executive member", "Present"],
            ["Duncan Ferrie", "Chief Executive", "Present"],
            ["Captain Roderick Strachan", "Harbour Master", "In attendance"],
            ["Lorna Galbraith", "Head of Finance", "In attendance"],
            ["Euan Docherty", "Secretary to the Board", "In attendance"],
        ],
        [0.4, 0.35, 0.25],
    ),
    ("heading", "214/1  Welcome, apologies and declarations of interest"),
    (
        "p",
        [
            ("sc", "THE CHAIR:"),
            (
                " Good morning and welcome, in particular to the members of the public "
                "and to the deputation from the Kilbride Creel Fishermen's "
                "Association. Apologies have been received from Mr Pettigrew. Are "
                "there any declarations of interest?"
            ),
        ],
    ),
    (
        "p",
        [
            ("sc", "MR O'ROURKE:"),
            (
                " I should declare that my brother holds a berth in the inner harbour. "
                "I do not think it touches any item today, but for the record."
            ),
        ],
    ),
    ("p", "The declaration was noted."),
    ("heading", ("214/2  Deputation: Kirsty Munro, Kilbride Creel Fishermen's Association")),
    (
        "p",
        [
            ("sc", "MS MUNRO:"),
            (
                " Thank you, Chair. Our members land about a third of the shellfish "
                "that goes through this port, and the proposed increase in berthing "
                "dues of twelve per cent would take most of a boat's margin in a poor "
                "season."
            ),
        ],
    ),
    (
        "p",
        [
            ("sc", "MS MUNRO:"),
            (
                " We are asking the Board for two things: a phased increase over three "
                "years for vessels under ten metres, and a seat for the fishing fleet "
                "on the port users' group."
            ),
        ],
    ),
    ("p", [("sc", "MRS BAIRD:"), " How many of your members' boats are under ten metres?"]),
    ("p", [("sc", "MS MUNRO:"), " Twenty-six of thirty-one."]),
    (
        "p",
        [
            ("sc", "THE CHAIR:"),
            (
                " Thank you, Ms Munro. The Board will take your points into account "
                "under item 214/4."
            ),
        ],
    ),
    ("heading", "214/3  Harbour Master's report (Board paper HB/19/60)"),
    (
        "p",
        [
            ("sc", "THE HARBOUR MASTER:"),
            (
                " There were 412 commercial vessel movements in the quarter. "
                "Maintenance dredging of the approach channel finished on 2 November "
                "and the charted depth has been restored to 6.2 metres."
            ),
        ],
    ),
    (
        "p",
        [
            ("sc", "THE HARBOUR MASTER:"),
            (
                " One incident is reported: on 14 October a visiting yacht grounded on "
                "the Mussel Bank in fog. No injury or pollution; the skipper has been "
                "written to."
            ),
        ],
    ),
    ("p", [("sc", "MRS CARMICHAEL:"), " Is the port's own survey vessel now back in service?"]),
    ("p", [("sc", "THE HARBOUR MASTER:"), " Since Monday, with a new echo sounder."]),
    ("heading", "214/4  Schedule of dues 2020 (Board paper HB/19/61)"),
    (
        "p",
        (
            "The Head of Finance introduced the paper. A rise of twelve per cent "
            "was needed to fund the Board's share of the north quay repairs, "
            "\u00a3418,000\u00b9 in 2020\u201321, without further borrowing."
        ),
    ),
    ("footnote", ("\u00b9 Corrected from \u00a3412,000 in the version circulated on 22 November.")),
    (
        "p",
        (
            "Members discussed the deputation's request. Mr O'Rourke proposed that "
            "dues for fishing vessels under ten metres rise by four per cent a "
            "year for three years, the other dues as proposed in the paper; Mrs "
            "Baird seconded. The Chief Executive advised that the amendment would "
            "reduce income by about \u00a319,000 in 2020."
        ),
    ),
    (
        "p",
        [
            ("sc", "THE CHIEF EXECUTIVE:"),
            (
                " I would ask the Board to note that the shortfall would have to come "
                "from the maintenance budget, unless the Board is content for us to "
                "borrow."
            ),
        ],
    ),
    (
        "p",
        (
            "On a division, the amendment was carried: For, Mr O'Rourke, Mrs "
            "Baird, Mrs Carmichael (3); Against, the Chair (1)."
        ),
    ),
    (
        "p",
        (
            "RESOLVED: that the schedule of dues for 2020 be approved as set out "
            "in Board paper HB/19/61, as amended, and that a representative of the "
            "fishing fleet be invited to join the port users' group."
        ),
    ),
    ("heading", "214/5  Date of next meeting"),
    ("p", ("Tuesday 18 February 2020 at 10.00 am. The Chair closed the meeting at 12.10 pm.")),
]
