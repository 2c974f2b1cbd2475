"""The admin a Spanish-speaking translator uses speaks Spanish, for every string that is ours.

"Ours" is every string of this project's catalogue (locale/es/LC_MESSAGES/django.po), the names
of the review workflows, groups and tasks, and the wording this project chose over Wagtail's.
"""

import html as html_lib
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from wagtail.users.models import UserProfile

from tests.factories import StandardPageFactory
from tests.staff import make_staff

pytestmark = pytest.mark.django_db

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "es" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\{.*?\}\}|%[sd]")
# Strings that read the same, or nearly, in both languages.
SAME_IN_BOTH = {"eCPR", "PDF", "Word", "PowerPoint", "RSS", "Atom", "CSV", "XLSX", "DeepL", "Email"}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WORKFLOW_NAMES = ("Editorial review", "Spanish review", "Moderator approval", "Spanish reviewer")


def english_fragments():
    """The literal English pieces of each of our strings that differ in Spanish."""
    fragments = set()
    for entry in polib.pofile(str(CATALOGUE)):
        if entry.obsolete or not entry.msgstr or entry.msgstr == entry.msgid:
            continue
        for piece in PLACEHOLDER.split(entry.msgid):
            piece = piece.strip(" .,:;“”\"'()")
            # Short pieces ("Save", "Name") are Wagtail's words too, in Wagtail's catalogue.
            if len(piece) >= 18 and piece not in SAME_IN_BOTH:
                fragments.add(piece)
    return fragments


def visible_text(html):
    html = re.sub(r"<(script|style|template)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"<[^>]+>", " ", html)
    return " ".join(html_lib.unescape(html).split())


def english_in(text):
    found = [fragment for fragment in english_fragments() if fragment in text]
    found += [name for name in WORKFLOW_NAMES if name in text]
    found += [month for month in MONTHS if re.search(rf"\b{month}\b", text)]
    found += ["Regiones"] if "Regiones" in text else []
    return found


@pytest.fixture
def translator(site_pages):
    user = make_staff("translator")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "es"
    profile.save()
    return user


@pytest.fixture
def draft_about_es(site_pages, translate_page):
    home = site_pages[0]
    about = StandardPageFactory(parent=home, title="What is eCPR?", slug="what-is-ecpr")
    return translate_page(about, {"What is eCPR?": "¿Qué es eCPR?"}, publish=False)


def translator_pages(site_pages, about_es):
    home, home_es = site_pages
    return [
        "/admin/",
        "/admin/reports/translation-status/",
        f"/admin/pages/{home_es.id}/",
        f"/admin/pages/{about_es.id}/edit/",
        f"/admin/localize/submit/page/{home.id}/",
        "/admin/guides/",
        "/admin/guides/translating/",
        "/admin/images/multiple/add/",
        "/admin/documents/multiple/add/",
    ]


def test_the_pages_a_translator_uses_have_none_of_our_english(
    client, translator, site_pages, draft_about_es
):
    client.force_login(translator)
    english = {}
    for url in translator_pages(site_pages, draft_about_es):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        found = english_in(visible_text(response.content.decode()))
        if found:
            english[url] = found

    assert english == {}


def test_the_check_finds_english_when_there_is_some():
    """The test above would see our English if a page showed it."""
    assert english_in("Enviar a Spanish review · 30 November 2026 · Regiones")
