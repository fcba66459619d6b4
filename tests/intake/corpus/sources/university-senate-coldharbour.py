"""University senate (Word): bold paragraphs as headings, bracketed reports, a numbered list."""

FORMAT = "docx"
HALF = "dev"
METADATA = {
    "title": "Senate minutes 15 November 2017",
    "author": "Governance Office",
    "subject": "Senate",
}
FOOTER = "Senate \u2013 unconfirmed minutes \u2013 SEN/17/44"

BLOCKS = [
    ("boldhead", "COLDHARBOUR UNIVERSITY"),
    ("boldhead", "SENATE"),
    (
        "p",
        "Minutes of the meeting held on Wednesday 15th November 2017 at 2.00 pm in the Senate "
        "Chamber, Old College",
    ),
    (
        "p",
        [
            ("b", "Present:"),
            " The Vice-Chancellor (Professor Sian Okereke) in the Chair; the "
            "Provost (Professor Daniel Whyte); Professor Aoife Brennan; Dr Kwesi Boateng; "
            "Dr Maria Lindahl; Mr Owain Price (President, Students\u2019 Union)",
        ],
    ),
    ("p", [("b", "Apologies:"), " Professor Hugh Tallis; Dr Seren Morgan"]),
    ("p", [("b", "Secretary:"), " Ms Jennifer Achterberg, University Secretary"]),
    ("boldhead", "17/61 Minutes"),
    ("p", "The minutes of the meeting held on 11th October 2017 were confirmed."),
    ("boldhead", "17/62 Report of the Provost"),
    (
        "p",
        "The Provost reported that the University had recruited 4,212 new undergraduates, 3 per "
        "cent above target, and that the proportion from areas of low participation had risen "
        "to 17.8 per cent.",
    ),
    (
        "p",
        "The Provost further reported that the University had been awarded a Silver rating in "
        "the Teaching Excellence Framework.",
    ),
    ("boldhead", "17/63 [Report of the Academic Standards Committee]"),
    (
        "p",
        "Dr Lindahl presented the report. Senate approved the following changes to the "
        "academic regulations, with effect from 1st September 2018:",
    ),
    ("number", "the pass mark for postgraduate taught modules to be 50 per cent;"),
    ("number", "a student to be permitted one reassessment attempt per module; and"),
    ("number", "the classification algorithm to discount the lowest 20 credits at level 6."),
    (
        "p",
        "Mr Price asked that the change to reassessment be explained to students before the "
        "start of the second semester. The Provost agreed.",
    ),
    ("boldhead", "17/64 [Report of the Research Ethics Committee]"),
    ("p", "Senate received the annual report of the Research Ethics Committee."),
    ("boldhead", "17/65 Date of next meeting"),
    ("p", "Wednesday 14th February 2018 at 2.00 pm."),
]
