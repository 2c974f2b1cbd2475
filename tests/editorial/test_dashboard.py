"""The dashboard shows each person their own work."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from tests.admin_forms import standard_page_form
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


def test_an_editor_sees_their_drafts(login, staff, about):
    editor = login(staff["editor"])
    edit(editor, about, title="What is Emotional CPR?")

    html = dashboard(editor)

    drafts = html.split("Your drafts, not yet submitted")[1].split("</table>")[0]
    assert "What is Emotional CPR?" in drafts


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
    about.save_revision(user=staff["moderator"]).publish()

    html = dashboard(login(staff["moderator"]))

    assert "Scheduled to go live" in html
    assert "Training dates for spring" in html
    assert f'datetime="{timezone.localtime(go_live_at).isoformat()}"' in html
    assert date_format(timezone.localtime(go_live_at), "DATETIME_FORMAT") in html
    assert "Scheduled to go live" not in dashboard(login(staff["translator"]))
    assert "Your drafts, not yet submitted" not in html


def test_a_translator_sees_the_spanish_to_do_and_their_spanish_drafts(
    login, staff, site_pages, news_item, about, translate_page
):
    spanish_about = translate_page(about, {"What is eCPR?": "¿Qué es la RCP emocional?"})
    spanish_about.title = "¿Qué es la RCP emocional? (borrador)"
    spanish_about.save_revision(user=staff["translator"])

    html = dashboard(login(staff["translator"]))

    # The translations app's panel: each Spanish page's state, with the report's link.
    assert "Spanish translations" in html
    assert reverse("translations:report") in html
    drafts = html.split("Your drafts, not yet submitted")[1].split("</table>")[0]
    assert "(borrador)" in drafts
    assert "Spanish translations" not in dashboard(login(staff["editor"]))
