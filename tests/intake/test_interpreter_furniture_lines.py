"""Lines that are furniture by what they say, wherever they stand; and the lines like them
that are minutes."""

import pytest

from intake.interpreter.furniture import is_furniture


@pytest.mark.parametrize(
    "line",
    [
        # A document's control marks.
        "Distr.: General",
        "Distr.: Limited 14 November 2018",
        "Original: English",
        "Original: French/English",
        "Vol. 1038 No. 4",
        "ISSN 1710-9477 · Hansard is produced by the Hansard Reporting Service",
        "Printed on 7/19/2019",
        "Printed: 19.07.2019 10:14",
        # A publisher's legal footer, a press office's marks.
        "Legal notice",
        "Terms and Conditions",
        "Disclaimer: The electronic version is for information purposes only.",
        "E&OE TRANSCRIPT",
        "ENDS",
        "Media contact: Minister's office, (02) 6277 7000",
        "Press enquiries: press@example.org",
        "Subscribe to PMG for free alerts on this committee's meetings.",
        "SALGA submission (PDF)",
        "Annual report (PDF, 1.2 MB)",
        # A tool's notes, events and caveats.
        "Generated from IRC by typo-minutes-bot",
        "Generated with Otter.ai",
        "This editable transcript was computer generated and might contain errors.",
        "18:30:02 Recording started.",
        "[00:41:27] Recording stopped.",
        # Signature blocks with a rule to sign on.
        "Signed as a true record ......................... Chair",
        "Confirmed __________________ Date __________",
        # Markdown editors' marks.
        "[TOC]",
        "[[_TOC_]]",
        "#meetings #department",
        "*[RC]: Rotary Club",
        "Up: [[Department meetings MOC]] · Previous: [[2019-04-10 History Dept meeting]]",
        # A page's history, a tool's signature, a wiki's labels and slugs, a shortcode.
        "Created by Rafael Quintero, last modified on Jun 18, 2019",
        "Created with Microsoft OneNote 2016.",
        "Edited by mdelgado",
        "Published 4 July 2019",
        "Produced by the Information Service for use of the media; not an official record.",
        "Labels: meeting-notes accessibility",
        "meeting-notes",
        "{{< members-only >}}",
        "{% include footer.html %}",
        # A mail's confidentiality notice, a distribution list, a signature with a phone.
        "This e-mail and any attachments are intended for the named recipients only",
        "This message may contain confidential information.",
        "Copy to: Block Development Officer, Panchayat Samiti Khed",
        "Bernie Quinlan | Branch Secretary | 07700 900418",
        # What an AI summary tool prints about itself.
        "AI-generated content may be inaccurate or misleading. Always check for accuracy.",
        "Please rate the accuracy of this summary.",
        # A running foot printed as one row.
        "City of Cedar Falls | Page 1 | Printed on 7/19/2019",
    ],
)
def test_furniture_lines(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The original proposal was in English and French.",
        "Ends of the budget were discussed.",
        "The disclaimer on the website was reviewed by the board.",
        "Printed copies of the report were distributed to members.",
        "The minutes were signed as a true record.",
        "#startmeeting",
        "#endmeeting",
        "#topic Budget for 2020",
        "#agreed The budget is approved",
        "18:31:10 Ann Lee: Welcome, everyone.",
        "The media contact for the project will be the clerk.",
        "Ms Lee presented the submission (see the PDF circulated).",
        "Members subscribe to the view that the plan is sound.",
        "Vice-Chair",
        "Vice-President",
        "Ex-officio",
        "This message is to confirm the board's decision on the lease.",
        "Created a working group on the budget.",
        "Labels on the new bins were discussed by residents.",
    ],
)
def test_lines_like_them_that_are_minutes(line):
    assert not is_furniture(line)
