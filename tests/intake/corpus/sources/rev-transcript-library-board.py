"""A public library board's meeting transcribed by Rev and downloaded as Word: the export
notice as page header, the file name with the completion date as title, "Name (hh:mm:ss):"
label lines above each turn, unidentified "Speaker N" labels (one of them addressed by first
name, one naming herself), "Multiple Speakers" answering a voice vote, a label misspelt once,
[inaudible]/[crosstalk] tags with times, "Transcript by Rev.com" in the footer."""

FORMAT = "docx"
HALF = "heldout6"
METADATA = {
    "title": "Library Board 2019-03-12",
    "author": "Rev.com",
    "subject": "",
}
HEADER = "This transcript was exported on Mar 14, 2019 - view latest version here."
FOOTER = "Library Board 2019-03-12 (Completed 03/14/19)    Transcript by Rev.com"

TURNS = [
    (
        "Karen Wu",
        "00:00:32",
        [
            "Okay, it's 7:01. I'll call the regular meeting of the Hollis Falls Public Library "
            "Board of Trustees to order, Tuesday, March 12th, here in the Carnegie Room. All "
            "trustees are present except Marcus, who let me know he's out of town.",
        ],
    ),
    (
        "Karen Wu",
        "00:02:48",
        [
            "First thing is the consent agenda. That's the February minutes and the bills list. "
            "Anything anybody wants pulled?"
        ],
    ),
    ("Raymond Boyle", "00:04:00", ["I'll move we approve the consent agenda as presented."]),
    ("Speaker 4", "00:04:24", ["Second."]),
    ("Karen Wu", "00:04:40", ["Moved and seconded. All in favor?"]),
    ("Multiple Speakers", "00:04:56", ["Aye."]),
    ("Karen Wu", "00:05:04", ["Opposed? Okay, that carries. Tom, director's report."]),
    (
        "Tom Okafor",
        "00:05:52",
        [
            "Thanks, Karen. Three things. Circulation for February was 14,210, which is up six "
            "percent on last February, and most of that is the e-books through the consortium.",
            "Second, the roof. The contractor found more rot around the skylight than they "
            "expected, so the change order is $8,400 on top of the $61,000 you approved. I'd "
            "like the board to approve that tonight so they don't have to leave the site.",
            "And third, I want to put on the table for April going fine-free on children's and "
            "teen materials. We collected $3,180 in juvenile fines last year, and we have about "
            "four hundred kids with blocked cards because of fines under ten dollars.",
        ],
    ),
    (
        "Denise Harlow",
        "00:17:20",
        [
            "On the roof, Tom, where does the 8,400 come from? Is that out of the building "
            "reserve or the operating budget?"
        ],
    ),
    (
        "Tom Okafor",
        "00:18:24",
        [
            "Building reserve. The reserve is at about $212,000 after the original contract, so "
            "it's well within it."
        ],
    ),
    (
        "Denise Harlowe",
        "00:19:52",
        ["Okay. Then I'll move we approve the change order, not to exceed $8,400."],
    ),
    ("Raymond Boyle", "00:20:32", ["Second."]),
    (
        "Speaker 4",
        "00:20:48",
        [
            "Before we vote, can we get it in writing that this is the last change order? "
            "Because the skylight was the thing they said [inaudible 00:21:28] last fall."
        ],
    ),
    (
        "Tom Okafor",
        "00:22:08",
        [
            "I can't promise that, Ellen. Once the old membrane is off we'll know. I'll ask for "
            "a written statement of what's been inspected."
        ],
    ),
    ("Karen Wu", "00:23:20", ["Fair enough. All in favor of the change order?"]),
    ("Multiple Speakers", "00:23:44", ["Aye."]),
    ("Karen Wu", "00:23:52", ["Opposed? None. It carries."]),
    (
        "Raymond Boyle",
        "00:24:40",
        [
            "On fine-free, I'm for it, but I'd want to see what other libraries in the system "
            "did about lost items. Fines and replacement costs aren't the same thing. "
            "[crosstalk 00:25:52]"
        ],
    ),
    ("Karen Wu", "00:26:08", ["One at a time. Ray, finish."]),
    (
        "Raymond Boyle",
        "00:26:24",
        ["Just that we should still charge for lost books. Otherwise that's what I had."],
    ),
    (
        "Karen Wu",
        "00:27:12",
        [
            "Tom, can you bring a draft policy in April with the numbers from the other "
            "libraries? Okay. Public comment. Is there anyone who'd like to address the board? "
            "Please give your name."
        ],
    ),
    (
        "Speaker 6",
        "00:28:56",
        [
            "Hi, Gloria Pettis, I live on Elm Street. I just want to say, as a grandmother, the "
            "fines are why my grandson stopped coming. He owed four dollars and he was "
            "embarrassed. So please do it.",
        ],
    ),
    (
        "Karen Wu",
        "00:30:56",
        ["Thank you, Ms. Pettis. Anyone else? Then I'll take a motion to adjourn."],
    ),
    ("Denise Harlow", "00:31:44", ["So moved."]),
    ("Karen Wu", "00:32:00", ["We're adjourned at 7:33. Thanks, everybody."]),
]

BLOCKS = [
    ("p", [("b", "Library Board 2019-03-12 (Completed 03/14/19)")]),
    ("p", "Transcript by Rev.com"),
    ("p", ""),
]
for name, time, paragraphs in TURNS:
    BLOCKS.append(("p", f"{name} ({time}):"))
    BLOCKS += [("p", text) for text in paragraphs]
    BLOCKS.append(("p", ""))
