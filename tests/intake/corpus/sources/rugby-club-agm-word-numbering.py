"""An amateur rugby club's AGM in Word: officers' reports, a members' question session by first
name, elections, and Word-numbered proposals."""

FORMAT = "docx"
HALF = "heldout7"
METADATA = {"title": "AGM 2019 minutes", "author": "Hon Sec", "subject": ""}
FOOTER = "Pentraeth Park RFC \u2013 affiliated to the Welsh Rugby Union"

BLOCKS = [
    ("title", "Pentraeth Park RFC"),
    ("heading", "Annual General Meeting \u2013 Minutes", 1),
    ("p", ("Held in the Clubhouse, Pentraeth Park, on Thursday 27 June 2019 at 7.30pm.")),
    (
        "p",
        (
            "Present: the President, Huw Bevan-Prosser, in the chair; the Hon. "
            "Secretary, Carys Llywelyn; the Treasurer, Dafydd Morgan-Jones; the "
            "Junior Section Chair, Sian Ellwood; and 47 members."
        ),
    ),
    ("heading", "1. Apologies and minutes of the 2018 AGM", 2),
    (
        "p",
        (
            "Eleven apologies were recorded. The minutes of the 2018 AGM were "
            "approved, proposed by Gethin Roberts and seconded by Bethan Howells."
        ),
    ),
    ("heading", "2. President's report", 2),
    (
        "p",
        (
            "The President thanked the players, coaches and volunteers for a "
            "season in which the 1st XV finished third in Division 2 West and the "
            "2nd XV won the district plate. He paid tribute to the late Emrys "
            "Hughes, a life member who had served the club for sixty years."
        ),
    ),
    ("heading", "3. Treasurer's report", 2),
    (
        "p",
        (
            "Dafydd presented the accounts for the year to 30 April 2019, showing "
            "a surplus of \u00a33,940 against a deficit of \u00a31,200 last year, "
            "mainly from bar takings during the Six Nations and the new "
            "sponsorship of the junior kit."
        ),
    ),
    (
        "p",
        [
            ("b", "Gethin"),
            (": Is the floodlight money ring-fenced, or is it in the general account?"),
        ],
    ),
    (
        "p",
        [
            ("b", "Dafydd"),
            (
                ": It's in a separate account. The \u00a38,500 from the Community Fund "
                "can only be spent on the lights, and the grant letter says so."
            ),
        ],
    ),
    ("p", [("b", "Alun"), ": Why has the bar manager's wage gone up by a third?"]),
    (
        "p",
        [
            ("b", "Dafydd"),
            (
                ": Because we moved him from twelve hours a week to sixteen to cover "
                "Sunday junior mornings. The bar made more than the extra cost."
            ),
        ],
    ),
    ("p", "The accounts were adopted on a show of hands."),
    ("heading", "4. Junior section", 2),
    (
        "p",
        (
            "Sian reported 164 registered juniors, including a new girls' under-14 "
            "team of 22 players. Two more coaches had qualified at Level 2."
        ),
    ),
    (
        "p",
        [
            ("b", "Bethan"),
            (
                ": The girls need their own changing room on Sundays. At the moment "
                "they change in the referees' room, which isn't fair on them."
            ),
        ],
    ),
    ("p", [("b", "Sian"), ": Agreed, and it's on the committee's list for the summer works."]),
    ("heading", "5. Election of officers", 2),
    (
        "table",
        [
            ["Office", "Nominee", "Result"],
            ["President", "Huw Bevan-Prosser", "Elected unopposed"],
            ["Hon. Secretary", "Carys Llywelyn", "Elected unopposed"],
            ["Treasurer", "Dafydd Morgan-Jones", "Elected unopposed"],
            ["Fixtures Secretary", "Alun Pryce", "Elected unopposed"],
            ["Welfare Officer", "Bethan Howells", "Elected unopposed"],
        ],
    ),
    ("heading", "6. Proposals", 2),
    (
        "number",
        (
            "That the senior subscription be held at \u00a360 for 2019\u201320 and "
            "that the junior subscription rise from \u00a325 to \u00a330."
        ),
    ),
    ("p", "Carried, with four against."),
    (
        "number",
        (
            "That the committee be authorised to spend up to \u00a33,000 of the "
            "surplus on converting the old store into a second changing room."
        ),
    ),
    ("p", "Carried unanimously."),
    ("heading", "7. Any other business", 2),
    (
        "p",
        (
            "The President presented the Clubman of the Year award to Alun Pryce "
            "for twenty years as team manager of the 2nd XV."
        ),
    ),
    ("p", "The meeting closed at 9.05pm."),
]
