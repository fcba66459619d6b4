"""A Microsoft Teams transcript downloaded as .docx: name and time, then the text."""

FORMAT = "docx"
HALF = "dev"
METADATA = {
    "title": "Finance and Audit Committee-20230412_140312-Meeting Recording",
    "author": "",
    "subject": "",
}

TURNS = [
    (
        "Gallagher, Martin",
        "0:05",
        "OK, I think that's recording now. Welcome, everyone, to the Finance and Audit Committee. "
        "For the recording, I'm Martin Gallagher, chair of the committee; with me are Helen "
        "Achterberg and Priya Shah, our Director of Finance, and Daniel Osei from Kingsley and "
        "Moore "
        "for the audit item. Two trustees, so we're quorate.",
    ),
    (
        "Gallagher, Martin",
        "0:24",
        "First item is the management accounts to the end of February. Priya, over to you.",
    ),
    (
        "Shah, Priya",
        "0:31",
        "Thanks, Martin. So, eleven months in, unrestricted income is \u00a31.94 million, which is "
        "about \u00a360,000 ahead of budget, mainly because the spring appeal did better than we "
        "thought. Expenditure is on budget.",
    ),
    (
        "Shah, Priya",
        "1:02",
        "The one thing I want to flag is the pension deficit contributions. The scheme actuary has "
        "written to say they'll go up from April, and that's roughly \u00a345,000 a year we "
        "haven't "
        "budgeted for.",
    ),
    ("Achterberg, Helen", "1:34", "Is that certain, or is it subject to the valuation?"),
    (
        "Shah, Priya",
        "1:40",
        "It's subject to the valuation being signed off, but the actuary says it's unlikely to "
        "change by much.",
    ),
    (
        "Gallagher, Martin",
        "2:05",
        "OK. Let's note that and come back to it under the budget item. Daniel, do you want to "
        "take "
        "us through the audit planning report?",
    ),
    (
        "Daniel Osei (Guest)",
        "2:14",
        "Yes, thank you. So the plan is much as last year. We've set materiality at \u00a348,000, "
        "which is two per cent of gross income. The two significant risks we've identified are "
        "income recognition for legacies, and management override of controls, which is on every "
        "audit.",
    ),
    (
        "Daniel Osei (Guest)",
        "2:51",
        "We'll be on site, well, mostly remote, from the 5th of June, and we'd expect to bring the "
        "draft report to this committee in September.",
    ),
    (
        "Achterberg, Helen",
        "3:20",
        "On legacies: we had two large ones notified in January. Will you want to see the "
        "probate correspondence for both?",
    ),
    (
        "Daniel Osei (Guest)",
        "3:31",
        "We will, yes, and the estate accounts if they're available by then.",
    ),
    (
        "Gallagher, Martin",
        "3:45",
        "Thank you. Are we happy to recommend the audit plan to the board? Helen? Yes. Good, "
        "that's "
        "agreed. Thank you, Daniel, we'll let you drop off now.",
    ),
    ("Daniel Osei (Guest)", "3:58", "Thanks, all. Bye."),
]

BLOCKS = [
    ("p", "Finance and Audit Committee-20230412_140312-Meeting Recording"),
    ("p", "April 12, 2023, 2:03PM"),
    ("p", "47m 12s"),
    ("p", ""),
    ("p", "Gallagher, Martin started transcription"),
    ("p", ""),
]
for name, time, text in TURNS:
    BLOCKS += [("p", f"{name}   {time}"), ("p", text), ("p", "")]
BLOCKS.append(("p", "Gallagher, Martin stopped transcription"))
