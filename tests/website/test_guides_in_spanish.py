"""The staff guides open in the admin's language: docs/staff/es/ for a Spanish-speaking person."""

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from website.guides import GUIDES, GUIDES_DIR

pytestmark = pytest.mark.django_db


def test_every_guide_exists_in_spanish():
    assert [name for name in GUIDES if not (GUIDES_DIR / "es" / f"{name}.md").is_file()] == []


def speaking(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def test_a_spanish_speaking_translator_reads_the_spanish_guide(login, staff):
    client = login(speaking(staff["translator"], "es"))

    html = client.get(reverse("guides:guide", args=["translating"])).content.decode()

    assert "Traducir al español" in html
    assert "Enviar a Revisión en español" in html
    assert "Translating into Spanish" not in html


def test_an_english_speaking_editor_reads_the_english_guide(login, staff):
    html = login(staff["editor"]).get(reverse("guides:guide", args=["writing"])).content.decode()

    assert "Writing and submitting a page" in html


def test_the_help_menu_lists_the_guides_in_spanish(login, staff):
    client = login(speaking(staff["reviewer"], "es"))

    html = client.get(reverse("guides:guides")).content.decode()

    assert "Revisar y publicar" in html and "Guías para el personal" in html
