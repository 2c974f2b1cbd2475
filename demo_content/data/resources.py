"""Resources: the participant workbook, the training video and the Spanish brochure."""

from demo_content.documents import document, pdf
from demo_content.text import T, rich

RESOURCES = {
    "title": T("Resources", "Recursos"),
    "slug": T("resources", "recursos"),
    "show_in_menus": True,
    "intro": T(
        "The eCPR workbook, the training video and materials to download.",
        "El cuaderno de eCPR, el vídeo de formación y materiales para descargar.",
    ),
}


def resources():
    brochure = document(
        "Un folleto de eCPR en Español",
        "folleto-ecpr-espanol.pdf",
        pdf("RCP Emocional (eCPR)", 2, subtitle="Un folleto de eCPR en Español"),
        language="es",
    )
    return [
        {
            "title": T("eCPR Participant Workbook", "Cuaderno del participante de eCPR"),
            "slug": T("participant-workbook", "cuaderno-del-participante"),
            "listing_summary": T(
                "The workbook for the eCPR certification training.",
                "El cuaderno para la formación de certificación en RCP Emocional.",
            ),
            "description": rich(
                T(
                    "Made for the eCPR certification training, the workbook covers the values "
                    "of eCPR, the features of dialogue, the three steps of C-P-R, preparing "
                    "yourself and caring for yourself.",
                    "Pensado para la formación de certificación, el cuaderno trata los valores "
                    "de la RCP Emocional, las características del diálogo, los tres pasos de la "
                    "RCP, cómo prepararse y cómo cuidarse.",
                ),
                T(
                    "It holds quotes, real-life examples, role-play instructions and exercises, "
                    "for anyone who may meet a person in crisis: police officers, peers, "
                    "providers and family members.",
                    "Incluye citas, ejemplos reales, instrucciones para juegos de rol y "
                    "ejercicios, para cualquiera que pueda encontrarse con una persona en "
                    "crisis: policías, pares, profesionales y familiares.",
                ),
            ),
            "purchase_url": "https://www.power2u.org/store/",
        },
        {
            "title": T(
                "Introduction to Emotional CPR training video (DVD)",
                "Vídeo de formación Introducción a la RCP Emocional (DVD)",
            ),
            "slug": T("training-video", "video-de-formacion"),
            "listing_summary": T(
                "Discussion and real-life scenes that show eCPR's values in practice.",
                "Conversación y escenas reales que muestran los valores de la RCP Emocional en "
                "la práctica.",
            ),
            "description": rich(
                T(
                    "Through discussion and real-life scenarios, the video shows the values and "
                    "the practice of eCPR. Watch the preview, then order the DVD.",
                    "A través de la conversación y de situaciones reales, el vídeo muestra los "
                    "valores y la práctica de la RCP Emocional. Vea la muestra y luego pida el "
                    "DVD.",
                ),
            ),
            "preview_video_url": "https://www.youtube.com/@NationalEmpowermentCenter",
            "purchase_url": "https://www.power2u.org/store/",
        },
        {
            "title": T("eCPR brochure in Spanish", "Un folleto de eCPR en Español"),
            "slug": T("spanish-brochure", "folleto-en-espanol"),
            "listing_summary": T(
                "A Spanish-language brochure about eCPR to download and share.",
                "Un folleto en español sobre la RCP Emocional para descargar y compartir.",
            ),
            "description": rich(
                T(
                    "A short brochure in Spanish that introduces Emotional CPR. Share it with "
                    "Spanish-speaking friends, families and groups.",
                    "Un folleto breve en español que presenta la RCP Emocional. Compártalo con "
                    "amistades, familias y grupos hispanohablantes.",
                ),
            ),
            "downloads": [("document", {"document": brochure, "title": ""})],
        },
    ]
