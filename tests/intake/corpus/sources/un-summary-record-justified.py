"""A UN summary record as a PDF: justified, numbered third-person paragraphs, a footnote."""

FORMAT = "pdf"
HALF = "heldout"
METADATA = {
    "title": "E/AC.51/2018/SR.5",
    "author": "United Nations",
    "subject": "Committee for Programme and Coordination, Summary record of the 5th meeting",
}
RUNNING_HEAD = ("E/AC.51/2018/SR.5", "")
FOOTER = "18-09517 (E)    120618"
LAYOUT = {"family": "Times", "size": 10.5, "leading": 13, "first_indent": 0, "space_after": 6,
          "justify": True, "hyphenate_below": 0.92, "footnote_size": 8}  # fmt: skip

PARAGRAPHS = [
    "The Chair invited the Committee to consider the report of the Office of Internal Oversight "
    "Services on the evaluation of the Office for the Coordination of Humanitarian Affairs "
    "(E/AC.51/2018/7).",
    "Ms. Lindahl (Director, Inspection and Evaluation Division, Office of Internal Oversight "
    "Services), introducing the report, said that the evaluation had assessed the relevance and "
    "effectiveness of the Office\u2019s coordination of pooled funds from 2014 to 2017. Country-"
    "based pooled funds had grown from $460 million to $836 million over the period, and "
    "partners had found them faster and more flexible than bilateral funding.",
    "The evaluation made four recommendations: to publish allocation criteria for each fund; to "
    "shorten the review of small grants; to increase the share of funding that went directly to "
    "national non-governmental organizations; and to report results against a common framework. "
    "All four had been accepted.",
    "Mr. Ould Hamadi (Mauritania), speaking on behalf of the Group of 77 and China, said that "
    "the Group welcomed the report but regretted that only 24 per cent of pooled funding reached "
    "national organizations directly, far below the 2016 commitment of 25 per cent for all "
    "humanitarian funding by 2020.",
    "Mr. Kaneko (Japan) asked how the Office would measure results across funds that operated in "
    "very different contexts, and whether a common framework risked reducing reporting to the "
    "lowest common denominator.",
    "Ms. Ferreira da Silva (Brazil) said that her delegation supported recommendation 3 and "
    "requested that the next report disaggregate direct funding by the type of national "
    "organization, including women-led organizations.",
    "Ms. Lindahl (Director, Inspection and Evaluation Division, Office of Internal Oversight "
    "Services) said that the common framework would set a small number of shared indicators, "
    "with each fund free to add its own. The Office had agreed to report disaggregated figures "
    "from 2019.",
    "The Chair said that the Committee would resume its consideration of the item at a later "
    "meeting, when the draft conclusions and recommendations had been circulated.",
]

BLOCKS = [
    ("plain", "United Nations\nE/AC.51/2018/SR.5"),
    ("plain", "Economic and Social Council\nDistr.: General\n12 June 2018\nOriginal: English"),
    ("heading", "Committee for Programme and Coordination"),
    ("plain", "Fifty-eighth session"),
    ("plain", [("b", "Summary record of the 5th meeting*")]),
    ("footnote", "* No summary records were issued for the 1st to 4th meetings."),
    ("plain", "Held at Headquarters, New York, on Tuesday, 5 June 2018, at 3 p.m."),
    ("plain", "Chair: Ms. Petrova . . . . . . . . . . . . . . . . . . . . . . . . (Bulgaria)"),
    ("heading", "Contents"),
    ("plain", "Programme questions: evaluation (continued)"),
    (
        "plain",
        [
            (
                "i",
                "This record is subject to correction. Corrections should be submitted in one "
                "of the working languages and sent as soon as possible, under the signature "
                "of a member of the delegation concerned, to the Chief of the Documents "
                "Management Section (dms@un.org).",
            )
        ],
    ),
    ("p", [("i", "The meeting was called to order at 3.05 p.m.")]),
    ("heading", "Programme questions: evaluation (continued) (E/AC.51/2018/7)"),
]
for number, text in enumerate(PARAGRAPHS, start=1):
    BLOCKS.append(("number", text, f"{number}."))
BLOCKS.append(("p", [("i", "The public part of the meeting rose at 4.50 p.m.")]))
