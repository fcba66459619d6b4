"""A Google Meet transcript saved as Word: date-time in the title, elapsed-time markers."""

FORMAT = "docx"
HALF = "heldout2"
METADATA = {
    "title": (
        "Northfield Food Pantry \u2013 coordinators' check-in (2020-05-19 18:30 GMT+1) - Transcript"
    ),
    "author": "Aisha Bello",
    "subject": "",
}

BLOCKS = [
    ("p", "\U0001f4dd Notes"),
    (
        "title",
        (
            "Northfield Food Pantry \u2013 coordinators' check-in (2020-05-19 "
            "18:30 GMT+1) - Transcript"
        ),
    ),
    ("heading", "Attendees", 2),
    (
        "p",
        (
            "Aisha Bello, Daniel Ferreira, Galaxy A12, Gr\u00e1inne N\u00ed "
            "Bhriain, Harold Pickering, Marek Lewandowski"
        ),
    ),
    ("heading", "Transcript", 2),
    (
        "p",
        (
            "This editable transcript was computer generated and might contain "
            "errors. People can also change the text after it was created."
        ),
    ),
    ("p", "00:00:00"),
    (
        "p",
        (
            "Aisha Bello: Okay, I think that's everyone. Thanks for joining. I'm "
            "chairing this month. This is the check-in for the coordinators, so "
            "it's short, half an hour. Daniel, do you want to start with the "
            "numbers?"
        ),
    ),
    (
        "p",
        (
            "Daniel Ferreira: Yeah. So last week we did 212 parcels, which is the "
            "most we've ever done in one week. Deliveries were 64 of those. We're "
            "basically at the limit of what the hall can take on a Thursday."
        ),
    ),
    (
        "p",
        (
            "Daniel Ferreira: The other thing is tins. We're fine for pasta and "
            "cereal, but we're almost out of tinned fish and tinned meat, and "
            "nappies in sizes five and six."
        ),
    ),
    (
        "p",
        (
            "Aisha Bello: Okay. Gr\u00e1inne, the supermarket collections, is "
            "there anything we can do there?"
        ),
    ),
    (
        "p",
        (
            "Gr\u00e1inne N\u00ed Bhriain: I can ask the Co-op to put tinned fish "
            "at the top of the shopping list at the collection point. They did "
            "that for us at Christmas and it worked."
        ),
    ),
    (
        "p",
        (
            "Galaxy A12: Sorry, can you hear me? I'm on the phone. I just wanted "
            "to say I can do two more delivery runs on Saturdays from June."
        ),
    ),
    (
        "p",
        (
            "Aisha Bello: Yes, we can hear you. Thank you, that's brilliant. Can "
            "you email me so I can add you to the rota?"
        ),
    ),
    ("p", "00:05:00"),
    (
        "p",
        (
            "Harold Pickering: Can I raise the volunteers over seventy? The "
            "council's guidance is that they should be shielding, and we've still "
            "got six of them on the Thursday shift."
        ),
    ),
    ("p", "Aisha Bello: What have they said when you've asked them?"),
    (
        "p",
        (
            "Harold Pickering: Two have agreed to move to phone befriending. The "
            "other four want to carry on. One of them told me, quite firmly, that "
            "she was packing parcels during the miners' strike and she's not "
            "stopping now."
        ),
    ),
    (
        "p",
        (
            "Marek Lewandowski: We can't force anyone, but we can make the shift "
            "safer. Screens on the packing tables and one-way through the hall."
        ),
    ),
    ("p", "Aisha Bello: Let's do that. Marek, can you price up screens?"),
    ("p", "Marek Lewandowski: Will do. By Friday."),
    ("p", "00:10:00"),
    (
        "p",
        (
            "Aisha Bello: Last thing: the referral forms. Daniel, you said the GP "
            "surgery is still sending the old ones?"
        ),
    ),
    (
        "p",
        (
            "Daniel Ferreira: Half the time. I'll drop the new ones round in "
            "person. It's quicker than emailing them again."
        ),
    ),
    (
        "p",
        (
            "Aisha Bello: Great. I think we're done. Same time in two weeks. "
            "Thanks everyone, stay safe."
        ),
    ),
    ("p", "Gr\u00e1inne N\u00ed Bhriain: Bye!"),
    ("p", "Meeting ended after 00:13:42 \U0001f44b"),
]
