"""The demo's words: English text written for this site, and its Spanish translation.

Each Spanish mapping goes from an English segment (as wagtail-localize splits it) to its Spanish.
"""

HOME = {
    "title": "Emotional CPR",
    "intro": (
        "Emotional CPR teaches anyone to help a person through an emotional crisis, "
        "by Connecting, emPowering and Revitalizing."
    ),
}

HOME_ES = {
    "Emotional CPR": "RCP Emocional",
    "home": "inicio",
    HOME["intro"]: (
        "La RCP Emocional enseña a cualquier persona a acompañar a alguien en una crisis "
        "emocional: Conectar, emPoderar y Revitalizar."
    ),
}

SITE_SETTINGS = {
    "organisation_name": "National Empowerment Center (NEC)",
    "program_name": "Emotional CPR (eCPR)",
    "phone": "877-246-9058",
    "facebook_url": "https://www.facebook.com/EmotionalCPR",
    "donate_url": "https://www.power2u.org/donate/",
}
