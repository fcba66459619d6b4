"""A long select committee transcript (10 pages): two panels of witnesses, Q numbers."""

FORMAT = "pdf"
HALF = "dev"
METADATA = {
    "title": "Justice Committee: Oral evidence: The prison estate, HC 1021",
    "author": "House of Commons",
    "subject": "Uncorrected transcript of oral evidence",
}
RUNNING_HEAD = ("Justice Committee", "Oral evidence: The prison estate, HC 1021")
FOOTER = "Uncorrected transcript \u2014 not an approved formal record"
LAYOUT = {"page": "A5", "size": 12.5, "leading": 19, "margin": 60, "space_after": 11,
          "hyphenate_below": 0.93}  # fmt: skip

TURNS = [
    (
        "Q1 Chair:",
        "Good morning, and welcome to this session of our inquiry into the condition of "
        "the prison estate. Would our first two witnesses please introduce themselves for the "
        "record?",
    ),
    (
        "Dame Frances Oduya:",
        "Good morning. I am Frances Oduya, His Majesty\u2019s Chief Inspector "
        "of Prisons for England and Wales.",
    ),
    ("Gareth Lyle:", "I am Gareth Lyle, Director of Estates at the Prison and Probation Service."),
    (
        "Q2 Chair:",
        "Dame Frances, your annual report described parts of the estate as "
        "\u201cdisgraceful\u201d. That is a strong word for an inspector. Why did you choose it?",
    ),
    (
        "Dame Frances Oduya:",
        "Because I could not find a milder one that was accurate. At four "
        "establishments last year my inspectors found cells with broken windows in January, "
        "toilets without screens in shared cells, and showers that had not worked for months. In "
        "one "
        "wing the only working shower served ninety men.",
    ),
    (
        "",
        "These are not questions of comfort. A prison in which men cannot wash, and in which "
        "staff have given up reporting repairs because nothing happens, is a prison in which "
        "violence and self-harm rise. We see that pattern again and again.",
    ),
    ("Q3 Chair:", "Mr Lyle, do you accept that description?"),
    (
        "Gareth Lyle:",
        "I accept the findings, and I have visited three of the four establishments "
        "myself since the report was published. The maintenance backlog across the estate now "
        "stands at a little under \u00a31.8 billion, and roughly a third of it is in the Victorian "
        "local prisons that hold men on remand and on short sentences.",
    ),
    ("Q4 Ms Begum:", "How has the backlog been allowed to grow to that size?"),
    (
        "Gareth Lyle:",
        "Over a decade, the money for maintenance was the money that could be "
        "deferred. When budgets were tight, a roof repair could wait a year and a new officer "
        "could "
        "not. Each year\u2019s deferral made the next year\u2019s repair more expensive. We have "
        "also had to close some of the worst accommodation entirely, which puts pressure on the "
        "rest.",
    ),
    ("Q5 Ms Begum:", "So the choice was made deliberately?"),
    (
        "Gareth Lyle:",
        "It was made year by year, and each year it was defensible. Taken together, it was not.",
    ),
    (
        "Q6 Mr Cawley:",
        "Dame Frances, is there any link between the physical state of a prison "
        "and the outcomes you measure, such as reoffending?",
    ),
    (
        "Dame Frances Oduya:",
        "There is a link with safety that we can show with our own data: "
        "establishments that we rate poor for living conditions are, with very few exceptions, the "
        "ones that we rate poor for safety. The link with reoffending is harder to prove, "
        "because so "
        "much else happens to a man after release. But a prison that cannot run its workshops "
        "because the roof leaks is a prison that cannot teach a trade.",
    ),
    ("Q7 Mr Cawley:", "How many workshops are closed for that reason today?"),
    (
        "Gareth Lyle:",
        "I will write to the Committee with the exact figure. My understanding is "
        "that it is between thirty and forty across the estate.",
    ),
    (
        "Q8 Dr Marr:",
        "I want to ask about the new prisons programme. The Government have "
        "committed to 20,000 new places. Will those places relieve the old estate, or simply be "
        "filled by a rising population?",
    ),
    (
        "Gareth Lyle:",
        "On current projections, the population will rise faster than the new "
        "places arrive until at least 2026. So, in the short term, the new places do not allow us "
        "to close old ones. That is the honest answer.",
    ),
    ("Q9 Dr Marr:", "Then the old estate will be needed for a decade at least?"),
    ("Gareth Lyle:", "At least a decade, yes."),
    (
        "Dame Frances Oduya:",
        "If I may add to that: the risk is that the new prisons take the "
        "attention and the money, and the old ones are left to decay further because everyone "
        "assumes they are about to close. I have been inspecting prisons that were \u201cabout to "
        "close\u201d for fifteen years.",
    ),
    ("Q10 Mr Maddox:", "What would you have the Department do differently?"),
    (
        "Dame Frances Oduya:",
        "Three things. First, a ring-fenced budget for maintenance that "
        "cannot be raided in-year. Second, a published list of the repairs outstanding at each "
        "prison, so that governors, inspectors and this Committee can see whether the backlog is "
        "falling. Third, a rule that no cell is used if it fails the basic standard \u2014 a "
        "working "
        "toilet with a screen, a window that closes, a bed and a chair.",
    ),
    ("Q11 Mr Maddox:", "Mr Lyle, could the Department accept those three proposals?"),
    (
        "Gareth Lyle:",
        "The second I can commit to today: we will publish the backlog by "
        "establishment from the next financial year. The first is a matter for the Treasury as "
        "much "
        "as for us. On the third, I share the aim, but if we took every failing cell out of use "
        "tomorrow we would have nowhere to put several thousand men.",
    ),
    (
        "Q12 Chair:",
        "That is a stark admission. Are you saying the system is already full "
        "beyond the point at which it can meet its own standards?",
    ),
    (
        "Gareth Lyle:",
        "I am saying that the operational capacity of the estate includes cells "
        "that we would not choose to use, and that we use them because the alternative is not "
        "receiving men from the courts.",
    ),
    (
        "Q13 Ms Begum:",
        "Dame Frances, what happens when your inspectors make a recommendation "
        "about a building and nothing is done?",
    ),
    (
        "Dame Frances Oduya:",
        "We repeat it, and we note that it has been repeated. In our last "
        "round of inspections, 41 per cent of the recommendations about living conditions had "
        "already been made at the previous inspection. That figure ought to worry everyone in this "
        "room.",
    ),
    ("Q14 Chair:", "Thank you both. We will now hear from our second panel."),
    ("", "Examination of witness"),
    ("", "Witness: Tamsin Rowe."),
    ("Q15 Chair:", "Welcome, Ms Rowe. Would you introduce yourself for the record?"),
    (
        "Tamsin Rowe:",
        "Thank you, Chair. I am Tamsin Rowe, Chief Executive of the Prison Reform "
        "Network, a charity that works with people in prison and their families.",
    ),
    ("Q16 Chair:", "You heard the first panel. What did they leave out?"),
    (
        "Tamsin Rowe:",
        "The families. When a prison is in poor repair, the visits hall is often "
        "the first thing to close, because it is the one space that can be given up without "
        "affecting the count. We hear from mothers who have travelled four hours with small "
        "children to be told at the gate that visits are cancelled.",
    ),
    (
        "",
        "Contact with family is one of the strongest protections against reoffending that we "
        "know of. Cutting it to save on repairs is a false economy.",
    ),
    ("Q17 Dr Marr:", "Do you have figures for cancelled visits?"),
    (
        "Ms Rowe:",
        "Not national figures, no, and that is part of the problem: nobody collects "
        "them. Our own helpline logged 1,140 calls about cancelled visits last year, up from 610 "
        "the year before.",
    ),
    (
        "Q18 Mr Cawley:",
        "Is there anything in Dame Frances\u2019s three proposals that you would change?",
    ),
    (
        "Ms Rowe:",
        "I would add a fourth: that the basic standard for a cell should include "
        "working in-cell telephony, so that a man can call his children when a visit is cancelled. "
        "It costs little, and it has been shown to reduce violence.",
    ),
    ("Q19 Ms Begum:", "You mentioned in-cell telephony. How widespread is it now?"),
    (
        "Ms Rowe:",
        "It is in roughly half of the estate. The prisons without it are, almost "
        "without exception, the old local prisons that we have been discussing this morning, "
        "because their wiring cannot take it. So the men with the worst conditions are also the "
        "ones least able to call home.",
    ),
    (
        "Q20 Mr Maddox:",
        "Finally, Ms Rowe, if the Committee could make one recommendation only, what should it be?",
    ),
    (
        "Ms Rowe:",
        "Publish the backlog, prison by prison, every year. What is measured in public "
        "tends to get done.",
    ),
    ("Q21 Chair:", "Thank you. That concludes our session this morning."),
]

BLOCKS = [
    ("plain", "HOUSE OF COMMONS"),
    ("title", "JUSTICE COMMITTEE"),
    ("plain", "Oral evidence: The prison estate, HC 1021"),
    ("plain", "Tuesday 14 March 2023"),
    (
        "plain",
        [
            (
                "i",
                "This is an uncorrected transcript of evidence taken in public and webcast "
                "on the Parliament website. Neither Members nor witnesses have had the "
                "opportunity to correct the record. The transcript is not yet an approved "
                "formal record of these proceedings.",
            )
        ],
    ),
    ("plain", "Watch the meeting"),
    (
        "plain",
        "Members present: Sir Robert Ealing (Chair); Fatima Begum; James Cawley; "
        "Dr Helen Marr; Kieran Maddox.",
    ),
    ("plain", "Questions 1 - 21"),
    ("heading", "Witnesses"),
    (
        "plain",
        "I: Dame Frances Oduya, HM Chief Inspector of Prisons; and Gareth Lyle, Director "
        "of Estates, Prison and Probation Service.",
    ),
    ("plain", "II: Tamsin Rowe, Chief Executive, Prison Reform Network."),
    ("heading", "Examination of witnesses"),
    ("plain", "Witnesses: Dame Frances Oduya and Gareth Lyle."),
]
for label, text in TURNS:
    if not label and text.startswith(("Examination", "Witness:")):
        BLOCKS.append(("heading" if text.startswith("Examination") else "plain", text))
    elif label:
        BLOCKS.append(("plain", [("b", label), " " + text]))
    else:
        BLOCKS.append(("plain", text))
