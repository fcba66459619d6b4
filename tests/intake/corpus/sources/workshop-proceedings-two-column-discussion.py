"""Workshop proceedings set in two justified columns like a LaTeX article: session discussions
transcribed with surnames as labels."""

FORMAT = "pdf"
HALF = "heldout7"
METADATA = {
    "title": "SMLW 2019 Proceedings - Discussion transcripts",
    "author": "SMLW Organising Committee",
    "subject": "pdfTeX-1.40.20",
}
FOOTER = "Proc. 4th Workshop on Soil Moisture from L-band (SMLW), 2019"
RUNNING_HEAD = ("SMLW 2019 \u2013 Proceedings", "Session 3: Discussion")
LAYOUT = {
    "family": "Times",
    "size": 10,
    "leading": 12.5,
    "columns": 2,
    "gutter": 18,
    "justify": True,
    "space_after": 4,
    "margin": 56,
    "first_indent": 10,
}

BLOCKS = [
    ("center", [("b", "Session 3: Validation and downscaling \u2014 discussion")], 12),
    (
        "center",
        (
            "4th Workshop on Soil Moisture from L-band, TU Wien, Vienna, "
            "20\u201324 May 2019\nSession held on Wednesday 22 May 2019, "
            "14:00\u201315:40, Institut f\u00fcr Geod\u00e4sie, Technische "
            "Universit\u00e4t Wien, Vienna"
        ),
    ),
    (
        "center",
        (
            "Chair: Dr Marta Kowalczyk (Warsaw University of "
            "Technology)\nRapporteur: Lukas Hrdlicka (Czech Technical University "
            "in Prague)"
        ),
    ),
    (
        "plain",
        [
            (
                "i",
                (
                    "Participants in the discussion: Ravindra Menon (Indian Institute of "
                    "Remote Sensing), Elodie Vasseur (CESBIO, Toulouse), Thomas Brandauer "
                    "(TU Wien), Keiko Tanabe (JAXA EORC), Samuel Okonjo (University of "
                    "Nairobi), Ines Carvalho (IPMA, Lisbon).\u00b9"
                ),
            )
        ],
    ),
    ("footnote", "\u00b9 Edited for clarity."),
    ("heading", "Paper 3.1"),
    (
        "p",
        (
            "Menon presented a comparison of SMAP and SMOS retrievals with 38 in "
            "situ stations across the Indo-Gangetic plain. Both products showed a "
            "wet bias during the monsoon, larger for SMOS, which the authors "
            "attributed to radio-frequency interference and to standing water in "
            "rice paddies."
        ),
    ),
    (
        "p",
        [
            ("b", "Brandauer: "),
            (
                "Did you screen the stations for irrigation? A probe in an irrigated "
                "field measures something the satellite footprint cannot see."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Menon: "),
            (
                "We removed eleven stations inside canal commands, and the bias fell "
                "by about a third. But in the rice belt almost everything is "
                "irrigated, so we cannot simply drop them."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Tanabe: "),
            (
                "We see the same in the Mekong delta with AMSR2. Our approach has been "
                "to flag open water from Sentinel-1 first and only then compare."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Menon: "),
            (
                "That is a good idea. Our water mask is static, from 2015, and that is "
                "certainly part of the problem."
            ),
        ],
    ),
    ("p", [("b", "Chair: "), "One more question on this paper, then we move on."]),
    (
        "p",
        [
            ("b", "Okonjo: "),
            (
                "How much of the RFI is still there after the 2017 switch-offs? In "
                "East Africa it is much reduced."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Menon: "),
            (
                "Over northern India it is still the dominant flag for SMOS, perhaps "
                "twenty per cent of retrievals in winter."
            ),
        ],
    ),
    ("heading", "Paper 3.2"),
    (
        "p",
        (
            "Vasseur presented a disaggregation of SMOS soil moisture to one "
            "kilometre using MODIS land surface temperature, tested over the "
            "Iberian peninsula. The downscaled product improved the correlation "
            "with stations from 0.61 to 0.72 but degraded under cloud, when the "
            "optical input is missing."
        ),
    ),
    (
        "p",
        [
            ("b", "Carvalho: "),
            (
                "For drought monitoring we need the data under cloud as much as on "
                "clear days. Could you fill the gaps with a model?"
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Vasseur: "),
            (
                "We have tried two things: a land surface model as a prior, and the "
                "Sentinel-1 backscatter change. The radar works better in spring, the "
                "model in summer, when vegetation water content is low."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Vasseur: "),
            (
                "Neither is operational yet. The combination is the subject of a paper "
                "we hope to submit in the autumn."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Brandauer: "),
            (
                "I would be cautious with the backscatter change over ploughed fields; "
                "roughness changes overwhelm the moisture signal."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Vasseur: "),
            "Yes, that is why we mask the weeks of tillage using the crop calendar.",
        ],
    ),
    ("heading", "General discussion"),
    (
        "p",
        [
            ("b", "Chair: "),
            (
                "Both papers point to the same need: an agreed network of reference "
                "sites outside Europe and North America. Is that something this "
                "workshop could recommend?"
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Okonjo: "),
            (
                "Strongly yes. We have twelve stations in Kenya that meet the standard "
                "but are in no international network, because nobody has funded the "
                "data management."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Tanabe: "),
            (
                "JAXA would contribute our Asian stations if the data policy allows "
                "open access with a delay."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Chair: "),
            (
                "Then I will ask the rapporteur to put that into the draft "
                "recommendations for Friday. Thank you all; we break for coffee."
            ),
        ],
    ),
]
