"""A listed company's AGM minutes (PDF from Word): title page, running heads, a poll table."""

FORMAT = "pdf"
HALF = "dev"
METADATA = {
    "title": "Calloway Harbour Holdings plc - Minutes of AGM 2019",
    "author": "Company Secretariat",
    "subject": "Annual General Meeting",
}
RUNNING_HEAD = ("Calloway Harbour Holdings plc", "Minutes of the Annual General Meeting 2019")
FOOTER = "Chairman\u2019s initials: ..........."
LAYOUT = {"size": 10.5, "leading": 14, "first_indent": 0, "space_after": 7,
          "plain_first_page": True,
          "hyphenate_below": 0.93}  # fmt: skip

RESOLUTIONS = [
    "To receive the Company\u2019s annual accounts and the reports of the directors and auditors "
    "for the year ended 30 September 2018.",
    "To approve the directors\u2019 remuneration report for the year ended 30 September 2018.",
    "To declare a final dividend of 4.2 pence per ordinary share.",
    "To re-elect Sir Geoffrey Lanyon as a director.",
    "To reappoint Harrington Bell LLP as auditors and to authorise the Audit Committee to fix "
    "their remuneration.",
]
SPECIAL = "To authorise the Company to make market purchases of up to 10% of its ordinary shares."

BLOCKS = [
    ("space", 150),
    ("center", [("b", "CALLOWAY HARBOUR HOLDINGS PLC")], 18),
    ("center", "(Registered in England and Wales, No. 04817236)", 9.5),
    ("space", 40),
    ("center", [("b", "MINUTES")], 15),
    ("center", "of the Annual General Meeting of the Company", 12),
    ("center", "held on the 12th day of March 2019 at 11.00 am", 12),
    ("center", "at The Merchants\u2019 Hall, 14 Quay Street, Bristol BS1 4DJ", 12),
    ("space", 200),
    ("center", "Company Secretariat \u00b7 Harbour House \u00b7 Bristol", 9),
    ("pagebreak", None),
    (
        "plain",
        [
            ("b", "Present: "),
            "Sir Geoffrey Lanyon (Chairman); Ms Anita Desai-Roberts (Chief "
            "Executive); Mr Paul Everitt (Chief Financial Officer); Mrs Joan Kilbride (Senior "
            "Independent Director); Mr Rupert Haines (Company Secretary).",
        ],
    ),
    ("plain", [("b", "In attendance: "), "Ms Claire Okafor (Harrington Bell LLP, auditors)."]),
    (
        "plain",
        "142 shareholders were present in person or by proxy, holding 61.4% of the issued "
        "ordinary share capital.",
    ),
    ("heading", "1. Chairman and quorum"),
    (
        "p",
        "Sir Geoffrey Lanyon took the chair and, a quorum being present, declared the meeting "
        "open at 11.00 am.",
    ),
    ("heading", "2. Notice of meeting"),
    (
        "p",
        "The notice convening the meeting, circulated to shareholders on 8 February 2019, was "
        "taken as read with the consent of the meeting.",
    ),
    ("heading", "3. Chairman\u2019s address"),
    (
        "p",
        "The Chairman reviewed the year: revenue had grown by 6% to \u00a3412 million, but "
        "underlying profit before tax had fallen by 9% because of higher fuel costs on the "
        "ferry routes. The Board had therefore reduced the final dividend from 5.0 pence to 4.2 "
        "pence per share.",
    ),
    ("heading", "4. Questions from shareholders"),
    (
        "p",
        "Mr D Fairweather, a shareholder, asked: \u201cWhy has the dividend been cut when the "
        "directors\u2019 bonuses have not?\u201d The Chairman replied that no annual bonuses had "
        "been paid to executive directors for the year, as set out on page 74 of the annual "
        "report.",
    ),
    (
        "p",
        "Ms R Cheung, a shareholder, asked about the timetable for the hybrid ferry. The Chief "
        "Executive said that the first vessel would enter service on the Bristol\u2013Cork route "
        "in spring 2021, and that its fuel costs were expected to be 30% lower.",
    ),
    (
        "p",
        "A proxy representative of the Shareholder Voice Forum asked whether the Company would "
        "publish its gender pay gap by business unit. The Chairman undertook to consider it.",
    ),
    ("heading", "5. Resolutions"),
    (
        "p",
        "The Chairman proposed each resolution set out in the notice of meeting and explained "
        "that, in accordance with the Company\u2019s articles of association, voting would be "
        "conducted by poll.",
    ),
    ("plain", [("b", "Ordinary resolutions")]),
]
for n, text in enumerate(RESOLUTIONS, start=1):
    BLOCKS.append(("number", text, f"{n}."))
BLOCKS += [
    ("plain", [("b", "Special resolution")]),
    ("number", SPECIAL, "6."),
    (
        "p",
        "The results of the poll, as certified by the Company\u2019s registrars, Meridian "
        "Registrars Limited, were:",
    ),
    (
        "table",
        [
            ["Resolution", "For", "%", "Against", "%", "Withheld"],
            ["1", "212,604,118", "99.91", "191,407", "0.09", "48,220"],
            ["2", "187,330,562", "88.07", "25,378,011", "11.93", "135,172"],
            ["3", "212,790,003", "99.98", "40,511", "0.02", "13,231"],
            ["4", "201,116,740", "94.53", "11,640,882", "5.47", "86,123"],
            ["5", "212,411,987", "99.83", "361,093", "0.17", "70,665"],
            ["6", "209,882,450", "98.72", "2,721,996", "1.28", "239,299"],
        ],
        [0.2, 0.2, 0.1, 0.2, 0.1, 0.2],
    ),
    (
        "p",
        "The Chairman declared all the resolutions duly passed, resolution 6 as a special "
        "resolution.",
    ),
    ("heading", "6. Close"),
    ("p", "There being no further business, the Chairman declared the meeting closed at 12.17 pm."),
    ("space", 30),
    ("plain", "...............................................\nChairman"),
]
