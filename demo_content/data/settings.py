"""Site-wide settings of the demo: the program's contact details, links and footer text."""

from demo_content.text import T

SITE_SETTINGS = {
    "organisation_name": "National Empowerment Center (NEC)",
    "program_name": "Emotional CPR (eCPR)",
    "phone": "877-246-9058",
    "facebook_url": "https://www.facebook.com/EmotionalCPR",
    "donate_url": "https://www.power2u.org/donate/",
}

FOOTER_TEXT = T(
    "Emotional CPR (eCPR) is a public-health education program of the National Empowerment "
    "Center, led by people who have lived through emotional crises themselves.",
    "La RCP Emocional (eCPR) es un programa de educación en salud pública del National "
    "Empowerment Center, dirigido por personas que han vivido crisis emocionales.",
)
