"""The translation editor offers translators and Spanish reviewers only what goes through the
review: no Publish, Delete, Convert to alias or Stop sync in its data, refused by the server too;
a confirmation before submitting untranslated pieces; read-only while the page is in review."""

import html as html_lib
import json
import re

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation

from tests.helpers import edit_string, publish
from tests.staff import make_staff
from translations.translating import sync_source, translation_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(db):
    return {"translator": make_staff("translator"), "reviewer": make_staff("reviewer")}


def editor(client, page):
    return client.get(reverse("wagtailadmin_pages:edit", args=[page.id]))


def props_of(response):
    match = re.search(r'class="js-translation-editor" data-props="([^"]*)"', response.text)
    assert match, "no translation editor in the page"
    return json.loads(html_lib.unescape(match[1]))


def said(client):
    """The messages waiting for the person's next page."""
    return " ".join(
        str(message)
        for message in get_messages(client.get(reverse("wagtailadmin_home")).wsgi_request)
    )


def review(client, page, **data):
    return client.post(
        reverse("translations:review_translation", args=[translation_for(page).id]), data
    )


@pytest.mark.parametrize("role", ["translator", "reviewer"])
def test_actions_around_the_review_are_not_in_the_editor(client, people, about_es, role):
    client.force_login(people[role])

    response = editor(client, about_es)

    props = props_of(response)
    assert not props["perms"]["canPublish"]
    assert not props["perms"]["canDelete"]
    assert not props["perms"]["canUnpublish"]
    links = props["links"]
    assert links["deleteUrl"] is None
    assert links["convertToAliasUrl"] is None
    assert links["stopTranslationUrl"] is None
    assert "/convert_to_alias/" not in response.text
    assert f"/translate/{translation_for(about_es).id}/disable/" not in response.text


def test_an_administrator_keeps_them(admin_client, about_es):
    props = props_of(editor(admin_client, about_es))

    assert props["perms"]["canPublish"] and props["links"]["stopTranslationUrl"]


def test_publishing_from_the_editor_is_refused(client, people, about_es):
    client.force_login(people["reviewer"])
    edit_string(client, translation_for(about_es), "What is eCPR?", "¿Qué es la RCP emocional?")

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[about_es.id]), {"action": "publish"}
    )

    # Back to the editor, saying why.
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[about_es.id])
    assert "goes live when a Spanish reviewer approves it" in said(client)
    about_es.refresh_from_db()
    assert about_es.title == "¿Qué es eCPR?"


def test_stopping_the_sync_is_refused(client, people, about_es):
    client.force_login(people["translator"])
    translation = translation_for(about_es)

    response = client.post(reverse("wagtail_localize:stop_translation", args=[translation.id]))

    assert response.url == reverse("wagtailadmin_home")
    assert "Only an administrator may stop a translation's sync." in said(client)
    translation.refresh_from_db()
    assert translation.enabled


def test_submitting_untranslated_pieces_asks_first(client, people, about, about_es):
    publish(about, intro="Three steps that anyone can learn.")
    sync_source(translation_for(about_es))
    client.force_login(people["translator"])

    asked = review(client, about_es, action="submit")

    assert asked.status_code == 200
    assert "Submit with untranslated pieces?" in asked.text
    assert re.search(r"\b2 of 3 pieces\b", asked.text)
    about_es.refresh_from_db()
    assert about_es.current_workflow_state is None

    review(client, about_es, action="submit", confirmed="1")

    about_es.refresh_from_db()
    assert about_es.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_in_review_the_translation_is_read_only_with_a_note(client, people, about_es):
    client.force_login(people["translator"])
    review(client, about_es, action="submit")
    translation = translation_for(about_es)

    response = editor(client, about_es)

    assert props_of(response)["object"]["isLocked"]
    notes = " ".join(str(message.message) for message in response.context["messages"])
    assert "waiting for its review, so it cannot be changed now" in notes
    assert "Waiting for review: read only." in response.text
    segment = StringSegment.objects.get(source=translation.source, string__data="What is eCPR?")
    refused = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id]),
        "value=Otra+cosa",
        content_type="application/x-www-form-urlencoded",
    )
    assert refused.status_code == 403
    assert not StringTranslation.objects.filter(data="Otra cosa").exists()
    revisions = about_es.revisions.count()
    review(client, about_es, action="save")
    assert about_es.revisions.count() == revisions


def test_after_changes_are_requested_the_translator_edits_again(client, people, about_es):
    client.force_login(people["translator"])
    review(client, about_es, action="submit")
    client.force_login(people["reviewer"])
    client.post(
        reverse("translations:side_by_side", args=[about_es.id]),
        {"action": "reject", "comment": "Más corto."},
    )

    client.force_login(people["translator"])
    assert not props_of(editor(client, about_es))["object"]["isLocked"]
    edit_string(client, translation_for(about_es), "What is eCPR?", "¿Qué es?")
