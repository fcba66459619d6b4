"""A tenancy tribunal hearing (PDF): numbered lines, Q./A. examination, bracketed times."""

FORMAT = "pdf"
HALF = "heldout2"
METADATA = {
    "title": "RT 19/04417 transcript 14.5.19",
    "author": "Lexicon Transcription",
    "subject": "Residential Tenancies Tribunal",
}
RUNNING_HEAD = ("RT 19/04417  14.5.19", "P-1")
FOOTER = "Lexicon Transcription Pty Ltd \u00b7 Transcript in confidence"
LAYOUT = {
    "family": "Courier",
    "size": 10,
    "leading": 16,
    "margin": 64,
    "first_indent": 0,
    "space_after": 0,
    "hyphenate_below": 0.0,
    "line_numbers": True,
}

BLOCKS = [
    ("center", [("b", "RESIDENTIAL TENANCIES TRIBUNAL OF WESTMARK")]),
    ("center", "TRANSCRIPT OF PROCEEDINGS"),
    ("plain", "FILE NO: RT 19/04417"),
    (
        "plain",
        (
            "IN THE MATTER OF an application under section 91 of the Residential "
            "Tenancies Act 2012 (compensation for failure to repair)"
        ),
    ),
    (
        "plain",
        (
            "BETWEEN: PRIYA SUBRAMANIAM, Applicant\nAND: CASTLEREAGH PROPERTY "
            "HOLDINGS PTY LTD, Respondent"
        ),
    ),
    ("plain", "BEFORE: SENIOR MEMBER E. HARTLEY"),
    (
        "plain",
        (
            "APPEARANCES: MS K. ABARA (Tenants' Advice Service) for the "
            "Applicant\nMR J. DUNNE (director) for the Respondent"
        ),
    ),
    (
        "plain",
        (
            "HEARING ROOM 4, TRIBUNAL CENTRE, 200 QUEEN STREET, PORT "
            "WESTMARK\nTUESDAY, 14 MAY 2019, 10.02 AM"
        ),
    ),
    (
        "plain",
        (
            "SENIOR MEMBER: Good morning. This is file RT 19/04417. Ms Abara, you "
            "appear for the tenant, and Mr Dunne, you are a director of the "
            "landlord company?"
        ),
    ),
    ("plain", "MR DUNNE: That's right, Member."),
    ("plain", "SENIOR MEMBER: Thank you. Ms Abara, you may call your client."),
    ("plain", "MS ABARA: I call the applicant, Ms Subramaniam."),
    ("plain", "<PRIYA SUBRAMANIAM, AFFIRMED [10.04 AM]"),
    ("plain", "<EXAMINATION-IN-CHIEF BY MS ABARA"),
    (
        "plain",
        (
            "Q.  Ms Subramaniam, when did you first tell the landlord about the "
            "leak in the bathroom ceiling?"
        ),
    ),
    (
        "plain",
        (
            "A.  On 3 January. I sent an email to the property manager with four "
            "photos, and I rang the office the same day."
        ),
    ),
    ("plain", "Q.  What happened after that?"),
    (
        "plain",
        (
            "A.  Nothing for five weeks. I sent two more emails. A plumber came on "
            "11 February, looked at it, and said it was a roof problem, not "
            "plumbing, and left."
        ),
    ),
    ("plain", "Q.  And what is the state of the bathroom now?"),
    (
        "plain",
        (
            "A.  The ceiling came down on 2 March. Part of it is still on the "
            "floor because I was told not to touch it until the insurer had seen "
            "it. We have been showering at the gym since then."
        ),
    ),
    ("plain", "MS ABARA: Nothing further, Member."),
    ("plain", "<CROSS-EXAMINATION BY MR DUNNE"),
    ("plain", "Q.  You accept that a roofer attended on 19 February, don't you?"),
    (
        "plain",
        (
            "A.  Someone knocked on the door on the 19th, yes. He went on the roof "
            "for about ten minutes. I never heard what he found."
        ),
    ),
    (
        "plain",
        (
            "Q.  And you accept that the storm on 1 March was the worst in ten "
            "years, and that the ceiling came down because of the storm?"
        ),
    ),
    (
        "plain",
        ("A.  It came down in the storm. It wouldn't have if the roof had been fixed in January."),
    ),
    ("plain", "MR DUNNE: No further questions."),
    ("plain", "SENIOR MEMBER: Thank you, Ms Subramaniam. You may step down."),
    ("plain", "<THE WITNESS WITHDREW [10.21 AM]"),
    ("plain", ("SENIOR MEMBER: Mr Dunne, do you wish to give evidence or make submissions?")),
    (
        "plain",
        (
            "MR DUNNE: Just submissions, Member. The company doesn't dispute there "
            "was a leak. We dispute that it was our delay that caused the damage. "
            "The storm did. We had a roofer out within seven weeks, which for "
            "January, with every roofer in the city booked out, is reasonable."
        ),
    ),
    (
        "plain",
        (
            "MS ABARA: Member, the Act requires urgent repairs to be carried out "
            "as soon as possible. A leaking roof over an electrical fitting is an "
            "urgent repair under section 72. Seven weeks is not as soon as "
            "possible, and the respondent has produced no evidence that it tried "
            "to get anyone sooner. We seek the rent abatement of 50 per cent from "
            "3 January and the cost of the damaged belongings, $1,140, as set out "
            "in the application."
        ),
    ),
    (
        "plain",
        (
            "SENIOR MEMBER: Thank you both. I will reserve my decision and send "
            "written reasons to the parties within 28 days. The tribunal is "
            "adjourned."
        ),
    ),
    ("plain", "ADJOURNED [10.29 AM]"),
]
