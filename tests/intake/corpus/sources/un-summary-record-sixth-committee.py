"""A UN summary record (Word): hand-numbered third-person paragraphs, masthead table."""

FORMAT = "docx"
HALF = "dev"
METADATA = {
    "title": "A/C.6/73/SR.20",
    "author": "United Nations",
    "subject": "Sixth Committee, Summary record of the 20th meeting",
}
HEADER = "A/C.6/73/SR.20"
FOOTER = "18-17890 (E)    141118\t*1817890*"

PARAGRAPHS = [
    "The Chair invited the Committee to continue its consideration of chapters I to V and XIII "
    "of the report of the International Law Commission on the work of its seventieth session "
    "(A/73/10).",
    "Mr. Okoro (Nigeria) said that his delegation welcomed the adoption on first reading of the "
    "draft conclusions on subsequent agreements and subsequent practice. It was concerned, "
    "however, that the Commission had given too much weight to the practice of a small number "
    "of States whose records were readily available in English and French.",
    "Ms. S\u00f8rensen (Denmark), speaking on behalf of the Nordic countries, said that the "
    "Nordic countries supported the Commission\u2019s decision to place the topic \u201cSea-level "
    "rise in relation to international law\u201d on its programme of work. For low-lying States "
    "the questions raised by the topic were not academic: they concerned the continuity of "
    "statehood itself.",
    "Mr. Haddad (Lebanon) said that his delegation had three concerns: first, the length of the "
    "Commission\u2019s report, which made it difficult for smaller delegations to prepare; "
    "secondly, the late issuance of the report in Arabic; and thirdly, the absence of a "
    "gender balance among the special rapporteurs. He asked the Commission to consider holding "
    "part of its session in New York.",
    "Ms. Tan (Singapore) said that her delegation agreed with the representative of Nigeria. "
    "The Commission should invite written comments from States in all regions before the "
    "second reading.",
    "Mr. Mbaye (Senegal) said that, with regard to chapter IV, his delegation wished to "
    "recall its written comments of 2017 (A/CN.4/712), which had not been reflected in the "
    "commentary.",
]
LATER = [
    "The Chair said that the Committee had thus concluded its consideration of chapters I to V "
    "and XIII of the report. The Committee would take up chapters VI to IX at its next "
    "meeting.",
]

BLOCKS = [
    (
        "table",
        [
            ["United Nations", "A/C.6/73/SR.20"],
            [
                "General Assembly\nSeventy-third session\nOfficial Records",
                "Distr.: General\n14 November 2018\n\nOriginal: English",
            ],
        ],
    ),
    ("boldhead", "Sixth Committee"),
    ("boldhead", "Summary record of the 20th meeting"),
    ("p", "Held at Headquarters, New York, on Wednesday, 24 October 2018, at 10 a.m."),
    ("p", "Chair:\tMr. Biang (Vice-Chair)\t(Gabon)\nlater:\tMr. Luna (Chair)\t(Brazil)"),
    ("boldhead", "Contents"),
    (
        "p",
        "Agenda item 82: Report of the International Law Commission on the work of its "
        "seventieth session (continued)",
    ),
    (
        "p",
        [
            (
                "i",
                "This record is subject to correction. Corrections should be sent as soon as "
                "possible, under the signature of a member of the delegation concerned, to the "
                "Chief of the Documents Management Section (dms@un.org), and incorporated in a "
                "copy of the record. Corrections will be issued after the end of the session, in "
                "a separate corrigendum.",
            )
        ],
    ),
    ("pagebreak", None),
    ("p", "In the absence of Mr. Luna (Brazil), Mr. Biang (Gabon), Vice-Chair, took the Chair."),
    ("p", [("i", "The meeting was called to order at 10 a.m.")]),
    (
        "boldhead",
        "Agenda item 82: Report of the International Law Commission on the work of its "
        "seventieth session (continued) (A/73/10)",
    ),
]
for number, text in enumerate(PARAGRAPHS, start=1):
    BLOCKS.append(("p", f"{number}.\t{text}"))
BLOCKS.append(("p", [("i", "Mr. Luna (Brazil) took the Chair.")]))
for number, text in enumerate(LATER, start=len(PARAGRAPHS) + 1):
    BLOCKS.append(("p", f"{number}.\t{text}"))
BLOCKS.append(("p", [("i", "The meeting rose at 12.55 p.m.")]))
