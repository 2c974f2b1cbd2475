"""Translatable snippets stay with the people who work in their language."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from tests.factories import PersonFactory
from website.models import Person

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(site_pages, spanish):
    english = PersonFactory(name="Daniel Fisher", role="Founder")
    spanish_person = english.copy_for_translation(spanish)
    spanish_person.role = "Fundador"
    spanish_person.save()
    return english, spanish_person


def edit_url(person):
    return reverse("wagtailsnippets_website_person:edit", args=[person.pk])


def delete_url(person):
    return reverse("wagtailsnippets_website_person:delete", args=[person.pk])


ADD_URL = reverse("wagtailsnippets_website_person:add")


@pytest.mark.parametrize(
    ("role", "language", "allowed"),
    [
        ("editor", "en", True),
        ("editor", "es", False),
        ("translator", "en", False),
        ("translator", "es", True),
        ("admin", "es", True),
    ],
)
def test_editing_a_person_by_language(role, language, allowed, login, staff, people):
    person = people[0] if language == "en" else people[1]
    client = login(staff[role])

    response = client.get(edit_url(person))

    assert (response.status_code == 200) is allowed
    if not allowed:
        assert response.status_code == 302
        messages = [str(m) for m in get_messages(response.wsgi_request)]
        assert messages[0].startswith("Only staff working on the")


def test_a_refused_edit_changes_nothing(login, staff, people):
    english, _spanish_person = people

    login(staff["translator"]).post(edit_url(english), {"name": "Changed", "role": "Changed"})

    english.refresh_from_db()
    assert english.name == "Daniel Fisher"


def test_creating_a_person_needs_the_language(login, staff, people, spanish):
    translator = login(staff["translator"])

    assert translator.get(ADD_URL).status_code == 302
    assert translator.get(f"{ADD_URL}?locale=es").status_code == 200
    assert login(staff["editor"]).get(ADD_URL).status_code == 200


def test_deleting_a_person_of_another_language_is_refused(login, staff, people):
    english, _spanish_person = people

    response = login(staff["moderator"]).post(delete_url(people[1]))

    assert response.status_code == 302
    assert Person.objects.filter(pk=people[1].pk).exists()
    login(staff["moderator"]).post(delete_url(english))
    assert not Person.objects.filter(pk=english.pk).exists()
