"""The words of labels that name no one: voices in general, and the record's own leads."""

# Voices that are no one in particular: the kind of what they say, and no person.
UNNAMED_VOICES = {
    "q": "question", "question": "question", "questioner": "question", "audience": "question",
    "audience member": "question", "member of the public": "question", "participant": "question",
    "floor": "question", "from the floor": "question", "reporter": "question",
    "journalist": "question", "press": "question", "caller": "question",
    "interviewer": "question", "interviewee": "answer", "respondent": "answer",
    "a": "answer", "answer": "answer", "response": "answer", "reply": "answer",
    "unidentified speaker": "remark", "unidentified male": "remark",
    "unidentified female": "remark", "unknown speaker": "remark", "speaker": "remark",
    "voice": "remark", "voices": "remark", "several members": "remark",
    "some members": "remark", "an hon member": "remark", "hon members": "remark",
    "some hon members": "remark", "members": "remark", "all": "remark", "everyone": "remark",
}  # fmt: skip
# Words that print like a label but introduce a record's own parts, not someone's words.
NOT_SPEAKERS = {
    "note", "notes", "action", "actions", "action item", "resolved", "resolution", "topic",
    "subject", "decision", "decisions", "agreed", "summary", "moved", "seconded", "carried",
    "motion", "vote", "votes", "proposal", "re", "ps", "nb", "update", "status", "outcome",
    "result", "present", "regrets", "apologies", "absent", "agenda", "date", "time", "place",
    "location", "venue", "where", "when", "minutes", "scribe", "scribenick",
    "chairs", "attendees", "guests", "staff", "members", "meeting", "item", "items", "example",
    "source", "url", "link", "links", "see", "warning", "caution", "important", "tip", "q&a",
    # The bots of IRC scribing tools, whose lines are the tool's, not a person's.
    "rrsagent", "zakim", "trackbot", "github", "agendum", "next meeting", "purpose",
    "objective", "background", "question for the record", "conclusion", "conclusions",
    "attachment", "attachments", "enclosure", "tel", "phone", "email", "e-mail", "web",
    "from", "to", "cc", "sent", "in attendance", "also present", "recorder", "facilitator",
    # A vote's tally by name: 'Aye: 6 - Harmon, Alvarez …', 'Nay: 1 - Lindqvist'.
    "aye", "ayes", "nay", "nays", "yea", "yeas", "noes", "in favour", "in favor", "opposed",
    "against", "abstain", "abstaining", "abstention", "abstentions", "excused", "recused",
    # A signature block's lead: 'ATTEST: Carla Jeffries, County Clerk'.
    "attest", "attested", "signed", "certified", "approved by", "witnessed by",
}  # fmt: skip
# A court speaking as itself (the judge presiding, named by the bench's own words) and the
# parties and officers of a trial, printed by their part: roles naming no one unless the record
# says who they are.
BENCH = {
    "the court": "Court", "court": "Court", "the bench": "Bench", "the tribunal": "Tribunal",
    "the defendant": "Defendant", "the plaintiff": "Plaintiff", "the petitioner": "Petitioner",
    "the respondent": "Respondent", "the accused": "Accused", "the applicant": "Applicant",
    "the appellant": "Appellant", "the claimant": "Claimant", "the bailiff": "Bailiff",
    "the prosecutor": "Prosecutor", "the prosecution": "Prosecution", "the defence": "Defence",
    "the defense": "Defense", "the marshal": "Marshal", "the foreperson": "Foreperson",
    "the foreman": "Foreman", "the jury": "Jury",
}  # fmt: skip
