"""An NHS clinical commissioning group's primary care committee (Word): membership tables by
voting status, a declarations-of-interest table, coded minute numbers, public questions
answered by office, and a member leaving the room for an item."""

FORMAT = "docx"
HALF = "heldout4"
METADATA = {
    "title": "PCCC minutes 20 March 2019 - DRAFT v0.3",
    "author": "Corporate Governance Team",
    "subject": "Primary Care Commissioning Committee",
}
HEADER = "NHS Dunmere and Wold Clinical Commissioning Group"
FOOTER = "PCCC Part 1 minutes \u2013 draft until approved at the next meeting \u2013 OFFICIAL"

BLOCKS = [
    ("title", "Primary Care Commissioning Committee"),
    ("p", "Minutes of the meeting held in public"),
    (
        "p",
        (
            "Wednesday 20th March 2019, 1.30pm \u2013 3.30pm, Boardroom, Wharfside House, "
            "Castle Street, Dunmere DN1 4QA"
        ),
    ),
    ("heading", "Voting members present", 2),
    (
        "table",
        [
            ["Name", "Title"],
            ["Mrs Gillian Thorne (Chair)", "Lay Member, Patient and Public Involvement"],
            ["Mr Raj Bhatt", "Lay Member, Governance (Vice Chair)"],
            ["Ms Helen Garside", "Chief Finance Officer"],
            ["Mrs Joanne Pickles", "Director of Primary Care and Commissioning"],
            ["Dr Lucy Ambrose", "Secondary Care Doctor"],
        ],
    ),
    ("heading", "Non-voting members present", 2),
    (
        "table",
        [
            ["Name", "Title"],
            ["Dr Femi Adeyemi", "GP, Clinical Chair of the CCG"],
            ["Mr Colin Reaney", "Healthwatch Dunmere"],
            ["Cllr Sheila Norcross", "Health and Wellbeing Board"],
        ],
    ),
    ("heading", "In attendance", 2),
    (
        "table",
        [
            ["Name", "Title"],
            ["Mr Owen Kitching", "Head of Primary Care Estates (item 19/046)"],
            ["Miss Abigail Nuttall", "Governance Officer (minutes)"],
        ],
    ),
    ("heading", "Apologies", 2),
    (
        "table",
        [
            ["Name", "Title"],
            ["Mr David Holroyd", "Accountable Officer"],
            ["Ms Anita Kaur", "NHS England, Senior Primary Care Manager"],
        ],
    ),
    ("heading", "PCCC 19/040 Welcome and quoracy"),
    (
        "p",
        (
            "The Chair welcomed members and the three members of the public present. The "
            "meeting was quorate."
        ),
    ),
    ("heading", "PCCC 19/041 Declarations of interest"),
    (
        "p",
        (
            "Members were reminded of their obligation to declare any interest in the items "
            "on the agenda. The following declarations were made:"
        ),
    ),
    (
        "table",
        [
            ["Name", "Item", "Nature of interest", "Action agreed"],
            [
                "Dr Femi Adeyemi",
                "19/046",
                "Partner at Riverside Medical Practice, a party to the proposed merger",
                "To leave the room for the item",
            ],
            [
                "Mr Colin Reaney",
                "19/045",
                "Healthwatch holds a contract with the CCG for patient surveys",
                "To take part in discussion; not to vote",
            ],
        ],
    ),
    ("heading", "PCCC 19/042 Minutes of the meeting held on 23rd January 2019"),
    ("p", "The minutes were approved as an accurate record."),
    ("heading", "PCCC 19/043 Questions from members of the public"),
    (
        "p",
        (
            "Two questions had been received in advance. The Chair read each question and "
            "asked the relevant director to respond."
        ),
    ),
    (
        "p",
        [
            ("b", "Question from Mrs Ellen Drury, Wold Valley Patient Group:"),
            (
                " When the Wold Valley branch surgery closed in October, patients were told "
                "a weekly nurse clinic would be held in the village hall. It has happened twice. "
                "What is the CCG doing about it?"
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Response (Director of Primary Care and Commissioning):"),
            (
                " The practice has had two practice nurses leave since Christmas. We have "
                "agreed with them that the clinic will restart on 2nd April, staffed by the "
                "new Primary Care Network's nurse, and we will check each month that it is "
                "running."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Question from Mr Kenneth Blythe:"),
            (
                " How many GP appointments a week does the extended access service provide, "
                "and how many are used?"
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Response (Chief Finance Officer):"),
            (
                " The service provides 1,140 appointments a week across the three hubs. In "
                "February, 86% were used; Saturday afternoons are the least used, at 61%."
            ),
        ],
    ),
    ("heading", "PCCC 19/044 Finance report, month 11"),
    (
        "p",
        (
            "Ms Garside presented the report. The delegated primary care budget is forecast "
            "to underspend by \u00a3214,000, mainly because the new premises at Harbour Lane "
            "opened four months late and rent reimbursement started later than planned."
        ),
    ),
    (
        "p",
        (
            "Mr Bhatt asked whether the underspend could be carried forward. Ms Garside said "
            "that it could not under the delegation agreement, but that NHS England had "
            "agreed that it could be used in 2018/19 for one-off practice resilience "
            "grants."
        ),
    ),
    ("p", [("b", "RESOLVED:"), " the Committee noted the month 11 position."]),
    ("heading", "PCCC 19/045 GP patient survey action plan"),
    (
        "p",
        (
            "Mrs Pickles presented the action plan. Satisfaction with getting through on the "
            "phone had fallen to 58%, against 68% nationally. Six practices will move to a "
            "cloud telephone system with call-back by July."
        ),
    ),
    (
        "p",
        (
            "Mr Reaney said that Healthwatch's own survey found that older patients "
            "preferred to queue on the phone than to be called back. Mrs Pickles agreed to "
            "make call-back optional."
        ),
    ),
    ("heading", "PCCC 19/046 Application to merge: Riverside and Quayside Medical Practices"),
    ("p", "Dr Adeyemi left the meeting for this item."),
    (
        "p",
        (
            "Mr Kitching presented the application. The two practices, with 14,900 and "
            "6,300 registered patients, propose to merge their contracts from 1st July 2019 "
            "and keep both sites open. Patient engagement had found no strong objection, "
            "subject to Quayside keeping its own phone line."
        ),
    ),
    (
        "p",
        (
            "Dr Ambrose asked what would happen to the Quayside site if the merged practice "
            "later wished to close it. Mr Kitching said that any closure would be a new "
            "application and would need a full consultation."
        ),
    ),
    (
        "p",
        [
            ("b", "RESOLVED:"),
            (
                " the Committee approved the merger of the Riverside and Quayside Medical "
                "Practices' GMS contracts with effect from 1st July 2019, subject to both "
                "sites remaining open for at least two years."
            ),
        ],
    ),
    ("p", "Dr Adeyemi rejoined the meeting."),
    ("heading", "Actions"),
    ("number", "Director of Primary Care to report on the Wold Valley nurse clinic in May."),
    ("number", "Governance Officer to publish the survey action plan on the CCG website."),
    ("heading", "Date of next meeting"),
    ("p", "Wednesday 22nd May 2019, 1.30pm, Boardroom, Wharfside House."),
]
