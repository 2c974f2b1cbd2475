"""Who reviewed the demo's pages, and how long ago: most are within their year, a few are due
soon, and one page in each language is overdue, so the "Reviews due" report has something to show.
Days are counted back from the day the demo is loaded."""

REVIEWERS = {
    "en": [
        ("Renée Castillo", "Program director"),
        ("Tom Okafor", "Lead eCPR trainer"),
    ],
    "es": [
        ("Marisol Vega", "Revisora de contenidos en español"),
        ("Andrés Quintero", "Formador de eCPR"),
    ],
}
# Days since the last review of the n-th page of a language, in turn; reviews last a year.
REVIEWED_DAYS_AGO = (40, 95, 150, 210, 260, 120, 60, 180, 300, 15)
REVIEW_DAYS = 365
# The English page's slug: (days since last review, days until due; negative when overdue)
EXCEPTIONS = {
    "en": {
        "what-is-emotional-crisis": (400, -35),
        "what-is-ecpr": (345, 20),
    },
    "es": {
        "youth-ecpr": (380, -15),
    },
}
