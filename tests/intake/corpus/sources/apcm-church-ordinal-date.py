"""An annual parochial church meeting (Word): two meetings, a date in words, a Q&A."""

FORMAT = "docx"
HALF = "heldout"
METADATA = {
    "title": "APCM 2019 minutes",
    "author": "PCC Secretary",
    "subject": "Annual Parochial Church Meeting",
}
FOOTER = (
    "St Michael and All Angels, Netherby \u2014 APCM 2019 \u2014 to be approved at the APCM 2020"
)

BLOCKS = [
    ("title", "Parish of St Michael and All Angels, Netherby"),
    (
        "p",
        [
            (
                "i",
                "Minutes of the Meeting of Parishioners and of the Annual Parochial Church "
                "Meeting, "
                "held in the church on Sunday the twenty-eighth of April, two thousand and "
                "nineteen, following the Parish Eucharist",
            )
        ],
    ),
    (
        "p",
        "The Vicar, the Revd Canon Julia Amesbury, took the chair. 46 parishioners were "
        "present, of whom 41 are on the Electoral Roll.",
    ),
    (
        "p",
        [
            ("b", "Apologies: "),
            "Miss Edith Carr, Mr Roger Pell, the Revd Peter Lamb (Associate Priest).",
        ],
    ),
    ("heading", "Meeting of Parishioners", 1),
    ("number", "The meeting opened with prayer at 11.35am."),
    (
        "number",
        "Election of Churchwardens. Mrs Pamela Rudd and Mr Ade Ogunleye, having been duly "
        "nominated and seconded, were elected unopposed. The Vicar thanked Mr Brian Foyle, "
        "who stands down after six years.",
    ),
    ("heading", "Annual Parochial Church Meeting", 1),
    ("number", "The minutes of the APCM held on 22 April 2018 were approved and signed."),
    (
        "number",
        "Electoral Roll. The Electoral Roll Officer reported 143 names on the roll, an "
        "increase of twelve, following the revision in March.",
    ),
    (
        "number",
        "Annual report of the PCC. The report, circulated in advance, was received. The "
        "Vicar drew attention to the new Tuesday toddler group, which now has 30 "
        "families.",
    ),
    (
        "number",
        "Financial statements for 2018. The Treasurer presented the independently "
        "examined accounts: unrestricted income of \u00a396,412 and expenditure of "
        "\u00a3101,870, the deficit being met from reserves. The parish share paid in full "
        "was \u00a348,300.",
    ),
    (
        "p",
        [
            ("b", "Question from Mr Tom Hale:"),
            " The parish share has gone up by eight per cent "
            "in two years. Is there any prospect of it coming down, or should we plan on it going "
            "up every year?",
        ],
    ),
    (
        "p",
        [
            ("b", "Answer (Treasurer):"),
            " I wish I could say it will come down. The diocese has "
            "told us to expect three per cent a year. What we can do is grow our planned giving, "
            "which is why the stewardship campaign matters so much.",
        ],
    ),
    ("p", "The accounts were received."),
    (
        "number",
        "Elections to the PCC. Mrs Carol Finch, Mr Desmond Achebe and Ms Lily Tran were "
        "elected for three years.",
    ),
    (
        "number",
        "Appointment of the Independent Examiner. Mrs Helen Voss was reappointed. Proposed "
        "by Mr Ogunleye, seconded by Mrs Finch, carried nem. con.",
    ),
    (
        "number",
        "Any other business. A vote of thanks was proposed to the flower guild and the "
        "bell ringers. The meeting closed with the Grace at 12.40pm.",
    ),
    ("p", ""),
    (
        "p",
        "Officers at the date of the meeting: Treasurer, Mr Neil Ashcroft; PCC Secretary, Mrs "
        "Gwen Talbot; Electoral Roll Officer, Mr Simon Drew.",
    ),
    ("p", "Signed ............................ (Chair)     Date ...................."),
]
