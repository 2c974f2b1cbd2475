"""Site-wide settings of the demo: the program's contact details and links."""

SITE_SETTINGS = {
    "organisation_name": "National Empowerment Center (NEC)",
    "program_name": "Emotional CPR (eCPR)",
    "phone": "877-246-9058",
    "facebook_url": "https://www.facebook.com/EmotionalCPR",
    "donate_url": "https://www.power2u.org/donate/",
}
