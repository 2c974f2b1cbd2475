"""Translation memory: Spanish approved before is offered for the same or nearly the same
English, with where it came from; only approved, live translations are remembered."""

import json
import re
from html import unescape

import pytest
from django.urls import reverse

from tests.helpers import add_page, approve, edit_string
from tests.staff import make_staff
from translations.memory import suggestions
from translations.models import MemoryEntry
from translations.translating import translation_for

pytestmark = pytest.mark.django_db

INTRO = "Join a free webinar about peer support on the first Tuesday of each month."
INTRO_ES = "Únase a un seminario web gratuito sobre apoyo entre pares el primer martes de cada mes."
NEARLY = "Join a free webinar about peer support on the first Monday of each month."
UNLIKE = "Our research summaries explain each study in plain words."


@pytest.fixture
def approved_page(home, home_es, translate_page):
    """A page translated, submitted, and approved by its reviewer: its strings are memory."""
    english = add_page(home, "Webinars", "webinars", INTRO)
    spanish = translate_page(
        english,
        {"Webinars": "Seminarios web", "webinars": "seminarios-web", INTRO: INTRO_ES},
        publish=False,
    )
    spanish.get_workflow().start(spanish, make_staff("translator", "first-translator"))
    approve(spanish, make_staff("reviewer"))
    assert spanish.live
    return spanish


def test_approval_remembers_the_pages_strings(approved_page):
    remembered = MemoryEntry.objects.filter(page=approved_page)
    assert set(remembered.values_list("english", "spanish")) == {
        ("Webinars", "Seminarios web"),
        ("webinars", "seminarios-web"),
        (INTRO, INTRO_ES),
    }


def test_the_same_english_is_offered_exactly(approved_page):
    [suggestion] = suggestions([INTRO])[INTRO]
    assert suggestion.exact and suggestion.spanish == INTRO_ES
    assert suggestion.page_title == "Seminarios web"


def test_nearly_the_same_english_is_offered_with_its_likeness(approved_page):
    [suggestion] = suggestions([NEARLY])[NEARLY]
    assert not suggestion.exact and 0.85 <= suggestion.similarity < 1
    assert suggestion.spanish == INTRO_ES


def test_unlike_english_gets_nothing(approved_page):
    assert suggestions([UNLIKE, "Webinar times"]) == {}


def test_a_translation_not_approved_is_not_remembered(home, home_es, translate_page):
    english = add_page(home, "Webinars", "webinars", INTRO)
    spanish = translate_page(english, {INTRO: INTRO_ES}, publish=False)
    spanish.get_workflow().start(spanish, make_staff("translator"))
    assert not spanish.live
    assert suggestions([INTRO]) == {}


def test_an_unpublished_page_is_forgotten(approved_page):
    approved_page.unpublish()
    assert suggestions([INTRO]) == {}


def test_the_editor_offers_it_and_one_click_takes_it(client, approved_page, home, translate_page):
    other = add_page(home, "Monthly webinars", "monthly-webinars", NEARLY)
    spanish = translate_page(other, {}, publish=False)
    client.force_login(make_staff("translator"))

    html = client.get(reverse("wagtailadmin_pages:edit", args=[spanish.pk])).content.decode()
    props = json.loads(unescape(re.search(r'data-props="([^"]*)"', html).group(1)))
    segment = next(s for s in props["segments"] if s.get("source") == NEARLY)
    [offer] = segment["memory"]
    assert offer["spanish"] == INTRO_ES
    assert "Seminarios web" in offer["origin"] and "%" in offer["origin"]

    # Nothing was filled in: the piece is still untranslated until the translator takes it.
    translation = translation_for(spanish)
    assert translation.get_progress()[1] == 0
    edit_string(client, translation, NEARLY, offer["spanish"])
    assert translation.get_progress()[1] == 1
