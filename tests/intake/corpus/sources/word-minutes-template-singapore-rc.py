"""A Singapore residents' committee's monthly meeting in Word's own "Minutes" template: the
particulars in a table (12/1/2019, day first), Attendees and template roles (Facilitator, Note
taker, Timekeeper), agenda topics each with a Time allotted | Topic | Presenter table, Discussion
and Conclusions paragraphs and an Action items | Person responsible | Deadline table."""

FORMAT = "docx"
HALF = "heldout8"
METADATA = {"title": "Minutes", "author": "Joanne Koh", "subject": ""}
FOOTER = "Kembangan Vista Zone 2 RC \u2013 for RC members only, not for circulation"


def topic(minutes, title, presenter):
    return ("table", [["Time allotted", "Topic", "Presenter"], [minutes, title, presenter]])


def actions(*rows):
    return ("table", [["Action items", "Person responsible", "Deadline"], *[list(r) for r in rows]])


BLOCKS = [
    ("title", "Kembangan Vista Zone 2 Residents\u2019 Committee"),
    ("styled", "Minutes", "Subtitle"),
    (
        "table",
        [
            ["12/1/2019", "7:30 PM", "RC Centre, Blk 517 Kembangan Vista Road #01-112"],
        ],
    ),
    (
        "table",
        [
            ["Meeting called by", "Mr Lim Boon Hock"],
            ["Type of meeting", "Monthly Committee Meeting"],
            ["Facilitator", "Mr Lim Boon Hock"],
            ["Note taker", "Ms Joanne Koh"],
            ["Timekeeper", "Mr Raj Kumar s/o Subramaniam"],
            [
                "Attendees",
                (
                    "Mr Lim Boon Hock (Chairman), Mdm Siti Rahimah bte Ismail (Vice-Chairman), "
                    "Ms Joanne Koh (Hon Secretary), Mr Raj Kumar s/o Subramaniam (Treasurer), "
                    "Mr Alvin Teo, Mdm Tan Ah Lian, Mr Wong Kok Leong; "
                    "Ms Priya Nair (Constituency Director, PA) in attendance"
                ),
            ],
        ],
    ),
    ("heading", "Agenda topics", 1),
    topic("10 min", "Confirmation of minutes of 8/12/2018", "Chairman"),
    ("boldhead", "Discussion"),
    ("p", "No amendments were proposed."),
    ("boldhead", "Conclusions"),
    ("p", "Minutes confirmed. Proposed by Mdm Siti Rahimah, seconded by Mr Alvin Teo."),
    topic("30 min", "Chinese New Year celebration, 2 February 2019", "Mdm Siti Rahimah"),
    ("boldhead", "Discussion"),
    (
        "p",
        (
            "Mdm Siti Rahimah reported that the lion dance troupe is confirmed for 5:30 PM at "
            "the Blk 515 void deck. 400 goodie bags will be packed on 26 January; so far 18 "
            "volunteers have signed up and at least 25 are needed."
        ),
    ),
    (
        "p",
        (
            "Mr Wong asked whether the Town Council had approved the use of the void deck "
            "and the extra lighting. Ms Joanne Koh confirmed the permit was received on 7 "
            "January."
        ),
    ),
    (
        "p",
        (
            "Mdm Tan suggested inviting the new residents of the BTO blocks (Blk 520A and "
            "520B) by flyer in four languages, as many do not yet know the RC."
        ),
    ),
    ("boldhead", "Conclusions"),
    (
        "p",
        (
            "Budget of $3,800 approved, of which $2,500 from the CC's festive fund. Flyers in "
            "English, Chinese, Malay and Tamil."
        ),
    ),
    actions(
        ("Print and distribute flyers to Blk 515\u2013520B", "Mr Alvin Teo", "19 Jan"),
        ("Recruit 7 more volunteers through the WhatsApp chat", "Mdm Tan Ah Lian", "24 Jan"),
    ),
    topic("20 min", "Estate issues", "Chairman"),
    ("boldhead", "Discussion"),
    (
        "p",
        (
            "Residents have complained about high-rise littering at Blk 517 again. The "
            "Chairman reported that the Town Council will install cameras for four weeks "
            "from 21 January."
        ),
    ),
    (
        "p",
        (
            "Mr Raj Kumar raised the fitness corner at Blk 519, where two machines have "
            "been broken since November. Ms Priya Nair will escalate it to the Town Council "
            "through the Constituency Office."
        ),
    ),
    ("boldhead", "Conclusions"),
    ("p", "Chairman to write to the Town Council on both matters."),
    actions(
        (
            "Letter to Town Council on littering cameras and fitness corner",
            "Mr Lim Boon Hock",
            "15 Jan",
        ),
    ),
    topic("10 min", "Treasurer\u2019s report", "Mr Raj Kumar"),
    ("boldhead", "Discussion"),
    (
        "p",
        (
            "Mr Raj Kumar reported a balance of $6,412.30 in the RC account as at 31 December "
            "2018. All claims for the Christmas party have been settled."
        ),
    ),
    ("boldhead", "Conclusions"),
    ("p", "Report accepted."),
    ("boldhead", "Other information"),
    (
        "p",
        "Next meeting: 9/2/2019, 7:30 PM, RC Centre. Meeting ended at 9:05 PM.",
    ),
]
