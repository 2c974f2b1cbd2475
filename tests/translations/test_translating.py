"""Bringing a translation up to date: sync, translate, submit for review; never live by itself."""

import pytest
from django.test import override_settings
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation

from tests.helpers import approve, edit_string, member_of, post_form, publish, statuses
from translations.digests import content_digest
from translations.status import Status
from translations.translating import translation_for

pytestmark = pytest.mark.django_db

DUMMY_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
CHANGED = "Three steps, and a fourth."


@pytest.fixture
def stale(about, about_es, spanish_review):
    """The English page has changed since its Spanish translation was published."""
    publish(about, intro=CHANGED)
    return about_es


def live_intro(page):
    return Page.objects.get(pk=page.pk).specific.intro


def submit(client, page, action="submit"):
    """The translator's "Submit to Spanish review" (or "Save draft") in the translation editor."""
    translation = translation_for(page)
    # Pieces left in English are submitted on purpose (the question is tested elsewhere).
    return client.post(
        f"/admin/editorial/translations/{translation.pk}/review/",
        {"action": action, "confirmed": "1"},
    )


def test_the_spanish_editor_says_the_english_changed_and_offers_the_update(admin_client, stale):
    html = admin_client.get(f"/admin/pages/{stale.pk}/edit/").text

    assert "The English page has changed since this translation was last updated" in html
    assert f'action="/admin/translation-status/update/{stale.pk}/"' in html
    assert "js-translation-editor" in html  # still wagtail-localize's translation editor


def test_no_notice_on_an_english_page_or_an_untouched_translation(admin_client, about, about_es):
    for page in (about, about_es):
        html = admin_client.get(f"/admin/pages/{page.pk}/edit/").text
        assert "translation-status-notice" not in html


def test_updating_brings_the_new_text_into_the_editor_and_changes_nothing_public(
    admin_client, about, stale, spanish
):
    revisions = Revision.page_revisions.filter(object_id=str(stale.pk)).count()

    response = admin_client.post(f"/admin/translation-status/update/{stale.pk}/")

    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{stale.pk}/edit/"
    translation = translation_for(stale)
    assert content_digest(translation.source.as_instance()) == content_digest(about)
    assert live_intro(stale) == "Tres pasos: conectar, empoderar, revitalizar."
    assert Revision.page_revisions.filter(object_id=str(stale.pk)).count() == revisions
    assert statuses(spanish)["What is eCPR?"] == Status.OUT_OF_DATE
    html = admin_client.get(response["Location"]).text
    assert "translation-status-notice" not in html
    assert "js-translation-editor" in html


def test_the_whole_update_ends_in_review_and_goes_live_only_when_approved(
    admin_client, admin_user, stale, spanish
):
    admin_client.post(f"/admin/translation-status/update/{stale.pk}/")
    edit_string(admin_client, translation_for(stale), CHANGED, "Tres pasos, y un cuarto.")

    response = submit(admin_client, stale)

    assert response.status_code == 302
    assert statuses(spanish)["What is eCPR?"] == Status.IN_REVIEW
    assert live_intro(stale) == "Tres pasos: conectar, empoderar, revitalizar."
    draft = Page.objects.get(pk=stale.pk).get_latest_revision_as_object()
    assert draft.intro == "Tres pasos, y un cuarto."
    assert (
        "translation-status-notice" not in admin_client.get(f"/admin/pages/{stale.pk}/edit/").text
    )

    approve(stale, admin_user)

    assert live_intro(stale) == "Tres pasos, y un cuarto."
    assert statuses(spanish)["What is eCPR?"] == Status.UP_TO_DATE


def test_a_translation_sent_back_for_changes_can_be_resubmitted(
    admin_client, admin_user, stale, spanish
):
    admin_client.post(f"/admin/translation-status/update/{stale.pk}/")
    submit(admin_client, stale)
    task_state = stale.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, admin_user, "reject")

    assert statuses(spanish)["What is eCPR?"] == Status.OUT_OF_DATE

    submit(admin_client, stale)

    assert statuses(spanish)["What is eCPR?"] == Status.IN_REVIEW
    assert stale.workflow_states.count() == 1


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_TRANSLATOR)
def test_machine_translation_is_a_draft_for_the_translator(
    admin_client, admin_user, stale, spanish
):
    admin_client.post(f"/admin/translation-status/update/{stale.pk}/")
    translation = translation_for(stale)
    editor = admin_client.get(f"/admin/pages/{stale.pk}/edit/").text
    assert "Dummy translator" in editor

    response = admin_client.post(
        f"/admin/localize/translate/{translation.pk}/machine_translate/",
        {"next": f"/admin/pages/{stale.pk}/edit/"},
    )

    assert response.status_code == 302
    machine = StringTranslation.objects.get(
        locale=spanish, translation_of__data=CHANGED, context__object=translation.source.object
    )
    assert machine.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE
    assert machine.data == "fourth. a and steps, Three"  # the dummy reverses the words
    # Nothing public has changed, and nothing waits for a reviewer yet.
    assert live_intro(stale) == "Tres pasos: conectar, empoderar, revitalizar."
    assert statuses(spanish)["What is eCPR?"] == Status.OUT_OF_DATE

    submit(admin_client, stale)

    assert statuses(spanish)["What is eCPR?"] == Status.IN_REVIEW
    assert live_intro(stale) == "Tres pasos: conectar, empoderar, revitalizar."
    approve(stale, admin_user)
    assert live_intro(stale) == "fourth. a and steps, Three"


def test_without_a_deepl_key_there_is_no_machine_translation(admin_client, stale):
    html = admin_client.get(f"/admin/pages/{stale.pk}/edit/").text

    assert "&quot;machineTranslator&quot;: null" in html


def test_the_update_refuses_what_it_cannot_do(
    admin_client, client, django_user_model, about, stale
):
    url = f"/admin/translation-status/update/{stale.pk}/"
    assert admin_client.get(url).status_code == 405
    # Not a translation, no such page: not found (after LocaleMiddleware's detour via /en/).
    for page_id in (about.pk, 999999):
        response = admin_client.post(f"/admin/translation-status/update/{page_id}/", follow=True)
        assert response.status_code == 404

    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("someone", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    synced_at = translation_for(stale).source.last_updated_at
    response = client.post(url)

    # Wagtail answers a permission refusal with the dashboard and an error message.
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert translation_for(stale).source.last_updated_at == synced_at


def test_a_translator_updates_and_a_spanish_reviewer_approves(
    client, django_user_model, about, stale, spanish
):
    """The whole path, by the people who walk it, with the editorial app's groups and workflow."""
    translator = member_of(django_user_model, "Translators", "translator")
    reviewer = member_of(django_user_model, "Spanish reviewers", "reviewer")
    client.force_login(translator)

    editor = client.get(f"/admin/pages/{stale.pk}/edit/").text
    assert "The English page has changed since this translation was last updated" in editor
    response = client.post(f"/admin/translation-status/update/{stale.pk}/")
    assert response["Location"] == f"/admin/pages/{stale.pk}/edit/"
    edit_string(client, translation_for(stale), CHANGED, "Tres pasos, y un cuarto.")
    # The translator may not publish from the translation editor...
    client.post(f"/admin/pages/{stale.pk}/edit/", {"action": "publish"})
    assert live_intro(stale) == "Tres pasos: conectar, empoderar, revitalizar."
    # ...but submits to the Spanish review.
    submit(client, stale)

    assert stale.current_workflow_state.workflow.name == "Spanish review"
    assert statuses(spanish)["What is eCPR?"] == Status.IN_REVIEW
    assert live_intro(stale) == "Tres pasos: conectar, empoderar, revitalizar."

    client.force_login(reviewer)
    task_state = stale.current_workflow_state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{stale.pk}/approve/{task_state.pk}/", {"comment": ""}
    )

    assert response.status_code in (200, 302)
    assert live_intro(stale) == "Tres pasos, y un cuarto."
    assert statuses(spanish)["What is eCPR?"] == Status.UP_TO_DATE


@pytest.mark.parametrize(
    "where",
    ["/admin/", "/admin/reports/translation-status/", "/admin/pages/{pk}/edit/"],
)
def test_every_update_button_carries_its_csrf_token(csrf_admin_client, stale, where):
    html = csrf_admin_client.get(where.format(pk=stale.pk)).text

    response = post_form(csrf_admin_client, html, f"/admin/translation-status/update/{stale.pk}/")

    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{stale.pk}/edit/"
