"""An English parish council's minutes (Word): run-in minute numbers, dd/mm/yyyy dates."""

FORMAT = "docx"
HALF = "dev"
METADATA = {
    "title": "LAPC Minutes 09-04-2019",
    "author": "Clerk to the Council",
    "subject": "Parish Council meeting",
}
HEADER = "Little Ashcombe Parish Council \u2013 Minutes \u2013 09/04/2019"
FOOTER = "Chairman\u2019s initials ............          Page 1 of 2"

ITEMS = [
    (
        "19/041 Apologies for absence: ",
        "Cllr T Barraclough (work commitments).",
        None,
    ),
    (
        "19/042 Declarations of interest: ",
        "Cllr Lang declared a pecuniary interest in item 19/047 (b) as a neighbour of the "
        "applicant.",
        "narrative",
    ),
    (
        "19/043 Minutes of the previous meeting: ",
        "Resolved: that the minutes of the meeting held on 12/03/2019 be approved and signed by "
        "the Chairman as a true record. Proposed Cllr Rowe, seconded Cllr Dyson, all in favour.",
        "narrative",
    ),
    (
        "19/044 Public participation: ",
        "Two residents of Mill Road raised concerns about speeding between the school and the "
        "Plough, particularly at drop-off time. A resident asked when the dog bin at the "
        "recreation ground would be replaced; the Clerk said it had been ordered.",
        "narrative",
    ),
    (
        "19/045 County Councillor\u2019s report: ",
        "County Cllr Hoskins reported that the resurfacing of the B3227 through the village had "
        "been moved to the 2019/20 programme and would take place in September, with the road "
        "closed overnight for four nights.",
        "narrative",
    ),
]

BLOCKS = [
    ("boldhead", "LITTLE ASHCOMBE PARISH COUNCIL"),
    (
        "p",
        "Minutes of the Meeting of the Parish Council held on Tuesday 09/04/2019 at 7.30pm in the "
        "Village Hall, Church Lane, Little Ashcombe",
    ),
    (
        "p",
        [
            ("b", "Present: "),
            "Cllr M Pennington (Chairman), Cllr S Rowe (Vice-Chairman), Cllr A Dyson, Cllr P Lang, "
            "Cllr R Okonjo",
        ],
    ),
    (
        "p",
        [
            ("b", "In attendance: "),
            "Mrs J Trelawney (Clerk & RFO), County Cllr D Hoskins (from 7.45pm), 4 members of the "
            "public",
        ],
    ),
]
for heading, text, _ in ITEMS:
    BLOCKS.append(("p", [("b", heading), text]))
BLOCKS += [
    ("p", [("b", "19/046 Highways and speeding: ")]),
    (
        "p",
        "The Council discussed the concerns raised under 19/044. The Speed Indicator Device "
        "recorded 1,214 vehicles over 35mph in the 30mph limit during March.",
    ),
    (
        "p",
        "Cllr Okonjo proposed that the Council purchase a second Speed Indicator Device at a cost "
        "of \u00a32,450 plus VAT, to be funded from the CIL reserve; seconded by Cllr Dyson.",
    ),
    (
        "p",
        "Resolved: to purchase a second Speed Indicator Device as proposed. (For 4, against 0, "
        "abstained 1.)",
    ),
    ("p", [("b", "19/047 Finance")]),
    ("p", "(a) The following payments were approved:"),
    (
        "table",
        [
            ["Payee", "Description", "Amount"],
            ["J Trelawney", "Clerk\u2019s salary, March", "\u00a3486.20"],
            ["HMRC", "PAYE, March", "\u00a3121.60"],
            ["Ashcombe Village Hall", "Hall hire, Jan\u2013Mar", "\u00a345.00"],
            ["Greenway Grounds Ltd", "Grass cutting, invoice 2231", "\u00a3979.60"],
            ["", "Total", "\u00a31,632.40"],
        ],
    ),
    (
        "p",
        "(b) Planning application 19/00412/FUL, Orchard Farm, Mill Road: two-storey rear "
        "extension. Cllr Lang left the room for this item.",
    ),
    ("p", "Resolved: to make no objection."),
    (
        "p",
        [
            ("b", "19/048 Date of next meeting: "),
            "Tuesday 14/05/2019 at 7.30pm, preceded by the Annual Parish Meeting at 7pm.",
        ],
    ),
    ("p", "The meeting closed at 9.12pm."),
    ("p", ""),
    ("p", "Signed ................................ Chairman          Date ...................."),
]
