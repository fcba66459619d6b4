"""A learned society's council (Word): attendance table, tracked change, comment."""

FORMAT = "docx"
HALF = "heldout2"
METADATA = {"title": "Council minutes 212", "author": "Executive Officer", "subject": "Council"}
HEADER = "The Limnological Society \u00b7 Registered charity no. 1047721"
FOOTER = "Unconfirmed minutes \u2013 not for circulation beyond Council"

BLOCKS = [
    ("title", "The Limnological Society"),
    ("heading", "Minutes of the 212th meeting of Council", 1),
    (
        "p",
        (
            "Held on 13th June 2019 at 10.30am in the Society's rooms, 14 Gower "
            "Mews, London WC1E 6BT, with members joining by video link."
        ),
    ),
    (
        "table",
        [
            ["Name", "Office", "Attendance"],
            ["Professor Gwenllian Rees FRS", "President (in the Chair)", "Present"],
            ["Dr Oluwaseun Adebayo", "Honorary Secretary", "Present"],
            ["Dr Marcus Fairweather", "Honorary Treasurer", "Present"],
            ["Professor Ingrid Solheim", "Vice-President", "By video link"],
            ["Dr Priyanka Raghavan", "Council member", "Present"],
            ["Dr Tobias Kerr", "Council member", "By video link"],
            ["Ms Ellen Castellano", "Early-career representative", "Present"],
            ["Professor Alan Birtwistle", "Council member", "Apologies"],
            ["Mrs Jane Holroyd", "Executive Officer", "In attendance"],
        ],
    ),
    ("heading", "19/21  Minutes and matters arising", 2),
    ("p", ("The minutes of the 211th meeting, held on 7 March 2019, were approved and signed.")),
    ("heading", "19/22  President's business", 2),
    (
        "p",
        (
            "The President reported that the Society's submission to the "
            "parliamentary inquiry on water quality had been cited twice in the "
            "committee's report, and thanked Dr Raghavan for leading it."
        ),
    ),
    (
        "p",
        [
            (
                "She informed Council that the Society's patron had agreed to present "
                "the medals at the Annual Meeting in December."
            )
        ],
    ),
    ("heading", "19/23  Finance", 2),
    (
        "p",
        [
            (
                "The Honorary Treasurer presented the management accounts to 31 May. "
                "Subscription income was "
            ),
            ("del", "slightly "),
            ("ins", "4% "),
            (
                "below budget, offset by higher journal royalties. He proposed that "
                "subscriptions for 2020 rise by \u00a33 for full members and remain "
                "unchanged for students and retired members."
            ),
        ],
    ),
    (
        "p",
        ("Council RESOLVED to recommend the new subscription rates to the Annual General Meeting."),
    ),
    ("heading", "19/24  Awards", 2),
    (
        "p",
        [
            (
                "comment",
                (
                    "Council considered the recommendations of the Awards Committee and "
                    "approved the award of the Forel Medal to Professor Hannah Lindqvist "
                    "and the Early Career Prize to Dr Samir Haddad."
                ),
                "Names embargoed until announced by press release on 1 July",
            )
        ],
    ),
    (
        "p",
        (
            "Professor Solheim declared an interest, as Dr Haddad's former "
            "doctoral supervisor, and took no part in the discussion of the Early "
            "Career Prize."
        ),
    ),
    ("heading", "19/25  Journal", 2),
    (
        "p",
        (
            "Dr Kerr reported that the move to open access had increased "
            "submissions by 38%, but that the rejection rate had risen to 71% and "
            "reviewers were harder to find. Council discussed whether to pay "
            "reviewers and agreed that it would not, but would offer a discount on "
            "the Annual Meeting fee to reviewers of three or more papers."
        ),
    ),
    (
        "p",
        (
            "Ms Castellano asked that early-career researchers be invited to "
            "review jointly with a mentor. This was welcomed."
        ),
    ),
    ("heading", "19/26  Membership", 2),
    (
        "p",
        (
            "The Honorary Secretary reported that membership stood at 1,412, of "
            "whom 388 were students. Council approved the election of the 46 new "
            "members listed in paper C/19/14."
        ),
    ),
    (
        "p",
        (
            "Dr Adebayo noted that 61 members had lapsed since January, most of "
            "them early-career members who had moved abroad. Council agreed to "
            "offer a reduced overseas rate for the first three years after a "
            "member moves abroad, and asked the Executive Officer to cost it."
        ),
    ),
    ("heading", "19/27  Annual Meeting 2019", 2),
    (
        "p",
        (
            "Mrs Holroyd reported on arrangements for the Annual Meeting, to be "
            "held at the University of Stirling from 9 to 11 December. 212 "
            "abstracts had been received. The following were agreed:"
        ),
    ),
    ("number", "that the plenary lecture be given by the Forel medallist;"),
    ("number", "that the student registration fee be held at \u00a395; and"),
    (
        "number",
        (
            "that a session on freshwater monitoring by citizen scientists be "
            "added at the request of the Policy Committee."
        ),
    ),
    (
        "p",
        (
            "Professor Birtwistle had sent comments on the programme in advance, "
            "which the President read to Council."
        ),
    ),
    ("heading", "19/28  Any other business", 2),
    (
        "p",
        (
            "Dr Raghavan asked that future meetings of Council start at 11.00 to "
            "allow members from the north to travel on the day. This was agreed "
            "for the December meeting as a trial."
        ),
    ),
    ("heading", "19/29  Date of next meeting", 2),
    ("p", "Thursday 19 September 2019, 10.30am."),
]
