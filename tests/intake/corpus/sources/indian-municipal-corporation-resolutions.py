"""An Indian municipal corporation's council (PDF): proceedings with numbered resolutions."""

FORMAT = "pdf"
HALF = "heldout3"
METADATA = {
    "title": "Council Proceedings 27-06-2019",
    "author": "Council Secretary",
    "subject": "Ordinary Meeting of the Council",
}
RUNNING_HEAD = (
    "GREATER RANIPUR MUNICIPAL CORPORATION",
    "Council Proceedings \u2013 27-06-2019",
)
FOOTER = "Printed at the Corporation Press, Ranipur"
LAYOUT = {
    "family": "Times",
    "size": 11,
    "leading": 14.0,
    "space_after": 7,
    "justify": True,
    "hyphenate_below": 0.9,
}

BLOCKS = [
    ("center", [("b", "GREATER RANIPUR MUNICIPAL CORPORATION")], 13),
    ("center", [("b", "PROCEEDINGS OF THE ORDINARY MEETING OF THE COUNCIL")]),
    (
        "plain",
        (
            "The Ordinary Meeting of the Council of the Greater Ranipur Municipal "
            "Corporation was held on 27-06-2019 (Thursday) at 11.00 A.M. in the Council Hall, "
            "Corporation Main Building, Ripon Road, Ranipur."
        ),
    ),
    ("plain", [("b", "Presided by: "), "Smt. K. Lakshmi Devi, Hon\u2019ble Mayor"]),
    ("plain", [("b", "Present: "), "Sri A. Sivaraman, Deputy Mayor, and 61 Corporators"]),
    (
        "plain",
        [
            ("b", "Officers present: "),
            (
                "Sri R. Venkatesh, I.A.S., Commissioner; Dr. Farzana Begum, Chief Medical "
                "Officer of Health; Sri P. Raghunathan, Superintending Engineer; Sri "
                "T. Gopalakrishnan, Council Secretary"
            ),
        ],
    ),
    (
        "p",
        (
            "At the outset the Council observed two minutes\u2019 silence on the passing of "
            "Sri V. Murugesan, former Corporator of Ward 41."
        ),
    ),
    ("heading", "QUESTION HOUR"),
    (
        "p",
        (
            "Sri M. Prakash (Ward 23) raised the issue of drinking water supply in "
            "Gandhinagar, where water is supplied only once in four days. The Superintending "
            "Engineer replied that the new 10 MLD pumping main from Kolar tank would be "
            "commissioned by August 2019, after which supply would be on alternate days."
        ),
    ),
    (
        "p",
        (
            "Smt. Shaheen Taj (Ward 7) asked about the progress of dengue control measures. "
            "The Chief Medical Officer of Health informed the Council that 212 fogging "
            "operations had been carried out in June and that 48 cases had been reported "
            "since January, against 131 in the same period last year."
        ),
    ),
    ("heading", "SUBJECTS"),
    (
        "number",
        [
            ("b", "Subject: "),
            (
                "Approval of the Annual Accounts of the Corporation for the year 2018-19. "
                "(Ref: Commissioner\u2019s Note No. A1/2345/2019 dt. 14-06-2019)"
            ),
        ],
        "1.",
    ),
    (
        "p",
        [
            ("b", "RESOLUTION No. 412: "),
            (
                "The Council perused the Commissioner\u2019s note and RESOLVED to approve the "
                "Annual Accounts of the Corporation for 2018-19 and to forward the same to the "
                "Examiner of Local Fund Accounts for audit."
            ),
        ],
    ),
    (
        "number",
        [
            ("b", "Subject: "),
            (
                "Levy of user charges for solid waste management on commercial establishments "
                "under the Solid Waste Management Bye-laws, 2018."
            ),
        ],
        "2.",
    ),
    (
        "p",
        (
            "Sri K. Naveen Kumar (Ward 12), Leader of the Opposition, objected that small "
            "shops and street vendors would be burdened and demanded that establishments of "
            "less than 200 sq. ft. be exempted."
        ),
    ),
    (
        "p",
        (
            "The Commissioner clarified that the bye-laws already exempt street vendors "
            "registered under the Street Vendors Act, and that shops below 200 sq. ft. will pay "
            "the minimum charge of Rs. 100 per month."
        ),
    ),
    (
        "p",
        [
            ("b", "RESOLUTION No. 413: "),
            (
                "RESOLVED to approve the levy of user charges as proposed, with effect from "
                "01-08-2019, subject to exemption of shops of less than 100 sq. ft. carpet area."
            ),
        ],
    ),
    (
        "p",
        (
            "The resolution was passed by majority. Members of the Opposition recorded their "
            "dissent."
        ),
    ),
    (
        "number",
        [
            ("b", "Subject: "),
            "Naming of the new park in Ward 30 after the freedom fighter Sri Subbiah Pillai.",
        ],
        "3.",
    ),
    (
        "p",
        [
            ("b", "RESOLUTION No. 414: "),
            "RESOLVED unanimously to name the park \u201cSubbiah Pillai Memorial Park\u201d.",
        ],
    ),
    (
        "number",
        [
            ("b", "Subject: "),
            (
                "Sanction of Rs. 2.40 crore for the desilting of storm water drains in "
                "Zones II and IV before the North-East monsoon."
            ),
        ],
        "4.",
    ),
    (
        "p",
        (
            "Smt. R. Kalaiselvi (Ward 18) stated that the drains in her ward had not been "
            "desilted for three years and that the work done last year in Zone IV was "
            "incomplete."
        ),
    ),
    (
        "p",
        (
            "Sri K. Naveen Kumar (Ward 12) demanded that the list of drains and the name of "
            "the contractor for each stretch be placed before the Ward Committees."
        ),
    ),
    (
        "p",
        (
            "The Mayor directed the Commissioner to place the list of works before the Ward "
            "Committees within fifteen days and to have the Superintending Engineer certify "
            "completion of each stretch before payment."
        ),
    ),
    (
        "p",
        [
            ("b", "RESOLUTION No. 415: "),
            (
                "RESOLVED to accord sanction for Rs. 2.40 crore from the General Fund for the "
                "desilting of storm water drains in Zones II and IV, subject to the directions "
                "of the Mayor recorded above."
            ),
        ],
    ),
    ("p", "Passed unanimously."),
    (
        "p",
        (
            "The meeting came to a close at 2.15 P.M. with a vote of thanks proposed by the "
            "Deputy Mayor."
        ),
    ),
    ("space", 18),
    ("plain", "Sd/- T. Gopalakrishnan, Council Secretary          Sd/- K. Lakshmi Devi, Mayor"),
]
