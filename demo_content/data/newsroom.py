"""The newsroom: news items, webinars and media appearances from the program's record."""

import datetime

from demo_content.data.settings import SITE_SETTINGS
from demo_content.documents import KB, MB, document, pdf, pptx
from demo_content.text import T, paragraph
from news.models import MediaAppearancePage, NewsPage, WebinarPage

NEWSROOM = {
    "title": T("News & media", "Noticias y medios"),
    "slug": T("news", "noticias"),
    "show_in_menus": True,
    "intro": T(
        "News about Emotional CPR, our webinars, and eCPR in the press, on radio and on TV.",
        "Noticias sobre la RCP Emocional, nuestros seminarios web y la RCP Emocional en la "
        "prensa, la radio y la televisión.",
    ),
}


def person(people, key, role=""):
    return ("person", {"person": people[key], "role": role})


def news_items(people):
    return [
        {
            "model": NewsPage,
            "title": T(
                'How Emotional CPR Can Help Persons "Be The Person They Were Born To Be"',
                "Cómo la RCP Emocional puede ayudar a las personas a «ser quienes nacieron para "
                "ser»",
            ),
            "slug": T("be-the-person-they-were-born-to-be", "ser-quienes-nacieron-para-ser"),
            "date_precision": "none",
            "listing_summary": T(
                "Dan Fisher tells how eCPR helped a woman in distress notice her feelings and "
                "feel, for the first time, free to be herself.",
                "Dan Fisher cuenta cómo la RCP Emocional ayudó a una mujer angustiada a notar "
                "sus sentimientos y a sentirse, por primera vez, libre de ser ella misma.",
            ),
            "people": [person(people, "fisher", T("Author", "Autor"))],
            "body": [
                paragraph(
                    T(
                        "In this article, Dan Fisher, the National Empowerment Center's former "
                        "CEO, describes a moment of real connection with a woman who was "
                        "struggling.",
                        "En este artículo, Dan Fisher, exdirector general del National "
                        "Empowerment Center, describe un momento de conexión real con una mujer "
                        "que lo estaba pasando mal.",
                    ),
                    T(
                        "Through eCPR she began to notice what she was feeling, and for the first "
                        "time felt she could be the person she was born to be.",
                        "Gracias a la RCP Emocional empezó a darse cuenta de lo que sentía y, por "
                        "primera vez, sintió que podía ser la persona que nació para ser.",
                    ),
                )
            ],
            "article_url": "https://www.power2u.org/",
            "topics": ["peer-support"],
        },
        {
            "model": NewsPage,
            "title": T(
                "Emotional CPR Response to COVID-19",
                "La respuesta de la RCP Emocional a la COVID-19",
            ),
            "slug": T("ecpr-response-to-covid-19", "respuesta-a-la-covid-19"),
            "display_date": datetime.date(2020, 1, 1),
            "date_precision": "year",
            "listing_summary": T(
                "Physical distance need not mean isolation: eCPR moved its trainings and "
                "support groups online.",
                "La distancia física no tiene por qué ser aislamiento: la RCP Emocional llevó "
                "sus formaciones y grupos de apoyo a internet.",
            ),
            "body": [
                paragraph(
                    T(
                        "Keeping our physical distance does not have to mean isolating ourselves "
                        "socially.",
                        "Mantener la distancia física no tiene por qué significar aislarnos "
                        "socialmente.",
                    ),
                    T(
                        "People with lived experience of emotional crisis know that healing "
                        "comes from heart-to-heart connection, and that connection can cross a "
                        "screen.",
                        "Quienes han vivido una crisis emocional saben que la sanación nace de "
                        "la conexión de corazón a corazón, y que esa conexión puede atravesar "
                        "una pantalla.",
                    ),
                    T(
                        "The National Empowerment Center rolled out online eCPR certification "
                        "trainings, support groups and communities of practice.",
                        "El National Empowerment Center puso en marcha formaciones de "
                        "certificación en RCP Emocional en línea, grupos de apoyo y comunidades "
                        "de práctica.",
                    ),
                )
            ],
            "topics": ["covid-19", "training"],
        },
        {
            "model": NewsPage,
            "title": T(
                "Veterinarians Find Emotional CPR Helpful",
                "Los veterinarios encuentran útil la RCP Emocional",
            ),
            "slug": T("veterinarians-find-ecpr-helpful", "veterinarios-rcp-emocional"),
            "date_precision": "none",
            "listing_summary": T(
                "The University of Tennessee trains veterinary social work students in eCPR.",
                "La Universidad de Tennessee forma en RCP Emocional al alumnado de trabajo "
                "social veterinario.",
            ),
            "body": [
                paragraph(
                    T(
                        "The Veterinary Social Work program at the University of Tennessee "
                        "trains its students in eCPR.",
                        "El programa de Trabajo Social Veterinario de la Universidad de "
                        "Tennessee forma a su alumnado en RCP Emocional.",
                    ),
                    T(
                        "Veterinarians work under heavy stress and face higher rates of suicide. "
                        "When a pet dies, they often become grief counsellors for its family.",
                        "Los veterinarios trabajan con mucho estrés y tienen tasas de suicidio "
                        "más altas. Cuando muere una mascota, a menudo acompañan el duelo de su "
                        "familia.",
                    ),
                    T(
                        "eCPR helps them connect with their clients' emotions, and with their own.",
                        "La RCP Emocional les ayuda a conectar con las emociones de sus clientes "
                        "y con las suyas propias.",
                    ),
                )
            ],
            "article_url": "https://www.avma.org/resources-tools/wellbeing",
            "topics": ["training"],
        },
        {
            "model": NewsPage,
            "title": T(
                "CARF International cites Emotional CPR", "CARF International cita la RCP Emocional"
            ),
            "slug": T("carf-cites-ecpr", "carf-cita-rcp-emocional"),
            "date_precision": "none",
            "listing_summary": T(
                "CARF's Behavioral Health Standards Manual names eCPR as an example of staff "
                "training in alternative interventions.",
                "El manual de estándares de salud conductual de CARF menciona la RCP Emocional "
                "como ejemplo de formación del personal en intervenciones alternativas.",
            ),
            "body": [
                paragraph(
                    T(
                        "CARF International accredits health and human services on five "
                        "continents.",
                        "CARF International acredita servicios sanitarios y sociales en cinco "
                        "continentes.",
                    ),
                    T(
                        "Its Behavioral Health Standards Manual describes eCPR as a holistic, "
                        "empowering approach to helping people cope with emotional crisis, and "
                        "gives it as an example of training staff in alternative interventions.",
                        "Su manual de estándares de salud conductual describe la RCP Emocional "
                        "como un enfoque integral y empoderador para ayudar a afrontar una "
                        "crisis emocional, y la pone como ejemplo de formación del personal en "
                        "intervenciones alternativas.",
                    ),
                )
            ],
            "topics": ["training"],
        },
        {
            "model": NewsPage,
            "title": T("Donations needed", "Necesitamos donativos"),
            "slug": T("donations-needed", "necesitamos-donativos"),
            "date_precision": "none",
            "listing_summary": T(
                "Demand for eCPR trainings has grown sharply. Your gift helps us reach more "
                "people.",
                "La demanda de formaciones en RCP Emocional ha crecido mucho. Su donativo nos "
                "ayuda a llegar a más personas.",
            ),
            "body": [
                paragraph(
                    T(
                        "Demand for eCPR trainings has grown sharply. Our live, experiential "
                        "classes online now reach people wherever they are.",
                        "La demanda de formaciones en RCP Emocional ha crecido mucho. Nuestras "
                        "clases vivenciales en línea llegan hoy a las personas estén donde estén.",
                    ),
                    T(
                        "Your support lets the program expand its reach to more communities.",
                        "Su apoyo permite que el programa llegue a más comunidades.",
                    ),
                ),
                ("link", {"text": T("Donate", "Donar"), "url": SITE_SETTINGS["donate_url"]}),
            ],
        },
    ]


WEBINAR_SLIDES = [
    "Why Youth eCPR",
    "Who created it",
    "Listening circles",
    "What young people told us",
    "Connecting",
    "emPowering",
    "Revitalizing",
    "Youth as leaders",
    "Training the trainers",
    "A first workshop",
    "Stories from trainers",
    "What changed",
    "Staying safe together",
    "Crisis is universal",
    "Being present",
    "Language that helps",
    "Culture and identity",
    "Peers and families",
    "Online sessions",
    "What comes next",
    "How to get involved",
    "Questions",
    "Thank you",
]


def webinars(people):
    youth_slides = document(
        "Youth Emotional CPR webinar slides",
        "youth-ecpr-webinar-slides.pptx",
        pptx(
            "Youth Emotional CPR: how it was created, and youth leadership",
            ["Title", *WEBINAR_SLIDES],
            size=int(3.3 * MB),
        ),
    )
    flyer = document(
        "Emotional CPR: Saving Lives, Healing Communities (flyer)",
        "saving-lives-flyer.pdf",
        pdf(
            "Emotional CPR: Saving Lives, Healing Communities",
            2,
            size=306 * KB,
            subtitle="Presenters",
        ),
    )
    slides = document(
        "Emotional CPR: Saving Lives, Healing Communities (slides)",
        "saving-lives-slides.pdf",
        pdf("Emotional CPR: Saving Lives, Healing Communities", 29, size=int(1.48 * MB)),
    )
    return [
        {
            "model": WebinarPage,
            "title": T(
                "Youth Emotional CPR: how it was created, and youth leadership",
                "RCP Emocional Juvenil: cómo se creó y el liderazgo joven",
            ),
            "slug": T("youth-ecpr-webinar", "seminario-rcp-emocional-juvenil"),
            "date_precision": "none",
            "listing_summary": T(
                "Three Youth eCPR trainers tell how Youth eCPR came to be, and how young people "
                "lead it.",
                "Tres formadores de RCP Emocional Juvenil cuentan cómo nació y cómo la lideran "
                "las personas jóvenes.",
            ),
            "body": [
                paragraph(
                    T(
                        "Presented by three Youth eCPR trainers. The slides are below.",
                        "Lo presentan tres formadores de RCP Emocional Juvenil. Las diapositivas "
                        "están más abajo.",
                    ),
                    T(
                        "The date of this webinar was not recorded, and there is no recording "
                        "of it to watch: the slides are what remains.",
                        "No consta la fecha de este seminario web y no hay grabación para verlo: "
                        "quedan las diapositivas.",
                    ),
                )
            ],
            "slides": youth_slides,
            "topics": ["youth"],
        },
        {
            "model": WebinarPage,
            "title": T(
                "Emotional CPR Shows Promising Evidence of Community-based Support",
                "La RCP Emocional muestra datos prometedores de apoyo comunitario",
            ),
            "slug": T("promising-evidence-webinar", "seminario-datos-prometedores"),
            "date_precision": "none",
            "listing_summary": T(
                "What the Peer and Academic Partnership learned about eCPR's feasibility, "
                "acceptability and early effects.",
                "Lo que aprendió la Alianza entre Pares y Academia sobre la viabilidad, la "
                "aceptación y los primeros efectos de la RCP Emocional.",
            ),
            "people": [
                person(people, "myers", T("Presenter", "Presentadora")),
                person(people, "collings", T("Presenter", "Presentadora")),
            ],
            "body": [
                paragraph(
                    T(
                        "In May 2020 the United Nations called for wide-scale community "
                        "psychoeducation. Soon after, the Peer and Academic Partnership studied "
                        "whether eCPR was feasible, acceptable and effective in its first steps.",
                        "En mayo de 2020 las Naciones Unidas pidieron psicoeducación comunitaria "
                        "a gran escala. Poco después, la Alianza entre Pares y Academia estudió "
                        "si la RCP Emocional era viable, aceptable y eficaz en sus primeros "
                        "pasos.",
                    ),
                    T(
                        "The exact date of this webinar is not recorded; it took place after "
                        "May 2020.",
                        "No consta la fecha exacta de este seminario web; se celebró después de "
                        "mayo de 2020.",
                    ),
                )
            ],
            "topics": ["research"],
        },
        {
            "model": WebinarPage,
            "title": T(
                "Emotional CPR Brings Hope, Life and Community to a Sad World",
                "La RCP Emocional trae esperanza, vida y comunidad a un mundo triste",
            ),
            "slug": T("hope-life-and-community-webinar", "seminario-esperanza-vida-comunidad"),
            "date_precision": "none",
            "host_organisation": T(
                "British Columbia Psychosocial Rehabilitation, Advanced Practice",
                "British Columbia Psychosocial Rehabilitation, Advanced Practice",
            ),
            "listing_summary": T(
                "An overview of eCPR by Dr. Daniel Fisher and Shontelle Prokipcak.",
                "Una presentación general de la RCP Emocional a cargo del Dr. Daniel Fisher y "
                "Shontelle Prokipcak.",
            ),
            "people": [
                person(people, "fisher", T("Presenter", "Presentador")),
                person(people, "prokipcak", T("Presenter", "Presentadora")),
            ],
            "body": [
                paragraph(
                    T(
                        "An overview of Emotional CPR: why connection matters in hard times, and "
                        "how anyone can learn to offer it.",
                        "Una visión general de la RCP Emocional: por qué la conexión importa en "
                        "los tiempos difíciles y cómo cualquiera puede aprender a ofrecerla.",
                    )
                )
            ],
        },
        {
            "model": WebinarPage,
            "title": T(
                "Emotional CPR: Saving Lives, Healing Communities",
                "RCP Emocional: salvar vidas, sanar comunidades",
            ),
            "slug": T("saving-lives-healing-communities", "salvar-vidas-sanar-comunidades"),
            "display_date": datetime.date(2012, 1, 1),
            "date_precision": "year",
            "listing_summary": T(
                "An archived 2012 webinar with real-life stories of eCPR healing communities.",
                "Un seminario web de 2012, archivado, con historias reales de comunidades que "
                "sanan con la RCP Emocional.",
            ),
            "body": [
                paragraph(
                    T(
                        "Real-life stories of how eCPR helps communities heal. The flyer lists "
                        "the presenters.",
                        "Historias reales de cómo la RCP Emocional ayuda a sanar a las "
                        "comunidades. El folleto presenta a quienes intervienen.",
                    )
                )
            ],
            "flyer": flyer,
            "slides": slides,
        },
    ]


def appearances(people, outlets):
    la_times = document(
        "Does mental health training for an everyday person exist? (article)",
        "los-angeles-times-group-therapy-2023-03-28.pdf",
        pdf(
            "Does mental health training for an everyday person exist?",
            10,
            size=477 * KB,
            subtitle="Los Angeles Times, Group Therapy, March 28, 2023",
        ),
    )
    mh_weekly = document(
        "MH Weekly quotes Daniel Fisher (article)",
        "mental-health-weekly-fisher.pdf",
        pdf("Mental Health Weekly: Daniel Fisher on eCPR", 8, size=234 * KB),
    )
    return [
        {
            "model": MediaAppearancePage,
            "title": T(
                "Does mental health training for an everyday person exist?",
                "¿Existe una formación en salud mental para cualquier persona?",
            ),
            "slug": T("la-times-group-therapy", "la-times-group-therapy"),
            "outlet": outlets["latimes"],
            "display_date": datetime.date(2023, 3, 28),
            "listing_summary": T(
                "The Los Angeles Times answers a reader and compares the two most popular lay "
                "trainings: Mental Health First Aid and Emotional CPR.",
                "Los Angeles Times responde a una lectora y compara las dos formaciones para "
                "no profesionales más populares: Primeros Auxilios en Salud Mental y RCP "
                "Emocional.",
            ),
            "people": [person(people, "franklin", T("Interviewed", "Entrevistada"))],
            "body": [
                paragraph(
                    T(
                        "In its \u201cGroup Therapy\u201d newsletter, the paper answers a "
                        "35-year-old reader who wants to learn how to help.",
                        "En su boletín \u201cGroup Therapy\u201d, el periódico responde a una "
                        "lectora de 35 años que quiere aprender a ayudar.",
                    ),
                    T(
                        "It compares Mental Health First Aid, created by Betty Kitchener and "
                        "Anthony Jorm, with Emotional CPR, explained by Braunwynn Franklin.",
                        "Compara Primeros Auxilios en Salud Mental, creado por Betty Kitchener y "
                        "Anthony Jorm, con la RCP Emocional, que explica Braunwynn Franklin.",
                    ),
                )
            ],
            "attachment": la_times,
        },
        {
            "model": MediaAppearancePage,
            "title": T(
                "Emotional CPR Coordinator Kimberly Ewing featured on Indy Now",
                "La coordinadora de RCP Emocional Kimberly Ewing, en Indy Now",
            ),
            "slug": T("kimberly-ewing-indy-now", "kimberly-ewing-indy-now"),
            "outlet": outlets["fox59"],
            "date_precision": "none",
            "listing_summary": T(
                "Aired on March 25 (year not recorded): how eCPR prepares people to help "
                "someone in emotional crisis or trauma.",
                "Emitido un 25 de marzo (no consta el año): cómo la RCP Emocional prepara para "
                "ayudar a alguien en crisis emocional o trauma.",
            ),
            "people": [person(people, "ewing")],
            "body": [
                paragraph(
                    T(
                        "Kimberly Ewing, the National Empowerment Center's eCPR coordinator, "
                        "explains how the training equips people to help someone through an "
                        "emotional crisis or trauma.",
                        "Kimberly Ewing, coordinadora de RCP Emocional del National Empowerment "
                        "Center, explica cómo la formación prepara para acompañar a alguien en "
                        "una crisis emocional o un trauma.",
                    )
                )
            ],
            "media_url": "https://fox59.com/indynow/",
        },
        {
            "model": MediaAppearancePage,
            "title": T(
                "Heartbeats of Hope (keynote)", "Latidos de esperanza (conferencia inaugural)"
            ),
            "slug": T("heartbeats-of-hope", "latidos-de-esperanza"),
            "outlet": outlets["asia_pacific"],
            "display_date": datetime.date(2016, 10, 25),
            "listing_summary": T(
                "Dan Fisher's keynote address to the Asia Pacific Conference in Brisbane.",
                "La conferencia inaugural de Dan Fisher en la Conferencia Asia Pacífico, en "
                "Brisbane.",
            ),
            "people": [person(people, "fisher", T("Keynote speaker", "Conferenciante"))],
        },
        {
            "model": MediaAppearancePage,
            "title": T(
                "Radio interview: Dan Fisher and Jenny Speed on Emotional CPR",
                "Entrevista de radio: Dan Fisher y Jenny Speed hablan de la RCP Emocional",
            ),
            "slug": T("abc-radio-interview", "entrevista-radio-abc"),
            "outlet": outlets["abc"],
            "display_date": datetime.date(2016, 12, 4),
            "listing_summary": T(
                "Why the mental-health system needs a new paradigm, and how people can take a "
                "strong role in their own recovery.",
                "Por qué el sistema de salud mental necesita un nuevo paradigma y cómo las "
                "personas pueden tener un papel fuerte en su propia recuperación.",
            ),
            "people": [person(people, "fisher"), person(people, "speed")],
            "body": [
                paragraph(
                    T(
                        "Dan Fisher wants to shift the paradigm of mental-health services and "
                        "help people take a strong role in their own recovery.",
                        "Dan Fisher quiere cambiar el paradigma de los servicios de salud mental "
                        "y ayudar a las personas a tener un papel fuerte en su propia "
                        "recuperación.",
                    )
                )
            ],
            "media_url": "https://www.abc.net.au/radionational/",
        },
        {
            "model": MediaAppearancePage,
            "title": T(
                "MH Weekly quotes Daniel Fisher on eCPR and avoiding hospitalization",
                "MH Weekly cita a Daniel Fisher sobre la RCP Emocional y cómo evitar la "
                "hospitalización",
            ),
            "slug": T("mh-weekly-quotes-fisher", "mh-weekly-cita-a-fisher"),
            "outlet": outlets["mhweekly"],
            "date_precision": "none",
            "listing_summary": T(
                "Following the New York Times \u201cRoom for Debate\u201d of May 9 on the best "
                "care for people who are incarcerated or homeless.",
                "A raíz del debate \u201cRoom for Debate\u201d del New York Times del 9 de mayo "
                "sobre la mejor atención para personas encarceladas o sin hogar.",
            ),
            "people": [person(people, "fisher")],
            "body": [
                paragraph(
                    T(
                        "The debate asked what treatment is best for people with mental illness "
                        "who are incarcerated or homeless, and whether asylums should reopen.",
                        "El debate se preguntaba cuál es el mejor tratamiento para personas con "
                        "enfermedad mental encarceladas o sin hogar, y si deberían reabrirse los "
                        "manicomios.",
                    )
                )
            ],
            "attachment": mh_weekly,
        },
    ]


UNTRANSLATED = "mh-weekly-quotes-fisher"
OUT_OF_DATE = "carf-cites-ecpr"
