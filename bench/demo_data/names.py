"""Names the demo corpus is made of: people, places, bodies, posts and the theme vocabulary."""


def _split(text: str) -> list[str]:
    return text.split()


FIRST_NAMES = _split("""
Aaron Abdul Adaeze Adam Adriana Ahmed Aiko Aisha Akira Alan Alberto Aleksandra Alexander
Alice Alicia Amara Amina Ana Anders Andrea Andrew Angela Anita Anna Anthony Antonio Arjun
Astrid Ayesha Beatriz Benjamin Bernard Bonnie Boris Bruno Carla Carlos Caroline Catherine
Chen Chiara Christina Christopher Claire Daniel David Deborah Diego Dmitri Eduardo Elena
Elif Elizabeth Emeka Emily Emma Erik Esther Fatima Felipe Fernando Fiona Francesca Francis
Gabriel Giulia Grace Hamid Hannah Hans Helen Hiroshi Hugo Ibrahim Ingrid Irina Isabel Ivan
Jack James Jan Javier Jean Jennifer Joanna John Jonas Jorge Jose Joseph Julia Kamal Karen
Karim Katarzyna Kenji Khammar Kofi Krzysztof Laila Lars Laura Leila Li Linda Lucia Ludy
Luis Magnus Malik Maria Mariam Mark Marta Martin Mary Mateo Mei Michael Miguel Mohammed
Monte Nadia Naledi Natalia Nikolai Nina Noura Olga Oliver Omar Paolo Patricia Paul Pedro
Peter Pierre Priya Rachel Rafael Rahul Rania Ravi Rebecca Ricardo Robert Rosa Samir Sandra
Sara Sebastian Sergei Shirin Simon Sofia Sophie Stefan Susan Takeshi Tariq Tatiana Thomas
Tomas Ursula Valentina Victor Wei Wilhelm Xavier Yasmin Yuki Yusuf Zainab Zhang Zoran
""")

SURNAMES = _split("""
Abara Adeyemi Ahmadi Akhtar Alvarez Andersen Anderson Bakker Banerjee Barros Becker Bianchi
Bjornstad Brown Campbell Carvalho Castillo Chang Chen Costa Silveira Dahl Dubois Dupre Eriksen
Fernandez Fischer Fontaine Garcia Gonzalez Gupta Haddad Hansen Hashimoto Hernandez Hoffmann
Horvat Hussain Ibrahim Ivanova Jansen Jenkins Johansson Jones Kaminski Kang Kapoor Kaur
Kelly Khan Kim Kowalski Kozlov Kumar Larsen Laurent Lee Lindqvist Lopez Mallin Martin
Martinez Mbeki Mehta Mendes Meyer Moreau Morozov Mrabit Muller Murphy Nakamura Nergard Nguyen
Nielsen Novak Nowak Obi Okafor Okonkwo Olsen Osei Park Patel Paturej Pereira Petrov Popescu
Quinn Rahman Reddy Reyes Richter Rodriguez Romano Rossi Sakamoto Santos Sato Schmidt
Schneider Silva Singh Smith Sokolov Suryantoro Suzuki Svensson Takahashi Tanaka Thomas
Torres Dijkstra Vasquez Vogel Wagner Walker Wang Weber Williams Wilson Wojcik Wong Wu Yamamoto
Yilmaz Zhang Zhou Zimmermann
""")

HONORIFICS = ["Mr.", "Ms.", "Dr.", "Dr.", "Ambassador", "Professor", "", ""]

COUNTRIES = [
    ("AR", "Argentina"),
    ("AU", "Australia"),
    ("AT", "Austria"),
    ("BE", "Belgium"),
    ("BR", "Brazil"),
    ("CA", "Canada"),
    ("CL", "Chile"),
    ("CZ", "Czech Republic"),
    ("DK", "Denmark"),
    ("EG", "Egypt"),
    ("FI", "Finland"),
    ("FR", "France"),
    ("DE", "Germany"),
    ("GH", "Ghana"),
    ("HU", "Hungary"),
    ("IN", "India"),
    ("ID", "Indonesia"),
    ("IE", "Ireland"),
    ("IT", "Italy"),
    ("JP", "Japan"),
    ("JO", "Jordan"),
    ("KZ", "Kazakhstan"),
    ("KE", "Kenya"),
    ("KR", "Republic of Korea"),
    ("MY", "Malaysia"),
    ("MX", "Mexico"),
    ("MA", "Morocco"),
    ("NL", "Netherlands"),
    ("NZ", "New Zealand"),
    ("NG", "Nigeria"),
    ("NO", "Norway"),
    ("PK", "Pakistan"),
    ("PH", "Philippines"),
    ("PL", "Poland"),
    ("PT", "Portugal"),
    ("RO", "Romania"),
    ("SN", "Senegal"),
    ("SG", "Singapore"),
    ("ZA", "South Africa"),
    ("ES", "Spain"),
    ("SE", "Sweden"),
    ("CH", "Switzerland"),
    ("TH", "Thailand"),
    ("TN", "Tunisia"),
    ("TR", "Türkiye"),
    ("UA", "Ukraine"),
    ("GB", "United Kingdom"),
    ("US", "United States"),
    ("UY", "Uruguay"),
    ("VN", "Viet Nam"),
]

CITIES = """
Washington, DC|Vienna|Geneva|Brussels|Ottawa|Berlin|Paris|London|Tokyo|Canberra|Oslo|Stockholm|
The Hague|Rome|Madrid|Warsaw|Prague|Helsinki|Copenhagen|Nairobi|Rabat|Singapore|Seoul|
Mexico City|Buenos Aires|Pretoria|Astana|Kyiv|Dakar|Bangkok|Jakarta|Lisbon|Dublin|Bern|Amman
""".replace("\n", "").split("|")

# A ministry, with the offices a country keeps inside it (parent → children → grandchildren).
MINISTRIES = {
    "Ministry of Foreign Affairs": {
        "Department of Nonproliferation and Disarmament": [
            "Office of Export Control Cooperation",
            "Office of Threat Reduction Programmes",
        ],
        "Department of International Security": ["Office of Multilateral Affairs"],
    },
    "Ministry of Health": {
        "Public Health Agency": ["National Reference Laboratory", "Office of Biosafety"],
    },
    "Ministry of Energy": {
        "Nuclear Regulatory Authority": ["Office of Nuclear Security"],
    },
    "Ministry of the Interior": {
        "National Police": ["Counter-Terrorism Unit"],
        "Customs and Border Service": ["Border Detection Office"],
    },
    "Ministry of Defence": {"Defence Research Agency": []},
}

INTERNATIONAL_BODIES = [
    ("International Agency for Nuclear Cooperation", "IANC", "intergovernmental"),
    ("World Health Partnership", "WHP", "intergovernmental"),
    ("Organisation for Chemical Disarmament", "OCD", "intergovernmental"),
    ("International Criminal Police Network", "ICPN", "intergovernmental"),
    ("European Security Service", "ESS", "intergovernmental"),
    ("United Nations Office for Disarmament Cooperation", "UNODC-D", "intergovernmental"),
    ("Regional Centre for CBRN Risk Mitigation", "RCCRM", "intergovernmental"),
    ("African Biosafety Network", "ABN", "intergovernmental"),
    ("Institute for Strategic Security Studies", "ISSS", "non-governmental"),
    ("Centre for Nonproliferation Research", "CNR", "academic"),
    ("Foundation for Peace and Security", "FPS", "non-governmental"),
    ("Global Health Security Alliance", "GHSA", "non-governmental"),
    ("Nuclear Threat Reduction Council", "NTRC", "non-governmental"),
    ("University Consortium on Biosecurity", "UCB", "academic"),
    ("Association of Isotope Producers", "AIP", "private"),
    ("Federation of Chemical Industries", "FCI", "private"),
]
BODY_DIVISIONS = ["Division of Nuclear Security", "Programme Office", "Policy Unit"]

ROLES = [
    "Director",
    "Deputy Director",
    "Director-General",
    "Senior Adviser",
    "Programme Manager",
    "Head of Unit",
    "Special Envoy",
    "Policy Officer",
    "Chief Scientist",
    "Coordinator",
    "Legal Adviser",
    "Counsellor",
    "Deputy Assistant Secretary",
    "Senior Research Fellow",
    "Executive Director",
    "Chair",
]

MEETING_KINDS = [
    "Working Group meeting",
    "Panel discussions",
    "Plenary session",
    "Expert workshop",
    "Senior officials meeting",
    "Sub-working group on biosecurity",
    "Technical consultation",
    "Regional outreach meeting",
]
PANEL_TOPICS = [
    "Achievements and lessons learned",
    "The evolving threat landscape",
    "Matchmaking projects with partners",
    "Sustaining what has been built",
    "Regional perspectives",
    "Coordination among donors",
    "The role of international organisations",
    "Next steps",
]

# The theme vocabulary of the shipped record (fixtures/), so demo data and the real meeting share
# themes: (slug, name, parent slug, keywords).
THEMES = [
    (
        "nuclear-radiological-security",
        "Nuclear and radiological security",
        None,
        ["nuclear security", "radioactive sources", "physical protection", "nuclear material"],
    ),
    ("biosecurity", "Biosecurity", None, ["biosecurity", "pathogens", "laboratory biosafety"]),
    (
        "scientist-engagement",
        "Scientist engagement",
        None,
        ["scientist engagement", "the scientific community", "redirection of scientists"],
    ),
    (
        "unscr-1540-implementation",
        "Implementation of UN Security Council Resolution 1540",
        None,
        ["resolution 1540", "non-state actors", "national legislation"],
    ),
    (
        "nuclear-terrorism",
        "Nuclear terrorism",
        "nuclear-radiological-security",
        ["nuclear terrorism", "illicit trafficking", "nuclear smuggling"],
    ),
    (
        "chemical-weapons",
        "Chemical weapons security and destruction",
        None,
        ["chemical weapons", "precursor chemicals", "chemical weapons destruction"],
    ),
    (
        "cbrn-threats",
        "CBRN threats, preparedness and response",
        None,
        ["CBRN threats", "emergency preparedness", "incident response"],
    ),
    (
        "centres-of-excellence",
        "Centres of excellence",
        None,
        ["centres of excellence", "regional centres", "the CBRN centres"],
    ),
    (
        "capacity-building",
        "Capacity building, education and training",
        None,
        ["capacity building", "training", "human resource development"],
    ),
    ("border-security", "Border security", None, ["border security", "customs", "export control"]),
    ("law-enforcement", "Law enforcement", None, ["law enforcement", "police", "investigation"]),
    (
        "health-security",
        "Global health security",
        None,
        ["health security", "public health", "outbreaks"],
    ),
    (
        "international-cooperation",
        "International cooperation and coordination",
        None,
        ["international cooperation", "coordination", "the Global Partnership"],
    ),
    (
        "funding-and-sustainability",
        "Funding and sustainability",
        None,
        ["funding", "sustainability", "resource mobilisation"],
    ),
    (
        "security-culture",
        "Security culture and awareness",
        None,
        ["security culture", "awareness", "codes of conduct"],
    ),
    (
        "legal-frameworks",
        "Legal frameworks and international instruments",
        None,
        ["legally binding instruments", "international guidelines", "legislation"],
    ),
    (
        "threat-landscape-lessons-learned",
        "Lessons learned and the evolving threat landscape",
        None,
        ["lessons learned", "the threat landscape", "new threats"],
    ),
    (
        "partnerships-academia-industry",
        "Partnerships with academia, industry and the scientific community",
        None,
        ["industry", "academia", "public-private partnerships"],
    ),
]
