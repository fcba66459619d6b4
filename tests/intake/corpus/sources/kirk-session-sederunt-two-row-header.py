"""A Church of Scotland Kirk Session's minute (PDF from the Session Clerk's Word file): the
formal constitution with the date in words, a sederunt table whose header takes two rows
(Attendance over Present and Apologies), third-person minutes, a vote of elders by show of
hands, and the closing with the benediction and the Moderator's and Clerk's signatures."""

FORMAT = "pdf"
HALF = "heldout8"
METADATA = {
    "title": "KS minute 10 March 2019",
    "author": "Session Clerk",
    "subject": "Inverbrae Parish Church",
}
FOOTER = (
    "Inverbrae Parish Church of Scotland (Scottish Charity No. SC011472) "
    "\u2013 Kirk Session Minute Book"
)
RUNNING_HEAD = ("Inverbrae Parish Church", "Kirk Session \u2013 10.03.2019")
LAYOUT = {"family": "Times", "size": 11, "leading": 14.5, "justify": True, "space_after": 7}

BLOCKS = [
    ("center", [("b", "INVERBRAE PARISH CHURCH OF SCOTLAND")], 14),
    ("center", [("b", "KIRK SESSION")], 12),
    ("space", 8),
    (
        "plain",
        (
            "At Inverbrae, and within the Church Hall, on the tenth day of March, two thousand "
            "and nineteen years, at twelve noon, which day the Kirk Session of Inverbrae "
            "Parish Church met and was constituted with prayer by the Moderator, the Rev. Dr "
            "Iain MacLeod."
        ),
    ),
    ("heading", "Sederunt"),
    (
        "table",
        [
            ["Name", "District", "Attendance", ""],
            ["", "", "Present", "Apologies"],
            ["Rev. Dr Iain MacLeod (Moderator)", "\u2013", "x", ""],
            ["Mr Douglas Fyfe (Session Clerk)", "1", "x", ""],
            ["Mrs Agnes Cairns", "2", "x", ""],
            ["Mr Hamish Grant (Treasurer)", "3", "x", ""],
            ["Dr Morag Sinclair", "4", "", "x"],
            ["Mrs Elspeth Duthie", "5", "x", ""],
            ["Mr Callum Ross", "6", "x", ""],
        ],
        [0.5, 0.14, 0.18, 0.18],
    ),
    ("heading", "1. Minutes"),
    (
        "p",
        (
            "The minute of the meeting of 13 January 2019 was read, approved and signed as a "
            "correct record."
        ),
    ),
    ("heading", "2. Baptism and admission"),
    (
        "p",
        (
            "The Moderator reported that he had baptised Ruaridh James Ross, son of Callum and "
            "Fiona Ross, on 3 February. The Session agreed that Mrs Jean Paterson, by "
            "certificate of transference from St Ninian's, Dundee, be added to the Communion "
            "Roll."
        ),
    ),
    ("heading", "3. Treasurer's report"),
    (
        "p",
        (
            "Mr Grant presented the accounts for 2018, which showed offerings of \u00a348,210 and "
            "a deficit of \u00a33,960 after the Ministries and Mission contribution of "
            "\u00a321,540. He noted that Gift Aid claims had been delayed by the change of bank."
        ),
    ),
    (
        "p",
        (
            "After discussion the Session approved the accounts for submission to the "
            "Presbytery and thanked Mr Grant and the independent examiner."
        ),
    ),
    ("heading", "4. Church hall roof"),
    (
        "p",
        (
            "The Clerk reported that the Presbytery Property Committee had inspected the hall "
            "roof and recommended its replacement at an estimated cost of \u00a338,000. Two "
            "courses were put before the Session: to apply to the General Trustees for a "
            "grant and loan and begin the work in 2019, or to defer the work until the "
            "Fabric Fund had been rebuilt."
        ),
    ),
    (
        "p",
        (
            "Mrs Cairns moved that the Session apply to the General Trustees and begin the work "
            "this year. Mr Ross moved that the work be deferred to 2020."
        ),
    ),
    ("p", "On a show of hands the motion of Mrs Cairns was carried by four votes to one."),
    ("heading", "5. Correspondence"),
    (
        "p",
        (
            "A letter from the Clerk to the Presbytery intimating the consultation on the "
            "Presbytery Mission Plan was received and remitted to the Moderator and the Clerk "
            "to prepare a response for the May meeting."
        ),
    ),
    ("heading", "6. Easter services"),
    (
        "p",
        (
            "The Session agreed the Holy Week pattern proposed by the Moderator, with a joint "
            "Good Friday service at St Ninian's Episcopal Church and the Sacrament of the "
            "Lord's Supper on Easter Day."
        ),
    ),
    ("heading", "7. Next meeting"),
    (
        "p",
        (
            "The next meeting was appointed to be held in the Church Hall on Sunday 12 May 2019 "
            "at twelve noon. The meeting was closed with the Benediction."
        ),
    ),
    ("space", 16),
    ("plain", "Iain MacLeod, Moderator"),
    ("plain", "Douglas Fyfe, Session Clerk"),
]
