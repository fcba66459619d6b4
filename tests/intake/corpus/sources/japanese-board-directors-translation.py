"""A Japanese company's board of directors in English translation (Word): the statutory
minutes' form (meeting number, date with the Japanese era year in brackets, counts of directors
and auditors present, the chairman by the articles), agenda items as "Proposal No.", approvals
"unanimously by all directors present", a director with a special interest not voting, a
report item with questions, and the seal block of the directors and auditors."""

FORMAT = "docx"
HALF = "heldout5"
METADATA = {
    "title": "\u53d6\u7de0\u5f79\u4f1a\u8b70\u4e8b\u9332 \u7b2c412\u56de (English translation)",
    "author": "\u7dcf\u52d9\u90e8 Legal & General Affairs",
    "subject": "Board minutes - translation for overseas subsidiaries",
}
HEADER = "Courtesy translation \u2013 in case of discrepancy the Japanese original prevails"
FOOTER = "Kurogane Precision Industries Co., Ltd. \u2013 Internal"

BLOCKS = [
    ("title", "Minutes of the 412th Meeting of the Board of Directors"),
    ("p", "Kurogane Precision Industries Co., Ltd."),
    (
        "table",
        [
            ["Item", "Particulars"],
            ["Date and time", "June 25, 2019 (Reiwa 1), from 2:00 p.m. to 3:35 p.m."],
            [
                "Place",
                (
                    "Main Conference Room, 12th floor, Head Office, 3-8-1 "
                    "Nihonbashi-Muromachi, Chuo-ku, Tokyo"
                ),
            ],
            ["Directors", "Total number of directors: 9; number present: 8"],
            ["Audit & Supervisory Board Members", "Total number: 4; number present: 4"],
            ["Chairman", "Kenji Morimoto, Representative Director and President"],
        ],
    ),
    ("heading", "Attendance", 2),
    (
        "p",
        [
            ("b", "Directors present: "),
            "Kenji Morimoto (Representative Director and President); Hiroshi Tanabe "
            "(Representative Director and Senior Managing Executive Officer); Yuko Sakamoto "
            "(Director, CFO); Takeshi Ono (Director); Naoki Hirata (Director); Akiko Shimizu "
            "(Outside Director); Robert Ellison (Outside Director); Mariko Fujii "
            "(Outside Director)",
        ],
    ),
    ("p", [("b", "Director absent: "), "Shigeru Kaneda (Director)"]),
    (
        "p",
        [
            ("b", "Audit & Supervisory Board Members present: "),
            "Masato Ishida (Full-time); Reiko Nagano (Full-time); Daisuke Kondo (Outside); "
            "Emi Araki (Outside)",
        ],
    ),
    (
        "p",
        (
            "In accordance with Article 24 of the Articles of Incorporation, Kenji Morimoto, "
            "Representative Director and President, took the chair and declared the meeting "
            "open, and confirmed that a quorum was present."
        ),
    ),
    (
        "heading",
        "Proposal No. 1: Appointment of Representative Directors and Executive Officers",
        2,
    ),
    (
        "p",
        (
            "Following the conclusion of the Ordinary General Meeting of Shareholders held "
            "earlier today, the Chairman proposed that Kenji Morimoto and Hiroshi Tanabe be "
            "appointed Representative Directors, and that the executive officers listed in "
            "the attachment be appointed for a term ending at the conclusion of the first "
            "meeting of the Board of Directors after the next ordinary general meeting."
        ),
    ),
    (
        "p",
        (
            "The Chairman put the proposal to the meeting, and it was approved as proposed "
            "unanimously by all directors present. Kenji Morimoto and Hiroshi Tanabe, having "
            "a special interest, did not take part in the resolution on their own appointment."
        ),
    ),
    ("heading", "Proposal No. 2: Remuneration of Directors", 2),
    (
        "p",
        (
            "Yuko Sakamoto explained the proposal to allot the individual monthly "
            "remuneration of each director (excluding outside directors) within the total "
            "amount approved by the general meeting of shareholders, in accordance with the "
            "recommendation of the Nomination and Remuneration Advisory Committee."
        ),
    ),
    (
        "p",
        (
            "Outside Director Robert Ellison, chair of the Advisory Committee, reported that "
            "the Committee had met three times and recommended that the performance-linked "
            "share of remuneration be raised from 20% to 30% from fiscal 2020."
        ),
    ),
    (
        "p",
        (
            "After deliberation, the proposal was approved as proposed unanimously by all "
            "directors present."
        ),
    ),
    ("heading", "Proposal No. 3: Establishment of a Subsidiary in Vietnam", 2),
    (
        "p",
        (
            "Hiroshi Tanabe explained the proposal to establish Kurogane Precision Vietnam "
            "Co., Ltd. in Bac Ninh Province, with capital of USD 12 million wholly "
            "contributed by the Company, to produce spindle components from October 2020."
        ),
    ),
    ("p", "The following questions and answers were exchanged:"),
    (
        "p",
        [
            ("b", "Outside Director Akiko Shimizu: "),
            "What is the exchange-rate and country risk assumed in the plan, and is there "
            "an exit condition?",
        ],
    ),
    (
        "p",
        [
            ("b", "Senior Managing Executive Officer Tanabe: "),
            "The plan assumes 23,000 dong to the dollar. If the subsidiary's operating "
            "result is negative for three consecutive fiscal years, the matter will be "
            "brought back to this Board for a decision on withdrawal.",
        ],
    ),
    (
        "p",
        [
            ("b", "Outside Director Mariko Fujii: "),
            "Has the supplier audit for human-rights due diligence been done for the "
            "industrial park?",
        ],
    ),
    (
        "p",
        [
            ("b", "Senior Managing Executive Officer Tanabe: "),
            "The audit of the park operator was completed in May. The audit of local "
            "suppliers will be done before the purchase contracts are signed.",
        ],
    ),
    (
        "p",
        (
            "After deliberation, the proposal was approved as proposed unanimously by all "
            "directors present. Audit & Supervisory Board Member Ishida stated that he had "
            "no objection."
        ),
    ),
    ("heading", "Report Item: Status of Cross-Shareholdings", 2),
    (
        "p",
        (
            "Yuko Sakamoto reported that the Company had sold its entire holding in two "
            "listed companies during fiscal 2018 and that the remaining cross-shareholdings "
            "amounted to 14.2% of net assets. The Board took note of the report."
        ),
    ),
    (
        "p",
        ("There being no further business, the Chairman declared the meeting closed at 3:35 p.m."),
    ),
    (
        "p",
        (
            "To certify the above resolutions, these minutes have been prepared, and the "
            "directors and Audit & Supervisory Board Members present have affixed their "
            "names and seals hereto."
        ),
    ),
    (
        "table",
        [
            ["Title", "Name", "Seal"],
            ["Chairman and Representative Director", "Kenji Morimoto", "(seal)"],
            ["Representative Director", "Hiroshi Tanabe", "(seal)"],
            ["Director", "Yuko Sakamoto", "(seal)"],
            ["Outside Director", "Robert Ellison", "(seal)"],
            ["Audit & Supervisory Board Member", "Masato Ishida", "(seal)"],
            ["Audit & Supervisory Board Member", "Emi Araki", "(seal)"],
        ],
    ),
]
