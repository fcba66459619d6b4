"""A First Nation's Chief and Council meeting (Word): narrative with Band Council Resolutions."""

FORMAT = "docx"
HALF = "heldout3"
METADATA = {
    "title": "C&C Minutes June 11 2019 DRAFT",
    "author": "Band Administration",
    "subject": "Chief and Council Regular Meeting",
}
HEADER = "Wapiskaw Lake Cree Nation \u2013 Chief and Council \u2013 DRAFT until approved"
FOOTER = "Confidential to Chief and Council and Band membership"

BLOCKS = [
    ("title", "Wapiskaw Lake Cree Nation"),
    ("styled", "Chief and Council Regular Meeting \u2013 Minutes", "Subtitle"),
    (
        "p",
        (
            "Tuesday, June 11, 2019, 10:00 a.m., Band Office Council Chambers, 1 Mission "
            "Road, Wapiskaw Lake, Saskatchewan"
        ),
    ),
    ("boldhead", "Chief and Council Present"),
    ("bullet", "Chief Marion Redsky"),
    ("bullet", "Councillor Gordon Bighetty"),
    ("bullet", "Councillor Sheila Merasty"),
    ("bullet", "Councillor Darren Ballantyne"),
    ("boldhead", "Regrets"),
    ("bullet", "Councillor Evelyn Cook (medical)"),
    ("boldhead", "Staff"),
    ("bullet", "Walter Linklater, Band Administrator"),
    ("bullet", "Janine Settee, Finance Officer"),
    ("bullet", "Kerry Morin, Recording Secretary"),
    ("heading", "1. Opening Prayer and Call to Order"),
    (
        "p",
        (
            "Elder Rose Ballantyne opened the meeting with a prayer in Cree. Chief Redsky "
            "called the meeting to order at 10:12 a.m. Quorum was confirmed."
        ),
    ),
    ("heading", "2. Adoption of Agenda"),
    (
        "p",
        (
            "Moved by Councillor Merasty, seconded by Councillor Bighetty, that the agenda be "
            "adopted with the addition of item 7(b), Treaty Day."
        ),
    ),
    ("p", "CARRIED"),
    ("heading", "3. Housing Report"),
    (
        "p",
        [
            (
                "The Band Administrator reported that the six new units on Spruce Crescent are "
                "framed and will be ready for "
            ),
            ("del", "August"),
            ("ins", "September"),
            (" occupancy. The housing committee has received 38 applications for the six units."),
        ],
    ),
    (
        "p",
        (
            "Councillor Ballantyne said that families with children living in overcrowded "
            "homes must come first, and asked that the housing committee publish its points "
            "system before the units are allocated."
        ),
    ),
    (
        "p",
        (
            "Chief Redsky agreed and directed the Band Administrator to post the points system "
            "at the Band Office and on the Nation\u2019s Facebook page."
        ),
    ),
    ("heading", "4. Band Council Resolutions"),
    (
        "p",
        [
            ("b", "BCR 2019-031"),
            (
                " \u2013 Moved by Councillor Bighetty, seconded by Councillor Ballantyne, that "
                "Chief and Council approve the application to Indigenous Services Canada for "
                "$1,240,000 under the First Nation Infrastructure Fund for the replacement "
                "of the water treatment plant filters."
            ),
        ],
    ),
    ("p", "CARRIED unanimously"),
    (
        "p",
        [
            ("b", "BCR 2019-032"),
            (
                " \u2013 Moved by Councillor Merasty, seconded by Councillor Bighetty, that "
                "Chief and Council designate Janine Settee as a signing authority on the "
                "Nation\u2019s operating account in place of the former Finance Officer."
            ),
        ],
    ),
    ("p", "CARRIED"),
    ("heading", "5. Finance"),
    (
        "p",
        (
            "The Finance Officer presented the year-end position to March 31, 2019. The Nation "
            "ended the year with a surplus of $212,400 on own-source revenue, most of it from "
            "the gas bar. The audit will be completed by July 29 as required under the "
            "funding agreement."
        ),
    ),
    (
        "p",
        (
            "Councillor Bighetty asked that part of the surplus go to the youth hockey "
            "program. The Chief said that Council would decide on the use of the surplus "
            "once the audit is complete."
        ),
    ),
    ("heading", "6. Treaty Day"),
    (
        "p",
        (
            "Treaty Day will be held on July 18 at the ball diamond. Councillor Merasty will "
            "coordinate with the RCMP detachment for the treaty payments and the feast."
        ),
    ),
    ("heading", "7. Adjournment"),
    (
        "p",
        (
            "Moved by Councillor Ballantyne, seconded by Councillor Merasty, that the meeting "
            "be adjourned at 12:40 p.m."
        ),
    ),
    ("p", "CARRIED"),
    ("plain", "Approved: ____________________  Chief Marion Redsky"),
]
