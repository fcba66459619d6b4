"""A Dutch regional water authority's general assembly, verbatim report in unofficial English
translation (PDF): the Dutch date "d.d. 09-04-2019" in the running head, members by party group
with initials and Dutch surname particles ("H. van Leeuwen" who speaks as "Mr Van Leeuwen"),
"The chair:" resolved through the attendance, an executive board member by office and surname,
interruptions, a translator's note, a motion put to a show of hands with the count, and the
chair's procedural turns."""

FORMAT = "pdf"
HALF = "heldout5"
METADATA = {
    "title": "Verbatim report AV 09-04-2019 (EN, unofficial)",
    "author": "Griffie",
    "subject": "Algemeen Bestuur",
}
RUNNING_HEAD = (
    "Waterschap Lage Polders \u2013 General Assembly",
    "Verbatim report d.d. 09-04-2019",
)
FOOTER = (
    "Unofficial translation. Only the Dutch verbatim report adopted by the General "
    "Assembly is authentic."
)
LAYOUT = {
    "family": "Helvetica",
    "size": 10,
    "leading": 13.5,
    "space_after": 6,
    "hyphenate_below": 0.85,
}

BLOCKS = [
    ("title", "Verbatim report of the public meeting of the General Assembly"),
    (
        "center",
        (
            "Waterschap Lage Polders (Lage Polders Water Authority)\nCouncil chamber, "
            "Waterschapshuis, Polderweg 1, Lekkerveen"
        ),
    ),
    ("heading", "Present"),
    ("p", [("b", "Chair: "), "Mr J.W. de Graaf, dijkgraaf (chair of the water authority)"]),
    (
        "p",
        [
            ("b", "Members: "),
            "Water Natuurlijk: Mrs A. Bakker, Mr T. Hoekstra, Mrs S. el Amrani; VVD: Mr H. van "
            "Leeuwen, Mr R. Mulder; CDA: Mrs J. Verhoef-Kok; Agricultural seats (Ongebouwd): "
            "Mr G. Brouwer, Mr W. Tuinstra; Nature reserves (Natuurterreinen): Mrs L. Dekker",
        ],
    ),
    (
        "p",
        [
            ("b", "Executive board (dagelijks bestuur): "),
            "Mr P. Visser, heemraad; Mrs M. Jansen, heemraad",
        ],
    ),
    ("p", [("b", "Secretary-director: "), "Mr K. Smit"]),
    ("p", [("b", "Absent with notice: "), "Mr D. Postma (VVD)"]),
    ("heading", "1. Opening"),
    (
        "p",
        [
            ("b", "The chair: "),
            "Good evening, ladies and gentlemen. I open this meeting of the General Assembly. "
            "Mr Postma has sent his apologies. We have a quorum.",
        ],
    ),
    ("heading", "2. Proposal: increase of the water system levy 2020"),
    (
        "p",
        [
            ("b", "The chair: "),
            "The executive board proposes to raise the water system levy by 4.8% in 2020. "
            "I give the floor to Mrs Bakker.",
        ],
    ),
    (
        "p",
        [
            ("b", "Mrs Bakker (Water Natuurlijk): "),
            "Thank you, chair. My group accepts that the dikes along the Lek must be "
            "reinforced and that this costs money. But 4.8% in one year is a lot for "
            "households on a low income. We ask the executive board to look again at the "
            "remission scheme (kwijtschelding) before the levy is set in November.",
        ],
    ),
    (
        "p",
        [
            ("b", "Mr Van Leeuwen (VVD): "),
            "Chair, the VVD cannot support an increase above inflation. The reserve for the "
            "dike programme is \u20ac14 million. We propose to draw on it and keep the "
            "increase to 2.5%.",
        ],
    ),
    (
        "p",
        [
            ("b", "Mrs Bakker (Water Natuurlijk) (interruption): "),
            "Does Mr Van Leeuwen accept that the reserve is needed for the "
            "Schoonhoven section in 2022?",
        ],
    ),
    (
        "p",
        [
            ("b", "Mr Van Leeuwen (VVD): "),
            "Part of it, yes. Not all fourteen million.",
        ],
    ),
    (
        "p",
        [
            ("b", "Mr Brouwer (Ongebouwd): "),
            "The farmers in the polder pay per hectare and have had two dry summers. We "
            "support Mr Van Leeuwen's amendment.",
        ],
    ),
    (
        "p",
        [
            (
                "i",
                "[Translator's note: \u201cOngebouwd\u201d is the category of agricultural and "
                "other undeveloped land whose owners elect members to specific seats.]",
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "Board member Visser: "),
            "Chair, the executive board advises against the amendment. If we use the "
            "reserve now, we will have to borrow for Schoonhoven in 2022 at a rate we do "
            "not know. On the remission scheme, I will gladly come back to the committee "
            "in September, as Mrs Bakker asks.",
        ],
    ),
    (
        "p",
        [
            ("b", "The chair: "),
            "Then I put the amendment of Mr Van Leeuwen to the vote. Those in favour, raise "
            "your hand.",
        ],
    ),
    (
        "p",
        [
            (
                "i",
                "The amendment is supported by the members of the VVD and of the "
                "Agricultural seats (4 votes) and rejected (5 votes against).",
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "The chair: "),
            "The amendment is rejected. I now put the proposal unamended. The proposal is "
            "adopted, with the votes of the VVD and the Agricultural seats recorded against.",
        ],
    ),
    ("heading", "3. Closing"),
    (
        "p",
        [
            ("b", "The chair: "),
            "I thank you for your contributions and close the meeting. It is 21.47 hours.",
        ],
    ),
    ("space", 18),
    ("p", "Adopted in the meeting of 14 May 2019."),
    ("p", "The secretary-director,                                The chair,"),
    ("p", "K. Smit                                                          J.W. de Graaf"),
]
