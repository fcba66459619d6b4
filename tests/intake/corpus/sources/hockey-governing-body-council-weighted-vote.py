"""A national sport governing body's Council in Word: an attendance table by district with the
votes each member holds, coded minute numbers, a member club's motion decided on a weighted
card vote, and the Chief Executive's written report appended under her name."""

FORMAT = "docx"
HALF = "heldout8"
METADATA = {
    "title": "Council minutes Sept 2019",
    "author": "Governance Officer",
    "subject": "Council",
}
HEADER = "Caledonian Hockey \u2013 Council \u2013 UNCONFIRMED"
FOOTER = (
    "Caledonian Hockey Union Ltd is a company limited by guarantee, "
    "registered in Scotland no. SC218844"
)

BLOCKS = [
    ("title", "Caledonian Hockey Union"),
    ("heading", "Council", 1),
    (
        "p",
        (
            "Minutes of the meeting of Council held at the National Hockey Centre, Glasgow "
            "Green, Glasgow, on Saturday 28 September 2019 at 11.00am."
        ),
    ),
    (
        "table",
        [
            ["Council member", "Representing", "Votes", "Attendance"],
            ["Gordon Baird", "President (chair)", "1", "Present"],
            ["Carol Frew", "West District", "12", "Present"],
            ["Euan Macrae", "North District", "6", "Present"],
            ["Lesley Cowan", "East District", "10", "Present"],
            ["Ravi Bhatt", "Midlands District", "9", "Present"],
            ["Shona Kerr", "South District", "5", "Apologies (votes by proxy to the President)"],
            ["Fiona Lindsay", "Chief Executive (non-voting)", "\u2013", "Present"],
            ["Alasdair Reid", "Governance Officer (minutes)", "\u2013", "Present"],
        ],
    ),
    ("heading", "CL19/31 Welcome and apologies", 2),
    (
        "p",
        (
            "The President welcomed members and noted the apologies of Shona Kerr, whose five "
            "votes were held by the President as proxy. With 43 of 43 votes represented the "
            "meeting was quorate."
        ),
    ),
    ("heading", "CL19/32 Minutes of 22 June 2019", 2),
    ("p", "Approved."),
    ("heading", "CL19/33 Motion from Kelvinside Ladies Hockey Club", 2),
    (
        "styled",
        (
            "That from season 2020\u201321 the National League 1 women's and men's "
            "competitions be played on the same weekends and at the same venues where "
            "possible, and that the Union's live streaming budget be shared equally between "
            "them."
        ),
        "Quote",
    ),
    (
        "p",
        (
            "Carol Frew (West) presented the motion on behalf of the club. Women's matches had "
            "been streamed four times in 2018\u201319 against twenty-one men's matches, and "
            "double-headers had doubled attendance where they had been tried."
        ),
    ),
    (
        "p",
        (
            "Euan Macrae (North) supported the principle but warned that double-headers would "
            "mean longer journeys for northern clubs, who would need travel support."
        ),
    ),
    (
        "p",
        (
            "The Chief Executive advised that equal streaming would cost an additional "
            "\u00a314,000 a year unless a second sponsor were found."
        ),
    ),
    (
        "p",
        "On a card vote the motion was carried: For 31, Against 6, Abstentions 6 (weighted votes).",
    ),
    ("heading", "CL19/34 Chief Executive's report", 2),
    (
        "p",
        (
            "The report (Appendix A) was taken as read. Ravi Bhatt (Midlands) asked about "
            "progress on the new umpire pathway; the Chief Executive replied that the first "
            "twelve candidates would be assessed in November."
        ),
    ),
    ("heading", "CL19/35 Date of next meeting", 2),
    (
        "p",
        "Saturday 7 December 2019, 11.00am, National Hockey Centre. The meeting closed at 1.20pm.",
    ),
    ("pagebreak", ""),
    ("heading", "Appendix A \u2013 Chief Executive's report to Council, Fiona Lindsay", 1),
    (
        "p",
        (
            "Membership stands at 14,820, up 4% on last year, with the biggest growth in "
            "under-12 girls. Our new school-club links programme reached 61 primary schools "
            "in its first term."
        ),
    ),
    (
        "p",
        (
            "sportscotland has confirmed our investment for 2019\u201321 at \u00a3712,000 a year, "
            "a small real-terms cut. I have asked the Finance Committee to look at how we "
            "protect the performance programme."
        ),
    ),
    (
        "p",
        (
            "Finally, I want to thank the volunteers who ran the European Club Championship "
            "at Glasgow Green in June. Over five days 140 of you gave more than 3,000 hours."
        ),
    ),
]
