"""A community choir's committee notes written in Google Docs with its meeting-notes building
block and downloaded as .docx: a date chip without weekday, person chips as text, bulleted
notes each starting with a first name and a colon, sub-bullets continuing the speaker, a
musical director by role, checklist action items with ballot boxes."""

FORMAT = "docx"
HALF = "heldout5"
METADATA = {
    "title": "Choir committee notes",
    "author": "Chloe Baptiste",
    "subject": "",
}
HEADER = ""
FOOTER = ""

BLOCKS = [
    ("title", "Kingsbridge Community Choir \u2013 committee"),
    (
        "p",
        [
            ("b", "15 Jan 2019"),
            " | ",
            "Committee meeting",
            " | ",
            ("i", "Chloe's front room, 4 Orchard Terrace"),
        ],
    ),
    (
        "p",
        [
            ("b", "Attendees: "),
            (
                "Fiona Gallagher (chair), Raj Mehta (treasurer), Chloe Baptiste (notes), "
                "Dougie Fraser, Hannah Wills (MD)"
            ),
        ],
    ),
    ("p", [("b", "Not here: "), "Sue Penhale (sent her report by email)"]),
    ("heading", "Notes", 2),
    ("boldhead", "Spring concert"),
    (
        "bullet",
        (
            "Hannah: programme is the Rutter Gloria plus folk arrangements in the second "
            "half. We need a brass quintet for the Gloria \u2013 quote is \u00a3450."
        ),
    ),
    (
        "bullet",
        ("Raj: we can afford it if ticket sales match last spring (\u00a31,900). Tight if not."),
    ),
    (
        "bullet",
        (
            "Fiona: could we ask the Rotary club to sponsor the brass? They did the "
            "programmes last year."
        ),
    ),
    ("bullet", "Dougie: I know their president, I'll ask at the quiz on Friday."),
    (
        "bullet",
        (
            "Hannah: also the basses are thin \u2013 only six regulars. Would a "
            "bring-a-friend rehearsal in February help?"
        ),
    ),
    ("bullet", "Agreed: brass booked if Rotary says yes by 1 Feb; bring-a-friend night on 12 Feb."),
    ("boldhead", "Money"),
    ("bullet", "Raj: subs collected from 41 of 48 members. Balance \u00a32,316.55."),
    (
        "bullet",
        (
            "Raj: the hall hire goes up to \u00a338 a night from April. That's \u00a3380 more "
            "a year."
        ),
    ),
    ("bullet", "Chloe: could subs go up by \u00a35 a term? That covers it with a bit over."),
    ("bullet", "Fiona: let's put that to the AGM rather than decide here."),
    ("boldhead", "Sue's report (music library)"),
    (
        "bullet",
        (
            "Sue: 40 copies of the Gloria borrowed from the county library service, due "
            "back 30 April. Please remind people not to write in ink!"
        ),
    ),
    ("boldhead", "Action items"),
    ("p", "\u2610 Dougie to ask Rotary about sponsoring the brass"),
    ("p", "\u2610 Hannah to book the brass quintet once sponsorship confirmed"),
    ("p", "\u2611 Chloe to send bring-a-friend poster to members"),
    ("p", "\u2610 Fiona to add subs increase to AGM agenda"),
    ("p", [("i", "Next meeting: 19 Feb, same place.")]),
]
