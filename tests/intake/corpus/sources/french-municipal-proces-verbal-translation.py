"""A French commune's municipal council procès-verbal in English translation (Word): the
opening formula with the date in words, attendance with proxies, numbered deliberations with
For/Against/Abstentions, direct exchanges under upper-case surnames, "M. le Maire", a tracked
correction and a posting certificate."""

FORMAT = "docx"
HALF = "heldout4"
METADATA = {
    "title": "PV CM 14-03-2019 EN",
    "author": "Secrétariat de mairie",
    "subject": "Procès-verbal du conseil municipal (traduction)",
}
HEADER = "Commune de Saint-Aubin-des-Prés (Loir-et-Cher) \u2013 Translation for information only"
FOOTER = "The French original, kept at the Mairie, is the only authentic text."

BLOCKS = [
    ("title", "Minutes (procès-verbal) of the Municipal Council"),
    ("p", [("b", "Session of 14 March 2019")]),
    (
        "p",
        (
            "In the year two thousand and nineteen, on the fourteenth of March at half past "
            "eight in the evening, the Municipal Council of the commune of "
            "Saint-Aubin-des-Prés, duly convened on 7 March 2019, met in ordinary session in "
            "the council chamber of the Mairie (Town Hall), under the chairmanship of Mr "
            "Jean-Pierre Lacombe, Mayor."
        ),
    ),
    ("p", "Number of councillors in office: 15 \u2013 present: 12 \u2013 voting: 14"),
    (
        "p",
        [
            ("b", "Present: "),
            "M. Jean-Pierre ",
            ("sc", "Lacombe"),
            " (Mayor), Mme Sylvie ",
            ("sc", "Renaudin"),
            " (First Deputy Mayor), M. Patrick ",
            ("sc", "Dupré"),
            ", Mme Nathalie ",
            ("sc", "Marchand"),
            ", M. Karim ",
            ("sc", "Benali"),
            ", Mme Odile ",
            ("sc", "Fournier"),
            ", M. Thierry ",
            ("sc", "Le Goff"),
            ", Mme Claire ",
            ("sc", "Vasseur"),
            ", M. Henri ",
            ("sc", "Pinault"),
            ", Mme Josiane ",
            ("sc", "Roux"),
            ", M. Bruno ",
            ("sc", "Caillaud"),
            ", Mme Émilie ",
            ("sc", "Garnier"),
            ".",
        ],
    ),
    (
        "p",
        [
            ("b", "Excused, having given proxy: "),
            "M. Laurent ",
            ("sc", "Mercier"),
            " (proxy to M. Lacombe), Mme Agnès ",
            ("sc", "Thibault"),
            " (proxy to Mme Renaudin).",
        ],
    ),
    ("p", [("b", "Absent: "), "M. Yannick ", ("sc", "Besson"), "."]),
    ("p", [("b", "Secretary of the session: "), "Mme Claire ", ("sc", "Vasseur"), "."]),
    ("heading", "1. Approval of the minutes of the session of 31 January 2019"),
    ("p", "The minutes are approved unanimously."),
    ("heading", "2. Deliberation no. 2019-011 \u2013 Vote of the 2019 commune budget"),
    (
        "p",
        (
            "The Mayor presents the budget. Operating expenditure and revenue balance at "
            "\u20ac1,184,300; investment at \u20ac642,000, of which \u20ac410,000 is for the "
            "renovation of the school canteen."
        ),
    ),
    (
        "p",
        ("He states that the rates of the local taxes are unchanged for the fifth year running."),
    ),
    (
        "p",
        [
            ("sc", "M. Dupré"),
            (": The canteen was budgeted at \u20ac300,000 last year. Why \u20ac110,000 more?"),
        ],
    ),
    (
        "p",
        [
            ("sc", "Mme Renaudin"),
            (
                ": The architect's study found asbestos in the ceiling, and the kitchen must be "
                "brought up to the new standards. The department has confirmed a grant of "
                "\u20ac120,000, so the cost to the commune is "
            ),
            ("del", "lower"),
            ("ins", "almost the same"),
            " as last year\u2019s estimate.",
        ],
    ),
    (
        "p",
        [
            ("sc", "M. Dupré"),
            (
                ": Our group will vote against. We asked for the study to be shared "
                "with all councillors and it never was."
            ),
        ],
    ),
    (
        "p",
        [
            ("sc", "M. le Maire"),
            (
                ": The study will be sent to every councillor tomorrow. I propose "
                "that we move to the vote."
            ),
        ],
    ),
    (
        "p",
        (
            "Having heard the Mayor's presentation and deliberated, the Municipal Council "
            "adopts the 2019 budget as presented."
        ),
    ),
    ("p", "For: 12 \u2013 Against: 2 (M. Dupré, M. Caillaud) \u2013 Abstentions: 0"),
    ("heading", "3. Deliberation no. 2019-012 \u2013 Grant to the Comité des fêtes"),
    (
        "p",
        (
            "Mme Fournier, who chairs the Comité des fêtes, leaves the chamber and takes no "
            "part in the vote."
        ),
    ),
    (
        "p",
        (
            "The Council grants the Comité des fêtes \u20ac2,500 for the Fête de la Saint-Jean "
            "on 22 June 2019."
        ),
    ),
    ("p", "For: 13 \u2013 Against: 0 \u2013 Abstentions: 0"),
    ("heading", "4. Other questions"),
    (
        "p",
        [
            ("sc", "Mme Marchand"),
            (
                ": Residents of the Route de Blois ask when the speed cushions "
                "promised last autumn will be installed."
            ),
        ],
    ),
    (
        "p",
        [
            ("sc", "M. le Maire"),
            (
                ": The department's roads service has scheduled them for the week of 15 April. "
                "I will write to the residents."
            ),
        ],
    ),
    (
        "p",
        [
            ("sc", "M. Benali"),
            (
                ": The football club asks whether the changing rooms can stay open "
                "until 10 p.m. on Fridays."
            ),
        ],
    ),
    (
        "p",
        [
            ("sc", "M. le Maire"),
            ": We will look at it with the caretaker and answer at the next session.",
        ],
    ),
    ("p", "The agenda being exhausted, the session is closed at 10.05 p.m."),
    ("p", "The Mayor,\nJean-Pierre LACOMBE"),
    (
        "p",
        (
            "Posted at the Mairie on 21 March 2019, in accordance with article "
            "L.2121-25 of the CGCT."
        ),
    ),
]
