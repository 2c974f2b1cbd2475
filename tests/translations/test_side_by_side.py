"""Spanish review side by side: English and Spanish piece by piece, what changed since the last
approved translation marked, and Approve or Request changes right there."""

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState

from tests.helpers import ABOUT, edit_string, publish
from tests.staff import make_staff
from translations.translating import sync_source, translation_for

pytestmark = pytest.mark.django_db

NEW_INTRO = "Three steps that anyone can learn."
NEW_INTRO_ES = "Tres pasos que cualquiera puede aprender."


@pytest.fixture
def people(db):
    return {"translator": make_staff("translator"), "reviewer": make_staff("reviewer")}


def review_url(page):
    return reverse("translations:side_by_side", args=[page.id])


def submit(client, page):
    """Submit to Spanish review, from the translation editor."""
    translation = translation_for(page)
    response = client.post(
        reverse("translations:review_translation", args=[translation.id]), {"action": "submit"}
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def rows(response):
    return [(row.english, row.spanish, row.changed) for row in response.context["rows"]]


def test_an_unchanged_page_shows_both_languages_and_nothing_marked(client, people, about_es):
    client.force_login(people["translator"])
    submit(client, about_es)

    client.force_login(people["reviewer"])
    response = client.get(review_url(about_es))

    assert response.status_code == 200
    assert ("What is eCPR?", "¿Qué es eCPR?", False) in rows(response)
    assert response.context["changed_count"] == 0
    html = response.content.decode()
    assert "Approve and publish" in html and "Request changes" in html


def test_approving_there_publishes_the_spanish_page(client, people, about_es):
    client.force_login(people["translator"])
    edit_string(client, translation_for(about_es), "What is eCPR?", "¿Qué es la RCP emocional?")
    submit(client, about_es)
    mail.outbox.clear()

    client.force_login(people["reviewer"])
    response = client.post(review_url(about_es), {"action": "approve"}, follow=True)

    about_es.refresh_from_db()
    assert about_es.live and about_es.title == "¿Qué es la RCP emocional?"
    assert about_es.current_workflow_state is None
    assert any("approved and published" in str(m) for m in get_messages(response.wsgi_request))
    [email] = mail.outbox
    assert email.to == ["translator@example.org"] and "published" in email.subject


def test_a_page_whose_english_changed_after_translation_marks_the_changed_piece(
    client, people, about, about_es
):
    publish(about, intro=NEW_INTRO)
    translation = translation_for(about_es)
    sync_source(translation)
    client.force_login(people["translator"])
    edit_string(client, translation, NEW_INTRO, NEW_INTRO_ES)
    submit(client, about_es)

    client.force_login(people["reviewer"])
    response = client.get(review_url(about_es))

    assert (NEW_INTRO, NEW_INTRO_ES, True) in rows(response)
    assert ("What is eCPR?", "¿Qué es eCPR?", False) in rows(response)
    assert response.context["changed_count"] == 1
    assert "side-by-side__changed" in response.content.decode()


def test_a_request_for_changes_reaches_the_translator_who_answers_it(client, people, about_es):
    client.force_login(people["translator"])
    submit(client, about_es)
    mail.outbox.clear()

    client.force_login(people["reviewer"])
    client.post(
        review_url(about_es), {"action": "reject", "comment": "Use “RCP emocional” in the title."}
    )

    about_es.refresh_from_db()
    assert about_es.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    [email] = mail.outbox
    assert email.to == ["translator@example.org"]
    assert "Changes requested" in email.subject
    assert "Use “RCP emocional” in the title." in email.body

    # The translator opens the translation editor, reads the comment, answers and resubmits.
    client.force_login(people["translator"])
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[about_es.id]))
    notices = " ".join(str(message.message) for message in editor.context["messages"])
    assert "Use “RCP emocional” in the title." in notices
    edit_string(client, translation_for(about_es), "What is eCPR?", "¿Qué es la RCP emocional?")
    submit(client, about_es)

    client.force_login(people["reviewer"])
    response = client.get(review_url(about_es))
    assert ("What is eCPR?", "¿Qué es la RCP emocional?", True) in rows(response)
    assert response.context["changed_count"] == 1


def test_request_changes_needs_a_comment(client, people, about_es):
    client.force_login(people["translator"])
    submit(client, about_es)

    client.force_login(people["reviewer"])
    client.post(review_url(about_es), {"action": "reject", "comment": " "})

    about_es.refresh_from_db()
    assert about_es.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_a_translator_may_read_but_not_decide(client, people, about_es):
    client.force_login(people["translator"])
    submit(client, about_es)

    response = client.get(review_url(about_es))
    assert response.status_code == 200
    assert "Approve and publish" not in response.content.decode()
    refused = client.post(review_url(about_es), {"action": "approve"})
    assert refused.status_code in (302, 403) and refused.get("Location") != review_url(about_es)
    about_es.refresh_from_db()
    assert about_es.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_the_rows_follow_the_catalogue_of_the_page(client, people, about_es):
    client.force_login(people["reviewer"])
    response = client.get(review_url(about_es))

    assert {english for english, _spanish, _changed in rows(response)} >= set(ABOUT) - {
        "what-is-ecpr"
    }


def test_the_reviewer_finds_the_review_from_the_translation_editor(client, people, about_es):
    client.force_login(people["translator"])
    submit(client, about_es)

    client.force_login(people["reviewer"])
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[about_es.id]))

    notices = " ".join(str(message.message) for message in editor.context["messages"])
    assert f'href="{review_url(about_es)}"' in notices
