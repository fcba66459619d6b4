"""A South African local municipality's ordinary council meeting (Word): particulars in an
upper-case title paragraph, councillors in a table with party and ward or PR seat, officials
as name-dash-office lines, council item numbers "C 112/2019", recommendations and resolutions
with Word-numbered clauses, debate reported by party, a Speaker's ruling quoted, a vote by
party in a table, a walkout, and the Municipal Manager's certificate."""

FORMAT = "docx"
HALF = "heldout6"
METADATA = {
    "title": "Council Minutes 28 Nov 2019",
    "author": "Office of the Speaker",
    "subject": "Ordinary Council Meeting",
}
HEADER = "LETSATSI LOCAL MUNICIPALITY \u2013 ORDINARY COUNCIL MEETING \u2013 28.11.2019"
FOOTER = "Minutes: Ordinary Council 28 November 2019 \u2013 unconfirmed"

BLOCKS = [
    ("title", "Letsatsi Local Municipality"),
    (
        "p",
        [
            (
                "b",
                "MINUTES OF THE ORDINARY MEETING OF THE COUNCIL OF LETSATSI LOCAL MUNICIPALITY "
                "HELD IN THE COUNCIL CHAMBER, MUNICIPAL OFFICES, 12 CHURCH STREET, KOPANONG ON "
                "THURSDAY, 28 NOVEMBER 2019 AT 10:00",
            )
        ],
    ),
    ("boldhead", "PRESENT"),
    (
        "table",
        [
            ["Councillor", "Party", "Ward / PR"],
            ["Cllr M.J. Mokoena (Speaker)", "ANC", "PR"],
            ["Cllr T.P. Dlamini (Executive Mayor)", "ANC", "Ward 4"],
            ["Cllr N. Mahlangu (Chief Whip)", "ANC", "Ward 2"],
            ["Cllr P. Ndlovu", "ANC", "Ward 1"],
            ["Cllr A. Moloi", "ANC", "Ward 3"],
            ["Cllr S. van der Merwe", "DA", "Ward 7"],
            ["Cllr L. Botha", "DA", "PR"],
            ["Cllr K. Sithole", "EFF", "PR"],
        ],
    ),
    ("boldhead", "APOLOGIES"),
    ("p", "Cllr R. Khumalo (IFP)"),
    ("boldhead", "OFFICIALS"),
    ("p", "Mr B. Nkosi \u2013 Municipal Manager"),
    ("p", "Ms F. Adams \u2013 Chief Financial Officer"),
    ("p", "Mr J. Pretorius \u2013 Director: Technical Services"),
    ("heading", "1. OPENING AND WELCOME", 2),
    (
        "p",
        "The Speaker, Cllr Mokoena, opened the meeting at 10:12 with a moment of silent prayer "
        "and welcomed councillors, officials and members of the public in the gallery.",
    ),
    ("heading", "2. APPLICATIONS FOR LEAVE OF ABSENCE", 2),
    ("p", "RESOLVED that leave of absence be granted to Cllr R. Khumalo."),
    ("heading", "3. DECLARATION OF INTERESTS", 2),
    ("p", "None."),
    ("heading", "4. CONFIRMATION OF MINUTES: ORDINARY COUNCIL MEETING OF 31 OCTOBER 2019", 2),
    (
        "p",
        "The minutes were confirmed on the proposal of Cllr Ndlovu, seconded by Cllr Botha.",
    ),
    ("heading", "5. ANNOUNCEMENTS BY THE EXECUTIVE MAYOR", 2),
    (
        "p",
        "The Executive Mayor announced that the Kopanong Extension 9 housing project had "
        "handed over 120 houses on 15 November, and that the municipality had received an "
        "unqualified audit opinion for 2018/19 for the first time in six years. She thanked "
        "the Chief Financial Officer and her staff.",
    ),
    ("heading", "6. ITEM C 112/2019: WATER LOSSES AND TARIFF FOR UNMETERED CONNECTIONS", 2),
    (
        "p",
        "The Director: Technical Services reported that non-revenue water stood at 47%, "
        "against a national norm of 30%, and that 2,300 households in Wards 1, 3 and 7 had no "
        "meters. The Mayoral Committee recommended a flat rate for unmetered connections.",
    ),
    ("p", [("b", "RECOMMENDATION OF THE MAYORAL COMMITTEE")]),
    (
        "number",
        "That a flat rate of R185,00 per month be charged for unmetered residential "
        "connections from 1 January 2020;",
    ),
    (
        "number",
        "That indigent households registered with the municipality remain exempt; and",
    ),
    (
        "number",
        "That the Municipal Manager report to Council quarterly on the installation of meters.",
    ),
    (
        "p",
        "Cllr van der Merwe (DA) said that residents of Ward 7 should not pay a flat rate for "
        "the municipality\u2019s failure to install meters it had budgeted for in 2017, and "
        "proposed that the flat rate be R120,00 until meters are installed.",
    ),
    (
        "p",
        "Cllr Sithole (EFF) said that the EFF rejected any flat rate and called it a tax on "
        "the poor. He asked the Speaker to allow the residents in the gallery to address "
        "Council.",
    ),
    (
        "p",
        "The Speaker ruled: \u201cMembers of the public may not address Council during a "
        "meeting in terms of Rule 23 of the Rules of Order. The residents may submit a "
        "petition, which will be tabled at the next meeting.\u201d",
    ),
    (
        "p",
        "The Chief Whip proposed that the recommendation be adopted as it stands. The DA "
        "proposal was not seconded. Cllr Sithole requested a vote.",
    ),
    (
        "table",
        [
            ["Party", "For", "Against", "Abstain"],
            ["ANC", "5", "0", "0"],
            ["DA", "0", "1", "1"],
            ["EFF", "0", "1", "0"],
        ],
    ),
    (
        "p",
        "The recommendation was adopted by 5 votes to 2, with 1 abstention. Cllr Botha (DA) "
        "abstained and asked that her reason be minuted: she supports metering but not the "
        "amount.",
    ),
    ("p", "Cllr Sithole (EFF) left the chamber at 11:41 in protest."),
    ("p", [("b", "RESOLVED")]),
    (
        "number",
        "That a flat rate of R185,00 per month be charged for unmetered residential "
        "connections from 1 January 2020;",
    ),
    (
        "number",
        "That indigent households registered with the municipality remain exempt; and",
    ),
    (
        "number",
        "That the Municipal Manager report to Council quarterly on the installation of meters.",
    ),
    ("heading", "7. CLOSURE", 2),
    ("p", "The Speaker declared the meeting closed at 11:58."),
    (
        "p",
        "CERTIFIED A TRUE RECORD OF THE PROCEEDINGS\n\n______________________\nMR B. NKOSI\n"
        "MUNICIPAL MANAGER",
    ),
]
