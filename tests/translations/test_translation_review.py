"""A translator saves a draft and submits it to the Spanish review, from the translation editor."""

import json
import re
from urllib.parse import urlencode

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail_localize.models import StringSegment, Translation

pytestmark = pytest.mark.django_db

ENGLISH_TITLE = "Veterinarians find eCPR helpful"
# These pages keep some English pieces; submitting them is confirmed (the question itself is
# tested in test_translation_editor_actions.py).
SUBMIT = {"action": "submit", "confirmed": "1"}


@pytest.fixture
def spanish_item(site_pages, news_item, translate_page):
    """The news item's live Spanish translation."""
    return translate_page(news_item, {ENGLISH_TITLE: "Los veterinarios y la RCP emocional"})


def translation_of(page):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale, enabled=True
    )


def review_url(page):
    return reverse("translations:review_translation", args=[translation_of(page).id])


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.id])


def translate_title(client, page, text):
    """Save one string the way the translation editor does, through wagtail-localize's API."""
    translation = translation_of(page)
    segment = StringSegment.objects.get(
        source=translation.source, context__path="title", string__data=ENGLISH_TITLE
    )
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id])
    response = client.put(
        url, urlencode({"value": text}), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 201)


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_the_translation_editor_offers_save_and_submit_to_a_translator(login, staff, spanish_item):
    response = login(staff["translator"]).get(edit_url(spanish_item))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Save draft" in html
    assert "Submit to Spanish review" in html
    props = json.loads(re.search(r'data-props="([^"]*)"', html)[1].replace("&quot;", '"'))
    assert props["perms"]["canPublish"] is False
    # wagtail-localize's own footer, with only actions a translator may not take, gives way
    # (translations/static/translations/js/translation_editor.js takes it out).
    assert 'data-leave-out-footer="true"' in html


def test_a_spanish_reviewer_saves_and_submits_too_and_publishes_only_by_approving(
    login, staff, spanish_item
):
    response = login(staff["reviewer"]).get(edit_url(spanish_item))

    html = response.content.decode()
    props = json.loads(re.search(r'data-props="([^"]*)"', html)[1].replace("&quot;", '"'))
    assert props["perms"]["canPublish"] is False
    assert "Save draft" in html and "Submit to Spanish review" in html


def test_saving_a_draft_keeps_the_live_page_as_it_was(login, client, staff, spanish_item):
    translator = login(staff["translator"])
    translate_title(translator, spanish_item, "Veterinarios: la RCP emocional ayuda")
    revisions_before = spanish_item.revisions.count()

    response = translator.post(review_url(spanish_item), {"action": "save"})

    assert response.status_code == 302
    assert response.url == edit_url(spanish_item)
    spanish_item.refresh_from_db()
    assert spanish_item.revisions.count() == revisions_before + 1
    draft = spanish_item.get_latest_revision_as_object()
    assert draft.title == "Veterinarios: la RCP emocional ayuda"
    assert spanish_item.title == "Los veterinarios y la RCP emocional"
    assert spanish_item.has_unpublished_changes
    client.logout()
    public = client.get(spanish_item.url)
    assert "Los veterinarios y la RCP emocional" in public.content.decode()
    assert not WorkflowState.objects.exists()


def test_submitting_starts_the_spanish_review_and_tells_the_reviewers(login, staff, spanish_item):
    translator = login(staff["translator"])
    translate_title(translator, spanish_item, "Veterinarios: la RCP emocional ayuda")

    response = translator.post(review_url(spanish_item), SUBMIT)

    assert messages_of(response) == [
        "“Veterinarios: la RCP emocional ayuda” has been submitted to Spanish review."
    ]
    spanish_item.refresh_from_db()
    state = spanish_item.current_workflow_state
    assert state.workflow.name == "Spanish review"
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == staff["translator"]
    assert not spanish_item.get_latest_revision().approved_go_live_at
    recipients = {address for message in mail.outbox for address in message.to}
    assert recipients == {"reviewer@example.org"}
    assert f"http://testserver{edit_url(spanish_item)}" in mail.outbox[0].body


def test_the_reviewers_approval_puts_the_translation_live(login, staff, spanish_item):
    translator = login(staff["translator"])
    translate_title(translator, spanish_item, "Veterinarios: la RCP emocional ayuda")
    translator.post(review_url(spanish_item), SUBMIT)
    spanish_item.refresh_from_db()
    task_state = spanish_item.current_workflow_state.current_task_state

    reviewer = login(staff["reviewer"])
    reviewer.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[spanish_item.id, "approve", task_state.id],
        ),
        {"comment": ""},
    )

    spanish_item.refresh_from_db()
    assert spanish_item.live
    assert spanish_item.title == "Veterinarios: la RCP emocional ayuda"
    assert not spanish_item.has_unpublished_changes


def test_after_changes_are_asked_for_submitting_again_resumes_the_review(
    login, staff, spanish_item
):
    translator = login(staff["translator"])
    translator.post(review_url(spanish_item), SUBMIT)
    spanish_item.refresh_from_db()
    state = spanish_item.current_workflow_state
    state.current_task_state.task.specific.on_action(
        state.current_task_state, staff["reviewer"], "reject", comment="Falta el acento."
    )
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES

    login(staff["translator"]).post(review_url(spanish_item), SUBMIT)

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert WorkflowState.objects.count() == 1


def test_a_page_already_in_review_is_not_submitted_twice(login, staff, spanish_item):
    translator = login(staff["translator"])
    translator.post(review_url(spanish_item), SUBMIT)

    response = login(staff["reviewer"]).post(review_url(spanish_item), SUBMIT)

    assert "This page is already in review, or has no review workflow." in messages_of(response)
    assert WorkflowState.objects.count() == 1


def test_a_page_someone_else_locked_is_refused(login, staff, spanish_item):
    spanish_item.locked = True
    spanish_item.locked_by = staff["reviewer"]
    spanish_item.save()
    revisions_before = spanish_item.revisions.count()

    response = login(staff["translator"]).post(review_url(spanish_item), {"action": "save"})

    assert response.status_code == 302
    assert "locked" in messages_of(response)[0].lower()
    assert spanish_item.revisions.count() == revisions_before


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_people_who_do_not_work_on_spanish_are_refused(role, login, staff, spanish_item):
    revisions_before = spanish_item.revisions.count()

    response = login(staff[role]).post(review_url(spanish_item), {"action": "save"})

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert spanish_item.revisions.count() == revisions_before


def test_unknown_or_stopped_translations_are_not_found(login, staff, spanish_item):
    translator = login(staff["translator"])
    url = review_url(spanish_item)
    translation = translation_of(spanish_item)

    # A 404 outside the language prefixes is first redirected to /en/... by LocaleMiddleware.
    assert translator.get(url).status_code == 405
    missing = reverse("translations:review_translation", args=[translation.id + 1000])
    assert translator.post(missing, follow=True).status_code == 404
    translation.enabled = False
    translation.save()
    assert translator.post(url, {"action": "save"}, follow=True).status_code == 404


def test_a_typed_slug_with_accents_becomes_a_valid_one(login, staff, spanish_item):
    translator = login(staff["translator"])
    translation = translation_of(spanish_item)
    segment = StringSegment.objects.get(source=translation.source, context__path="slug")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id])
    saved = translator.put(
        url, urlencode({"value": "Qué es la RCP"}), content_type="application/x-www-form-urlencoded"
    )
    assert saved.status_code in (200, 201), saved.content

    response = translator.post(review_url(spanish_item), {"action": "save"})

    assert response.status_code == 302
    spanish_item.refresh_from_db()
    assert spanish_item.get_latest_revision_as_object().slug == "que-es-la-rcp"
