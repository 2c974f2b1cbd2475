"""The dashboard shows each person their own work."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from tests.editorial.admin_forms import standard_page_form
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("wagtailadmin_home")


def dashboard(client):
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def about(home):
    return StandardPageFactory(parent=home, title="What is eCPR?", slug="what-is-ecpr")


def edit(client, page, **fields):
    data = standard_page_form(page, **fields)
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.id]), data)


def test_an_editor_sees_their_drafts_and_not_the_spanish_to_do(login, staff, about):
    editor = login(staff["editor"])
    edit(editor, about, title="What is Emotional CPR?")

    html = dashboard(editor)

    assert "Your drafts, not yet submitted" in html
    assert "What is Emotional CPR?" in html
    assert "Spanish to do" not in html


def test_another_editors_draft_is_not_shown(login, staff, about):
    edit(login(staff["moderator"]), about, title="What is Emotional CPR?")

    assert "Your drafts, not yet submitted" not in dashboard(login(staff["editor"]))


def test_a_submitted_page_leaves_the_drafts_and_awaits_the_moderator(login, staff, about):
    editor = login(staff["editor"])
    data = {**standard_page_form(about, title="What is Emotional CPR?"), "action-submit": "1"}
    editor.post(reverse("wagtailadmin_pages:edit", args=[about.id]), data)

    assert "Your drafts, not yet submitted" not in dashboard(editor)
    moderator_view = dashboard(login(staff["moderator"]))
    assert "Awaiting your review" in moderator_view
    assert "What is Emotional CPR?" in moderator_view
    assert "Awaiting your review" not in dashboard(login(staff["translator"]))


def test_scheduled_pages_show_with_their_time(login, staff, about):
    go_live_at = timezone.now() + datetime.timedelta(days=3)
    about.go_live_at = go_live_at
    about.title = "Training dates for spring"
    about.save_revision().publish()

    html = dashboard(login(staff["moderator"]))

    assert "Scheduled to go live" in html
    assert "Training dates for spring" in html
    assert f'datetime="{timezone.localtime(go_live_at).isoformat()}"' in html
    assert date_format(timezone.localtime(go_live_at), "DATETIME_FORMAT") in html
    assert "Scheduled to go live" not in dashboard(login(staff["translator"]))


def test_the_translators_to_do(login, staff, site_pages, news_item, about, translate_page):
    spanish_about = translate_page(about, {"What is eCPR?": "¿Qué es la RCP emocional?"})
    about.title = "What is Emotional CPR?"
    about.save_revision().publish()
    spanish_about.title = "¿Qué es la RCP emocional? (borrador)"
    spanish_about.save_revision(user=staff["translator"])

    html = dashboard(login(staff["translator"]))

    assert "Spanish to do" in html
    untranslated = html.split("have no Spanish copy yet")[1]
    assert "Veterinarians find eCPR helpful" in untranslated
    assert "News &amp; media" in untranslated
    assert "What is Emotional CPR?" not in untranslated
    changed = html.split("English changed since the Spanish copy was made")[1]
    assert "What is Emotional CPR?" in changed.split("</ul>")[0]
    drafts = html.split("Spanish drafts not yet submitted for review")[1].split("</ul>")[0]
    assert "(borrador)" in drafts
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[news_item.id])
    assert f"{submit_url}?select_locale=es" in html
