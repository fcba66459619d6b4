"""An Irish county council meeting (Word): Members Present, Officials Present, motions."""

FORMAT = "docx"
HALF = "heldout3"
METADATA = {
    "title": "Minutes December 2019 Ordinary Meeting",
    "author": "Meetings Administrator",
    "subject": "Kilcarrig County Council",
}
HEADER = "Comhairle Contae Chill Charraig \u2013 Kilcarrig County Council"
FOOTER = "These minutes are subject to adoption at the next Ordinary Meeting of the Council."

BLOCKS = [
    ("title", "Kilcarrig County Council"),
    (
        "p",
        (
            "Minutes of the Ordinary Meeting of Kilcarrig County Council held in the Council "
            "Chamber, \u00c1ras an Chontae, Bridge Street, Kilcarrig, on Monday, 9th December "
            "2019 at 2.00 p.m."
        ),
    ),
    ("boldhead", "Cathaoirleach:"),
    ("plain", "Cllr. Siobh\u00e1n Gilligan"),
    ("boldhead", "Members Present:"),
    (
        "plain",
        (
            "Cllrs. Brendan Feeney, Maura Costello, P\u00e1draig \u00d3 Dubhghaill, Liam "
            "Rattigan, Aisling Kearns, Declan McHugh."
        ),
    ),
    ("boldhead", "Officials Present:"),
    (
        "table",
        [
            ["Name", "Title"],
            ["Mr. Conor Walsh", "Chief Executive"],
            ["Ms. Fiona Brogan", "Director of Services, Roads and Transportation"],
            ["Mr. Eamon Keaveney", "Senior Engineer"],
            ["Ms. Gr\u00e1inne Duffy", "Meetings Administrator"],
        ],
    ),
    ("boldhead", "Apologies:"),
    ("plain", "Cllr. Tommy Durkan."),
    ("heading", "CC/101/19 Votes of Sympathy"),
    (
        "p",
        (
            "The Cathaoirleach, on behalf of the Members and staff, extended a vote of sympathy "
            "to the family of the late Mr. John Joe Tiernan, former Member of the Council for "
            "the Drumcliff Electoral Area."
        ),
    ),
    ("p", "Members stood for a minute's silence."),
    ("heading", "CC/102/19 Adoption of Minutes"),
    (
        "p",
        (
            "On the proposal of Cllr. Costello, seconded by Cllr. Rattigan, the minutes of the "
            "Ordinary Meeting held on 11th November 2019 were adopted."
        ),
    ),
    ("heading", "CC/103/19 Chief Executive's Monthly Management Report"),
    (
        "p",
        (
            "Mr. Walsh presented the report for November. He highlighted that 41 social homes "
            "had been completed to date in 2019 against a target of 55, and that the remaining "
            "units at Cnoc na Gaoithe would be handed over in January."
        ),
    ),
    (
        "p",
        (
            "Cllr. \u00d3 Dubhghaill welcomed the progress but asked why three vacant council "
            "houses in Ballyfarnon had been idle for more than two years."
        ),
    ),
    (
        "p",
        (
            "Mr. Walsh replied that the three houses needed new roofs and would be included in "
            "the 2020 voids programme, for which the Department had approved \u20ac480,000."
        ),
    ),
    ("heading", "CC/104/19 Winter Maintenance Plan 2019/2020"),
    (
        "p",
        (
            "Ms. Brogan outlined the plan. 412 km of regional and local roads would be gritted "
            "on priority routes, with 3,800 tonnes of salt in stock at the Carrigeen depot."
        ),
    ),
    (
        "p",
        (
            "Cllr. Kearns asked that the road to St. Fechin's National School at Lisnagree be "
            "added to the priority routes, given the number of buses using it."
        ),
    ),
    (
        "p",
        (
            "Mr. Keaveney said the route would be assessed before Christmas and, if it met the "
            "criteria, added to the plan."
        ),
    ),
    (
        "p",
        (
            "On the proposal of Cllr. Feeney, seconded by Cllr. McHugh, the Winter Maintenance "
            "Plan 2019/2020 was adopted."
        ),
    ),
    ("heading", "CC/105/19 Notices of Motion"),
    ("p", "The following motions were taken together with the agreement of the Members:"),
    (
        "number",
        (
            "Notice of motion in the name of Cllr. Rattigan: \u201cThat Kilcarrig County "
            "Council calls on the Minister for Health to restore the out-of-hours GP service "
            "at Kilcarrig Community Hospital.\u201d"
        ),
    ),
    (
        "number",
        (
            "Notice of motion in the name of Cllr. McHugh: \u201cThat Kilcarrig County "
            "Council calls on the HSE to publish the waiting times for the mobile X-ray unit "
            "in the county.\u201d"
        ),
    ),
    (
        "p",
        (
            "Both motions were proposed by Cllr. Rattigan, seconded by Cllr. McHugh, and "
            "agreed unanimously. It was agreed that copies would be sent to the Minister and "
            "to the local TDs."
        ),
    ),
    ("heading", "CC/106/19 Any Other Business"),
    (
        "p",
        (
            "The Cathaoirleach wished Members and staff a peaceful Christmas and thanked Ms. "
            "Duffy and the Meetings Administration staff for their work during the year."
        ),
    ),
    ("p", "The meeting concluded at 4.40 p.m."),
    ("plain", "Signed: ______________________   Cathaoirleach"),
    ("plain", "Date: ________________________"),
]
