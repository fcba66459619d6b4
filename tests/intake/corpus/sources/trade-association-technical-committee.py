"""A UK trade association's technical committee (Word): the competition law reminder in the
header, held on Microsoft Teams, an attendance table with company and initials and a
Present/Apologies column, minute numbers run into the headings, narrative by initials with the
company in brackets, a tracked correction, an exported comment, Action lines and an action
table."""

FORMAT = "docx"
HALF = "heldout5"
METADATA = {
    "title": "TC minutes 2019-07 DRAFT v2",
    "author": "Karen Mistry",
    "subject": "BASF-ed Technical Committee",
}
HEADER = (
    "COMPETITION LAW: Members must not discuss prices, margins, terms of supply, customers or "
    "market shares. Any member with a concern should raise it with the Chair at once."
)
FOOTER = (
    "British Adhesives and Sealants Federation \u00b7 Technical Committee \u00b7 TC/19/03 "
    "\u00b7 DRAFT"
)

BLOCKS = [
    ("title", "Technical Committee \u2013 Minutes"),
    (
        "p",
        (
            "Meeting TC/19/03, held on Wednesday 10th July 2019 at 10:00 by Microsoft Teams. "
            "Chair: Dr Alan Forsyth (AF)."
        ),
    ),
    (
        "table",
        [
            ["Name", "Company", "Initials", "Attendance"],
            ["Dr Alan Forsyth", "Carrow Polymers Ltd (Chair)", "AF", "Present"],
            ["Bethan Rhys", "Tenby Sealants", "BR", "Present"],
            ["Dr Olu Adebayo", "Kensal Chemicals plc", "OA", "Present"],
            ["Graham Pettit", "Pettit & Lowe Adhesives", "GP", "Present"],
            ["Sunita Chauhan", "Mercia Coatings Ltd", "SC", "Apologies"],
            ["Karen Mistry", "BASF-ed (Secretariat)", "KM", "Present"],
            ["Lewis Hartnell", "BASF-ed (Regulatory Affairs)", "LH", "Present (TC 19/22 only)"],
        ],
    ),
    ("heading", "TC 19/20  Welcome and competition law statement", 2),
    (
        "p",
        (
            "AF welcomed members and reminded them of the competition law statement on the "
            "agenda. No member raised a concern. No interests were declared."
        ),
    ),
    ("heading", "TC 19/21  Minutes of the meeting of 3rd April 2019", 2),
    (
        "p",
        [
            "The minutes were agreed subject to one correction: at TC 19/15 the closing date "
            "of the consultation was ",
            ("del", "30 June"),
            ("ins", "31 May"),
            ", not as printed.",
        ],
    ),
    ("heading", "TC 19/22  Diisocyanates restriction \u2013 training obligations", 2),
    (
        "p",
        [
            "LH reported that the REACH restriction on diisocyanates would apply from August "
            "2023 and that industrial and professional users handling products above 0.1% "
            "would need certified training. The Federation's ",
            ("comment", "e-learning module", "KM: check the name with the Training Group"),
            " was on track for launch in spring 2020.",
        ],
    ),
    (
        "p",
        (
            "BR (Tenby Sealants) said that small installers, many of them sole traders, "
            "would not know the rule applied to them. She asked whether the Federation could "
            "put a standard label wording on its website for members to use."
        ),
    ),
    (
        "p",
        (
            "OA (Kensal Chemicals) supported this and said that the European association "
            "already had a draft text, which could be adapted for the UK."
        ),
    ),
    (
        "p",
        "Action: LH to circulate the European draft label text and the UK adaptation by 31st July.",
    ),
    ("heading", "TC 19/23  Test method for open time (BS EN 14022)", 2),
    (
        "p",
        (
            "GP (Pettit & Lowe) reported on the round-robin test between five member "
            "laboratories. Results for open time varied by up to 40% between laboratories, "
            "mainly because of differences in the humidity of the test room."
        ),
    ),
    (
        "p",
        (
            "The Committee agreed to propose to BSI that the method specify 50 \u00b1 5% relative "
            'humidity rather than "ambient conditions".'
        ),
    ),
    ("p", "Action: GP to draft the comment for the BSI committee; KM to submit it."),
    ("heading", "TC 19/24  Any other business", 2),
    (
        "p",
        (
            "AF reported that he would step down as Chair at the end of the year. KM would "
            "invite nominations with the papers for the October meeting."
        ),
    ),
    ("heading", "TC 19/25  Date of next meeting", 2),
    ("p", "Wednesday 9th October 2019, 10:00, Federation House, London."),
    ("heading", "Actions", 2),
    (
        "table",
        [
            ["Minute", "Action", "Owner", "Due"],
            ["TC 19/22", "Circulate draft label text (EU and UK)", "LH", "31/07/2019"],
            [
                "TC 19/23",
                "Draft and submit comment on open-time method to BSI",
                "GP / KM",
                "30/08/2019",
            ],
            ["TC 19/24", "Invite nominations for Chair", "KM", "With October papers"],
        ],
    ),
]
