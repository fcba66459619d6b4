"""An NGO forum with two panels (Word): line-ups with biographies, moderators, Heading styles."""

FORMAT = "docx"
HALF = "heldout"
METADATA = {
    "title": "Forum on Labour Migration \u2014 Summary record",
    "author": "Fair Passage Network",
    "subject": "Annual forum",
}
HEADER = "Fair Passage Network \u2014 Annual Forum 2019"
FOOTER = "Chatham House Rule does not apply to this record. \u00a9 Fair Passage Network"

BLOCKS = [
    ("title", "Moving for Work: Annual Forum on Fair Labour Migration"),
    ("p", "Summary record\nKathmandu, 9 December 2019 \u2014 Hotel Yak & Yeti, Durbar Hall"),
    ("heading", "Panel I \u2014 Recruitment fees: who really pays?", 1),
    ("heading", "Speakers", 2),
    ("p", [("b", "Moderator: Ms. Sabitri Gurung"), ", Programme Director, Fair Passage Network"]),
    (
        "p",
        [
            ("b", "Mr. Rajan Adhikari"),
            "\nGeneral Secretary, Federation of Migrant Workers\u2019 Unions",
        ],
    ),
    (
        "p",
        [
            (
                "i",
                "Mr. Adhikari worked for six years as a construction worker in Qatar before "
                "founding a returnee workers\u2019 association in 2011.",
            )
        ],
    ),
    (
        "p",
        [
            ("b", "Dr. Henrike Vogelsang"),
            "\nSenior Specialist, International Labour Standards Institute",
        ],
    ),
    (
        "p",
        [
            (
                "i",
                "Dr. Vogelsang leads research on fair recruitment and has advised five "
                "governments on the regulation of recruitment agencies.",
            )
        ],
    ),
    ("heading", "Discussion", 2),
    (
        "p",
        [
            ("b", "Ms. Gurung:"),
            " The law in most countries of origin says workers should pay "
            "nothing. Rajan, what do they actually pay?",
        ],
    ),
    (
        "p",
        [
            ("b", "Mr. Adhikari:"),
            " On average, the workers we surveyed paid the equivalent "
            "of eleven months\u2019 wages before they left. Most borrowed it at 36 per cent "
            "interest.",
        ],
    ),
    (
        "p",
        [
            ("b", "Dr. Vogelsang:"),
            " And that debt is what keeps people in abusive jobs. "
            "The single most effective reform would be to make the employer pay, and to make "
            "the employer liable when an agent charges the worker.",
        ],
    ),
    ("heading", "Panel II \u2014 Wages and remittances", 1),
    ("heading", "Speakers", 2),
    ("p", [("b", "Moderator: Mr. Thomas Brandvold"), ", Board Member, Fair Passage Network"]),
    ("p", [("b", "Ms. Nirmala Tamang"), "\nFounder, Remit Home Cooperative"]),
    (
        "p",
        [
            (
                "i",
                "Ms. Tamang returned from Malaysia in 2015 and set up a savings cooperative "
                "that now has 4,000 members.",
            )
        ],
    ),
    ("heading", "Discussion", 2),
    ("p", [("b", "Mr. Brandvold:"), " Nirmala, what would make sending money home cheaper?"]),
    ("p", [("b", "Ms. Tamang:"), " Three things:"]),
    ("bullet", "competition between transfer companies at the airport and in the labour camps;"),
    ("bullet", "payment of wages into a bank account, not in cash; and"),
    ("bullet", "fees shown in rupees before the worker pays."),
    ("p", [("b", "Nirmala:"), " The second matters most. Cash wages are where wage theft starts."]),
    ("p", [("i", "The forum closed with thanks to the organisers and interpreters.")]),
]
