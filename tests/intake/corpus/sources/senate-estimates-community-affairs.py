"""An Australian Senate Estimates Hansard (PDF): CHAIR:, Senator SMITH:, officials."""

FORMAT = "pdf"
HALF = "dev"
METADATA = {
    "title": "Community Affairs Legislation Committee - 02/06/2022 - Estimates - HEALTH AND AGED "
    "CARE PORTFOLIO - Department of Health and Aged Care",
    "author": "Commonwealth of Australia",
    "subject": "Senate Estimates Hansard",
}
RUNNING_HEAD = ("Thursday, 2 June 2022", "Senate")
FOOTER = "COMMUNITY AFFAIRS LEGISLATION COMMITTEE"
LAYOUT = {"family": "Times", "size": 11, "leading": 14.5, "first_indent": 0, "space_after": 6,
          "hyphenate_below": 0.9}  # fmt: skip

# (label, text, speaker, kind); a None label continues the turn; "[…]" are time markers.
TURNS = [
    ("", "[09:00]", None, "procedural"),
    (
        "CHAIR:",
        "I declare open this meeting of the Community Affairs Legislation Committee. The "
        "Senate has referred to the committee the particulars of proposed expenditure for 2022-23 "
        "for the portfolios of Health and Aged Care and Social Services. I welcome the Minister, "
        "Senator Kearney, and officers of the Department of Health and Aged Care.",
        "Fiona Hollis",
        "procedural",
    ),
    (
        "Senator Kearney:",
        "Thank you, Chair. I have no opening statement, but the secretary does.",
        "Lorraine Kearney",
        "remark",
    ),
    (
        "Dr Lawson:",
        "Thank you, Chair. I will be brief. Since we last appeared, the department "
        "has administered the transition of the COVID-19 vaccine program to general practice and "
        "pharmacy, and 94.8 per cent of Australians aged 16 and over have now received two "
        "doses.",
        "Brendan Lawson",
        "remark",
    ),
    (
        None,
        "I want to acknowledge the work of the primary care division in particular, whose "
        "staff have worked through weekends for most of the past two years.",
        "Brendan Lawson",
        "remark",
    ),
    ("CHAIR:", "Thank you. Senator Dean Smith.", "Fiona Hollis", "procedural"),
    (
        "Senator DEAN SMITH:",
        "Dr Lawson, what is the current national bulk-billing rate for GP "
        "attendances, and how has it moved since March?",
        "Dean Smith",
        "question",
    ),
    (
        "Ms Brown:",
        "The rate for the March quarter was 88.2 per cent of non-referred attendances. "
        "We have seen a decline of about 0.6 of a percentage point since the December quarter.",
        "Caroline Brown",
        "answer",
    ),
    (
        "Senator DEAN SMITH:",
        "That is the rate by attendance. What share of patients had every "
        "one of their visits bulk-billed?",
        "Dean Smith",
        "question",
    ),
    (
        "Ms Brown:",
        "I would have to take that on notice. We do not publish it by patient, but I "
        "believe the data allows us to calculate it.",
        "Caroline Brown",
        "answer",
    ),
    (
        "Senator McCARTHY:",
        "Can I follow up on that, Chair? In the Northern Territory, what is "
        "the bulk-billing rate outside Darwin?",
        "Sandra McCarthy",
        "question",
    ),
    (
        "Ms Brown:",
        "Outside Darwin it is above 95 per cent, because most services are provided "
        "by Aboriginal community controlled health organisations, which bulk-bill as a matter of "
        "course.",
        "Caroline Brown",
        "answer",
    ),
    (
        "Senator WHITBY:",
        "Professor Matheson, the department's advice on a fourth dose for people "
        "over 65. When was that advice given to the minister?",
        "Owen Whitby",
        "question",
    ),
    (
        "Prof. Matheson:",
        "ATAGI's advice was provided on 25 March and the minister's office was "
        "briefed the same day.",
        "Hugh Matheson",
        "answer",
    ),
    (
        "Senator WHITBY:",
        "And it was announced on 8 April. Why the delay?",
        "Owen Whitby",
        "question",
    ),
    (
        "Senator Kearney:",
        "Senator, the timing of announcements is a matter for the government, not for the officer.",
        "Lorraine Kearney",
        "answer",
    ),
    ("Senator WHITBY:", "I am asking the official, Minister.", "Owen Whitby", "remark"),
    (
        "CHAIR:",
        "Order! Senator Whitby, the minister is entitled to answer. Professor Matheson, "
        "is there anything you want to add?",
        "Fiona Hollis",
        "procedural",
    ),
    (
        "Prof. Matheson:",
        "Only that the program was ready to deliver fourth doses from 4 April, "
        "whatever the date of the announcement.",
        "Hugh Matheson",
        "answer",
    ),
    ("CHAIR:", "Thank you. We will now suspend for morning tea.", "Fiona Hollis", "procedural"),
    ("", "Proceedings suspended from 10:31 to 10:46", None, "procedural"),
]

BLOCKS = [
    ("title", "COMMUNITY AFFAIRS LEGISLATION COMMITTEE"),
    ("center", "Estimates\n(Budget Estimates)"),
    ("center", "THURSDAY, 2 JUNE 2022"),
    ("center", "CANBERRA\nCommittee Room 2S1, Parliament House"),
    (
        "plain",
        [
            ("b", "Members in attendance: "),
            "Senators Askew, Brennan, Hollis (Chair), McCarthy, Dean Smith, Tavita, Whitby.",
        ],
    ),
    ("heading", "HEALTH AND AGED CARE PORTFOLIO"),
    ("plain", [("b", "In Attendance")]),
    (
        "plain",
        "Senator the Hon Lorraine Kearney, Minister for Finance, representing the Minister for "
        "Health and Aged Care",
    ),
    ("plain", [("b", "Department of Health and Aged Care")]),
    (
        "plain",
        "Dr Brendan Lawson, Secretary\nProfessor Hugh Matheson, Chief Medical Officer\n"
        "Ms Caroline Brown, First Assistant Secretary, Primary Care Division",
    ),
    ("heading", "Department of Health and Aged Care"),
]
for label, text, _, _ in TURNS:
    if label:
        BLOCKS.append(("plain", [("b", label), " " + text]))
    else:
        BLOCKS.append(("plain", text))
