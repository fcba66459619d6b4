"""A state parliament's Hansard (PDF): question time, upper-case surnames, interjections."""

FORMAT = "pdf"
HALF = "dev"
METADATA = {
    "title": "House of Assembly Hansard, Tuesday 18 October 2016",
    "author": "Hansard",
    "subject": "Parliamentary debates (proof)",
}
RUNNING_HEAD = ("Tuesday 18 October 2016", "House of Assembly \u2014 PROOF")
FOOTER = "Parliament of Eastland \u2014 Hansard"
LAYOUT = {"size": 10.5, "leading": 14, "first_indent": 0, "space_after": 8, "hyphenate_below": 0.95}

BLOCKS = [
    ("title", "HOUSE OF ASSEMBLY"),
    ("plain", "Tuesday 18 October 2016"),
    (
        "p",
        [
            (
                "i",
                "The Speaker, Ms Ellison, took the Chair at 10 a.m., acknowledged the "
                "Traditional People and read Prayers.",
            )
        ],
    ),
    ("heading", "QUESTIONS WITHOUT NOTICE"),
    ("heading", "Elective Surgery Waiting List"),
    ("plain", "Ms O\u2019DONNELL question to MINISTER for HEALTH, Mr HARGREAVES"),
    (
        "p",
        [
            ("b", "Ms O\u2019DONNELL (Franklin):"),
            " Minister, the number of people waiting "
            "longer than clinically recommended for elective surgery has risen for the sixth "
            "consecutive quarter. Will you finally admit that your four-year plan has failed?",
        ],
    ),
    (
        "p",
        [
            ("b", "Mr HARGREAVES (Braddon \u2013 Minister for Health):"),
            " Madam Speaker, I thank "
            "the member for her question. I do not accept its premise. We have performed more "
            "elective surgeries in the past twelve months than in any year in the state\u2019s "
            "history: 19,412, to be precise.",
        ],
    ),
    ("p", [("i", "Members interjecting.")]),
    (
        "p",
        [
            ("b", "Madam SPEAKER:"),
            " Order! The member for Franklin has asked her question; she will hear the answer.",
        ],
    ),
    (
        "p",
        [
            ("b", "Mr HARGREAVES:"),
            " The waiting list has grown because demand has grown. "
            "Referrals from general practitioners rose by 11 per cent last year. That is why we "
            "are opening two additional theatres at the Royal in March, and why we have "
            "contracted the private hospitals to perform a further 1,500 procedures.",
        ],
    ),
    ("p", [("i", "Time expired.")]),
    ("heading", "Supplementary Question"),
    (
        "p",
        [
            ("b", "Ms O\u2019DONNELL:"),
            " Minister, how many of the 1,500 contracted procedures have actually been performed?",
        ],
    ),
    (
        "p",
        [
            ("b", "Mr HARGREAVES:"),
            " Madam Speaker, as at 30 September, 612 procedures had "
            "been performed under the contract. The remainder will be completed by the end of "
            "the financial year.",
        ],
    ),
    ("heading", "Regional Rail Services"),
    ("plain", "Mr TAN question to MINISTER for INFRASTRUCTURE, Ms PELLEGRINO"),
    (
        "p",
        [
            ("b", "Mr TAN (Lyons):"),
            " Minister, can you update the House on the reopening of the northern passenger line?",
        ],
    ),
    (
        "p",
        [
            ("b", "Ms PELLEGRINO (Denison \u2013 Minister for Infrastructure):"),
            " I can. The "
            "Government has signed the contract for the refurbishment of the Railton viaduct, "
            "and the first passenger services will run in the second half of 2018. The project "
            "will create around 140 jobs during construction.",
        ],
    ),
    ("p", [("i", "Government members \u2013 Hear, hear.")]),
]
