"""Research summaries: the studies of eCPR, with their citations, findings and documents."""

import datetime

from demo_content.documents import KB, document, pdf
from demo_content.text import T, rich

RESEARCH = {
    "title": T("Research", "Investigación"),
    "slug": T("research", "investigacion"),
    "show_in_menus": True,
    "intro": T(
        "What studies have found about Emotional CPR, in plain words, with the full citations.",
        "Lo que han encontrado los estudios sobre la RCP Emocional, en palabras sencillas y "
        "con las citas completas.",
    ),
}


def finding(text, figure=""):
    return ("finding", {"finding": text, "figure": figure})


def summaries(people):
    june_summary = document(
        "eCPR study, June 2022: one-page summary",
        "ecpr-study-june-2022-summary.pdf",
        pdf("eCPR study, June 2022", 1, subtitle="One-page summary"),
    )
    jpm_summary = document(
        "Feasibility and preliminary effectiveness of Emotional CPR: one-page summary",
        "ecpr-feasibility-2021-summary.pdf",
        pdf(
            "Feasibility and preliminary effectiveness of Emotional CPR",
            1,
            subtitle="One-page summary",
        ),
    )
    co_immunity = document(
        "Promising Evidence of the Role of Emotional CPR: Co-Immunity Through Community CPR "
        "(article)",
        "co-immunity-through-community-cpr.pdf",
        pdf(
            "Promising Evidence of the Role of Emotional CPR: Co-Immunity Through Community CPR",
            3,
            size=347 * KB,
            subtitle="Daniel B. Fisher, MD, PhD",
        ),
    )
    return [
        {
            "title": T(
                "Combining Peer Support, Emotional CPR, and Open Dialogue Facilitates Recovery "
                "from Schizophrenia",
                "La combinación de apoyo entre pares, RCP Emocional y Diálogo Abierto facilita "
                "la recuperación de la esquizofrenia",
            ),
            "slug": T("peer-support-ecpr-open-dialogue", "apoyo-pares-rcp-dialogo-abierto"),
            "is_case_study": True,
            "date_precision": "none",
            "citation_authors": "Mateusz",
            "full_text_url": "https://www.power2u.org/",
            "listing_summary": T(
                "A case study: after 15 hospitalizations, a young man stayed out of hospital for "
                "six years once a peer met him where he was.",
                "Un estudio de caso: tras 15 hospitalizaciones, un joven pasó seis años sin "
                "ingresar desde que un compañero fue a su encuentro.",
            ),
            "summary": rich(
                T(
                    "Between 2011 and 2017 the client was hospitalized 15 times. In 2016, during "
                    "the 13th stay, Mateusz, a peer, began to meet him.",
                    "Entre 2011 y 2017 el cliente fue hospitalizado 15 veces. En 2016, durante el "
                    "13.º ingreso, Mateusz, un par, empezó a visitarlo.",
                ),
                T(
                    "At first they connected without words, through Mateusz's own lived "
                    "experience and eCPR. Trust grew. He began to talk, joined Open Dialogue "
                    "meetings with his family and took his medication steadily.",
                    "Al principio conectaron sin palabras, desde la experiencia vivida de "
                    "Mateusz y la RCP Emocional. Creció la confianza. Empezó a hablar, se unió a "
                    "reuniones de Diálogo Abierto con su familia y tomó su medicación de forma "
                    "constante.",
                ),
                T(
                    "He has not been hospitalized for six years, up to 2023, and he now works.",
                    "No ha vuelto a ser hospitalizado en seis años, hasta 2023, y ahora trabaja.",
                ),
            ),
            "key_findings": [
                finding(
                    T(
                        "Hospitalizations from 2011 through 2017",
                        "Hospitalizaciones de 2011 a 2017",
                    ),
                    T("15", "15"),
                ),
                finding(
                    T(
                        "Years without a hospitalization, to 2023",
                        "Años sin hospitalización, hasta 2023",
                    ),
                    T("6", "6"),
                ),
            ],
            "people": [
                (
                    "person",
                    {"person": people["mateusz"], "role": T("Lead author", "Autor principal")},
                )
            ],
        },
        {
            "title": T("eCPR study, June 2022", "Estudio de RCP Emocional, junio de 2022"),
            "slug": T("ecpr-study-june-2022", "estudio-junio-2022"),
            "publication_date": datetime.date(2022, 6, 1),
            "date_precision": "month",
            "full_text_url": "https://www.power2u.org/",
            "listing_summary": T(
                "People from many backgrounds gained in connecting, understanding crisis and "
                "accepting their own emotions.",
                "Personas de orígenes muy diversos mejoraron al conectar, al entender las crisis "
                "y al aceptar sus propias emociones.",
            ),
            "summary": rich(
                T(
                    "This study found that eCPR benefits people from many demographic groups.",
                    "Este estudio encontró que la RCP Emocional beneficia a personas de muchos "
                    "grupos demográficos.",
                ),
                T(
                    "Participants valued the training for the new skills it gave them.",
                    "Los participantes valoraron la formación por las nuevas habilidades que les "
                    "dio.",
                ),
            ),
            "key_findings": [
                finding(
                    T(
                        "Better able to connect with others",
                        "Mayor capacidad para conectar con los demás",
                    )
                ),
                finding(
                    T(
                        "Better understanding of being with someone in a mental-health "
                        "challenge or crisis",
                        "Mejor comprensión de cómo estar con alguien ante un reto de salud "
                        "mental o una crisis",
                    )
                ),
                finding(
                    T(
                        "More accepting of their own emotions",
                        "Más aceptación de sus propias emociones",
                    )
                ),
                finding(
                    T(
                        "More confident being their authentic selves at work and at home",
                        "Más confianza para ser auténticos en el trabajo y en casa",
                    )
                ),
            ],
            "summary_document": june_summary,
        },
        {
            "title": T(
                "Feasibility and preliminary effectiveness of Emotional CPR",
                "Viabilidad y eficacia preliminar de la RCP Emocional",
            ),
            "slug": T(
                "feasibility-and-preliminary-effectiveness", "viabilidad-y-eficacia-preliminar"
            ),
            "publisher": "Journal of Participatory Medicine",
            "publication_date": datetime.date(2021, 4, 1),
            "date_precision": "month",
            "full_text_url": "https://jopm.jmir.org/",
            "listing_summary": T(
                "A peer-developed, peer-delivered program that people with lived experience can "
                "build and teach with fidelity.",
                "Un programa creado e impartido por pares, que personas con experiencia vivida "
                "pueden construir y enseñar con fidelidad.",
            ),
            "summary": rich(
                T(
                    "Set against COVID-19 and the global mental-health crisis, this study asked "
                    "whether people with lived experience could build eCPR and train others to "
                    "deliver it faithfully. They could.",
                    "En plena COVID-19 y crisis mundial de salud mental, este estudio se preguntó "
                    "si personas con experiencia vivida podían construir la RCP Emocional y "
                    "formar a otras para impartirla con fidelidad. Pudieron.",
                ),
                T(
                    "From before to after the training, participants changed significantly "
                    "(P<=.05) on the eight measures listed under key findings.",
                    "Entre antes y después de la formación, los participantes cambiaron de forma "
                    "significativa (P<=.05) en las ocho medidas que se enumeran en los hallazgos "
                    "clave.",
                ),
                T(
                    "Some changes were promising but not statistically significant: loneliness, "
                    "empowerment, active-empathetic listening, mindfulness awareness and hope.",
                    "Algunos cambios fueron prometedores pero no estadísticamente "
                    "significativos: soledad, empoderamiento, escucha activa y empática, "
                    "atención plena y esperanza.",
                ),
                T(
                    "Nonprofit leaders and workers improved most on loneliness, social "
                    "connectedness, empathic listening and flourishing; peer support "
                    "specialists on positive affect; clinicians on mindfulness awareness.",
                    "Quienes dirigen o trabajan en entidades sin ánimo de lucro mejoraron más en "
                    "soledad, conexión social, escucha empática y bienestar pleno; los "
                    "especialistas en apoyo entre pares, en afecto positivo; el personal "
                    "clínico, en atención plena.",
                ),
            ),
            "key_findings": [
                finding(T("Identifying emotions", "Identificar emociones"), "P<=.05"),
                finding(
                    T("Supporting others in distress", "Apoyar a otras personas en angustia"),
                    "P<=.05",
                ),
                finding(T("Communicating nonverbally", "Comunicarse sin palabras"), "P<=.05"),
                finding(T("Sharing emotions", "Compartir emociones"), "P<=.05"),
                finding(T("Self-care", "Autocuidado"), "P<=.05"),
                finding(T("Social connectedness", "Conexión social"), "P<=.05"),
                finding(T("Self-perceived flourishing", "Bienestar pleno percibido"), "P<=.05"),
                finding(T("Positive affect", "Afecto positivo"), "P<=.05"),
            ],
            "summary_document": jpm_summary,
        },
        {
            "title": T(
                "Promising Evidence of the Role of Emotional CPR: "
                "Co-Immunity Through Community CPR",
                "Datos prometedores sobre el papel de la RCP Emocional: coinmunidad mediante la "
                "RCP comunitaria",
            ),
            "slug": T("co-immunity-through-community-cpr", "coinmunidad-rcp-comunitaria"),
            "citation_authors": "Fisher, Daniel B.",
            "publisher": "American Association for Geriatric Psychiatry",
            "publication_date": datetime.date(2021, 4, 1),
            "date_precision": "day",
            "listing_summary": T(
                "In a pandemic we need each other: heart-to-heart practice can build "
                "\u201cco-immunity\u201d.",
                "En una pandemia nos necesitamos: la práctica de corazón a corazón puede crear "
                "\u201ccoinmunidad\u201d.",
            ),
            "summary": rich(
                T(
                    "Daniel B. Fisher argues that in the pandemic people need each other more "
                    "than ever, and that eCPR's heart-to-heart practice can build "
                    "\u201cco-immunity\u201d in communities.",
                    "Daniel B. Fisher sostiene que en la pandemia nos necesitamos más que nunca, "
                    "y que la práctica de corazón a corazón de la RCP Emocional puede crear "
                    "\u201ccoinmunidad\u201d en las comunidades.",
                ),
            ),
            "people": [("person", {"person": people["fisher"], "role": T("Author", "Autor")})],
            "full_text_document": co_immunity,
        },
    ]
