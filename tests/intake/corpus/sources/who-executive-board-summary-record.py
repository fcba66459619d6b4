"""A WHO-style Executive Board summary record (PDF, two columns): third person, footnotes."""

FORMAT = "pdf"
HALF = "heldout2"
METADATA = {
    "title": "EB144/SR/4",
    "author": "World Health Organization",
    "subject": "Provisional summary record of the fourth meeting",
}
RUNNING_HEAD = ("EB144/SR/4", "EXECUTIVE BOARD, 144TH SESSION")
FOOTER = "= = ="
LAYOUT = {
    "family": "Times",
    "size": 10,
    "leading": 12.5,
    "columns": 2,
    "first_indent": 12,
    "space_after": 5,
    "hyphenate_below": 0.9,
}

BLOCKS = [
    ("plain", [("b", "EXECUTIVE BOARD")]),
    ("plain", "144th session\nGeneva, 1 February 2019"),
    ("center", [("b", "PROVISIONAL SUMMARY RECORD OF THE FOURTH MEETING\u00b9")]),
    (
        "footnote",
        (
            "\u00b9 Corrections to this provisional summary record should be sent "
            "to the Records Service within five working days of its distribution."
        ),
    ),
    ("center", "WHO headquarters, Geneva\nWednesday, 30 January 2019, at 14:30"),
    ("center", "Chair: Dr A. LINDQVIST (Sweden)"),
    (
        "heading",
        (
            "1. PRIMARY HEALTH CARE: Item 5.3 of the provisional agenda (document "
            "EB144/12) (continued)"
        ),
    ),
    (
        "p",
        (
            "The CHAIR invited the Board to continue its consideration of the "
            "report on primary health care and of the draft resolution proposed by "
            "Ghana, Indonesia and Sweden."
        ),
    ),
    (
        "p",
        (
            "Dr OKONKWO (Nigeria) said that his country had increased the number "
            "of primary health care centres with a functioning midwife from 41% to "
            "63% in four years, but that the gains were fragile: one in five of "
            "the centres had no reliable electricity. The draft resolution should "
            "call for investment in infrastructure as well as in the workforce."
        ),
    ),
    (
        "p",
        (
            "Ms VALDERRAMA (Colombia), speaking on behalf of the Member States of "
            "the Region of the Americas, supported the draft resolution. The "
            "report should give more attention to the social determinants of "
            "health and to the participation of communities in the planning of "
            "services."
        ),
    ),
    (
        "p",
        (
            "Mr H\u00c4M\u00c4L\u00c4INEN (Finland), speaking on behalf of the "
            "European Union and its Member States, said that primary health care "
            "was the foundation of universal health coverage. The Secretariat "
            "should propose a small set of indicators, drawn from those already "
            "reported, so that progress could be monitored without adding to the "
            "burden on countries."
        ),
    ),
    (
        "p",
        (
            "Dr RAHMAN (Bangladesh) said that community health workers were the "
            "backbone of primary health care in his country. He proposed an "
            "amendment to paragraph 2(c) of the draft resolution, to read: "
            "\u201cto strengthen the training, supervision and remuneration of "
            "community health workers\u201d."
        ),
    ),
    (
        "p",
        (
            "Dr MUTASA (Zimbabwe), speaking on behalf of the Member States of the "
            "African Region, supported the amendment proposed by Bangladesh. "
            "Without fair pay, trained community health workers left for the "
            "cities or for other countries within two years of qualifying."
        ),
    ),
    (
        "p",
        (
            "The representative of the INTERNATIONAL COUNCIL OF NURSES, speaking "
            "at the invitation of the CHAIR, said that the world faced a shortage "
            "of nearly six million nurses, most of them in primary care. Any plan "
            "that did not address migration and pay would fail."
        ),
    ),
    (
        "p",
        (
            "The ASSISTANT DIRECTOR-GENERAL (Universal Health "
            "Coverage/Communicable and Noncommunicable Diseases) thanked Member "
            "States for their comments. The Secretariat would propose monitoring "
            "indicators drawn from the existing frameworks, as the European Union "
            "had suggested, and would report on them to the Seventy-fourth World "
            "Health Assembly."
        ),
    ),
    (
        "p",
        (
            "The CHAIR took it that the Board wished to adopt the draft "
            "resolution, as amended by Bangladesh."
        ),
    ),
    ("p", "The draft resolution, as amended, was adopted.\u00b2"),
    ("footnote", "\u00b2 Resolution EB144.R3."),
    (
        "heading",
        (
            "2. HEALTH, ENVIRONMENT AND CLIMATE CHANGE: Item 5.6 of the "
            "provisional agenda (document EB144/15)"
        ),
    ),
    ("p", "The CHAIR drew attention to the report and invited comments."),
    (
        "p",
        (
            "Dr TUILAGI (Samoa), speaking on behalf of the small island developing "
            "States, said that for the Pacific climate change was not a future "
            "threat but a present emergency. Two of Samoa's district hospitals had "
            "been flooded in the past three years. The report should set out how "
            "WHO would help countries make health facilities resilient."
        ),
    ),
    (
        "p",
        (
            "Ms FONTAINE (France) said that her Government welcomed the report and "
            "would contribute to the costing of the proposed global strategy."
        ),
    ),
    (
        "p",
        (
            "Dr AL-SAYED (Oman), speaking on behalf of the Member States of the "
            "Eastern Mediterranean Region, said that heat and dust storms were "
            "already the leading environmental causes of hospital admission in the "
            "Region. He asked the Secretariat to include heat-health action plans "
            "among the priorities of the strategy."
        ),
    ),
    (
        "p",
        (
            "Mr ODHIAMBO (Kenya) said that air pollution from household cooking "
            "killed more people in his country than road traffic. Clean cooking "
            "should be treated as a health intervention, financed as such, and not "
            "left to the energy sector alone."
        ),
    ),
    (
        "p",
        (
            "Dr PHAM (Viet Nam) expressed support for the report and described her "
            "country's national programme to assess the climate resilience of "
            "1,200 health facilities by 2021."
        ),
    ),
    (
        "p",
        (
            "The DIRECTOR (Environment, Climate Change and Health) said that the "
            "Secretariat would prepare, for the Seventy-second World Health "
            "Assembly, a draft global strategy with costed priorities, including "
            "heat-health action plans and clean household energy, and guidance for "
            "climate-resilient health facilities, drawing on the experience of "
            "Samoa and Viet Nam."
        ),
    ),
    ("p", "The CHAIR took it that the Board wished to note the report."),
    ("p", "It was so agreed."),
    ("p", "The meeting rose at 17:30."),
]
