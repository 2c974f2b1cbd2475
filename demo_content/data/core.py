"""The core pages: home, About eCPR and its three pages, Get involved."""

from demo_content.text import T, heading, paragraph

HOME = {
    "title": T("Emotional CPR", "RCP Emocional"),
    "slug": T("home", "inicio"),
    "intro": T(
        "Emotional CPR (eCPR) is a public-health education program that teaches anyone to "
        "help another person through an emotional crisis, by Connecting, emPowering and "
        "Revitalizing.",
        "La RCP Emocional (eCPR) es un programa de educación en salud pública que enseña a "
        "cualquier persona a acompañar a otra en una crisis emocional: Conectar, emPoderar y "
        "Revitalizar.",
    ),
    "body": [
        heading(T("C-P-R at a glance", "La RCP de un vistazo")),
        (
            "steps",
            {
                "steps": [
                    {
                        "icon": "connect",
                        "title": T("C = Connecting", "C = Conectar"),
                        "text": T(
                            "Listen more deeply, stay present and help the other person feel safe.",
                            "Escuchar con más atención, estar presente y ayudar a que la otra "
                            "persona se sienta segura.",
                        ),
                    },
                    {
                        "icon": "empower",
                        "title": T("P = emPowering", "P = emPoderar"),
                        "text": T(
                            "Feel steady in yourself, and help the other person feel hopeful "
                            "and engaged.",
                            "Sentirse firme uno mismo y ayudar a que la otra persona sienta "
                            "esperanza y se implique.",
                        ),
                    },
                    {
                        "icon": "revitalize",
                        "title": T("R = Revitalizing", "R = Revitalizar"),
                        "text": T(
                            "Reconnect with loved ones and support, return to routines that "
                            "keep you well, and regain a sense of mastery.",
                            "Volver a conectar con los seres queridos y los apoyos, retomar las "
                            "rutinas que nos hacen bien y recuperar la sensación de dominio.",
                        ),
                    },
                ]
            },
        ),
    ],
}

ABOUT = {
    "title": T("About eCPR", "Sobre la RCP Emocional"),
    "slug": T("about", "sobre-ecpr"),
    "show_in_menus": True,
    "intro": T(
        "What Emotional CPR is, what we mean by an emotional crisis, and the version made by "
        "and for young people.",
        "Qué es la RCP Emocional, qué entendemos por crisis emocional y la versión creada por y "
        "para jóvenes.",
    ),
}

WHAT_IS_ECPR = {
    "title": T("What is eCPR?", "¿Qué es la RCP Emocional?"),
    "slug": T("what-is-ecpr", "que-es-ecpr"),
    "listing_summary": T(
        "Three steps anyone can learn to help a person through an emotional crisis.",
        "Tres pasos que cualquiera puede aprender para acompañar a alguien en una crisis "
        "emocional.",
    ),
    "intro": T(
        "Emotional CPR is an educational program. It teaches people to be with someone who is "
        "going through an emotional crisis, in three steps.",
        "La RCP Emocional es un programa educativo. Enseña a estar con alguien que atraviesa "
        "una crisis emocional, en tres pasos.",
    ),
    "body": [
        heading(T("C = Connecting", "C = Conectar")),
        paragraph(
            T(
                "Connecting means listening more deeply than we usually do, being fully present, "
                "and creating a sense of safety for the person in distress.",
                "Conectar es escuchar con más profundidad de lo habitual, estar presente por "
                "completo y crear una sensación de seguridad para la persona que sufre.",
            )
        ),
        heading(T("P = emPowering", "P = emPoderar")),
        paragraph(
            T(
                "emPowering starts with feeling empowered ourselves. From there we help the other "
                "person feel more hopeful and more engaged in their own life.",
                "emPoderar empieza por sentirnos capaces nosotros mismos. Desde ahí ayudamos a la "
                "otra persona a sentir más esperanza y a implicarse más en su propia vida.",
            )
        ),
        heading(T("R = Revitalizing", "R = Revitalizar")),
        paragraph(
            T(
                "Revitalizing is the return to life: re-engaging with loved ones and sources of "
                "support, resuming routines that support health, and feeling a sense of mastery "
                "again.",
                "Revitalizar es volver a la vida: reencontrarse con los seres queridos y los "
                "apoyos, retomar las rutinas que cuidan la salud y sentir de nuevo que uno lleva "
                "las riendas.",
            )
        ),
        heading(T("Where it comes from", "De dónde viene")),
        paragraph(
            T(
                "eCPR draws on principles shared by trauma-informed care, disaster counselling, "
                "peer support, emotional intelligence, suicide prevention and cultural "
                "attunement.",
                "La RCP Emocional se basa en principios que comparten la atención informada "
                "sobre el trauma, el acompañamiento en desastres, el apoyo entre pares, la "
                "inteligencia emocional, la prevención del suicidio y la sintonía cultural.",
            ),
            T(
                "It was developed together with a diverse group of leaders from across the "
                "United States who had themselves recovered from emotional crises.",
                "Se desarrolló junto con un grupo diverso de líderes de todo Estados Unidos que "
                "se habían recuperado de sus propias crisis emocionales.",
            ),
        ),
        heading(T("Bring eCPR to your group", "Lleve la RCP Emocional a su grupo")),
        paragraph(
            T(
                "To schedule an introductory workshop or a certification training, or to become "
                "an eCPR Ambassador, send us a message through the contact form or call us toll "
                "free at 877-246-9058.",
                "Para organizar un taller introductorio o una formación de certificación, o para "
                "ser Embajador o Embajadora de eCPR, escríbanos con el formulario de contacto o "
                "llámenos gratis al 877-246-9058.",
            )
        ),
    ],
}

WHAT_IS_CRISIS = {
    "title": T("What is emotional crisis?", "¿Qué es una crisis emocional?"),
    "slug": T("what-is-emotional-crisis", "que-es-una-crisis-emocional"),
    "listing_summary": T(
        "Crisis can come to anyone. eCPR helps us stay close instead of stepping back.",
        "Una crisis le puede llegar a cualquiera. La RCP Emocional nos ayuda a acercarnos en "
        "lugar de apartarnos.",
    ),
    "intro": T(
        "An emotional crisis is part of being human. It can happen to anyone, at any time.",
        "Una crisis emocional forma parte de ser humano. Le puede pasar a cualquiera, en "
        "cualquier momento.",
    ),
    "body": [
        paragraph(
            T(
                "When life overwhelms us, each of us finds ways to protect ourselves. To people "
                "watching, those ways can look strange. To the person living them, they make "
                "sense and carry meaning.",
                "Cuando la vida nos desborda, cada persona encuentra formas de protegerse. A "
                "quien mira desde fuera pueden parecerle extrañas. Para quien las vive, tienen "
                "sentido y significado.",
            ),
            T(
                "eCPR helps people move past their fear of unusual behaviour and build a "
                "supportive connection instead, so the person in crisis can feel revitalized and "
                "return to the roles that matter to them.",
                "La RCP Emocional ayuda a superar el miedo ante conductas poco habituales y a "
                "crear en su lugar un vínculo de apoyo, para que la persona en crisis pueda "
                "revitalizarse y volver a los papeles que le importan.",
            ),
        )
    ],
}

YOUTH = {
    "title": T("Youth eCPR", "RCP Emocional Juvenil"),
    "slug": T("youth-ecpr", "rcp-emocional-juvenil"),
    "listing_summary": T(
        "Youth Emotional CPR, developed by and for young adults aged 16 to 25.",
        "La RCP Emocional Juvenil, creada por y para jóvenes de 16 a 25 años.",
    ),
    "intro": T(
        "Youth Emotional CPR was developed by young people, for young adults aged 16 to 25.",
        "La RCP Emocional Juvenil fue creada por jóvenes, para jóvenes de 16 a 25 años.",
    ),
    "body": [
        paragraph(
            T(
                "Young trainers shaped every part of it, from the stories it tells to the way it "
                "is taught, so it speaks to the crises young people actually face.",
                "Formadores jóvenes dieron forma a cada parte, desde las historias que cuenta "
                "hasta la manera de enseñarla, para que hable de las crisis que viven de verdad "
                "las personas jóvenes.",
            )
        )
    ],
}

GET_INVOLVED = {
    "title": T("Get involved", "Participe"),
    "slug": T("get-involved", "participe"),
    "show_in_menus": True,
    "intro": T(
        "Learn eCPR with your team, share it as an Ambassador, support it with a gift, or "
        "simply stay in touch.",
        "Aprenda la RCP Emocional con su equipo, compártala como Embajador o Embajadora, "
        "apóyela con un donativo o simplemente siga en contacto.",
    ),
    "body": [
        heading(T("Trainings and workshops", "Formaciones y talleres")),
        paragraph(
            T(
                "We offer introductory workshops and certification trainings, online and in "
                "person. Tell us about your group through the contact form.",
                "Ofrecemos talleres introductorios y formaciones de certificación, en línea y "
                "en persona. Cuéntenos sobre su grupo con el formulario de contacto.",
            )
        ),
        heading(T("Become an eCPR Ambassador", "Sea Embajador o Embajadora de eCPR")),
        paragraph(
            T(
                "Ambassadors share eCPR in their own communities. Write to us if you would like "
                "to be one.",
                "Los embajadores comparten la RCP Emocional en sus comunidades. Escríbanos si "
                "quiere serlo.",
            )
        ),
        heading(T("Support eCPR", "Apoye la RCP Emocional")),
        paragraph(
            T(
                "Requests for eCPR trainings have grown sharply. Live online classes now reach "
                "people wherever they are, and every gift helps the program reach further.",
                "Las solicitudes de formación en RCP Emocional han crecido mucho. Las clases en "
                "línea en directo llegan a las personas estén donde estén, y cada donativo ayuda "
                "al programa a llegar más lejos.",
            )
        ),
    ],
}
