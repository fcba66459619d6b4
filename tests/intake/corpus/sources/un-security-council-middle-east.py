"""A Security Council verbatim record: two columns, Times, running head with symbol and date."""

FORMAT = "pdf"
HALF = "dev"
METADATA = {"title": "S/PV.8217", "author": "United Nations", "subject": "Security Council"}
RUNNING_HEAD = ("S/PV.8217", "The situation in the Middle East — 17/04/2018")
FOOTER = "18-10932"
LAYOUT = {"family": "Times", "size": 10, "leading": 12.5, "columns": 2, "first_indent": 14,
          "space_after": 5}  # fmt: skip

BLOCKS = [
    ("title", "Security Council"),
    ("plain", "Seventy-third year"),
    ("plain", "8217th meeting\nTuesday, 17 April 2018, 10 a.m.\nNew York"),
    ("plain", "President: Mr. Bellamy-Roux (France)"),
    (
        "plain",
        "Members: Chile . . . . . . . . . . . . Mr. Ruiz\n"
        "China . . . . . . . . . . . . Mr. Liang Wenbo\n"
        "Equatorial Guinea . . . . . . Mr. Esono Nguema\n"
        "Kazakhstan . . . . . . . . . Mr. Sadykov\n"
        "Kuwait . . . . . . . . . . . . Mr. Al-Mutairi\n"
        "Netherlands . . . . . . . . . Mr. de Graaf\n"
        "Peru . . . . . . . . . . . . . Mr. Quispe Tello\n"
        "Sweden . . . . . . . . . . . . Ms. Lindgren\n"
        "United Kingdom of Great Britain and Northern Ireland . . Mrs. Haldane\n"
        "United States of America . . . Ms. Whitaker",
    ),
    ("plain", "Agenda"),
    ("plain", "The situation in the Middle East"),
    (
        "plain",
        [
            (
                "i",
                "This record contains the text of speeches delivered in English and of the "
                "translation of speeches delivered in other languages. The final text will be "
                "printed in the Official Records of the Security Council. Corrections should be "
                "submitted to the original languages only.",
            )
        ],
    ),
    ("p", [("i", "The meeting was called to order at 10.05 a.m.")]),
    ("heading", "Adoption of the agenda"),
    ("p", [("i", "The agenda was adopted.")]),
    ("heading", "The situation in the Middle East"),
    (
        "p",
        [
            ("b", "The President"),
            ("i", " (spoke in French)"),
            ("b", ":"),
            " In accordance with rule 39 of the Council\u2019s provisional rules of procedure, I "
            "invite Ms. Katarina Lindholm, Special Coordinator for the Middle East Peace Process, "
            "to participate in this meeting. I now give the floor to Ms. Lindholm.",
        ],
    ),
    (
        "p",
        [
            ("b", "Ms. Lindholm:"),
            " Thank you, Mr. President. Since my last briefing, the humanitarian situation in the "
            "areas I cover has continued to deteriorate. Electricity is available for four hours a "
            "day at most, hospitals are rationing fuel for their generators, and the water utility "
            "has warned that its desalination plants may close within weeks.",
        ],
    ),
    (
        "p",
        "The international community must act on three fronts at once: humanitarian relief, "
        "the restoration of basic services, and a political horizon without which neither of "
        "the first two can last.",
    ),
    (
        "p",
        [
            ("b", "The President"),
            ("i", " (spoke in French)"),
            ("b", ":"),
            " I thank Ms. Lindholm for her briefing. I shall now give the floor to the members of "
            "the Council who wish to make statements.",
        ],
    ),
    (
        "p",
        [
            ("b", "Mr. Ruiz"),
            " (Chile)",
            ("i", " (spoke in Spanish)"),
            ("b", ":"),
            " Chile thanks the Special Coordinator for her sobering briefing. We share her concern "
            "about the collapse of public services, which affects the most vulnerable first: "
            "children, the elderly and persons with disabilities.",
        ],
    ),
    (
        "p",
        "My delegation reiterates that humanitarian access must be safe, sustained and "
        "unimpeded, and that the protection of civilian infrastructure is an obligation under "
        "international humanitarian law, not a matter of goodwill.",
    ),
    (
        "p",
        [
            ("b", "Mrs. Haldane"),
            " (United Kingdom)",
            ("b", ":"),
            " The United Kingdom will provide a further \u00a312 million this year for emergency "
            "fuel, medical supplies and the repair of water networks. But money alone will not "
            "keep the lights on. We call on all parties to allow the entry of spare parts and "
            "the cyber-security equipment that the utilities need to protect their control "
            "systems.",
        ],
    ),
    (
        "p",
        [
            ("b", "Mr. Liang Wenbo"),
            " (China)",
            ("i", " (spoke in Chinese)"),
            ("b", ":"),
            " China supports the efforts of the Special Coordinator. The fundamental way out lies "
            "in the two-State solution and in the resumption of direct negotiations on the basis "
            "of the relevant Security Council resolutions.",
        ],
    ),
    (
        "p",
        [
            ("b", "Ms. Whitaker"),
            " (United States of America)",
            ("b", ":"),
            " We have heard many statements today about what others must do. The United States "
            "has been, and remains, the largest single donor of humanitarian aid in the region, "
            "and we will continue to press for practical steps that improve daily life.",
        ],
    ),
    (
        "p",
        [
            ("b", "The President"),
            ("i", " (spoke in French)"),
            ("b", ":"),
            " I shall now make a statement in my capacity as the representative of France.",
        ],
    ),
    (
        "p",
        "France condemns all attacks on civilian infrastructure. We will host, in June, a "
        "meeting of donors on the electricity and water sectors, and we invite every member "
        "of the Council to take part.",
    ),
    (
        "p",
        "I now resume my functions as President of the Council. There are no more names "
        "inscribed on the list of speakers.",
    ),
    ("p", [("i", "The meeting rose at 12.40 p.m.")]),
]
