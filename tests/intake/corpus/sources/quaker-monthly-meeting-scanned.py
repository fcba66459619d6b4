"""A Quaker meeting's typed minutes, scanned: Courier, justified, footnotes."""

FORMAT = "pdf"
HALF = "dev"
METADATA = {
    "title": "Scan_2018-12-11_0934",
    "author": "",
    "subject": "",
}
RUNNING_HEAD = ("Cedar Run Monthly Meeting", "Twelfth Month 2018")
FOOTER = "Approved minutes \u2014 file copy"
LAYOUT = {"family": "Courier", "size": 10.5, "leading": 15, "margin": 70, "first_indent": 0,
          "space_after": 9, "justify": True, "scan": 7, "footnote_size": 8.5,
          "hyphenate_below": 0.9}  # fmt: skip

MINUTES = [
    (
        "2018-12-01  Opening",
        [
            "After a period of open worship, the Clerk read from our Faith and Practice\u00b9 the "
            "passage on the right conduct of business: \u201cWe seek not a majority but the "
            "sense of "
            "the meeting.\u201d",
        ],
    ),
    (
        "2018-12-02  Minutes of Eleventh Month",
        [
            "The minutes of Eleventh Month 11, 2018 were approved as corrected.",
        ],
    ),
    (
        "2018-12-03  Treasurer\u2019s report",
        [
            "Daniel Whitcomb presented the treasurer\u2019s report\u00b2 for the first ten "
            "months of "
            "the year. Contributions stand at $31,480, about $4,000 behind the same time last "
            "year; "
            "the roof repair fund has reached $18,200 of the $25,000 needed. Friends received the "
            "report with thanks.",
        ],
    ),
    (
        "2018-12-04  Request for membership",
        [
            "A clearness committee (Anna Loftus, Theodore Baines and Marian Ostrander) met with "
            "Harriet Quill on Eleventh Month 18 and recommends that she be received into "
            "membership. "
            "Friends approved with joy. Anna Loftus will write to welcome her.",
        ],
    ),
    (
        "2018-12-05  Minute on immigration detention",
        [
            "Peace and Social Concerns Committee brought a draft minute, first read last month. "
            "After "
            "a time of worship in which several Friends spoke of their unease with the wording "
            "of the "
            "last sentence, Friends approved the minute as amended:",
            "Cedar Run Monthly Meeting holds that every person bears that of God within them, and "
            "cannot accept the detention of children on account of their parents\u2019 immigration "
            "status. We ask our representatives to end the practice and we will support those of "
            "our "
            "members who visit detained families.",
            "The Clerk will send the minute to Quarterly Meeting.\u00b3",
        ],
    ),
    (
        "2018-12-06  Closing",
        [
            "The meeting closed in worship at 1:42 p.m., intending to meet again on First Month "
            "13, "
            "2019, at the rise of meeting for worship.",
        ],
    ),
]
NOTES = [
    "\u00b9 Faith and Practice of Philadelphia Yearly Meeting (2017), p. 17.",
    "\u00b2 The full report is filed with these minutes.",
    "\u00b3 Sent Twelfth Month 10. \u2014 R.E.",
]

BLOCKS = [
    ("center", "CEDAR RUN MONTHLY MEETING OF THE RELIGIOUS SOCIETY OF FRIENDS"),
    (
        "center",
        "Minutes of the Meeting for Worship with a Concern for Business\nheld at the Cedar "
        "Run Meetinghouse, Twelfth Month 9, 2018",
    ),
    (
        "p",
        "Friends gathered in worship at 12:15 p.m. Clerk: Ruth Ellington. Recording Clerk: "
        "Samuel Pryor. Twenty-two Friends and one attender were present.",
    ),
]
notes = iter(NOTES)
for heading, paragraphs in MINUTES:
    BLOCKS.append(("heading", heading))
    for text in paragraphs:
        BLOCKS.append(("p", text))
        for _ in range(text.count("\u00b9") + text.count("\u00b2") + text.count("\u00b3")):
            BLOCKS.append(("footnote", next(notes)))
BLOCKS += [
    ("space", 18),
    ("plain", "Ruth Ellington, Clerk\nSamuel Pryor, Recording Clerk"),
]
