"""The demo's two forms, Contact and Join our email list, in English and Spanish."""

# Demo submissions go to a reserved example domain; development prints the email to the console.
STAFF_ADDRESS = "ecpr-team@example.org"

TOPICS = "\n".join(
    [
        "A question",
        "Scheduling an introductory workshop",
        "A certification training",
        "Becoming an eCPR Ambassador",
    ]
)
LANGUAGES = "English\nEspañol"

CONTACT_INTRO = (
    "Ask us a question, plan an introductory eCPR workshop or a certification training "
    "for your group, or tell us you would like to become an eCPR Ambassador. A person on "
    "the eCPR team reads every message and answers within a few working days."
)

CONTACT_THANKS = (
    "Thank you for writing to us. Your message has reached the eCPR team, and one of us "
    "will answer by email soon."
)

EMAIL_LIST_INTRO = (
    "Hear about new trainings, webinars and research from Emotional CPR. We write a few "
    "times a year, never more."
)

EMAIL_LIST_THANKS = (
    "Thank you for joining. Our next email will reach you soon, and every one of them "
    "has a link to leave the list whenever you like."
)

CONTACT = {
    "title": "Contact us",
    "slug": "contact",
    "intro": f"<p>{CONTACT_INTRO}</p>",
    "thank_you_text": f"<p>{CONTACT_THANKS}</p>",
    "subject": "Message from the eCPR contact form",
    "show_phone": True,
    "show_in_menus": True,
}
CONTACT_FIELDS = [
    {"label": "Name", "field_type": "singleline"},
    {"label": "Email", "field_type": "email"},
    {
        "label": "Phone",
        "field_type": "singleline",
        "required": False,
        "help_text": "Only if you would like us to call you back.",
    },
    {"label": "What is it about?", "field_type": "dropdown", "choices": TOPICS},
    {"label": "Message", "field_type": "multiline"},
]
CONTACT_ES = {
    "Contact us": "Contáctenos",
    "contact": "contacto",
    CONTACT_INTRO: (
        "Háganos una pregunta, organice un taller introductorio de RCP Emocional o una formación "
        "de certificación para su grupo, o díganos que quiere ser Embajador o Embajadora de eCPR. "
        "Una persona del equipo lee cada mensaje y responde en pocos días hábiles."
    ),
    CONTACT_THANKS: (
        "Gracias por escribirnos. Su mensaje ya llegó al equipo de eCPR y una persona le "
        "responderá pronto por correo electrónico."
    ),
    "Name": "Nombre",
    "Email": "Correo electrónico",
    "Phone": "Teléfono",
    "Only if you would like us to call you back.": "Solo si quiere que le llamemos.",
    "What is it about?": "¿Sobre qué nos escribe?",
    # wagtail-localize offers a value of several lines as one segment, its lines joined by <br/>.
    TOPICS.replace("\n", "<br/>"): "<br/>".join(
        [
            "Una pregunta",
            "Organizar un taller introductorio",
            "Una formación de certificación",
            "Ser Embajador o Embajadora de eCPR",
        ]
    ),
    "Message": "Mensaje",
}

EMAIL_LIST = {
    "title": "Join our email list",
    "slug": "email-list",
    "intro": f"<p>{EMAIL_LIST_INTRO}</p>",
    "thank_you_text": f"<p>{EMAIL_LIST_THANKS}</p>",
    "subject": "New sign-up for the eCPR email list",
}
CONSENT_HELP = (
    "We use your name and email address only to send you news about eCPR. We never share them "
    "with anyone, and you can leave the list at any time."
)
EMAIL_LIST_FIELDS = [
    {"label": "Name", "field_type": "singleline"},
    {"label": "Email", "field_type": "email"},
    {
        "label": "Preferred language",
        "field_type": "radio",
        "choices": LANGUAGES,
        "default_value": "English",
    },
    {
        "label": "Yes, please send me emails about eCPR",
        "field_type": "checkbox",
        "help_text": CONSENT_HELP,
    },
]
EMAIL_LIST_ES = {
    "Join our email list": "Únase a nuestra lista de correo",
    "email-list": "lista-de-correo",
    EMAIL_LIST_INTRO: (
        "Reciba noticias de nuevas formaciones, seminarios web e investigaciones de la RCP "
        "Emocional. Escribimos pocas veces al año, nunca más."
    ),
    EMAIL_LIST_THANKS: (
        "Gracias por unirse. Pronto le llegará nuestro próximo correo, y cada uno trae un enlace "
        "para salir de la lista cuando quiera."
    ),
    "Name": "Nombre",
    "Email": "Correo electrónico",
    "Preferred language": "Idioma preferido",
    "English": "Español",
    "Yes, please send me emails about eCPR": "Sí, quiero recibir correos sobre eCPR",
    CONSENT_HELP: (
        "Usamos su nombre y su correo solo para enviarle noticias de eCPR. Nunca los compartimos "
        "con nadie y puede salir de la lista en cualquier momento."
    ),
}
