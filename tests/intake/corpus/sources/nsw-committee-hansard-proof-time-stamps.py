"""An Australian state upper house committee's uncorrected Hansard proof (PDF): a cover page with
members present, witnesses sworn and affirmed, 'The CHAIR:' and 'The Hon. NAME SURNAME:' labels,
time stamps in brackets on their own lines, unlabelled second paragraphs, a second panel and a
point of order."""

FORMAT = "pdf"
HALF = "heldout8"
METADATA = {
    "title": "Transcript - Regional ambulance response times - 29 August 2019 - UNCORRECTED",
    "author": "Hansard",
    "subject": "Portfolio Committee No. 2 - Health",
}
FOOTER = "UNCORRECTED PROOF \u2013 NOT TO BE QUOTED"
RUNNING_HEAD = ("Thursday, 29 August 2019", "Legislative Council \u2013 UNCORRECTED")
LAYOUT = {"family": "Times", "size": 11, "leading": 14, "plain_first_page": True, "justify": True}


def said(label, text):
    return ("p", [("b", label), " " + text])


BLOCKS = [
    ("space", 60),
    ("center", [("b", "REPORT ON PROCEEDINGS BEFORE")], 13),
    ("space", 10),
    ("center", [("b", "PORTFOLIO COMMITTEE NO. 2 \u2013 HEALTH")], 15),
    ("space", 10),
    ("center", [("b", "INQUIRY INTO REGIONAL AMBULANCE RESPONSE TIMES")], 13),
    ("space", 30),
    ("center", "UNCORRECTED"),
    ("space", 30),
    ("center", "At Macquarie Room, Parliament House, Sydney, on Thursday 29 August 2019"),
    ("space", 20),
    ("center", "The Committee met at 10:30"),
    ("space", 30),
    ("center", [("b", "PRESENT")]),
    ("center", "The Hon. Margaret Cleary (Chair)"),
    ("center", "The Hon. Dr Peter Ashwin"),
    ("center", "Ms Rachel Hendy (Deputy Chair)"),
    ("center", "Mr Justin Fielder"),
    ("center", "The Hon. Tony Vukovic"),
    ("pagebreak", ""),
    said(
        "The CHAIR:",
        "Welcome to the third hearing of the Committee's inquiry into regional ambulance "
        "response times. Before I commence I acknowledge the Gadigal people, who are the "
        "traditional custodians of this land. Today we will hear from the Paramedics' "
        "Professional Association and then from NSW Health officials this afternoon.",
    ),
    (
        "p",
        "Witnesses are reminded that evidence is given under parliamentary privilege. "
        "If you take a question on notice, the secretariat will contact you with the "
        "transcript and the question.",
    ),
    (
        "plain",
        [
            ("b", "DANIEL KURTZ"),
            ", State Secretary, Paramedics' Professional Association, sworn and examined",
        ],
    ),
    (
        "plain",
        [
            ("b", "LEONIE BATES"),
            ", Delegate (Far West), Paramedics' Professional Association, affirmed and examined",
        ],
    ),
    said("The CHAIR:", "Would either of you like to make a short opening statement?"),
    said(
        "Mr KURTZ:",
        "Thank you, Chair. Our members in regional stations are doing more with less. In "
        "2018\u201319 the median response time for priority one cases outside the major "
        "centres was 19.6 minutes, against 11.2 minutes in metropolitan Sydney. That gap "
        "has widened every year for five years.",
    ),
    (
        "p",
        "The biggest single cause is ramping. When a crew waits three hours at a base "
        "hospital to hand over a patient, the nearest free ambulance for the next call may "
        "be two towns away.",
    ),
    said(
        "Ms BATES:",
        "I work out of Cobar. On a bad night our one crew is in Dubbo, 300 kilometres "
        "away, and the town has no cover at all until they get back. That happened eleven "
        "times in July.",
    ),
    said(
        "The Hon. TONY VUKOVIC:",
        "Ms Bates, when the crew is away, who responds to a cardiac arrest in Cobar?",
    ),
    said(
        "Ms BATES:",
        "In practice the volunteer community first responders, if they are available, and "
        "the rural fire brigade has a defibrillator. But nobody who can give drugs or "
        "manage an airway.",
    ),
    said(
        "The Hon. TONY VUKOVIC:",
        "Has the association put a number on how many extra crews would close the gap?",
    ),
    said(
        "Mr KURTZ:",
        "We estimate 140 additional paramedics across the five regional zones. I can "
        "give you the breakdown by station on notice.",
    ),
    said("The CHAIR:", "Thank you, we will take that on notice."),
    ("plain", "(10:52)"),
    said(
        "Ms RACHEL HENDY:",
        "Mr Kurtz, the Government says 700 new paramedics have been funded since 2018. "
        "Where have they gone?",
    ),
    said(
        "Mr KURTZ:",
        "Most of them into Sydney, the Central Coast and the Hunter, where the demand "
        "modelling says the calls are. The model counts calls. It does not count distance.",
    ),
    said(
        "The Hon. Dr PETER ASHWIN:",
        "Is that fair? Surely resources have to follow where most patients are.",
    ),
    said(
        "Mr KURTZ:",
        "Resources should follow need, and a patient in Brewarrina has the same heart as "
        "a patient in Parramatta. We are not asking for city response times in the bush. "
        "We are asking that a town is never left with no crew at all.",
    ),
    said(
        "Mr JUSTIN FIELDER:",
        "Ms Bates, how many of your colleagues at regional stations have left the service "
        "in the last two years?",
    ),
    said(
        "Ms BATES:",
        "In the Far West, nine out of about forty. Most went to mining companies, who "
        "pay more and roster them fourteen days on, fourteen off. Two went to Queensland.",
    ),
    (
        "p",
        "When someone leaves, the vacancy at a single-crew station can sit there for six "
        "months. Relief staff fly in for a week at a time and do not know the roads.",
    ),
    said("Mr JUSTIN FIELDER:", "Has anyone from the service asked you why people leave?"),
    said(
        "Ms BATES:",
        "Not formally. There is an exit survey, but it is online and most people do not bother.",
    ),
    ("plain", "(11:14)"),
    said(
        "The CHAIR:",
        "We are nearly out of time. Mr Kurtz, one last question from me. Your submission "
        "recommends a minimum staffing standard. What would that be?",
    ),
    said(
        "Mr KURTZ:",
        "Two crews on at all times at every station that covers a hospital with an "
        "emergency department, and no single-officer responses at night. It is what "
        "Victoria adopted in 2016.",
    ),
    said(
        "The CHAIR:",
        "Thank you both for your evidence and for travelling to Sydney. The secretariat "
        "will be in touch about the questions on notice.",
    ),
    ("plain", "(The witnesses withdrew.)"),
    ("plain", "(Luncheon adjournment)"),
    (
        "plain",
        [
            ("b", "DOMINIC ALVES"),
            ", Chief Executive, NSW Ambulance, sworn and examined",
        ],
    ),
    (
        "plain",
        [
            ("b", "KAREN LIEW"),
            ", Executive Director, Clinical Operations, NSW Ambulance, affirmed and examined",
        ],
    ),
    said(
        "The CHAIR:",
        "Welcome back. Mr Alves, you were in the gallery for the previous evidence. Would "
        "you like to respond to it in an opening statement?",
    ),
    said(
        "Mr ALVES:",
        "Briefly, Chair. I do not dispute the figures Mr Kurtz gave. Regional response "
        "times are not where we want them, and ramping is the single largest factor.",
    ),
    (
        "p",
        "What I would add is that 312 of the new paramedic positions funded since 2018 are "
        "in regional and rural stations, and a further 96 start in February. Eight stations "
        "have moved from single-crew to two-crew rosters in the last twelve months.",
    ),
    said(
        "Ms RACHEL HENDY:",
        "Mr Alves, the association says no station covering an emergency department should "
        "ever be left without a crew. Do you accept that standard?",
    ),
    said(
        "Mr ALVES:",
        "I accept the aim. I cannot promise it for every station on every night from next "
        "year, and I would not want to make a promise to this Committee that I cannot keep.",
    ),
    said("Ms RACHEL HENDY:", "So what would it cost?"),
    said(
        "Dr LIEW:",
        "We costed it last year at about $38 million a year for the 27 stations concerned, "
        "mostly in staff and some in vehicles. I can provide that costing on notice.",
    ),
    said(
        "The Hon. TONY VUKOVIC:",
        "Dr Liew, Ms Bates told us Cobar was left without cover eleven times in July. Is "
        "that right?",
    ),
    said(
        "Dr LIEW:",
        "Our data show nine occasions of more than an hour without a crew in the town in "
        "July. I do not doubt Ms Bates's count; we measure from the crew's departure from the "
        "station and she may be counting from the time of the call.",
    ),
    said("The Hon. TONY VUKOVIC:", "Whichever count is used, is that acceptable?"),
    said("Dr LIEW:", "No."),
    said(
        "The Hon. Dr PETER ASHWIN:",
        "Point of order: the member is asking the witness for an opinion on Government policy.",
    ),
    said(
        "The CHAIR:",
        "I think the question goes to the service's own standards, which the witness can "
        "answer. There is no point of order. Dr Liew has answered.",
    ),
    ("plain", "(14:47)"),
    said(
        "Mr JUSTIN FIELDER:",
        "Mr Alves, on ramping. What is the longest any crew waited to hand over a patient "
        "at a regional hospital this year?",
    ),
    said(
        "Mr ALVES:",
        "Seven hours and twelve minutes, at Dubbo, in June. That is unacceptable, and we "
        "have a joint protocol with the local health district that now requires the "
        "hospital to take the patient within an hour once a second crew is waiting.",
    ),
    said("Mr JUSTIN FIELDER:", "Is the protocol being followed?"),
    said(
        "Mr ALVES:",
        "Mostly. Compliance was 78 per cent in August. I will give the Committee the "
        "monthly figures by hospital.",
    ),
    said(
        "The CHAIR:",
        "Thank you. That concludes the hearing for today. Answers to questions on notice "
        "are due within 21 days.",
    ),
    ("plain", "(The witnesses withdrew.)"),
    ("plain", "The Committee adjourned at 15:02."),
]
