"""Speaker labels in every common shape, and colons that are not labels."""

import pytest

from intake.interpreter import draft_from_document
from intake.interpreter.labels import read_label
from intake.interpreter.units import Unit
from tests.intake.blocks import document, paragraph


def unit(text: str, **fields) -> Unit:
    return Unit(
        text=text, place=paragraph(text).place, kind="paragraph", index=0, block=0, **fields
    )


@pytest.mark.parametrize(
    "text, shape, name, rest",
    [
        ("MS. OKAFOR: Thank you.", "strong", "Okafor", "Thank you."),
        (
            "Lorraine Batiste: My name is Lorraine.",
            "full",
            "Lorraine Batiste",
            "My name is Lorraine.",
        ),
        ("The Chair: We begin.", "role", "", "We begin."),
        ("Q14 The Chair: Next question.", "role", "", "Next question."),
        ("Mr. Ruiz (Chile) (spoke in Spanish): Gracias.", "strong", "Ruiz", "Gracias."),
        ("The Chair (Mr. John Smith (Toronto, Lib.)): Order.", "strong", "John Smith", "Order."),
        ("alice: I agree", "handle", "", "I agree"),
        ("<seun> +1 to that", "handle", "", "+1 to that"),
        ("QUESTION: Why?", "voice", "", "Why?"),
    ],
)
def test_label_shapes(text, shape, name, rest):
    label = read_label(unit(text))
    assert (label.shape, label.name.name if label.name else "", label.rest) == (shape, name, rest)


@pytest.mark.parametrize(
    "text",
    [
        "Three points: first, the budget.",
        "Our charge today is narrow: we were asked whether it is sound.",
        "Note: the survey was run in 2013.",
        "RESOLVED: That the minutes be approved.",
        "Key points:",
        "The meeting opened at 10:30 a.m.",
    ],
)
def test_colons_in_prose_are_not_labels(text):
    label = read_label(unit(text))
    assert label is None or (label.shape in ("word", "full") and not label.rest.startswith("first"))
    if text.startswith(("Three", "Our", "Note", "RESOLVED", "Key")):
        assert label is None


def test_a_bold_lead_is_a_label_without_a_colon():
    label = read_label(unit("Sophie Marchand Thank you all.", bold_lead="Sophie Marchand"))
    assert (label.shape, label.name.name, label.rest) == (
        "strong",
        "Sophie Marchand",
        "Thank you all.",
    )


@pytest.mark.django_db
def test_labels_resolve_short_forms_roles_misspellings_and_handles():
    doc = document(
        "Board meeting",
        "1 June 2020",
        "Present:\nMs. Adaeze Okafor, Chair\nMr. Kenji Aldana",
        "MS. OKAFOR: We begin.",
        "THE CHAIR: Item one.",
        "MS. OKAFRO: Those are well taken.",
        "Kenji: Agreed.",
        "Lorraine Batiste: My name is Lorraine Batiste.",
        "And I live nearby.",
    )
    data = draft_from_document(document=doc, themes=[]).data
    speakers = [s["speaker"] for s in data["panels"][0]["statements"]]
    assert speakers == ["adaeze-okafor"] * 3 + ["kenji-aldana"] + ["lorraine-batiste"] * 2
    assert all(s["text"].split()[0] not in ("MS.", "THE") for s in data["panels"][0]["statements"])
    review = "\n".join(data["review"])
    assert "'MS. OKAFRO' read as Adaeze Okafor, a near spelling" in review
    assert "'THE CHAIR' read as Adaeze Okafor" in review


@pytest.mark.django_db
def test_an_unnamed_role_is_a_statement_without_a_person_marked_for_review():
    doc = document("Hearing", "April 2, 2019", "MODERATOR:", "Welcome.", "SENATOR ALVAREZ: Thanks.")
    data = draft_from_document(document=doc, themes=[]).data
    statements = data["panels"][0]["statements"]
    assert [(s["speaker"], s["text"]) for s in statements] == [
        (None, "Welcome."),
        ("alvarez", "Thanks."),
    ]
    assert any("spoken by 'MODERATOR', who is not named" in n for n in data["review"])


@pytest.mark.parametrize(
    "text, role",
    [
        ("SENIOR MEMBER: Good morning.", "Senior Member"),
        ("THE PRESIDING MEMBER: Please be seated.", "Presiding Member"),
        ("The Adjudicator: I have read the papers.", "Adjudicator"),
    ],
)
def test_offices_of_tribunals_and_hearings_are_role_labels(text, role):
    label = read_label(unit(text))
    assert label.shape == "role" and label.name.role == role


@pytest.mark.parametrize(
    "text, role, name",
    [
        ("COUNTY ATTORNEY PRICE: It does.", "County Attorney", "Price"),
        ("Town Attorney Moskowitz: It is the number of rentals.", "Town Attorney", "Moskowitz"),
        ("CITY MANAGER OKAFOR: The report is attached.", "City Manager", "Okafor"),
        ("DISTRICT MANAGER OYELARAN: Thank you.", "District Manager", "Oyelaran"),
    ],
)
def test_local_government_officers_before_a_surname(text, role, name):
    label = read_label(unit(text))
    assert (label.name.role, label.name.name) == (role, name)


@pytest.mark.parametrize("text", ["The President (RO): We begin.", "The Chair (FR): Order."])
def test_a_country_code_after_an_office_names_no_one(text):
    label = read_label(unit(text))
    assert label.shape == "role" and not label.name.name


@pytest.mark.parametrize(
    "text, bold_lead, name, affiliation",
    [
        ("Greg Pawlowski, Sawmill Road: When does it stop?", "Greg Pawlowski, Sawmill Road:",
         "Greg Pawlowski", "Sawmill Road"),
        ("Alicia Monroe, parent: Thank you.", "Alicia Monroe, parent:", "Alicia Monroe",
         "parent"),
        ("Ms. Ann Lee, Elm Street: The lights are out.", "", "Ann Lee", "Elm Street"),
    ],
)  # fmt: skip
def test_a_member_of_the_public_with_where_they_live_or_who_they_are(
    text, bold_lead, name, affiliation
):
    label = read_label(unit(text, bold_lead=bold_lead))
    assert (label.name.name, label.affiliation) == (name, affiliation)


@pytest.mark.parametrize(
    "text",
    [
        "Mr D Fairweather, a shareholder, asked: Why has the dividend been cut?",
        "However, the board: agreed to wait.",
        "Main Street, Elm Street: both closed.",
    ],
)
def test_a_name_and_a_comma_in_plain_prose_is_no_such_label(text):
    assert read_label(unit(text)) is None


@pytest.mark.parametrize(
    "text, kind, name",
    [
        ("Question from Mr Tom Hale: Is there any prospect?", "question", "Tom Hale"),
        ("Supplementary question by Cllr Ahmed: And the roof?", "question", "Ahmed"),
        ("Comment from Ann Lee: Thank you.", "remark", "Ann Lee"),
        ("Response from the Treasurer: It is solvent.", "answer", ""),
        ("Question from the floor: When will it open?", "question", ""),
        ("Question from Jo Bloggs, Norbridge Cycling Campaign: Will it?", "question", "Jo Bloggs"),
    ],
)
def test_a_voice_from_someone_names_them(text, kind, name):
    label = read_label(unit(text))
    assert label.shape == "voice" and label.kind == kind
    assert (label.name.name if label.name else "") == name


@pytest.mark.parametrize(
    "text, role",
    [
        ("Director of Finance: Thank you, Madam Mayor.", "Director of Finance"),
        ("The Minister for Health: I will write to the member.", "Minister for Health"),
        ("Chief Executive of the Trust: We have met the target.", "Chief Executive of the Trust"),
    ],
)
def test_an_office_of_a_department_is_a_role_label(text, role):
    label = read_label(unit(text))
    assert label.shape == "role" and label.name.role == role


def test_an_office_with_its_holder_in_brackets_is_still_the_holder():
    label = read_label(unit("The Minister for Transport (Ms Naledi Forsyth): I congratulate her."))
    assert label.name.name == "Naledi Forsyth"


@pytest.mark.parametrize(
    "text", ["A resident: Will the fees apply?", "A resident (Translation): My name is Yvette.",
             "An observer from the floor: Thank you."],
)  # fmt: skip
def test_someone_unnamed_with_an_article_is_a_voice_naming_no_one(text):
    label = read_label(unit(text))
    assert label.shape == "voice" and label.name is None


@pytest.mark.parametrize("text", ["Bank of England: rates held.", "A Smith: Agreed."])
def test_bodies_and_initialled_names_are_no_office_or_anonymous_voice(text):
    label = read_label(unit(text))
    assert label is None or label.shape not in ("voice", "role")


@pytest.mark.parametrize(
    "text", ["Some hon. members: Oh, oh!", "Hon. Members: Hear, hear!", "Some Hon. Members: Order!"]
)
def test_collective_labels_with_abbreviations_are_voices_naming_no_one(text):
    label = read_label(unit(text))
    assert label.shape == "voice" and label.name is None


@pytest.mark.django_db
def test_the_houses_noises_under_a_collective_label_are_procedural():
    doc = document(
        "House of Commons",
        "4 June 2019",
        "Mr. Ivo Ng: The fishery is closed.",
        "Some hon. members: Oh, oh!",
        "Hon. Members: Hear, hear!",
    )
    data = draft_from_document(document=doc, themes=[]).data
    said = [
        (s.get("speaker"), s["kind"], s["text"]) for p in data["panels"] for s in p["statements"]
    ]
    assert said[-2:] == [(None, "procedural", "Oh, oh!"), (None, "procedural", "Hear, hear!")]


@pytest.mark.parametrize(
    "text", ["A motion: to approve the budget.", "A note: the room is booked."]
)
def test_the_records_own_words_after_an_article_are_no_voice(text):
    assert read_label(unit(text)) is None


@pytest.mark.parametrize(
    "text, name, shape",
    [
        ("Question from the floor (Jess Okafor, History): Is it five weeks?", "Jess Okafor",
         "voice"),
        ("Point of information (Dan Hale, Engineering): Has the proposer asked?", "Dan Hale",
         "voice"),
        ("Point of order (Cllr Ann Lee, Ward 3): The member is out of time.", "Ann Lee", "voice"),
        ("Point of clarification (Mr Tom Bell): Which budget line is that?", "Tom Bell", "voice"),
    ],
)  # fmt: skip
def test_a_voice_or_a_point_with_the_person_in_brackets_names_them(text, name, shape):
    label = read_label(unit(text))
    assert (label.shape, label.name.name) == (shape, name)


@pytest.mark.parametrize(
    "text",
    [
        "Point of order: the Chair ruled that the amendment was out of scope.",
        "Point of information (Standing Order 12): members may ask once.",
    ],
)
def test_a_point_naming_no_one_is_no_label(text):
    assert read_label(unit(text)) is None


def test_a_voice_with_only_an_office_in_brackets_keeps_the_office():
    label = read_label(unit("Answer (Treasurer): The accounts balance."))
    assert (label.shape, label.name.role, label.name.name) == ("voice", "Treasurer", "")


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "The Temporary Speaker (Hon. Otieno): Hon. Members, order.",
            "Otieno",
            "Temporary Speaker",
        ),
        ("The Interim Chair (Ms Ada Hale): We resume.", "Ada Hale", "Interim Chair"),
    ],
)
def test_a_qualified_office_with_its_holder_is_a_label(text, name, role):
    label = read_label(unit(text))
    assert (label.name.name, label.name.role) == (name, role)


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Council Member Lee: Thank you, Mayor.", "Lee", "Council Member"),
        ("COUNCIL MEMBER LEE: Thank you.", "Lee", "Council Member"),
        ("Board Member Ortiz: I second.", "Ortiz", "Board Member"),
        ("Select Board Member Ana Hale: Aye.", "Ana Hale", "Select Board Member"),
        ("Councilmember Garcia: I have concerns.", "Garcia", "Councilmember"),
        ("Assemblymember Chu: Thank you.", "Chu", "Assemblymember"),
        ("Vice Mayor Okafor: Second.", "Okafor", "Vice Mayor"),
    ],
)
def test_a_members_seat_before_the_surname_is_the_role_not_the_name(text, name, role):
    label = read_label(unit(text))
    assert (label.name.name, label.name.role) == (name, role)


def test_a_members_seat_as_a_heading_is_no_label():
    assert read_label(unit("Board Members: Ann Lee, Bo Park")) is None


@pytest.mark.parametrize(
    "text", ["THE COURT: Overruled.", "The Court: Be seated.", "THE BENCH: Proceed."]
)
def test_the_court_speaking_is_a_role_naming_no_one(text):
    label = read_label(unit(text))
    assert (label.shape, label.name.name) == ("role", "")


@pytest.mark.parametrize(
    "text, name, rest",
    [
        ("<v Jane Doe>Welcome everyone.</v>", "Jane Doe", "Welcome everyone."),
        ("<v.loud John Smith>Thanks, Jane.</v>", "John Smith", "Thanks, Jane."),
        ("<v Jane Doe>Welcome <i>all</i>.", "Jane Doe", "Welcome all."),
    ],
)
def test_a_caption_cues_voice_tag_is_its_speaker(text, name, rest):
    label = read_label(unit(text))
    assert (label.name.name, label.rest, label.tool) == (name, rest, True)


@pytest.mark.parametrize(
    "text, kind", [("INTERVIEWER: Why?", "question"), ("Respondent: Yes.", "answer")]
)
def test_an_interviews_voices_name_no_one(text, kind):
    label = read_label(unit(text))
    assert (label.shape, label.kind, label.name) == ("voice", kind, None)


@pytest.mark.parametrize(
    "text, role",
    [
        ("THE DEFENDANT: Yes, Your Honor.", "Defendant"),
        ("The Plaintiff: I do.", "Plaintiff"),
        ("THE BAILIFF: All rise.", "Bailiff"),
        ("THE FOREPERSON: We have.", "Foreperson"),
    ],
)
def test_a_trials_parties_and_officers_are_roles_naming_no_one(text, role):
    label = read_label(unit(text))
    assert (label.shape, label.name.name, label.name.role) == ("role", "", role)


@pytest.mark.parametrize(
    "text", ["PROSPECTIVE JUROR NO. 12: I work for the county.", "Juror 3: No."]
)
def test_a_juror_by_number_is_no_one(text):
    label = read_label(unit(text))
    assert (label.shape, label.name) == ("voice", None)


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Ranking Member NADLER. Thank you, Mr. Chairman.", "Nadler", "Ranking Member"),
        ("An Ceann Comhairle: Deputy, please resume your seat.", "", "Ceann Comhairle"),
        ("The Taoiseach: I thank the Deputy.", "", "Taoiseach"),
    ],
)
def test_offices_of_houses_in_their_own_words(text, name, role):
    label = read_label(unit(text))
    assert (label.name.name, label.name.role) == (name, role)


@pytest.mark.parametrize(
    ("line", "role"),
    [("THE INSPECTOR: Good morning.", "Inspector"),
     ("THE HARBOUR MASTER: There were 412 movements.", "Harbour Master")],
)  # fmt: skip
def test_an_office_with_the_definite_article_is_a_role_label(line, role):
    label = read_label(unit(line))
    assert label.shape == "role" and label.name.role == role


@pytest.mark.parametrize("line", ["Villager (Ward 2): Who is responsible?", "Woman villager: No."])
def test_a_member_of_the_public_by_kind_names_no_one(line):
    label = read_label(unit(line))
    assert label.shape == "voice" and label.name is None
