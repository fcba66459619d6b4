"""An intergovernmental science panel's plenary report (PDF from LibreOffice Writer, justified):
the session's masthead with its symbol and issue date, the plenary's date in a sentence,
presiding officer and bureau lines, hand-numbered paragraphs reporting delegations in the third
person with country names in capitals ("SAUDI ARABIA, supported by EGYPT, …"), a contact group's
report, a quoted sentence of the approved text, a footnote, and the Chair's closing words in
prose."""

FORMAT = "pdf"
HALF = "heldout5"
METADATA = {
    "title": "IPSLD-14_3rd_plenary_report_FINAL.odt",
    "author": "IPSLD Secretariat",
    "subject": "IPSLD-14/INF/7",
}
RUNNING_HEAD = ("IPSLD-14/INF/7", "Report of the third plenary meeting")
FOOTER = (
    "IPSLD Secretariat, c/o UNEP, Gigiri, Nairobi  \u00b7  Distribution: General  \u00b7  "
    "Issued 12 April 2019"
)
LAYOUT = {
    "family": "Times",
    "size": 11,
    "leading": 14,
    "justify": True,
    "space_after": 6,
    "hyphenate_below": 0.9,
}

BLOCKS = [
    ("center", [("b", "INTERGOVERNMENTAL PANEL ON SOIL AND LAND DEGRADATION")]),
    ("center", "Fourteenth Session of the Panel (IPSLD-14)\nNairobi, Kenya, 2\u20135 April 2019"),
    ("title", "Report of the third plenary meeting"),
    (
        "p",
        (
            "The third plenary meeting of the Fourteenth Session was held in Conference Room 2 "
            "of the United Nations Office at Nairobi on Wednesday, 3 April 2019, from 10:00 to "
            "13:10 and from 15:00 to 18:30."
        ),
    ),
    ("p", "Presiding: Dr. Amina Kariuki (Kenya), Chair of the Panel."),
    (
        "p",
        (
            "Also on the podium: Professor Lars \u00d8berg (Norway) and Dr. Rosa "
            "Quintanilla (Peru), "
            "Co-Chairs of the Land Degradation Assessment; Ms. Li Wen, Secretary of the Panel."
        ),
    ),
    (
        "heading",
        (
            "Agenda item 6: Approval of the Summary for Policymakers of the Land "
            "Degradation Assessment"
        ),
    ),
    (
        "p",
        (
            "1. The Chair recalled that the Panel would approve the Summary for Policymakers "
            "(SPM) line by line and accept the underlying report, and that the text approved "
            "at the second meeting (headline statements A.1 to A.4) would not be reopened."
        ),
    ),
    (
        "p",
        (
            "2. Professor \u00d8berg introduced section B, on drivers of degradation. He said the "
            "authors had revised paragraph B.2 in response to 212 government comments and "
            "now gave a range, not a single figure, for the share of degradation caused by "
            "cropland expansion."
        ),
    ),
    (
        "p",
        (
            "3. On B.2, SAUDI ARABIA, supported by EGYPT, proposed deleting the reference to "
            "fossil fuel extraction as a driver, saying the assessment found only limited "
            "evidence for it. NORWAY and the EUROPEAN UNION opposed deletion. The Co-Chairs "
            "explained that the underlying chapter assessed the evidence as medium, with high "
            "agreement, for mining and extraction taken together."
        ),
    ),
    (
        "p",
        (
            "4. BRAZIL asked that the paragraph distinguish legal from illegal deforestation. "
            "INDIA and CHINA said that national circumstances should be reflected. TUVALU, "
            "for the Small Island Developing States, called for stronger language on coastal "
            "soil salinization."
        ),
    ),
    (
        "p",
        (
            "5. The Chair established a contact group on B.2 and B.3, co-facilitated by "
            "Germany and South Africa, to meet during the lunch break."
        ),
    ),
    (
        "p",
        (
            "6. In the afternoon, the co-facilitators reported that the contact group had "
            "agreed a text in which mining and fossil fuel extraction are named among "
            '"regionally important drivers" with medium confidence.\u00b9 The Panel approved '
            "paragraph B.2 as amended. The approved paragraph reads, in its second sentence: "
            '"Cropland expansion accounted for 34\u201346% of the area newly degraded between '
            '2000 and 2015."'
        ),
    ),
    ("footnote", "\u00b9 The calibrated language of the Panel's uncertainty guidance applies."),
    (
        "p",
        (
            "7. SAUDI ARABIA requested that its reservation on paragraph B.2 be recorded in "
            "the report of the session. The Chair so ruled."
        ),
    ),
    (
        "p",
        (
            "8. Dr. Quintanilla introduced section C, on response options. The Panel approved "
            "paragraphs C.1 to C.5 with minor editorial changes proposed by the UNITED "
            "KINGDOM, JAPAN and ARGENTINA."
        ),
    ),
    (
        "p",
        (
            "9. At 18:25 the Chair said that the Panel had completed sections B and C and "
            "that section D would be taken up at 10:00 the following morning. She thanked the "
            "interpreters for staying beyond the scheduled time."
        ),
    ),
    ("p", "The meeting rose at 18:30."),
]
