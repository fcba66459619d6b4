"""A German sports club's (e.V.) ordinary general meeting in English translation (Word): a
particulars table with 12.04.2019, board present by office, TOP agenda headings, result minutes
in the third person, votes as Yes/No/Abstentions, discharge of the board, elections, and the
signatures of the meeting's chair and minute-taker."""

FORMAT = "docx"
HALF = "heldout8"
METADATA = {
    "title": "Protokoll MV 2019 EN",
    "author": "Sabine Vogt",
    "subject": "Mitgliederversammlung 12.04.2019 (translation)",
}
HEADER = "Unofficial English translation \u2013 in case of doubt the German original prevails"
FOOTER = (
    "TSV Eichenau 1898 e.V. \u00b7 Registered at Amtsgericht M\u00fcnchen, VR 40217 \u00b7 "
    "www.tsv-eichenau.de"
)

BLOCKS = [
    ("title", "Turn- und Sportverein Eichenau 1898 e.V."),
    ("heading", "Minutes (Protokoll) of the Ordinary General Meeting 2019", 1),
    (
        "table",
        [
            ["Item", "Details"],
            ["Date", "12.04.2019"],
            ["Time", "19:30 \u2013 21:40"],
            ["Place", "Vereinsheim (clubhouse), Sportplatzweg 4, 82223 Eichenau"],
            ["Chair of the meeting (Versammlungsleiter)", "Klaus Brenner, 1st Chairman"],
            ["Minute-taker (Protokollf\u00fchrerin)", "Sabine Vogt, Secretary"],
            ["Members entitled to vote present", "87 (see attendance list, Annex 1)"],
        ],
    ),
    ("p", [("b", "Members of the Executive Board present: ")]),
    ("bullet", "Klaus Brenner (1st Chairman)"),
    ("bullet", "Ay\u015fe Demirci (2nd Chairwoman)"),
    ("bullet", "Florian Huber (Treasurer)"),
    ("bullet", "Sabine Vogt (Secretary)"),
    ("bullet", "Jonas Lechner (Youth Officer)"),
    ("p", [("b", "Excused: "), "Monika Staudinger (Head of the Gymnastics Division)"]),
    ("heading", "TOP 1 \u2013 Opening and welcome", 2),
    (
        "p",
        (
            "The 1st Chairman opened the meeting at 19:30 and welcomed the members, the "
            "honorary members and the First Mayor of Eichenau, Mr Peter Kainz. He "
            "established that the meeting had been duly convened by notice in the club "
            "newsletter of 8 March 2019 and is quorate."
        ),
    ),
    (
        "p",
        (
            "The meeting stood in silence in memory of the members who had died since the "
            "last general meeting."
        ),
    ),
    ("heading", "TOP 2 \u2013 Approval of the agenda and of the minutes of 13.04.2018", 2),
    ("p", "The agenda and the minutes of the 2018 meeting were approved without objection."),
    ("heading", "TOP 3 \u2013 Reports of the Executive Board", 2),
    (
        "p",
        (
            "Mr Brenner reported that membership had risen from 1,412 to 1,486. The new "
            "artificial pitch was opened in September 2018; the club's own contribution of "
            "\u20ac145,000 was financed from reserves and a loan of \u20ac60,000."
        ),
    ),
    (
        "p",
        (
            "Ms Demirci reported on the new course programme in the gymnastics hall, "
            "including two courses of rehabilitation sport recognised by the health "
            "insurers, which brought in \u20ac9,800."
        ),
    ),
    (
        "p",
        (
            "Mr Lechner reported that 612 children and young people are members. The club "
            "had been awarded the Bavarian youth football quality seal."
        ),
    ),
    ("heading", "TOP 4 \u2013 Treasurer's report and report of the cash auditors", 2),
    (
        "p",
        (
            "Mr Huber presented the annual accounts for 2018: income \u20ac318,460, "
            "expenditure \u20ac301,975, surplus \u20ac16,485. The loan stands at \u20ac54,000."
        ),
    ),
    (
        "p",
        (
            "Mr Dieter Hoffmann (member) asked why the hall hire costs had risen by a third. "
            "Mr Huber explained that the municipality had raised the hourly rate from "
            "\u20ac12 to \u20ac16 on 1 January 2018."
        ),
    ),
    (
        "p",
        (
            "The cash auditor, Ms Renate Obermaier, reported that she and Mr Alois Ziegler had "
            "audited the accounts on 23.03.2019 and found them in order. She moved that the "
            "Executive Board be discharged."
        ),
    ),
    ("heading", "TOP 5 \u2013 Discharge of the Executive Board (Entlastung)", 2),
    (
        "p",
        (
            "The Executive Board was discharged by show of hands. Yes: 82, No: 0, "
            "Abstentions: 5 (the members of the Board did not vote)."
        ),
    ),
    ("heading", "TOP 6 \u2013 Elections", 2),
    (
        "p",
        (
            "Mr Peter Kainz took the chair for the election of the 1st Chairman. Mr Brenner "
            "was the only candidate and was re-elected. Yes: 84, No: 1, Abstentions: 2. He "
            "accepted the election."
        ),
    ),
    (
        "p",
        ("Ms Obermaier and Mr Ziegler were re-elected as cash auditors en bloc, unanimously."),
    ),
    ("heading", "TOP 7 \u2013 Motions", 2),
    (
        "p",
        (
            "The Executive Board's motion to raise the annual subscription for adults from "
            "\u20ac96 to \u20ac108 from 1 January 2020 was discussed. Mr Hoffmann spoke against "
            "the increase for pensioners. Ms Demirci pointed out that the reduced rate for "
            "pensioners remains at \u20ac60."
        ),
    ),
    ("p", "The motion was adopted. Yes: 71, No: 9, Abstentions: 7."),
    ("heading", "TOP 8 \u2013 Any other business", 2),
    (
        "p",
        (
            "Mr Lechner asked for volunteers for the summer football camp from 5 to 9 August. "
            "There were no further requests to speak. The 1st Chairman closed the meeting at "
            "21:40."
        ),
    ),
    ("p", "Eichenau, 18.04.2019"),
    (
        "table",
        [
            ["Chair of the meeting", "Minute-taker"],
            ["Klaus Brenner", "Sabine Vogt"],
        ],
    ),
]
