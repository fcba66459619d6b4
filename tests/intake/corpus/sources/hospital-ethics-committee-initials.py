"""A hospital clinical ethics committee (PDF): an attendance table defines the initials used."""

FORMAT = "pdf"
HALF = "heldout3"
METADATA = {
    "title": "CEC minutes 14.02.19",
    "author": "Clinical Ethics Committee Secretariat",
    "subject": "Clinical Ethics Committee",
}
RUNNING_HEAD = (
    "St Columba's Hospital NHS Foundation Trust",
    "Clinical Ethics Committee \u2013 CONFIDENTIAL",
)
FOOTER = "Minutes are not verbatim. Patient details have been anonymised."
LAYOUT = {
    "family": "Helvetica",
    "size": 10,
    "leading": 13.5,
    "space_after": 6,
    "hyphenate_below": 0.88,
}

BLOCKS = [
    ("title", "Clinical Ethics Committee"),
    ("center", "Minutes of the meeting held on Thursday 14/02/2019, 12.30\u201314.00"),
    (
        "center",
        (
            "Boardroom, Level 2, Education Centre, St Columba's Hospital, Marsh Lane, "
            "Harrowby HB4 7QT (with members joining by MS Teams)"
        ),
    ),
    ("heading", "Attendance"),
    (
        "table",
        [
            ["Name", "Initials", "Role", "Attendance"],
            ["Dr Judith Kenward", "JK", "Consultant Anaesthetist (Chair)", "Present"],
            ["Revd Michael Otunga", "MO", "Lead Chaplain", "Present"],
            ["Ms Rhiannon Pugh", "RP", "Lay member", "Present"],
            ["Dr Samir Haddad", "SH", "Consultant Geriatrician", "MS Teams"],
            ["Mrs Carol Aston", "CA", "Matron, Critical Care", "Present"],
            ["Mr Julian Fenwick", "JF", "Head of Legal Services", "Apologies"],
            ["Miss Dana Whitlock", "DW", "Committee Secretary (minutes)", "Present"],
        ],
        [0.32, 0.12, 0.36, 0.2],
    ),
    ("heading", "1. Welcome and declarations of interest"),
    (
        "p",
        (
            "JK welcomed members. SH declared that he had been involved in the care of the "
            "patient in case 19/03 and would take no part in the committee's view on it."
        ),
    ),
    ("heading", "2. Minutes of the meeting of 10/01/2019"),
    ("p", "Agreed as an accurate record, subject to correcting the date of case 19/01."),
    ("heading", "3. Case consultation 19/03 (anonymised)"),
    (
        "p",
        (
            "CA presented the case of a 78-year-old patient on the intensive care unit after "
            "a second cardiac arrest. The treating team believed further escalation to renal "
            "replacement therapy would not be in the patient's best interests; the patient's "
            "son disagreed and had asked for a second opinion."
        ),
    ),
    (
        "p",
        (
            "RP asked whether the patient had ever expressed views about life-prolonging "
            "treatment. CA said that the GP record noted a conversation in 2017 in which the "
            "patient had said she \u201cwould not want to be kept going on machines\u201d, but "
            "that nothing had been written down as an advance decision."
        ),
    ),
    (
        "p",
        (
            "MO said the son had told him that his mother's faith mattered greatly to her, and "
            "that he feared that stopping treatment was giving up on her. MO offered to meet "
            "the son with the family's own minister."
        ),
    ),
    (
        "p",
        (
            "The committee's view was that the treating team's approach was ethically "
            "reasonable, that a second opinion should be offered without delay, and that the "
            "son should be given time and support before any decision not to escalate."
        ),
    ),
    ("p", "ACTION: CA to arrange a second opinion from a consultant intensivist at another trust."),
    ("p", "ACTION: MO to contact the son and offer a meeting."),
    ("pagebreak", None),
    ("heading", "4. Draft policy: clinically assisted nutrition and hydration"),
    (
        "p",
        (
            "SH introduced the draft. It follows the 2018 Supreme Court judgment, so that an "
            "application to court is no longer needed where the family and the clinical team "
            "agree."
        ),
    ),
    (
        "p",
        (
            "RP felt the leaflet for families used too much medical language and offered to "
            "rewrite it with the Patient Experience team. JK welcomed this."
        ),
    ),
    (
        "p",
        (
            "In JF's absence, DW read his written comment: the policy must say who records the "
            "best-interests decision and where, and should name the Legal Services duty "
            "solicitor as the contact out of hours."
        ),
    ),
    ("p", "The draft was approved in principle, subject to those two changes."),
    ("p", "ACTION: SH to revise the draft and circulate it by 14/03/2019."),
    ("heading", "5. Any other business"),
    ("p", "None. The meeting closed at 13.55."),
    ("heading", "Date of next meeting"),
    ("p", "Thursday 14/03/2019, 12.30, Boardroom."),
]
