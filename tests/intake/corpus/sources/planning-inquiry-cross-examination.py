"""A planning appeal inquiry transcribed to Word: cross-examination as Q./A. under headings naming
examiner and witness."""

FORMAT = "docx"
HALF = "heldout7"
METADATA = {
    "title": "APP-W-19-3225561 Day 2 transcript",
    "author": "Marlow Transcription Services",
    "subject": "Brook Farm inquiry",
}
HEADER = "Appeal Ref: APP/W3520/W/19/3225561 \u2013 Land at Brook Farm, Wetherden \u2013 Day 2"
FOOTER = "Marlow Transcription Services Ltd \u2013 Approved transcript"

BLOCKS = [
    ("p", [("b", "THE PLANNING INSPECTORATE")]),
    (
        "title",
        (
            "TOWN AND COUNTRY PLANNING ACT 1990 \u2013 SECTION 78\nAPPEAL BY "
            "BROOKVALE HOMES LTD\nLAND AT BROOK FARM, WETHERDEN"
        ),
    ),
    ("heading", "PUBLIC INQUIRY \u2013 DAY 2", 1),
    (
        "p",
        (
            "Held at the Council Chamber, Mid Wetherden District Council Offices, "
            "Harrowgate Road, Wetherden, on Wednesday 16 October 2019"
        ),
    ),
    (
        "p",
        [
            ("b", "Before: "),
            ("Ms Helen Radcliffe BA(Hons) MRTPI, an Inspector appointed by the Secretary of State"),
        ],
    ),
    ("heading", "Appearances", 2),
    (
        "p",
        (
            "For the Appellant (Brookvale Homes Ltd): Mr Colm Dunne of Counsel. He "
            "called Ms Gwen Arkwright CMLI, Director, Arkwright Landscape Planning."
        ),
    ),
    (
        "p",
        (
            "For the Local Planning Authority (Mid Wetherden District Council): Ms "
            "Priyanka Sethi, Solicitor. She called Mr Andrew Pelham MRTPI, "
            "Principal Planning Officer."
        ),
    ),
    ("pagebreak", ""),
    ("p", "(10.00 am)"),
    (
        "p",
        [
            ("b", "THE INSPECTOR: "),
            (
                "Good morning. We resume the inquiry with the Council's planning "
                "evidence. Ms Sethi, I think Mr Pelham is your first witness today."
            ),
        ],
    ),
    ("p", [("b", "MS SETHI: "), "He is, madam. I call Mr Andrew Pelham."]),
    ("boldhead", "MR ANDREW PELHAM, sworn"),
    ("boldhead", "Examined by MS SETHI"),
    (
        "p",
        (
            "Q.  Mr Pelham, you have a proof of evidence dated 17 September. Is it "
            "true to the best of your knowledge and belief?"
        ),
    ),
    ("p", "A.  It is."),
    ("p", "Q.  In one sentence, what is the Council's objection to the scheme?"),
    (
        "p",
        (
            "A.  That 140 houses on open countryside outside the settlement "
            "boundary would cause harm to the landscape setting of Wetherden that "
            "is not outweighed by the benefits, given that the Council can show a "
            "five-year supply of housing land."
        ),
    ),
    ("p", [("b", "MS SETHI: "), "Thank you. Please wait there; Mr Dunne will have questions."]),
    ("boldhead", "Cross-examined by MR DUNNE"),
    (
        "p",
        (
            "Q.  Mr Pelham, your five-year supply figure is 5.2 years. That "
            "includes 310 dwellings at the former Coldwell depot, does it not?"
        ),
    ),
    ("p", "A.  It does."),
    ("p", "Q.  And that site has no planning permission and no developer?"),
    (
        "p",
        (
            "A.  It is allocated in the local plan, and the Council is in "
            "discussions with a housing association."
        ),
    ),
    (
        "p",
        (
            "Q.  Discussions. Is there any clear evidence, in the sense the "
            "Framework uses, that completions will begin on that site within five "
            "years?"
        ),
    ),
    (
        "p",
        (
            "A.  There is a signed statement of common ground with the landowner, "
            "which is at core document 7.4."
        ),
    ),
    (
        "p",
        (
            'Q.  Which says, at paragraph 3, that the landowner "intends to '
            'explore disposal options". That is not clear evidence of delivery, '
            "is it?"
        ),
    ),
    (
        "p",
        (
            "A.  I accept it is not the strongest evidence. I would not accept "
            "that it is no evidence."
        ),
    ),
    ("p", ("Q.  If the depot comes out, the supply is 4.6 years. You agree with the arithmetic?")),
    ("p", "A.  I agree with the arithmetic, not with the premise."),
    (
        "p",
        [
            ("b", "THE INSPECTOR: "),
            (
                "Mr Pelham, on the arithmetic only: does the 4.6 years include the 20 "
                "per cent buffer?"
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "THE WITNESS: "),
            (
                "It includes a 5 per cent buffer, madam. The Council passed the "
                "Housing Delivery Test, so 20 per cent does not apply."
            ),
        ],
    ),
    ("p", [("b", "THE INSPECTOR: "), "Thank you. Carry on, Mr Dunne."]),
    ("p", "Q.  Turning to landscape. You are not a landscape architect?"),
    ("p", "A.  No. I rely on the Council's landscape character assessment."),
    ("p", "Q.  Which rates the appeal site as of medium sensitivity, not high?"),
    (
        "p",
        (
            "A.  Medium, yes; but it is the gap between Wetherden and Lower Brook "
            "that gives it its value."
        ),
    ),
    ("p", [("b", "MRS FOSTER (from the floor): "), "It's the only gap left!"]),
    (
        "p",
        [
            ("b", "THE INSPECTOR: "),
            ("Mrs Foster, you will have your turn this afternoon. Please let the witness answer."),
        ],
    ),
    ("p", [("b", "MR DUNNE: "), "I have no further questions."]),
    ("boldhead", "Re-examined by MS SETHI"),
    (
        "p",
        (
            "Q.  You were asked about the depot. Has anything happened since the "
            "statement of common ground was signed?"
        ),
    ),
    (
        "p",
        (
            "A.  Yes. The housing association's board approved the acquisition on "
            "4 October. I have the minute here and can hand it up."
        ),
    ),
    (
        "p",
        [
            ("b", "THE INSPECTOR: "),
            (
                "Please do. Mr Dunne, you may want a moment to look at it. We will "
                "take fifteen minutes."
            ),
        ],
    ),
    ("p", "(Short adjournment)"),
    ("p", "(11.42 am)"),
    (
        "p",
        [
            ("b", "MR DUNNE: "),
            (
                "Madam, I have read the minute. I do not object to it going in, but I "
                "will address its weight in closing."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "THE INSPECTOR: "),
            ("Thank you. It will be document ID14. Mr Pelham, thank you, you are released."),
        ],
    ),
    ("p", "(Luncheon adjournment)"),
    ("p", "(2.00 pm)"),
    (
        "p",
        [
            ("b", "THE INSPECTOR: "),
            (
                "Mrs Foster, you wished to speak as an interested person. Please come "
                "to the table and give your name and address for the record."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "MRS FOSTER: "),
            (
                "Eileen Foster, 3 Mill Lane, Wetherden. I am secretary of the "
                "Wetherden Village Society, and I speak for the 212 people who signed "
                "our letter."
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "MRS FOSTER: "),
            (
                "Brook Farm is the last field between us and Lower Brook. Walk the "
                "footpath from the church and you see open country all the way to the "
                "river. Put 140 houses there and the two villages join."
            ),
        ],
    ),
    (
        "p",
        (
            "The school is full. The surgery has closed its list. And the lane "
            "floods every winter; I have photographs from January, which I have "
            "given to the Inspector's assistant."
        ),
    ),
    (
        "p",
        [
            ("b", "THE INSPECTOR: "),
            (
                "Thank you. Do the photographs show the lane at the point where the "
                "new access would join it?"
            ),
        ],
    ),
    ("p", [("b", "MRS FOSTER: "), "Two of them do, madam, the ones marked with a cross."]),
    (
        "p",
        [
            ("b", "MR DUNNE: "),
            (
                "Mrs Foster, may I ask one question? Are you aware that the scheme "
                "includes a drainage pond that would hold back water from the field?"
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "MRS FOSTER: "),
            (
                "I am aware there is a pond on the drawing. I am not aware that a pond "
                "has ever stopped that lane flooding."
            ),
        ],
    ),
    ("p", [("b", "THE INSPECTOR: "), "Thank you, Mrs Foster. Mr Dunne, your landscape witness."]),
    ("p", [("b", "MR DUNNE: "), "I call Ms Gwen Arkwright."]),
    ("boldhead", "MS GWEN ARKWRIGHT, affirmed"),
    ("boldhead", "Examined by MR DUNNE"),
    (
        "p",
        (
            "Q.  Ms Arkwright, is your proof of evidence true and are the opinions "
            "in it your own professional opinions?"
        ),
    ),
    ("p", "A.  They are."),
    ("p", ("Q.  You heard Mrs Foster speak of the two villages joining. Would they?")),
    (
        "p",
        (
            "A.  No. The scheme keeps a belt of open land 180 metres wide along "
            "the river, which the appellant offers to transfer to the parish "
            "council. From the church path you would still see open land in front "
            "of Lower Brook."
        ),
    ),
    ("p", "Q.  And the effect on the landscape character area as a whole?"),
    (
        "p",
        (
            "A.  Moderate adverse at year one, reducing to minor adverse at year "
            "fifteen as the planting matures. That is a localised effect, not a "
            "harm to the character area."
        ),
    ),
    ("boldhead", "Cross-examined by MS SETHI"),
    (
        "p",
        (
            "Q.  Ms Arkwright, your viewpoint 4 is taken from the church path. In "
            "which month was the photograph taken?"
        ),
    ),
    ("p", "A.  In August."),
    ("p", ("Q.  With the hedgerows in full leaf. The path is used all year round, is it not?")),
    (
        "p",
        (
            "A.  It is. I accept that in winter the houses on the upper part of "
            "the site would be more visible."
        ),
    ),
    (
        "p",
        (
            "Q.  The guidelines you rely on say that winter views should be shown "
            "where the effect is likely to be greater. You did not show one."
        ),
    ),
    (
        "p",
        (
            "A.  I did not produce a winter photomontage for that viewpoint. I "
            "assessed the winter view on site and I describe it at paragraph 6.14."
        ),
    ),
    (
        "p",
        (
            "Q.  You describe the 180-metre belt as keeping the villages apart. "
            "The local plan's settlement gap policy speaks of the gap as a whole, "
            "not of a belt within it?"
        ),
    ),
    (
        "p",
        (
            "A.  The policy speaks of the gap's function, which is to stop the "
            "villages being perceived as one. The belt performs that function."
        ),
    ),
    ("p", "Q.  The belt would be a third of the present gap."),
    ("p", "A.  About a third, yes."),
    ("p", [("b", "MS SETHI: "), "Thank you. Nothing further."]),
    ("boldhead", "Re-examined by MR DUNNE"),
    ("p", ("Q.  Ms Arkwright, would a winter photomontage have changed your conclusion?")),
    (
        "p",
        (
            "A.  No. It would have shown more of the roofs at year one, which my "
            "assessment already allows for."
        ),
    ),
    (
        "p",
        [
            ("b", "THE INSPECTOR: "),
            (
                "One question from me. Is the planting in the belt secured by "
                "condition or by the section 106 agreement?"
            ),
        ],
    ),
    (
        "p",
        [
            ("b", "THE WITNESS: "),
            "By the agreement, madam, with a management plan for thirty years.",
        ],
    ),
    (
        "p",
        [
            ("b", "THE INSPECTOR: "),
            (
                "Thank you, Ms Arkwright, you are released. We will hear the round "
                "table on conditions at ten tomorrow. The inquiry is adjourned."
            ),
        ],
    ),
    ("p", ("(The inquiry adjourned at 4.35 pm until 10.00 am on Thursday 17 October 2019)")),
]
