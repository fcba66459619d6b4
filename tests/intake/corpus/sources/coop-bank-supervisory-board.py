"""A German cooperative bank's supervisory board (Word, in English): participants table by
body, DD.MM.YYYY date with "hrs", items with Report / Discussion / Resolution, a credit
approval under the bank's rules with a member abstaining for conflict, a private session
without the management board, and a signature table."""

FORMAT = "docx"
HALF = "heldout4"
METADATA = {
    "title": "AR-Protokoll 03-2019 (EN)",
    "author": "Vorstandssekretariat",
    "subject": "Supervisory Board minutes",
}
HEADER = "Volksbank Lahnfelden eG \u2013 Supervisory Board \u2013 STRICTLY CONFIDENTIAL"
FOOTER = "Minutes of the Supervisory Board 03/2019 \u2013 page numbering in the signed original"

BLOCKS = [
    ("title", "Minutes of the 3rd Meeting of the Supervisory Board in the 2019 Financial Year"),
    (
        "table",
        [
            ["", ""],
            ["Date", "17.09.2019"],
            ["Time", "17:00 \u2013 19:40 hrs"],
            ["Place", "Conference room 4.1, head office, Marktplatz 3, 35390 Lahnfelden"],
            ["Chair", "Dr. Hans-Jürgen Albers, Chairman of the Supervisory Board"],
            ["Minutes", "Katrin Vogt, Board Secretariat"],
        ],
    ),
    ("heading", "Participants", 2),
    (
        "table",
        [
            ["Body", "Name", "Function"],
            ["Supervisory Board", "Dr. Hans-Jürgen Albers", "Chairman"],
            ["Supervisory Board", "Ursula Kempf", "Deputy Chair"],
            ["Supervisory Board", "Matthias Brenner", "Chair of the Audit Committee"],
            ["Supervisory Board", "Dr. Sabine Ohlendorf", "Member"],
            ["Supervisory Board", "Georg Reitmeier", "Member"],
            ["Supervisory Board", "Ayşe Demir", "Member (employee representative)"],
            ["Management Board", "Frank Heidemann", "Chairman of the Management Board"],
            ["Management Board", "Petra Schollmeyer", "Member of the Management Board"],
            [
                "Guest",
                "Jens Löffler",
                ("Auditor, Genossenschaftsverband Hessen-Lahn e.V. (item 3 only)"),
            ],
            ["Excused", "Wolfgang Timm", "Member of the Supervisory Board"],
        ],
    ),
    ("heading", "1. Opening, quorum, agenda"),
    (
        "p",
        (
            "The Chairman opened the meeting at 17:00 hrs, noted that it had been duly "
            "convened and that, with six of seven members present, the Supervisory Board "
            "had a quorum. The agenda was approved without amendment."
        ),
    ),
    ("heading", "2. Report of the Management Board on the first half of 2019"),
    (
        "p",
        (
            "Mr Heidemann reported on business development. Total assets rose by 3.1% to "
            "EUR 1.42 billion; customer lending grew by 4.8%, mainly in residential mortgages. "
            "Net interest income fell by EUR 1.1 million compared with the first half of 2018 "
            "because of the continuing low interest rates."
        ),
    ),
    (
        "p",
        (
            "Ms Schollmeyer reported on risk. No new large exposures had arisen; the "
            "non-performing loan ratio stood at 1.2%. The stress test required by the "
            "supervisor showed that the bank would meet its capital requirements even with "
            "a 200 basis point shift in rates."
        ),
    ),
    (
        "p",
        (
            "Ms Kempf asked whether the bank would follow other cooperative banks in "
            "charging negative interest to large corporate depositors. Mr Heidemann replied "
            "that the Management Board would propose a threshold of EUR 500,000 from 1 "
            "January 2020 and would not charge private customers."
        ),
    ),
    (
        "p",
        (
            "Ms Demir asked what the planned closure of the Oberweiler branch would mean "
            "for staff. Ms Schollmeyer said that all four employees would be offered posts at "
            "the Lahnfelden-Süd branch and that the works council had been informed."
        ),
    ),
    (
        "p",
        (
            "Mr Brenner asked about the migration to the new core banking system. Mr "
            "Heidemann said that the migration weekend was planned for 16 and 17 November "
            "2019 and that all branches would close on the Saturday."
        ),
    ),
    ("p", "The Supervisory Board took note of the report."),
    ("heading", "3. Audit of the 2018 annual financial statements"),
    (
        "p",
        (
            "Mr Löffler presented the main findings of the statutory audit by the auditing "
            "association. An unqualified audit opinion was issued on 28.05.2019. The audit "
            "found weaknesses in the documentation of collateral values for commercial "
            "property loans; these had been remedied by 31.08.2019."
        ),
    ),
    (
        "p",
        (
            "Mr Brenner reported that the Audit Committee had discussed the audit report "
            "with the auditor on 03.09.2019 and recommended that the Supervisory Board take "
            "note of it."
        ),
    ),
    ("p", "Resolution: the Supervisory Board takes note of the audit report. Unanimous."),
    ("heading", "4. Approval of a loan to a related party"),
    (
        "p",
        (
            "The Management Board requested approval of an investment loan of EUR 380,000 "
            "to Reitmeier Landtechnik GmbH, in which Mr Reitmeier holds 50% of the shares. "
            "Under the bank's rules such loans require the prior consent of the Supervisory "
            "Board. Mr Reitmeier left the room for the discussion and vote."
        ),
    ),
    (
        "p",
        (
            "Dr. Ohlendorf asked whether the terms were the same as for other customers. "
            "Ms Schollmeyer confirmed that the interest rate and collateral matched the "
            "bank's standard conditions for agricultural machinery dealers."
        ),
    ),
    (
        "p",
        (
            "Resolution: the Supervisory Board consents to the loan on the terms set out "
            "in the Management Board's submission of 09.09.2019. 5 votes in favour, no votes "
            "against; Mr Reitmeier did not take part in the vote."
        ),
    ),
    ("heading", "5. Private session of the Supervisory Board"),
    (
        "p",
        ("The members of the Management Board and the minute-taker left the meeting at 19:05 hrs."),
    ),
    (
        "p",
        (
            "The Supervisory Board discussed the target agreements of the Management Board "
            "for 2020. The result is recorded in a separate confidential note kept by the "
            "Chairman."
        ),
    ),
    ("heading", "6. Any other business"),
    (
        "p",
        (
            "The next meeting will take place on 03.12.2019. The Chairman closed the meeting "
            "at 19:40 hrs."
        ),
    ),
    (
        "table",
        [
            ["", ""],
            [
                ("Dr. Hans-Jürgen Albers\nChairman of the Supervisory Board"),
                "Katrin Vogt\nMinute-taker",
            ],
        ],
    ),
]
