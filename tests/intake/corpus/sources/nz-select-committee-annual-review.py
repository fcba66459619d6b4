"""A New Zealand select committee annual review (Word): corrected transcript, te reo, macrons."""

FORMAT = "docx"
HALF = "heldout2"
METADATA = {
    "title": "ENV 2018-19 AR DOC corrected transcript",
    "author": "Select Committee Services",
    "subject": "Environment Committee",
}
HEADER = (
    "Environment Committee \u2013 2018/19 Annual review of the Department "
    "of Conservation \u2013 4 December 2019"
)
FOOTER = (
    "This transcript is the corrected record of the hearing. Page "
    "numbering may differ from the audio."
)

BLOCKS = [
    ("p", [("b", "CORRECTED TRANSCRIPT")]),
    ("title", "Environment Committee"),
    ("heading", "2018/19 Annual review of the Department of Conservation", 2),
    (
        "p",
        (
            "Wednesday, 4 December 2019, 10.00 a.m.\nSelect Committee Room 2, "
            "Parliament House, Wellington"
        ),
    ),
    (
        "p",
        [
            ("b", "Members present: "),
            (
                "Aroha Ngata (Chairperson), Hon R\u0101wiri T\u0101mihana, Jenny "
                "Marcroft, Simon Hughes, Lupe Fa'alogo"
            ),
        ],
    ),
    ("p", [("b", "Apologies: "), "Dr Graeme Pettigrew"]),
    (
        "p",
        [
            ("b", "Witnesses: "),
            (
                "Margaret Kerr-Whitehead (Director-General, Department of "
                "Conservation), T\u0101ne Walker (Deputy Director-General, Operations)"
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "CHAIRPERSON:"),
            (
                " T\u0113n\u0101 koutou katoa. Welcome to the annual review of the "
                "Department of Conservation. Director-General, would you like to make "
                "a brief opening statement, and then we'll go to questions."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", ("MARGARET KERR-WHITEHEAD (Director-General, Department of Conservation):")),
            (
                " T\u0113n\u0101 koe, Madam Chair, and t\u0113n\u0101 koutou, members. "
                "I'll be brief. This year the department completed the largest "
                "predator control programme in its history, over 1.2 million hectares, "
                "in response to the beech mast. Bird counts in the treated areas are "
                "up, and in some valleys the mohua has returned after twenty years."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", ""),
            (
                " The harder news is visitor infrastructure. We have 14,000 "
                "structures, and a quarter of our huts and tracks are past their "
                "design life. We will not be able to keep all of them open on current "
                "funding."
            ),
        ],
    ),
    ("p", [("b", "CHAIRPERSON:"), " Thank you. Mr T\u0101mihana."]),
    (
        "p",
        [
            ("b", "Hon R\u0100WIRI T\u0100MIHANA:"),
            (
                " Kia ora. On the huts: when you say you will not be able to keep all "
                "of them open, which ones, and who decides? Because my constituents on "
                "the East Coast hear about these things when the padlock goes on."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "MARGARET KERR-WHITEHEAD:"),
            (
                " That is a fair criticism, and it's one we've heard. No hut will "
                "close without consultation with the local community and with iwi. We "
                "will publish the list of structures under review in February."
            ),
        ],
    ),
    ("p", [("b", "Hon R\u0100WIRI T\u0100MIHANA:"), " Under review, or to be closed?"]),
    (
        "p",
        [
            ("b", "MARGARET KERR-WHITEHEAD:"),
            (
                " Under review. Some will be repaired, some handed to community groups "
                "who want to run them, and some, yes, removed."
            ),
        ],
    ),
    ("p", [("b", "CHAIRPERSON:"), " Jenny Marcroft."]),
    (
        "p",
        [
            ("b", "JENNY MARCROFT:"),
            (
                " Thank you. The beech mast programme. How much of the 1080 was "
                "dropped from the air, and how many complaints did you have?"
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "T\u0100NE WALKER (Deputy Director-General, Operations):"),
            (
                " I can take that one. Around 85 percent of the area was treated "
                "aerially. We had 212 complaints, most about notification, and two "
                "formal complaints to the EPA, neither of which was upheld."
            ),
        ],
    ),
    ("p", [("b", "JENNY MARCROFT:"), " And the notification complaints, what have you changed?"]),
    (
        "p",
        [
            ("b", "T\u0100NE WALKER:"),
            (
                " Text alerts to every registered hunter in the operational area, and "
                "signage at every road end 48 hours before, not 24."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "SIMON HUGHES:"),
            (
                " Can I come back to infrastructure? You've told us a quarter of the "
                "huts are past their design life. What would it cost to fix all of "
                "them?"
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "MARGARET KERR-WHITEHEAD:"),
            (
                " Our estimate is $340 million over ten years. I would rather the "
                "committee heard that number from me than read it somewhere else."
            ),
        ],
    ),
    ("p", [("b", "SIMON HUGHES:"), " Well, we've heard it."]),
    ("p", "[Laughter]"),
    (
        "p",
        [
            ("b", "LUPE FA'ALOGO:"),
            (
                " Talofa lava. A quick one on staffing: how many rangers are on "
                "fixed-term contracts?"
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "MARGARET KERR-WHITEHEAD:"),
            (
                " About 310 of our 1,900 rangers. Most are seasonal, for the summer "
                "visitor season. I'll send the committee the exact figure."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "CHAIRPERSON:"),
            (
                " Thank you. We're out of time. Director-General, Mr Walker, thank you "
                "both. Ng\u0101 mihi. The committee will now move into closed session."
            ),
        ],
    ),
    ("p", "conclusion of evidence"),
]
