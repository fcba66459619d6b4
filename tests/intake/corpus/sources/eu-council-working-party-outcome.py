"""An EU Council working party's outcome of proceedings (PDF): Council masthead with the
issue date and LIMITE marking, From/To/Subject table, numbered paragraphs reporting
delegations by country code, footnotes, document-number footer."""

FORMAT = "pdf"
HALF = "heldout4"
METADATA = {
    "title": "ST 8012 2019 INIT",
    "author": "General Secretariat of the Council",
    "subject": "Outcome of proceedings - Working Party on Plant Health",
}
RUNNING_HEAD = ("8012/19", "LIMITE EN")
FOOTER = "8012/19 JS/ag LIFE.3.B LIMITE EN"
LAYOUT = {
    "family": "Times",
    "size": 12,
    "leading": 16.0,
    "space_after": 8,
    "hyphenate_below": 0.9,
    "justify": True,
}

BLOCKS = [
    ("plain", [("b", "Council of the European Union")]),
    ("plain", "Brussels, 2 April 2019 (OR. en)"),
    ("plain", "8012/19\nLIMITE\nAGRILEG 61\nPHYTOSAN 12"),
    ("heading", "OUTCOME OF PROCEEDINGS"),
    (
        "table",
        [
            ["", ""],
            ["From:", "General Secretariat of the Council"],
            ["To:", "Delegations"],
            ["No. prev. doc.:", "7311/19"],
            [
                "Subject:",
                "Working Party on Plant Health (Chief Officers), 27 March 2019 \u2013 draft "
                "Commission Implementing Regulation on measures to prevent the introduction "
                "of Xylella fastidiosa into the Union",
            ],
        ],
        [0.22, 0.78],
    ),
    (
        "p",
        (
            "1. The Working Party on Plant Health (Chief Officers) met on 27 March 2019 "
            "under the chairmanship of the Romanian Presidency. The agenda was adopted as set "
            "out in CM 2120/19."
        ),
    ),
    ("heading", "I. Draft Commission Implementing Regulation on Xylella fastidiosa"),
    (
        "p",
        (
            "2. The Commission (DG SANTE) presented the main changes to the draft since the "
            "previous meeting, in particular the reduction of the buffer zone around an "
            "infected zone from 5 km to 2.5 km where eradication is shown to be working, and "
            "the new list of host plants requiring a plant passport.\u00b9"
        ),
    ),
    ("footnote", "\u00b9 WK 3512/19, circulated on 21 March 2019."),
    (
        "p",
        (
            "3. Delegations broadly welcomed the revised draft. DE, supported by AT, CZ "
            "and HU, considered that a 2.5 km buffer zone was acceptable only if the "
            "surveillance in the zone was doubled, and asked that this be written into the "
            "Article itself rather than the recitals."
        ),
    ),
    (
        "p",
        (
            "4. IT, FR, ES and PT, the Member States with outbreaks, stressed the cost of "
            "the surveillance already required and asked for Union co-financing at 75 per "
            "cent rather than 50 per cent."
        ),
    ),
    (
        "p",
        (
            "5. NL asked whether olive plants grown under insect-proof protection would "
            "continue to be exempted from the movement restrictions. The Commission "
            "confirmed that they would, subject to two official inspections a year."
        ),
    ),
    (
        "p",
        (
            "6. SE and FI asked that the list of host plants be reviewed every year, as new "
            "hosts were still being identified in the infected zones. The Commission agreed "
            "to consider an annual review clause."
        ),
    ),
    ("p", "7. FR and IT entered parliamentary scrutiny reservations.\u00b2"),
    (
        "footnote",
        ("\u00b2 FR and IT lifted their reservations by written procedure on 1 April 2019."),
    ),
    (
        "p",
        (
            "8. The Commission took note of the comments and said that it would present "
            "a revised text to the Standing Committee on Plants, Animals, Food and Feed "
            "(PAFF, section Plant Health) on 16 April 2019. On co-financing, it recalled that "
            "the rate is set in the Common Financial Framework Regulation and cannot be "
            "changed by an implementing act."
        ),
    ),
    ("p", "9. The Presidency concluded that:"),
    ("plain", "(a) there was broad support for the approach of the revised draft;"),
    (
        "plain",
        (
            "(b) the Commission would reflect on strengthening the surveillance "
            "requirements in the buffer zone;"
        ),
    ),
    (
        "plain",
        (
            "(c) the question of co-financing would be raised at the Special "
            "Committee on Agriculture."
        ),
    ),
    ("heading", "II. Any other business"),
    (
        "p",
        (
            "10. EL informed delegations of the first finding of the pinewood nematode in its "
            "territory, in a consignment of wood packaging material, and of the emergency "
            "measures taken."
        ),
    ),
    (
        "p",
        (
            "11. The Commission informed delegations of the audit programme of the Health "
            "and Food Audits and Analysis directorate for 2019, which includes missions to "
            "eight Member States on plant health controls at import."
        ),
    ),
    (
        "p",
        (
            "12. BE informed delegations of the conference on plant health under the new "
            "Official Controls Regulation, to be held in Brussels on 6 June 2019."
        ),
    ),
    (
        "p",
        (
            "13. The Presidency announced that the next meeting of the Working Party would "
            "take place on 14 May 2019 and closed the meeting."
        ),
    ),
]
