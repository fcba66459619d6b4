"""A European Parliament committee's minutes (PDF): a two-day meeting in the masthead, the
formal opening with the chair presiding, numbered items with procedure blocks (file number,
procedure code, rapporteur), "Speakers:" lines, a vote result, adjournment and resumption on
the second day under a vice-chair, next meetings as bullets, and the multilingual record of
attendance with (P)/(VP) marks explained in a key; document reference and slogan as running
head and footer."""

FORMAT = "pdf"
HALF = "heldout6"
METADATA = {
    "title": "PV\\1177420EN",
    "author": "European Parliament",
    "subject": "TRAN_PV(2019)0220_1",
}
RUNNING_HEAD = ("PV\\1177420EN.docx", "PE636.215v01-00")
FOOTER = "EN     United in diversity     EN"
LAYOUT = {
    "family": "Helvetica",
    "size": 10.5,
    "leading": 14.0,
    "space_after": 7,
    "hyphenate_below": 0.8,
    "plain_first_page": True,
}

BLOCKS = [
    ("plain", "European Parliament\n2014-2019"),
    ("plain", [("b", "Committee on Transport and Tourism")]),
    ("plain", "TRAN_PV(2019)0220_1"),
    ("space", 10),
    ("center", [("b", "MINUTES")], 14),
    (
        "center",
        "Meeting of 20 February 2019, 9.00-12.30 and 14.30-18.30,\nand 21 February 2019, "
        "9.00-12.30\nBRUSSELS\nRoom: Altiero Spinelli (ASP 3G-3)",
    ),
    (
        "p",
        "The meeting opened at 9.05 on Wednesday, 20 February 2019, with Jørgen Lykke (Chair) "
        "presiding.",
    ),
    ("heading", "1. Adoption of agenda"),
    ("plain", "TRAN_OJ(2019)0220_1"),
    ("p", "The agenda was adopted in the form shown in these minutes."),
    ("heading", "2. Chair's announcements"),
    (
        "p",
        "The Chair announced that the vote under item 5 would be taken on Wednesday afternoon "
        "and that there would be no interpretation into Maltese on Thursday morning.",
    ),
    ("heading", "3. Approval of minutes of meetings"),
    ("plain", "22-23 January 2019 PV \u2013 PE634.501v01-00"),
    ("p", "The minutes were approved."),
    ("heading", "4. Safer roads for cyclists and pedestrians"),
    (
        "plain",
        "TRAN/8/15321\n***I 2018/0145(COD) COM(2018)0286 \u2013 C8-0197/2018\n"
        "Rapporteur: H\u00e9l\u00e8ne Marchetti (S&D)\nResponsible: TRAN",
    ),
    ("plain", [("b", "Consideration of draft report")]),
    (
        "p",
        "Speakers: H\u00e9l\u00e8ne Marchetti, Klaus Oberm\u00fcller, Anneli Korhonen, Ioannis "
        "Papadakis, Jo\u00e3o Carvalho, Marco Bellini (Commission).",
    ),
    ("p", "Deadline for tabling amendments: 7 March 2019, 12.00"),
    ("heading", "5. Rail passengers' rights and obligations (recast)"),
    (
        "plain",
        "TRAN/8/10457\n***I 2017/0237(COD) COM(2017)0548 \u2013 C8-0324/2017\n"
        "Rapporteur: Bogdan Ionescu (PPE)\nResponsible: TRAN",
    ),
    (
        "plain",
        [
            (
                "b",
                "Vote on the provisional agreement resulting from interinstitutional negotiations",
            )
        ],
    ),
    ("p", "Provisional agreement approved: 38 in favour, 4 against, 3 abstentions."),
    ("center", "* * *"),
    ("p", "The meeting adjourned at 18.27."),
    (
        "p",
        "The meeting resumed at 9.02 on Thursday, 21 February 2019, with Pieter de Graaf "
        "(Vice-Chair) presiding.",
    ),
    (
        "heading",
        "6. Exchange of views with the Executive Director of the European Union Aviation "
        "Safety Agency (EASA)",
    ),
    (
        "p",
        "Speakers: Ursula Brenninkmeyer (EASA), Mair\u00e9ad N\u00ed Bhriain, Luca Ferrante, "
        "Klaus Oberm\u00fcller, Sofia Andersson, Dirk Vandenberghe.",
    ),
    ("heading", "7. Any other business"),
    ("p", "None."),
    ("heading", "8. Next meetings"),
    ("bullet", "11 March 2019, 19.00-20.30 (Strasbourg)"),
    ("bullet", "1 April 2019, 15.00-18.30 (Brussels)"),
    ("p", "The meeting closed at 12.18."),
    ("pagebreak", ""),
    (
        "plain",
        [
            (
                "b",
                "LISTA DE ASISTENCIA/DELTAGERLISTE/ANWESENHEITSLISTE/RECORD OF ATTENDANCE/"
                "LISTE DE PR\u00c9SENCE/ELENCO DEI PRESENTI/PRESENTIELIJST/LISTA DE "
                "PRESEN\u00c7AS/N\u00c4RVAROLISTA",
            )
        ],
    ),
    ("space", 6),
    (
        "plain",
        [
            (
                "b",
                "Mesa/Formandskabet/Vorstand/Bureau/Ufficio di presidenza/Bureau/Mesa/"
                "Presidiet (*)",
            )
        ],
    ),
    (
        "p",
        "J\u00f8rgen Lykke (P), Pieter de Graaf (VP), Sofia Andersson (VP), Bogdan Ionescu (VP)",
    ),
    (
        "plain",
        [
            (
                "b",
                "Miembros/Medlemmer/Mitglieder/Members/Membres/Membri/Leden/Membros/Ledam\u00f6ter",
            )
        ],
    ),
    (
        "p",
        "Klaus Oberm\u00fcller, Anneli Korhonen, Ioannis Papadakis, H\u00e9l\u00e8ne Marchetti, "
        "Mair\u00e9ad N\u00ed Bhriain, Luca Ferrante, Ewa Nowak-Lis",
    ),
    (
        "plain",
        [
            (
                "b",
                "Suplentes/Stedfortr\u00e6dere/Stellvertreter/Substitutes/Suppl\u00e9ants/"
                "Supplenti/Plaatsvervangers/Membros suplentes/Suppleanter",
            )
        ],
    ),
    ("p", "Jo\u00e3o Carvalho, Dirk Vandenberghe"),
    (
        "plain",
        [
            (
                "b",
                "Comisi\u00f3n/Kommissionen/Kommission/Commission/Commission/Commissione/"
                "Commissie/Comiss\u00e3o/Kommissionen",
            )
        ],
    ),
    ("p", "Marco Bellini"),
    (
        "plain",
        [
            (
                "b",
                "Otras instituciones y organismos/Andre institutioner og organer/Andere Organe "
                "und Einrichtungen/Other institutions and bodies/Autres institutions et "
                "organes/Altre istituzioni e altri organi/Andere instellingen en organen/Outras "
                "institui\u00e7\u00f5es e \u00f3rg\u00e3os/Andra institutioner och organ",
            )
        ],
    ),
    ("p", "European Union Aviation Safety Agency (EASA): Ursula Brenninkmeyer"),
    (
        "plain",
        [
            (
                "b",
                "Secretar\u00eda de la comisi\u00f3n/Udvalgssekretariatet/Ausschusssekretariat/"
                "Committee secretariat/Secr\u00e9tariat de la commission/Segreteria della "
                "commissione/Commissiesecretariaat/Secretariado da comiss\u00e3o/"
                "Utskottssekretariatet",
            )
        ],
    ),
    ("p", "Rasmus Holm"),
    ("space", 10),
    (
        "plain",
        "* (P) = Presidente/Formand/Vorsitzender/Chair/Pr\u00e9sident/Presidente/Voorzitter/"
        "Presidente/Ordf\u00f6rande",
    ),
    (
        "plain",
        "(VP) = Vicepresidente/N\u00e6stformand/Stellvertretender Vorsitzender/Vice-Chair/"
        "Vice-Pr\u00e9sident/Vicepresidente/Ondervoorzitter/Vice-Presidente/Vice ordf\u00f6rande",
    ),
]
