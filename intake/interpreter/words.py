"""The vocabularies the rules share: offices, organisations, headings and meetings."""

import re

# Offices printed before a name ("Chairman Jane Doe", "THE PRESIDENT"): kept as the role,
# never as the name. Longer forms first, so that "vice chair" is taken before "chair".
ROLE_WORDS = [
    "acting chairman", "acting chair", "acting president", "vice chairman", "vice chairwoman",
    "vice chairperson", "vice-chair", "vice chair", "deputy chairman", "deputy chair",
    "co-chairman",
    "co-chair", "under secretary", "under-secretary-general", "assistant secretary",
    "deputy secretary", "deputy convener", "deputy convenor", "deputy president",
    "deputy leader", "deputy chief executive", "deputy clerk", "secretary-general",
    "secretary general", "deputy director",
    "executive director", "director general", "director-general", "deputy minister",
    "prime minister", "vice president", "vice-president", "madam deputy speaker",
    "mr deputy speaker", "mr. deputy speaker", "deputy speaker", "madam speaker", "mr speaker",
    "mr. speaker", "madam chair", "madam chairman", "mr. chairman", "mr chairman", "mr. chair",
    "madame chair", "presiding officer", "chief executive", "town clerk", "clerk", "chairman",
    "chairwoman", "chairperson", "chair", "commissioner", "secretary", "minister", "senator",
    "representative", "congressman", "congresswoman", "governor", "mayor", "deputy mayor",
    "director", "administrator", "moderator", "facilitator", "rapporteur", "president",
    "speaker", "judge", "justice", "general", "admiral", "colonel", "captain", "delegate",
    "treasurer", "convenor", "convener", "spokesperson", "spokesman", "spokeswoman",
    "presenter", "host", "interpreter", "witness", "alderman", "alderwoman", "trustee",
    "councillor", "councilor", "supervisor", "superintendent", "provost",
    "vice-chancellor", "chancellor", "registrar",
]  # fmt: skip
# Words that make a line an office or an organisation rather than a name.
ORG_WORDS = {
    "office", "ministry", "department", "agency", "organization", "organisation", "service",
    "bureau", "directorate", "division", "commission", "council", "committee", "centre",
    "center", "institute", "university", "embassy", "mission", "bank", "branch", "secretariat",
    "cluster", "administration", "programme", "program", "foundation", "endowment",
    "association", "authority", "board", "unit", "section", "government", "delegation",
    "laboratory", "union", "nations", "school", "college", "company", "corporation", "group",
    "inc", "ltd", "llc", "llp", "pty", "plc", "gmbh", "society", "trust", "federation", "network",
    "coalition", "institution", "academy", "hospital", "police", "court", "parliament",
    "assembly", "county", "city", "borough", "district", "state", "republic", "kingdom",
    "partnership", "team", "fund", "project", "consortium", "chamber", "league", "services",
    "alliance", "management",
}  # fmt: skip
TITLE_WORDS = {
    "head", "chief", "officer", "manager", "coordinator", "co-ordinator", "advisor", "adviser",
    "specialist", "counsel", "envoy", "attaché", "attache", "member", "members", "fellow",
    "staff", "analyst", "deputy", "assistant", "associate", "senior", "principal",
    "lead", "representative", "clerk", "scribe", "minute-taker", "consultant", "engineer",
    "researcher", "professor", "lecturer", "student", "volunteer", "observer", "guest",
    "guests", "resident", "residents", "public", "auditor", "inspector",
    "ex-officio", "vice", "acting", "interim", "emeritus", "founder", "ceo", "cfo", "coo",
}  # fmt: skip
# Words of headings, agenda items and report titles: a label made of them is not a name.
HEADING_WORDS = {
    "remarks", "session", "meeting", "conference", "panel", "statement", "address", "welcome",
    "minutes", "report", "reports", "summary", "security", "global", "international",
    "national", "action", "actions", "annual", "opening", "closing", "keynote",
    "discussion", "discussions", "agenda", "workshop", "symposium", "briefing", "hearing",
    "transcript", "proceedings", "introduction", "conclusion", "conclusions", "findings",
    "recommendations", "recommendation", "overview", "update", "updates", "questions",
    "question", "answers", "answer", "thank", "thanks", "you", "and", "the", "of", "on",
    "for", "in", "to", "at", "by", "with", "from", "about", "policy", "forum", "plenary",
    "affairs", "next", "steps", "key", "points", "point", "present", "absent", "adjourned",
    "adjournment", "recess", "break", "lunch", "note", "notes", "item", "items", "business",
    "comment", "comments", "public", "old", "new", "other", "any", "approval", "approved",
    "matters", "arising", "apologies", "attendance", "call", "order", "roll", "date",
    "time", "place", "location", "venue", "subject", "topic", "resolved", "resolution",
    "motion", "moved", "seconded", "carried", "vote", "votes", "voting", "decision",
    "decisions", "agreed", "outcome", "outcomes", "result", "results", "status", "financial",
    "finance", "budget", "correspondence", "declarations", "interest", "interests", "review",
    "issues", "issue", "background", "purpose", "objective", "objectives", "draft", "final",
    "record", "total", "yes", "no", "abstain", "abstentions", "ayes", "noes", "nays",
    "regrets", "excused", "also", "attending", "attendees", "participants",
    "chairs", "members", "staff", "guests", "observers", "contents", "table",
    "share", "print", "email", "e-mail", "video", "watch", "webcast", "download", "home",
    "search", "menu", "skip", "content", "navigation", "links", "related", "source", "url",
    "tel", "phone", "fax", "web", "website", "sent", "cc", "bcc", "re", "fw", "fwd",
    "reply", "attachments", "attachment", "ps", "nb", "example", "examples", "eg",
    "ie", "etc", "prepared", "submitted", "written", "attached", "see", "first", "second",
    "third", "fourth", "fifth", "one", "two", "three", "four", "five", "part", "chapter",
    "annex", "appendix", "schedule", "presentation", "presentations", "panelists",
    "panellists", "speakers", "introductions", "general",
    "deliberations", "observations", "considerations", "highlights", "timeline", "scope",
    "terms", "reference", "membership", "quorum", "announcements", "announcement",
    "adopted", "adoption", "reading", "readings", "debate", "debates", "responses",
    "response", "follow-up", "followup", "context", "risks", "risk", "priorities",
    "priority", "lessons", "learned", "challenges", "challenge", "goals", "goal",
    "proposal", "proposals", "proposed", "amendment", "amendments", "consent",
    "consideration", "recap", "wrap-up", "q&a", "scribe",
    "chair", "irc", "log", "logs",
}  # fmt: skip
MEETING_WORDS = {
    "meeting", "meetings", "conference", "workshop", "forum", "session", "hearing",
    "discussion", "discussions", "briefing", "symposium", "dialogue", "roundtable", "panel",
    "summit", "seminar", "consultation", "consultations", "assembly", "plenary",
    "teleconference", "webinar", "sitting", "proceedings",
}  # fmt: skip
# Bodies that meet: a title naming one is the next best thing to a title naming the meeting.
BODY_WORDS = {
    "committee", "council", "board", "commission", "subcommittee", "panel", "caucus",
    "task force", "working group", "taskforce", "trustees", "governors", "directors",
}  # fmt: skip

# Offices of tribunals and hearings (who speaks and who presides there), added to ROLE_WORDS:
# 'SENIOR MEMBER:', 'THE PRESIDING MEMBER:'. (Not 'hearing officer': every word of an office
# marks a header line as an office, and 'HEARING' heads a hearing's cover.)
ROLE_WORDS += [
    "senior member", "presiding member", "deputy president",
    "adjudicator", "arbitrator", "magistrate", "coroner", "examiner", "referee",
    # Local government's officers, printed before the surname ('COUNTY ATTORNEY PRICE:',
    # 'Town Attorney Moskowitz:'); 'county' and 'city' already mark an organisation.
    "county attorney", "city attorney", "town attorney", "district attorney",
    "attorney general", "county clerk", "city clerk", "county judge", "city manager",
    "town manager", "county manager", "county administrator", "district manager",
    # Members of American councils and boards, printed before the name ('Council Member
    # Tamika Boone', 'Selectwoman Diane Foley', 'Board Member Lisa Tran', 'Assemblymember Chu:').
    "council member", "board member", "selectperson",
    "councilmember", "councilwoman", "councilman", "council president", "board president",
    "selectman", "selectwoman", "legislator", "assemblymember", "assemblyman",
    "assemblywoman", "vice mayor", "mayor pro tem", "president pro tem", "chief justice",
    "alderperson", "ranking member", "majority leader", "minority leader",
    # Offices of houses printed in their own language: 'An Ceann Comhairle:', 'The Taoiseach:'.
    "leas-cheann comhairle", "ceann comhairle", "taoiseach", "tánaiste",
    "tanaiste", "llywydd",
]  # fmt: skip
# A member's seat printed before the surname in a label ('Council Member Lee:', 'Board Member
# Ortiz:', 'Select Board Member Hale:'), which as a heading ('Board Members') opens a list.
MEMBER_OFFICE = re.compile(
    r"^(?P<office>(?:select\s+)?(?:council|board|committee|commission|school board)\s+member)"
    r"\s+(?=[A-Z])",
    re.IGNORECASE,
)
# A witness introducing themselves, as each does in turn when asked to: 'Good morning. I am
# Frances Oduya, …', 'My name is Tom Lee and I …'.
INTRODUCES = re.compile(
    r"^(?i:(?:good (?:morning|afternoon|evening)|hello|thank you(?:, \w+)?)[.,!]?\s+)?"
    r"(?i:i am|i'm|i\u2019m|my name is)\s+(?:[A-Z][\w'\u2019.-]+\s+){0,3}[A-Z][\w'\u2019-]+[,.]?\s"
)
