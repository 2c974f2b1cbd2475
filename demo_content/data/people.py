"""The people, outlets and topics of the eCPR program, as snippets in English and Spanish."""

from demo_content.text import T
from news.models import Outlet

PEOPLE = {
    "fisher": {
        "name": "Daniel B. Fisher",
        "credentials": "MD, PhD",
        "role": T(
            "Co-developer of eCPR; former CEO", "Codesarrollador de eCPR; exdirector general"
        ),
        "affiliation": T("National Empowerment Center", "National Empowerment Center"),
        "bio": T(
            "A psychiatrist who recovered from his own crises, Dan helped bring eCPR to life and "
            "has spoken about it around the world.",
            "Psiquiatra que se recuperó de sus propias crisis, Dan ayudó a dar vida a la RCP "
            "Emocional y ha hablado de ella por todo el mundo.",
        ),
    },
    "ewing": {
        "name": "Kimberly Ewing",
        "role": T("Emotional CPR Coordinator", "Coordinadora de RCP Emocional"),
        "affiliation": T("National Empowerment Center", "National Empowerment Center"),
    },
    "myers": {
        "name": "Amanda Myers",
        "credentials": "MPH",
        "role": T("Research Associate", "Investigadora asociada"),
        "affiliation": T(
            "Schneider Institutes for Health Policy, Heller School, Brandeis University",
            "Schneider Institutes for Health Policy, Heller School, Universidad Brandeis",
        ),
    },
    "collings": {
        "name": "Shira Collings",
        "credentials": "BA",
        "role": T(
            "Youth Coordinator and Youth eCPR trainer",
            "Coordinadora juvenil y formadora de RCP Emocional Juvenil",
        ),
        "affiliation": T("National Empowerment Center", "National Empowerment Center"),
    },
    "franklin": {
        "name": "Braunwynn Franklin",
        "role": T("President; eCPR trainer", "Presidenta; formadora de eCPR"),
        "affiliation": T(
            "National Coalition for Mental Health Recovery",
            "National Coalition for Mental Health Recovery",
        ),
    },
    "speed": {"name": "Jenny Speed", "role": T("eCPR trainer", "Formadora de eCPR")},
    "prokipcak": {
        "name": "Shontelle Prokipcak",
        "affiliation": T(
            "Mental Health and Addiction Services of Ottawa",
            "Servicios de Salud Mental y Adicciones de Ottawa",
        ),
    },
    "mateusz": {
        "name": "Mateusz",
        "role": T("Peer supporter and lead author", "Acompañante de pares y autor principal"),
    },
}

OUTLETS = {
    "latimes": {"name": "Los Angeles Times", "medium": Outlet.Medium.PRINT},
    "fox59": {"name": "Fox 59 (Indianapolis)", "medium": Outlet.Medium.TV},
    "asia_pacific": {
        "name": T(
            "Asia Pacific Conference, Brisbane, Australia",
            "Conferencia Asia Pacífico, Brisbane, Australia",
        ),
        "medium": Outlet.Medium.CONFERENCE,
    },
    "abc": {
        "name": T("Australian Broadcasting Corporation", "Australian Broadcasting Corporation"),
        "medium": Outlet.Medium.RADIO,
    },
    "mhweekly": {"name": "Mental Health Weekly", "medium": Outlet.Medium.PRINT},
}

TOPICS = {
    "youth": T("Youth", "Jóvenes"),
    "research": T("Research", "Investigación"),
    "peer-support": T("Peer support", "Apoyo entre pares"),
    "covid-19": T("COVID-19", "COVID-19"),
    "training": T("Training", "Formación"),
}
