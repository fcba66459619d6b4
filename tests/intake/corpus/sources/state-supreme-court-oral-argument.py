"""A state supreme court's oral argument transcript (PDF): "Official - Subject to Final
Review" as running head, the reporting firm in the footer, numbered lines, a caption page with
appearances, a contents page, "P R O C E E D I N G S", times in brackets, "CHIEF JUSTICE
SURNAME:", "JUSTICE SURNAME:", "MS. SURNAME:" labels, argument headings as sessions,
"(Laughter.)", the submission notice and a word index with page:line references."""

FORMAT = "pdf"
HALF = "heldout6"
METADATA = {
    "title": "S-24117 Delgado Farms v. Water Resources Board - Oral Argument",
    "author": "Capitol Reporting Associates",
    "subject": "Official - Subject to Final Review",
}
RUNNING_HEAD = ("Official - Subject to Final Review", "")
FOOTER = "Capitol Reporting Associates, LLC  (555) 201-4400  www.capitolreporting.example"
LAYOUT = {
    "family": "Courier",
    "size": 11,
    "leading": 22,
    "margin": 72,
    "first_indent": 0,
    "space_after": 0,
    "hyphenate_below": 0.0,
    "line_numbers": True,
}


def turn(label: str, text: str):
    return ("plain", f"{label}: {text}")


BLOCKS = [
    ("center", "IN THE SUPREME COURT OF THE STATE OF MONTERRA"),
    ("center", "- - - - - - - - - - - - - - - - - - x"),
    ("plain", "DELGADO FARMS, LLC,\n              Appellant,"),
    ("plain", "      v.                          No. S-24117"),
    ("plain", "MONTERRA WATER RESOURCES BOARD,\n              Appellee."),
    ("center", "- - - - - - - - - - - - - - - - - - x"),
    ("center", "Capitol City, Monterra\nWednesday, October 9, 2019"),
    (
        "plain",
        "The above-entitled matter came on for oral argument before the Supreme Court of the "
        "State of Monterra at 9:30 a.m.",
    ),
    ("plain", "APPEARANCES:"),
    (
        "plain",
        "SARAH K. LINDQVIST, ESQ., Capitol City, Monterra; on behalf of the Appellant.",
    ),
    (
        "plain",
        "DEPUTY SOLICITOR GENERAL MARCUS T. OYELARAN, Capitol City, Monterra; on behalf of "
        "the Appellee.",
    ),
    ("pagebreak", ""),
    ("center", "C O N T E N T S"),
    ("plain", "ORAL ARGUMENT OF                                 PAGE"),
    ("plain", "SARAH K. LINDQVIST, ESQ.\n  On behalf of the Appellant                       3"),
    ("plain", "MARCUS T. OYELARAN\n  On behalf of the Appellee                        4"),
    (
        "plain",
        "REBUTTAL ARGUMENT OF\nSARAH K. LINDQVIST, ESQ.\n"
        "  On behalf of the Appellant                       4",
    ),
    ("pagebreak", ""),
    ("center", "P R O C E E D I N G S"),
    ("center", "(9:30 a.m.)"),
    turn(
        "CHIEF JUSTICE HARLAN",
        "We'll hear argument this morning in Case S-24117, Delgado Farms against the "
        "Monterra Water Resources Board. Ms. Lindqvist.",
    ),
    ("center", "ORAL ARGUMENT OF SARAH K. LINDQVIST\nON BEHALF OF THE APPELLANT"),
    turn(
        "MS. LINDQVIST",
        "Thank you, Chief Justice, and may it please the Court: The Board forfeited my "
        "client's 1952 water right for five years of non-use, but for three of those five "
        "years the Board's own drought order forbade Delgado Farms to divert. A right cannot "
        "be lost for failing to do what the State had made unlawful.",
    ),
    turn(
        "JUSTICE ABERNATHY",
        "Counsel, the drought order ran from 2012 to 2015. What about 2010 and 2011? Nobody "
        "stopped your client from irrigating in those years.",
    ),
    turn(
        "MS. LINDQVIST",
        "That's right, Your Honor, but the statute requires five consecutive years of "
        "non-use. Two years of non-use followed by three years of prohibition is not five "
        "years of anything.",
    ),
    turn(
        "JUSTICE OKAFOR-REYES",
        "The Board says the prohibition is irrelevant because your client had already "
        "stopped farming the parcel. Is there anything in the record that shows it intended "
        "to resume?",
    ),
    turn(
        "MS. LINDQVIST",
        "Yes. The 2013 lease to the Ruiz family, at page 212 of the record, requires the "
        'tenant to plant alfalfa "as soon as diversion is lawfully permitted." That is an '
        "intent to use, written down in the middle of the drought.",
    ),
    turn(
        "JUSTICE WHITCOMB",
        "And if we disagree with you about the lease, do you lose?",
    ),
    turn(
        "MS. LINDQVIST",
        "No, Your Honor. Intent matters only if the years of non-use were voluntary, and "
        "three of them were not. I'd like to reserve the rest of my time.",
    ),
    turn("CHIEF JUSTICE HARLAN", "Thank you, counsel. Mr. Oyelaran."),
    ("center", "ORAL ARGUMENT OF MARCUS T. OYELARAN\nON BEHALF OF THE APPELLEE"),
    turn(
        "MR. OYELARAN",
        "Chief Justice, and may it please the Court: The drought order did not take anything "
        "from Delgado Farms that it was using. By 2012 the headgate had been welded shut for "
        "two years and the pump sold for scrap.",
    ),
    turn(
        "JUSTICE CHO",
        "But the statute doesn't say anything about headgates. It says five years. On your "
        "reading, if the drought had lasted ten years, every junior right in the basin would "
        "have been forfeited.",
    ),
    turn(
        "MR. OYELARAN",
        "Not every right, Justice Cho. Only the rights of holders who had already stopped "
        "using the water before the order. Those who were irrigating in 2011 were protected.",
    ),
    turn(
        "JUSTICE ABERNATHY",
        "So the Board would have us count the years of the drought against some holders and "
        "not others.",
    ),
    turn(
        "MR. OYELARAN",
        "Against those whose non-use didn't have anything to do with the drought, yes. I "
        "would point the Court to the hearing officer's finding that the farm would not have "
        "diverted even without the order.",
    ),
    turn(
        "JUSTICE WHITCOMB",
        "A finding about what someone would have done in a world that didn't happen. That's a "
        "lot of weight for a hearing officer to carry.",
    ),
    ("center", "(Laughter.)"),
    turn(
        "MR. OYELARAN",
        "It is, Your Honor, but it's a finding of fact, and it is reviewed for substantial "
        "evidence. Thank you.",
    ),
    turn("CHIEF JUSTICE HARLAN", "Thank you. Ms. Lindqvist, you have two minutes."),
    ("center", "REBUTTAL ARGUMENT OF SARAH K. LINDQVIST\nON BEHALF OF THE APPELLANT"),
    turn(
        "MS. LINDQVIST",
        "Two points. The welded headgate is in the record because the Board's own inspector "
        "ordered it welded in 2010 after a flood. And the pump was replaced in 2016, the "
        "first year diversion was allowed again. We ask the Court to reverse.",
    ),
    turn("CHIEF JUSTICE HARLAN", "Thank you, counsel. The case is submitted."),
    (
        "plain",
        "(Whereupon, at 10:07 a.m., the case in the above-entitled matter was submitted.)",
    ),
    ("pagebreak", ""),
    ("center", "I N D E X"),
    ("plain", "A"),
    ("plain", "a.m 1:12 3:2 5:9"),
    ("plain", "alfalfa 3:23"),
    ("plain", "Appellant 1:4,15 3:7 4:20"),
    ("plain", "B"),
    ("plain", "basin 4:9"),
    ("plain", "Board 3:4,9,10,19 4:22"),
    ("plain", "D"),
    ("plain", "drought 3:11,13,25 4:4,8,19"),
    ("plain", "H"),
    ("plain", "headgate 4:5 4:22"),
    ("plain", "W"),
    ("plain", "welded 4:5 4:22,23"),
]
