"""A Lok Sabha-style uncorrected debate (PDF): upper-case labels with constituency."""

FORMAT = "pdf"
HALF = "dev"
METADATA = {
    "title": "Uncorrected Debates - 26.07.2016",
    "author": "Lok Sabha Secretariat",
    "subject": "Lok Sabha Debates",
}
RUNNING_HEAD = ("26.07.2016", "Uncorrected / Not for Publication")
FOOTER = "LOK SABHA DEBATES"
LAYOUT = {"family": "Times", "size": 11.5, "leading": 15, "first_indent": 0, "space_after": 7,
          "hyphenate_below": 0.9}  # fmt: skip

MINISTER = "Arvind Pratap Deshmukh"
# (label, text, speaker, kind); None label: no label (continuation or a line of its own)
TURNS = [
    ("", "The Lok Sabha met at Eleven of the Clock.", None, "procedural"),
    ("", "[HON. SPEAKER in the Chair]", None, "procedural"),
    ("H", "ORAL ANSWERS TO QUESTIONS", None, None),
    ("H", "(Q. 121)", None, None),
    (
        "SHRI RAHUL VERMA (AMETHI):",
        "Madam Speaker, the Minister has stated that 64 per cent of "
        "rural habitations are fully covered with piped water. In my constituency, women still "
        "walk "
        "two kilometres to a hand pump in summer. How does the Ministry define \u2018fully "
        "covered\u2019?",
        "Rahul Verma",
        "question",
    ),
    (
        "THE MINISTER OF STATE IN THE MINISTRY OF DRINKING WATER AND SANITATION (SHRI ARVIND "
        "PRATAP DESHMUKH):",
        "Madam Speaker, a habitation is fully covered when it has a safe "
        "source providing at least 40 litres per person per day within 1.6 kilometres in the "
        "plains.",
        MINISTER,
        "answer",
    ),
    (
        None,
        "The hon. Member is right that a source within that distance is not a tap at home. "
        "From this year the Ministry will report household connections separately, State by "
        "State.",
        MINISTER,
        "answer",
    ),
    (
        "*SHRI K. SELVARAJ (NAMAKKAL):",
        "Madam, in Tamil Nadu the groundwater in 11 districts has "
        "fluoride above the permissible limit. Will the Government sanction community water "
        "purification plants for these districts under the national programme?",
        "K. Selvaraj",
        "question",
    ),
    ("fn", "* English translation of the speech originally delivered in Tamil.", None, None),
    (
        "SHRI ARVIND PRATAP DESHMUKH:",
        "Madam, 3,214 fluoride-affected habitations in Tamil Nadu "
        "have already been approved for community plants, and the first instalment of Rs. 148 "
        "crore "
        "was released in March.",
        MINISTER,
        "answer",
    ),
    (
        "SHRI SUDIP MAITRA (BARRACKPORE):",
        "The Minister is misleading the House. The money was "
        "released, but not one plant has been commissioned. \u2026 (Interruptions)",
        "Sudip Maitra",
        "remark",
    ),
    (
        "HON. SPEAKER:",
        "Please sit down. This is Question Hour. Nothing will go on record except "
        "what the Minister says.",
        None,
        "procedural",
    ),
    ("", "\u2026 (Interruptions)", None, "procedural"),
    (
        "DR. (SHRIMATI) KAVITA NAIR (ALAPPUZHA):",
        "Madam, my question is about the coastal "
        "villages, where seawater has entered the wells. Is there any scheme for desalination?",
        "Kavita Nair",
        "question",
    ),
    (
        "SHRI ARVIND PRATAP DESHMUKH:",
        "Madam, desalination is costly, but the Ministry is funding "
        "two pilot plants in Kerala, and I will share the details with the hon. Member.",
        MINISTER,
        "answer",
    ),
    ("R", "(1210/KMR/RV)", None, None),
    ("", "(SHRIMATI MEENAKSHI IYER in the Chair)", None, "procedural"),
    ("H", "SUBMISSION BY MEMBERS", None, None),
    ("HON. CHAIRPERSON:", "Shri Gopinath Rao.", "Meenakshi Iyer", "procedural"),
    (
        "SHRI GOPINATH RAO (KHAMMAM):",
        "Madam Chairperson, I thank you for allowing me to raise "
        "the matter of the farmers of Khammam whose cotton crop was destroyed by unseasonal rain "
        "last "
        "week. The crop insurance claims have not been settled for the last season either.",
        "Gopinath Rao",
        "remark",
    ),
    (
        "HON. CHAIRPERSON:",
        "The House stands adjourned to meet tomorrow at 11 a.m.",
        "Meenakshi Iyer",
        "procedural",
    ),
    ("", "13.02 hrs", None, "procedural"),
    (
        "",
        "The Lok Sabha then adjourned till Eleven of the Clock on Wednesday, July 27, "
        "2016/Shravana 5, 1938 (Saka).",
        None,
        "procedural",
    ),
]

BLOCKS = [
    ("title", "LOK SABHA DEBATES"),
    ("center", "(Part I \u2013 Proceedings other than Questions and Answers)"),
    ("center", [("b", "Tuesday, July 26, 2016 / Shravana 4, 1938 (Saka)")]),
]
for label, text, _, _ in TURNS:
    if label == "H":
        BLOCKS.append(("heading", text))
    elif label == "R":
        BLOCKS.append(("plain", text))
    elif label == "fn":
        BLOCKS.append(("footnote", text))
    elif label:
        BLOCKS.append(("plain", [("b", label), " " + text]))
    else:
        BLOCKS.append(("plain", text))
