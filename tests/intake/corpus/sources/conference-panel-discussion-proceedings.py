"""An academic conference's panel discussion as printed in its proceedings (PDF, A5): the
panel's line-up with affiliations, an editorial note, a chair's questions, first labels with
title and affiliation then surnames only, questions from the floor (one unidentified), stage
directions, and a footnote added by the editors."""

FORMAT = "pdf"
HALF = "heldout4"
METADATA = {
    "title": "COHAZ 2019 Proceedings - Panel 3 discussion",
    "author": "COHAZ 2019 Editorial Committee",
    "subject": "Managed retreat: who decides?",
}
RUNNING_HEAD = ("Proceedings of COHAZ 2019", "Panel 3 \u2013 Discussion")
FOOTER = "COHAZ 2019 Proceedings \u00b7 doi:10.5555/cohaz.2019.p3 \u00b7 CC BY 4.0"
LAYOUT = {
    "family": "Times",
    "size": 9.5,
    "leading": 12.0,
    "margin": 46.0,
    "space_after": 5,
    "page": "A5",
    "hyphenate_below": 0.84,
    "justify": True,
}

BLOCKS = [
    ("title", "Panel 3: Managed retreat \u2013 who decides?"),
    (
        "center",
        (
            "14th International Conference on Coastal Hazards and Society (COHAZ 2019)\n"
            "Auditorium 2, Harbour Congress Centre, Tromsdal, Thursday 12 "
            "September 2019, 14:00\u201315:30"
        ),
    ),
    ("plain", [("b", "Chair: "), "Professor Miriam Adebayo-Clarke (University of Westhaven)"]),
    (
        "plain",
        [
            ("b", "Panellists: "),
            "Dr Tomasz Wierzbicki (University of Szczecin); Professor Linnea Haugen "
            "(University of Bergen); Dr Rafael Quintana (Universidad de Cádiz); Ms Hine "
            "Walker (Ngati Rangi Environmental Unit)",
        ],
    ),
    (
        "plain",
        [
            (
                "i",
                "Editorial note: the discussion was recorded and transcribed, and speakers "
                "have corrected their own contributions. Questions from the floor are printed "
                "as asked.",
            )
        ],
    ),
    (
        "p",
        [
            ("b", "Professor Miriam Adebayo-Clarke:"),
            " Welcome back, everyone. Each panellist has spoken for eight minutes; I will "
            "ask one question of my own and then open the floor.",
        ],
    ),
    (
        "p",
        [
            ("b", "Adebayo-Clarke:"),
            " Linnea, you said that in Norway the municipality decides and the state pays. "
            "What happens when a municipality simply refuses to decide?",
        ],
    ),
    (
        "p",
        [
            ("b", "Professor Linnea Haugen:"),
            " Then nothing happens, until a storm decides for them. We studied fourteen "
            "municipalities on the west coast, and only three had a plan that named a single "
            "house to be moved.",
        ],
    ),
    (
        "p",
        [
            ("b", "Haugen:"),
            " The reason is not money. It is that the mayor who signs the plan will not be "
            "re-elected, and everyone knows it.\u00b9",
        ],
    ),
    ("footnote", "\u00b9 See Haugen and Dahle, this volume, pp. 211\u2013228."),
    (
        "p",
        [
            ("b", "Adebayo-Clarke:"),
            " Hine, is that the same in Aotearoa?",
        ],
    ),
    (
        "p",
        [
            ("b", "Ms Hine Walker:"),
            " Partly. But for us the question is not only who decides, it is who was there "
            "first. Our marae at Te Awa was moved once already, in 1911, by the Crown, "
            "without asking. When the council now talks about retreat, people remember that.",
        ],
    ),
    (
        "p",
        [
            ("b", "Walker:"),
            " What has worked is when the iwi writes the plan and the council funds it, not "
            "the other way round.",
        ],
    ),
    ("p", "[Applause]"),
    (
        "p",
        [
            ("b", "Adebayo-Clarke:"),
            " Let us go to the floor. Please give your name and institution.",
        ],
    ),
    (
        "p",
        [
            ("b", "From the floor (Sanjay Iyer, University of Eastmoor):"),
            " A question for Dr Quintana. In Cádiz you showed that buy-out offers were "
            "accepted by older owners and refused by younger ones. Is that about the price "
            "offered, or about something else?",
        ],
    ),
    (
        "p",
        [
            ("b", "Dr Rafael Quintana:"),
            " Both. The price was the assessed value, which for older owners with no "
            "mortgage is money in the hand. Younger owners owed more than the assessed value, "
            "so accepting meant keeping a debt on a house that no longer exists.",
        ],
    ),
    (
        "p",
        [
            ("b", "Quintana:"),
            " The region has now changed the scheme to pay the outstanding mortgage where it "
            "is higher. Take-up among under-forties went from 12 to 41 per cent in a year.",
        ],
    ),
    (
        "p",
        [
            ("b", "From the floor (unidentified):"),
            " Isn't this all just a way of saying the state will not build sea walls any more?",
        ],
    ),
    ("p", "[Laughter]"),
    (
        "p",
        [
            ("b", "Dr Tomasz Wierzbicki:"),
            " On the Polish coast we are still building them, and I can tell you the cost "
            "per metre. A wall at Mielno cost \u20ac38,000 a metre in 2018. At some "
            "point the arithmetic decides, not the ideology.",
        ],
    ),
    (
        "p",
        [
            ("b", "From the floor (Ana Ribeiro, NOVA Lisbon):"),
            " For all the panellists: has any of your cases let residents vote on retreat "
            "directly?",
        ],
    ),
    (
        "p",
        [
            ("b", "Haugen:"),
            " One municipality held an advisory referendum in 2017. Retreat lost by 62 to 38. "
            "The plan was adopted anyway, which did not help.",
        ],
    ),
    (
        "p",
        [
            ("b", "Walker:"),
            " We do not vote on it; we hold hui until there is agreement, and it can take "
            "two years.",
        ],
    ),
    (
        "p",
        [
            ("b", "Adebayo-Clarke:"),
            " We are out of time. Please join me in thanking the panel.",
        ],
    ),
    ("p", "[Applause. The session ended at 15:32.]"),
]
