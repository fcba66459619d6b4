"""A hospital board in public (Word): headings, attendance table, bold names without colons."""

FORMAT = "docx"
HALF = "dev"
METADATA = {
    "title": "Board of Directors (Part 1) minutes, 7 July 2021",
    "author": "Trust Secretary",
    "subject": "Kestrel Valley Hospitals",
}
HEADER = "Kestrel Valley Hospitals NHS Trust \u2013 Board of Directors (Part 1 \u2013 Public)"
FOOTER = "Page 1 of 2 \u2013 Minutes approved 4 August 2021"

BLOCKS = [
    ("heading", "Minutes of the Board of Directors meeting held in public", 1),
    ("p", "Wednesday 7 July 2021 at 10.00am, held virtually via Microsoft Teams"),
    ("boldhead", "Present"),
    (
        "table",
        [
            ["Name", "Role"],
            ["Professor Derek Ansah", "Chairman"],
            ["Mrs Louise Fenwick", "Chief Executive"],
            ["Dr Rahul Menon", "Medical Director"],
            ["Ms Bronwen Hale", "Director of Nursing"],
            ["Mr Stuart Yardley", "Non-Executive Director"],
        ],
    ),
    ("boldhead", "In attendance"),
    ("bullet", "Mr Tobias Reinholt, Trust Secretary"),
    ("bullet", "Ms Grace Okwuosa, Freedom to Speak Up Guardian (item 21/088)"),
    ("boldhead", "Apologies"),
    ("p", "Mrs Deborah Lyle, Non-Executive Director"),
    ("heading", "21/086 Welcome and apologies", 2),
    (
        "p",
        "The Chairman welcomed those present, including members of the public observing the "
        "meeting through the live stream. Apologies were noted as above.",
    ),
    ("heading", "21/087 Patient story", 2),
    (
        "p",
        "The Board heard the story of a patient whose discharge had been delayed by nine days "
        "while a package of care was arranged. The Director of Nursing said that the story "
        "showed why the Trust was investing in its own discharge-to-assess beds.",
    ),
    ("heading", "21/088 Freedom to Speak Up report", 2),
    (
        "p",
        [
            ("b", "Ms Okwuosa"),
            " presented her six-monthly report. Forty-two concerns had been "
            "raised, compared with twenty-eight in the previous period; the largest number related "
            "to staffing levels on medical wards.",
        ],
    ),
    (
        "p",
        [
            ("b", "Mr Yardley"),
            " asked whether staff who raised concerns had experienced "
            "detriment. Ms Okwuosa said that two cases were under review and that she would report "
            "their outcome to the People Committee.",
        ],
    ),
    ("heading", "21/089 Integrated performance report", 2),
    (
        "p",
        "The Chief Executive reported that the waiting list for planned care stood at 41,300, "
        "of whom 1,920 had waited more than 52 weeks. The Board noted the report.",
    ),
    ("p", [("b", "Resolved:"), " the Board approved the revised elective recovery trajectory."]),
    ("heading", "21/090 Any other business", 2),
    ("p", "There was no other business. The meeting closed at 12.05pm."),
]
