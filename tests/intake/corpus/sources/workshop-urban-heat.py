"""A workshop in sessions: Heading 1/2 styles, bold speaker runs, a bulleted list, a line break."""

FORMAT = "docx"
HALF = "dev"
METADATA = {
    "title": "Workshop report: Cooling Cities",
    "author": "Secretariat",
    "subject": "Workshop on urban heat adaptation",
}
HEADER = "Cooling Cities Workshop \u2014 Report of Proceedings"
FOOTER = "Metropolitan Climate Partnership \u00b7 www.metroclimate.example"

BLOCKS = [
    ("title", "Cooling Cities: A Workshop on Urban Heat Adaptation"),
    ("p", "Report of proceedings\n5\u20136 May 2023, Civic Innovation Centre, Rotterdam"),
    ("heading", "Session 1: Measuring the heat", 1),
    ("p", [("b", "Chair:"), " Dr. Ingrid Vos, Metropolitan Climate Partnership"]),
    (
        "p",
        [
            ("b", "Dr. Ingrid Vos:"),
            " Welcome to Rotterdam. Our first session asks a simple "
            "question that turns out to be hard: where, exactly, is a city hottest, and for whom?",
        ],
    ),
    (
        "p",
        [
            ("b", "Mr. Kofi Asante:"),
            " In Accra we mapped surface temperatures from satellite "
            "images and then walked the same streets with hand-held sensors. The two maps "
            "disagreed in the places that matter most: the informal markets, where roofs of "
            "corrugated iron trap heat at head height.",
        ],
    ),
    ("p", "Our lesson was to measure where people are, not where the satellite looks."),
    ("p", [("b", "Dr. Vos:"), " That is a theme I expect we will return to."]),
    ("heading", "Session 2: What works", 1),
    ("p", [("b", "Chair:"), " Ms. Lucía Fernández-Ortega, City of Seville"]),
    (
        "p",
        [
            ("b", "Ms. Fern\u00e1ndez-Ortega:"),
            " Seville has tried three things in the past five years, with very different results:",
        ],
    ),
    ("bullet", "shade sails over the narrowest streets, which residents love;"),
    ("bullet", "cool pavements, which lowered surface temperatures but raised the glare;"),
    ("bullet", "and the restoration of old courtyard fountains, which cost the least of all."),
    (
        "p",
        [
            ("b", "Mr. Asante:"),
            " Did the cool pavements change the temperature people actually felt?",
        ],
    ),
    (
        "p",
        [
            ("b", "Ms. Fern\u00e1ndez-Ortega:"),
            " Barely. The air a metre and a half above "
            "the ground was half a degree cooler at most.",
        ],
    ),
    ("heading", "Closing", 2),
    ("p", "The Chair thanked the participants and closed the workshop at 4.30 p.m."),
]
