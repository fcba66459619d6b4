"""A town council (Word): roll-call table, numbered motions, bold headings and labels."""

FORMAT = "docx"
HALF = "heldout"
METADATA = {
    "title": "Town Council minutes 2 October 2023",
    "author": "Town Clerk",
    "subject": "Regular Council Meeting",
}
HEADER = "TOWN OF FAIRHAVEN BLUFFS \u2014 DRAFT MINUTES \u2014 SUBJECT TO APPROVAL"

BLOCKS = [
    ("boldhead", "TOWN OF FAIRHAVEN BLUFFS"),
    ("boldhead", "REGULAR MEETING OF THE TOWN COUNCIL"),
    ("p", "October 2, 2023 \u2013 6:00 p.m.\nTown Hall Council Chambers, 85 Harbor Street"),
    ("boldhead", "1. ROLL CALL"),
    (
        "table",
        [
            ["Council Member", "Present", "Absent"],
            ["Mayor Rosalind Achterberg", "X", ""],
            ["Deputy Mayor Frank Ostrowski", "X", ""],
            ["Council Member Tamika Boone", "X", ""],
            ["Council Member Hector Villalobos", "", "X"],
            ["Council Member Ingrid Saltzman", "X", ""],
        ],
    ),
    (
        "p",
        "Also present: Town Manager Bryce Kinnear; Town Attorney Leah Moskowitz; Town Clerk "
        "Dolores Figueroa.",
    ),
    ("boldhead", "2. PUBLIC COMMENT"),
    (
        "p",
        [
            ("b", "Walter Guthrie, 14 Bayview Lane:"),
            " The seawall behind Bayview has "
            "cracked in two places since the August storm. I have sent photographs to the "
            "Town Manager three times.",
        ],
    ),
    (
        "p",
        [
            ("b", "Mayor Achterberg:"),
            " Thank you, Mr. Guthrie. Mr. Kinnear, can you speak to that?",
        ],
    ),
    (
        "p",
        [
            ("b", "Town Manager Kinnear:"),
            " Yes, Mayor. Our engineer inspected the wall on "
            "September 14. The cracks are on the surface, not structural, and repairs are "
            "scheduled for the week of October 16.",
        ],
    ),
    ("boldhead", "3. CONSENT AGENDA"),
    (
        "p",
        "Motion by Deputy Mayor Ostrowski, seconded by Council Member Boone, to approve the "
        "consent agenda, consisting of:",
    ),
    ("number", "Minutes of the September 18, 2023 regular meeting;"),
    (
        "number",
        "Resolution 2023-61, accepting a state grant of $250,000 for stormwater improvements;",
    ),
    ("number", "Purchase of a replacement dump truck from Coastal Fleet Inc. for $187,420."),
    ("p", "Motion carried 4\u20130 (Villalobos absent)."),
    ("boldhead", "4. ORDINANCE 2023-09 \u2013 SHORT-TERM RENTALS (FIRST READING)"),
    (
        "p",
        [
            ("b", "Council Member Saltzman:"),
            " I support registration, but a cap of 40 "
            "permits is arbitrary. Where does the number come from?",
        ],
    ),
    (
        "p",
        [
            ("b", "Town Attorney Moskowitz:"),
            " It is the number of rentals registered with "
            "the county last year. The Council may choose a different number on second "
            "reading.",
        ],
    ),
    (
        "p",
        "Motion by Council Member Saltzman, seconded by Mayor Achterberg, to approve "
        "Ordinance 2023-09 on first reading with the cap left blank. Roll call: Achterberg "
        "yes; Ostrowski no; Boone yes; Saltzman yes. Motion carried 3\u20131.",
    ),
    ("boldhead", "5. ADJOURNMENT"),
    ("p", "There being no further business, Mayor Achterberg adjourned the meeting at 7:12 p.m."),
    ("p", "ATTEST: Dolores Figueroa, Town Clerk"),
]
