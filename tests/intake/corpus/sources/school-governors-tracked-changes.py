"""A school's full governing board minutes in Word, draft with tracked changes and comments;
challenge questions set as 'Governor question:' / 'Headteacher:'."""

FORMAT = "docx"
HALF = "heldout7"
METADATA = {
    "title": "FGB minutes 21 Nov 2019 DRAFT v2",
    "author": "Clerk to Governors",
    "subject": "Full Governing Board",
}
HEADER = "DRAFT \u2013 subject to approval at the next meeting"
FOOTER = "Ashgrove Church of England Primary School \u2013 FGB Autumn 2"

BLOCKS = [
    ("title", "Ashgrove Church of England Primary School"),
    ("heading", "Full Governing Board \u2013 Minutes", 1),
    ("p", ("Meeting held on Thursday 21st November 2019 at 6.00pm in the school library.")),
    (
        "table",
        [
            ["Name", "Category", "Attendance"],
            ["Mrs Nicola Brennan-Hughes (Chair)", "Foundation governor", "P"],
            ["Dr Farah Qureshi (Vice-Chair)", "Local authority governor", "P"],
            ["Mr Simon Akinyemi", "Headteacher", "P"],
            ["Revd Tessa Lund", "Foundation governor (ex officio, incumbent)", "P"],
            ["Mr Peter Lomax", "Parent governor", "P"],
            ["Ms Angharad Price", "Staff governor", "A"],
            ["Mr Callum Rees", "Co-opted governor", "Absent"],
        ],
    ),
    ("p", [("i", "Key: P present; A apologies received and accepted.")]),
    ("p", ("In attendance: Mrs Laura Whitmore (Deputy Headteacher); Mrs Joanne Mitchell (Clerk).")),
    ("p", "The meeting was quorate throughout (6 of 7 governors present)."),
    ("boldhead", "FGB 19/43 Opening prayer, welcome and apologies"),
    (
        "p",
        (
            "Revd Lund opened the meeting with a prayer. The Chair welcomed "
            "governors. Apologies from Ms Price were received and accepted; no "
            "apologies had been received from Mr Rees."
        ),
    ),
    ("boldhead", "FGB 19/44 Declarations of interest"),
    (
        "p",
        (
            "Mr Lomax declared that his daughter is in Year 6; governors agreed "
            "this did not prevent him taking part in any item on the agenda."
        ),
    ),
    ("boldhead", "FGB 19/45 Headteacher's report"),
    (
        "p",
        (
            "Mr Akinyemi presented his report, circulated in advance. Attendance "
            "for the half term was 95.8%, with persistent absence at 9.1%, down "
            "from 11.4%."
        ),
    ),
    (
        "p",
        [
            ("b", "Governor question: "),
            (
                "Why is persistent absence among pupils eligible for pupil premium "
                "still twice the rate for other pupils?"
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Headteacher: "),
            (
                "The gap is mostly eight families. The family support worker now "
                "visits on the first day of absence, and three of those families have "
                "improved since September."
            ),
            (
                "comment",
                " We will report the figures for those families each term.",
                "Chair to confirm wording",
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Governor question: "),
            (
                "How confident are we in the Year 6 predictions for reading, given "
                "last year's results?"
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Headteacher: "),
            "Less than for maths. ",
            ("del", "We are fairly confident. "),
            ("ins", "Teacher assessment puts 74% on track against 81% last year, and "),
            ("the reading lead is running a catch-up group for the twelve pupils just below."),
        ],
    ),
    (
        "p",
        [
            "Mrs Whitmore ",
            ("del", "tabled"),
            ("ins", "reported"),
            (
                " the results of the pupil voice survey on behaviour. Most pupils said "
                "they felt safe at school; fewer than half felt that lunchtimes were "
                "calm."
            ),
        ],
    ),
    ("boldhead", "FGB 19/46 Finance: budget monitoring (Q2)"),
    (
        "p",
        (
            "Dr Qureshi reported on behalf of the resources committee. A deficit "
            "of \u00a314,200 is forecast for 2019\u201320, caused mainly by the "
            "teachers' pay award not being fully funded."
        ),
    ),
    (
        "p",
        (
            "Governors discussed whether to leave a teaching assistant vacancy "
            "unfilled. Revd Lund asked about the impact on the pupils with "
            "education, health and care plans; Mr Akinyemi said their support "
            "would not be reduced."
        ),
    ),
    (
        "p",
        (
            "Decision: the board agreed to hold the teaching assistant vacancy "
            "until the spring term review."
        ),
    ),
    ("boldhead", "FGB 19/47 Policies"),
    (
        "p",
        (
            "Decision: the Behaviour Policy and the Charging and Remissions Policy "
            "were approved without amendment."
        ),
    ),
    ("p", "Action: Clerk to publish both policies on the website by 6 December."),
    ("boldhead", "FGB 19/48 Date of next meeting"),
    ("p", "Thursday 6th February 2020 at 6.00pm. The meeting closed at 7.52pm."),
    (
        "p",
        (
            "Signed ............................................ (Chair)     Date "
            "..................."
        ),
    ),
]
