"""The demo's glossary: the program's own terms and the Spanish every translation uses.

Each entry is (English, Spanish, note, do not translate).
"""

GLOSSARY = [
    ("Emotional CPR", "RCP Emocional", "The program's name in Spanish, with both capitals.", False),
    ("eCPR", "", "The short name stays as it is in Spanish.", True),
    (
        "National Empowerment Center",
        "",
        "The organisation's name is not translated; explain it once if needed.",
        True,
    ),
    ("Connecting", "Conectar", "The C of C-P-R.", False),
    ("emPowering", "emPoderar", "The P of C-P-R: keep the capital P.", False),
    ("Revitalizing", "Revitalizar", "The R of C-P-R.", False),
    ("peer support", "apoyo entre pares", "Not “apoyo de compañeros”.", False),
    ("emotional crisis", "crisis emocional", "", False),
    ("Youth eCPR", "eCPR para Jóvenes", "The program for young people.", False),
    ("lived experience", "experiencia vivida", "", False),
    ("recovery", "recuperación", "", False),
    ("trauma-informed", "informado por el trauma", "", False),
    ("mental health", "salud mental", "", False),
    ("suicide prevention", "prevención del suicidio", "", False),
    ("facilitator", "facilitador", "Or “facilitadora”, as the person prefers.", False),
    ("workshop", "taller", "", False),
    ("webinar", "seminario web", "", False),
    ("training", "capacitación", "Not “entrenamiento”, which sounds like sport.", False),
    ("presence", "presencia", "", False),
    ("heart-to-heart", "de corazón a corazón", "", False),
    ("Ambassador", "Embajador", "An eCPR Ambassador.", False),
]
