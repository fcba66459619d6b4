"""Formal foundation minutes (PDF): the date in words, Times, first-line indents, two pages."""

FORMAT = "pdf"
HALF = "heldout"
METADATA = {
    "title": "Minutes of the Annual Meeting of the Board of Trustees",
    "author": "The Corcoran-Whitley Fund",
    "subject": "Annual meeting 2021",
}
RUNNING_HEAD = ("THE CORCORAN-WHITLEY FUND", "Minutes of the Annual Meeting")
FOOTER = "Confidential \u2014 for the use of Trustees"
LAYOUT = {"family": "Times", "size": 12, "leading": 16, "first_indent": 30, "space_after": 6,
          "margin": 72, "hyphenate_below": 0.93}  # fmt: skip

BLOCKS = [
    ("title", "THE CORCORAN-WHITLEY FUND"),
    ("plain", "MINUTES OF THE ANNUAL MEETING OF THE BOARD OF TRUSTEES"),
    (
        "p",
        "The annual meeting of the Board of Trustees of The Corcoran-Whitley Fund, a New York "
        "not-for-profit corporation, was held on the fourteenth day of December, two thousand "
        "and twenty-one, at the offices of the Fund, 575 Lexington Avenue, New York, New "
        "York, pursuant to notice duly given.",
    ),
    (
        "p",
        "The following Trustees, constituting a quorum, were present: Eleanor Whitley "
        "Barrington, Chair; Jonathan P. Corcoran III; Marguerite Delacroix-Hayes; Dr. Samuel "
        "Oyewole; and Rebecca Tennant-Liu. Absent: Franklin Moss. Also present by invitation: "
        "Harriet Quill, Executive Director, and Anthony Ruggiero, Esq., of Ruggiero & Bloom "
        "LLP, counsel to the Fund.",
    ),
    (
        "p",
        "Mrs. Barrington called the meeting to order at 9:30 a.m. and acted as chair of the "
        "meeting. Ms. Quill acted as secretary of the meeting.",
    ),
    ("heading", "Election of Trustees"),
    ("p", "Upon motion duly made and seconded, the following resolution was unanimously adopted:"),
    (
        "p",
        "RESOLVED, that Marguerite Delacroix-Hayes and Dr. Samuel Oyewole be, and each of "
        "them hereby is, re-elected as a Trustee of the Fund for a term of three years "
        "expiring at the annual meeting to be held in December 2024.",
    ),
    ("heading", "Report of the Executive Director"),
    (
        "p",
        "Ms. Quill reported that the Fund had made 64 grants during the fiscal year, "
        "totalling $7,912,500, of which 41 per cent supported organizations in the "
        "Fund\u2019s priority neighborhoods in the Bronx. She noted that applications had "
        "increased by nearly a third, and that the staff had introduced a shorter "
        "application form for grants under $25,000.",
    ),
    (
        "p",
        "In response to a question from Mr. Corcoran, Ms. Quill confirmed that the average "
        "time between an application and a decision had fallen from fourteen weeks to nine.",
    ),
    ("heading", "Spending Policy"),
    (
        "p",
        "Mr. Ruggiero summarized the requirements of the applicable prudent-investor "
        "legislation. After discussion, upon motion duly made and seconded, it was",
    ),
    (
        "p",
        "RESOLVED, that the Fund\u2019s annual spending rate for fiscal year 2022 be set at "
        "five per cent of the average market value of its endowment over the preceding "
        "twelve quarters.",
    ),
    (
        "p",
        "Dr. Oyewole asked that the minutes record his view that the Board should consider a "
        "higher rate in years of exceptional community need.",
    ),
    ("heading", "Adjournment"),
    (
        "p",
        "There being no further business, the meeting was, upon motion duly made, seconded "
        "and unanimously carried, adjourned at 11:15 a.m.",
    ),
    ("plain", "Harriet Quill, Secretary of the Meeting"),
]
