"""A zoning board hearing taken down by a court reporter (Word): small caps, em dashes."""

FORMAT = "docx"
HALF = "dev"
METADATA = {
    "title": "ZBA 2017-14 Hill transcript",
    "author": "Hudson Valley Reporting Services",
    "subject": "Public hearing transcript",
}
FOOTER = "Hudson Valley Reporting Services \u2022 (845) 555-0142 \u2022 hvreporting@example.com"

# (label as typed, in small capitals, or None for a continuation; text)
TURNS = [
    (
        "Chairman Ross",
        "Good evening. This is a public hearing of the Town of Millbrook Zoning "
        "Board of Appeals on Appeal Number 2017-14, the application of Brian and Kelly Hill, 42 "
        "Orchard Lane, for an area variance of 12 feet from the 40-foot rear yard setback to build "
        "a one-story addition. The notice was published in the Millbrook Register on September "
        "8th, and the neighbors within 500 feet were notified by certified mail.",
    ),
    ("Chairman Ross", "Mr. Hill, would you like to present the application?"),
    (
        "Mr. Hill",
        "Thank you, Mr. Chairman. We have two children and my mother is moving in with "
        "us in the spring. She uses a wheelchair, so we need a bedroom and a bathroom on the "
        "ground "
        "floor. The lot is only 110 feet deep, so there is nowhere else to put it.",
    ),
    (
        None,
        "We looked at building up instead, but she can't manage stairs, and a lift would cost "
        "more than the addition itself.",
    ),
    ("Ms. Ellis", "How close would the addition come to the back lot line?"),
    (
        "Mr. Hill",
        "Twenty-eight feet. There is a row of arborvitae along the line that we would keep.",
    ),
    (
        "Mrs. Hill",
        "And we would have the plans drawn so that there are no windows facing the "
        "back, only the side.",
    ),
    ("Mr. Kowal", "Mr. Pike, has the building department reviewed the drawings?"),
    (
        "Mr. Pike",
        "We have. Apart from the setback, the addition complies: lot coverage would be "
        "31 percent, under the 35 percent maximum.",
    ),
    (
        "Chairman Ross",
        "Is there anyone from the public who wishes to speak? Please come to the "
        "microphone and state your name and address for the record.",
    ),
    (
        "Mrs. DeLuca",
        "Rose DeLuca, 44 Orchard Lane, next door. I have no objection. I would only "
        "ask that the construction trucks not block my driveway, which happened when they did the "
        "pool.",
    ),
    (
        "Chairman Ross",
        "Thank you, Mrs. DeLuca. Anyone else? Seeing no one, I will close the "
        "public hearing. Ms. Farrell, anything before we vote?",
    ),
    (
        "Ms. Farrell",
        "Only that the Board should state its findings on the five statutory "
        "factors, which the draft resolution in front of you does.",
    ),
    (
        "Ms. Nguyen-Baker",
        "I will vote against. I sympathize with the family, but a 12-foot "
        "variance is 30 percent of the setback, and the hardship is self-created: the lot was this "
        "size when they bought it.",
    ),
    ("Chairman Ross", "Is there a motion?"),
    (
        "Mr. Kowal",
        "I move to grant the variance as applied for, with the findings in the draft "
        "resolution and the condition that no windows face the rear lot line.",
    ),
    ("Ms. Ellis", "Second."),
    ("Chairman Ross", "Roll call, please."),
    ("Ms. Ellis", "Aye."),
    ("Mr. Kowal", "Aye."),
    ("Ms. Nguyen-Baker", "Nay."),
    ("Chairman Ross", "Aye. The variance is granted, three to one. Thank you, everyone."),
]

BLOCKS = [
    ("boldhead", "TOWN OF MILLBROOK"),
    ("boldhead", "ZONING BOARD OF APPEALS"),
    ("p", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - x"),
    (
        "p",
        "In the Matter of the Application of\nBRIAN HILL and KELLY HILL,\n42 Orchard Lane, "
        "Section 6, Block 2, Lot 14,\nfor an Area Variance.\t\tAppeal No. 2017-14",
    ),
    ("p", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - x"),
    ("p", "PUBLIC HEARING"),
    (
        "p",
        "Millbrook Town Hall\n3 Main Street\nMillbrook, New York\nSeptember 20, 2017\n7:02 p.m.",
    ),
    ("p", "B E F O R E:"),
    (
        "p",
        "ANTHONY ROSS, Chairman\nMARGARET ELLIS, Member\nDENNIS KOWAL, Member\n"
        "PATRICE NGUYEN-BAKER, Member",
    ),
    ("p", "A L S O   P R E S E N T:"),
    ("p", "SUSAN FARRELL, ESQ., Counsel to the Board\nGARY PIKE, Building Inspector"),
    ("pagebreak", None),
]
for label, text in TURNS:
    if label:
        BLOCKS.append(("p", [("bsc", label), " \u2014 " + text]))
    else:
        BLOCKS.append(("p", text))
BLOCKS += [
    ("p", "(Whereupon, the hearing was concluded at 7:41 p.m.)"),
    ("pagebreak", None),
    ("boldhead", "C E R T I F I C A T E"),
    (
        "p",
        "I, DONNA M. REILLY, a Shorthand Reporter and Notary Public within and for the State of "
        "New York, do hereby certify that the foregoing is a true and accurate transcript of the "
        "proceedings as taken stenographically by me at the time and place noted.",
    ),
    ("p", "________________________\nDONNA M. REILLY"),
]
