"""An NHS-style trust board in public: numbered items, narrative, actions; one column, indents."""

FORMAT = "pdf"
HALF = "dev"
METADATA = {
    "title": "Minutes of the Trust Board meeting held in public, 28 September 2022",
    "author": "Corporate Governance Office",
    "subject": "Trust Board",
}
RUNNING_HEAD = ("Ashby and Wreford Hospitals NHS Foundation Trust", "Trust Board (Public)")
FOOTER = "Approved by the Board on 26 October 2022 \u2014 Chair\u2019s signature on file"
LAYOUT = {
    "size": 10.5,
    "leading": 14,
    "first_indent": 18,
    "space_after": 7,
    "hyphenate_below": 0.96,
}

BLOCKS = [
    ("title", "Minutes of the Trust Board meeting held in public"),
    (
        "plain",
        "Wednesday 28 September 2022, 9.30am\nBoardroom, Wreford General Hospital, "
        "Moor Lane, Wreford WR4 7PL",
    ),
    ("boldhead", "Present:"),
    (
        "plain",
        "Mr Anthony Beckwith \u2013 Chair\nMs Nadia Qureshi \u2013 Chief Executive\n"
        "Dr Owen Pritchard \u2013 Medical Director\nMrs Carol Whitlock \u2013 Chief Nurse\n"
        "Mr Femi Adebayo \u2013 Chief Finance Officer\nProfessor Elaine Moss \u2013 "
        "Non-Executive Director",
    ),
    ("boldhead", "In attendance:"),
    ("plain", "Ms Harriet Doyle \u2013 Company Secretary (minutes)"),
    ("boldhead", "Apologies:"),
    ("plain", "Mr Julian Sato \u2013 Non-Executive Director"),
    ("heading", "22/101 Chair\u2019s welcome and declarations of interest"),
    (
        "p",
        "The Chair welcomed members and the six members of the public and two governors "
        "observing the meeting. No new declarations of interest were made.",
    ),
    ("heading", "22/102 Chief Executive\u2019s report"),
    (
        "p",
        "The Chief Executive reported that the Trust had met the four-hour emergency access "
        "standard for 71.4 per cent of attendances in August, against a national requirement "
        "of 76 per cent. Ambulance handover delays remained the principal constraint, with an "
        "average of 54 minutes lost per handover at Wreford General.",
    ),
    (
        "p",
        "She drew the Board\u2019s attention to the opening of the discharge lounge on 12 "
        "September, which had already released an average of eleven beds before midday. The "
        "Board thanked the estates and nursing teams for completing the work ahead of "
        "schedule.",
    ),
    ("heading", "22/103 Patient safety and quality report"),
    (
        "p",
        "The Chief Nurse presented the report. Two never events had been declared in the "
        "quarter, both relating to retained swabs in theatres; a revised counting procedure "
        "had been introduced and was being audited weekly.",
    ),
    (
        "p",
        "Professor Moss asked whether the new procedure had been tested in the day-surgery "
        "unit, where staffing patterns differed. The Medical Director confirmed that it had, "
        "and that the first audit showed full compliance.",
    ),
    ("heading", "22/104 Finance report, month 5"),
    (
        "p",
        "The Chief Finance Officer reported a year-to-date deficit of \u00a33.8 million, "
        "\u00a31.1 million adverse to plan, driven mainly by agency nursing costs and by "
        "inflation in energy and drugs. The Board noted the report and the recovery actions "
        "set out in section 4.",
    ),
    ("heading", "22/105 Digital strategy and cyber-security assurance"),
    (
        "p",
        "The Board received the annual report of the Senior Information Risk Owner on the "
        "Trust\u2019s cyber-security. "
        "The Chief Executive noted "
        "that the Trust had passed the national data security and protection toolkit "
        "assessment, and that the replacement of the remaining unsupported operating systems "
        "would complete in March 2023.",
    ),
    (
        "p",
        [
            ("b", "Action:"),
            " The Chief Finance Officer to bring a costed plan for the "
            "replacement of the pathology information system to the November meeting.",
        ],
    ),
    ("heading", "22/106 Questions from members of the public"),
    (
        "p",
        "A member of the public asked when the Wreford minor injuries unit would reopen at "
        "weekends. The Chief Executive replied that weekend opening would resume from 5 "
        "November, once two additional emergency nurse practitioners had taken up post.",
    ),
    ("heading", "22/107 Date of next meeting"),
    (
        "p",
        "The next meeting held in public will take place on Wednesday 26 October 2022 at "
        "Ashby Community Hospital.",
    ),
    ("p", "The meeting closed at 11.52am."),
]
