"""The page editor through a review: the main button, the messages after each step, the
reviewer's comment, the emails and the time zone of the schedule."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState

from tests.admin_forms import standard_page_form
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.id])


def footer_main_button(html):
    """The name of the footer's main action: the first button before the menu's toggle."""
    footer = html[html.index('<footer class="footer') :]
    return re.search(r'<button[^>]*?(?:name="([^"]+)")?[^>]*>', footer)[0]


def messages_of(response):
    return [str(message.message) for message in response.context["messages"]]


@pytest.fixture
def page(home):
    return StandardPageFactory(parent=home, title="What is eCPR?", slug="what-is-ecpr")


def submit(client, page):
    return client.post(
        edit_url(page),
        {**standard_page_form(page, intro="New."), "action-submit": "1"},
        follow=True,
    )


def test_for_an_editor_submit_is_the_main_button(login, staff, page):
    html = login(staff["editor"]).get(edit_url(page)).content.decode()

    assert 'name="action-submit"' in footer_main_button(html)


def test_for_a_moderator_save_draft_stays_the_main_button(login, staff, page):
    html = login(staff["moderator"]).get(edit_url(page)).content.decode()

    assert "action-save" in footer_main_button(html)


def test_after_submitting_the_message_names_the_reviewing_group(login, staff, page):
    response = submit(login(staff["editor"]), page)

    [message] = messages_of(response)
    assert "What is eCPR?" in message
    assert "Moderators" in message and "Editorial review" in message
    assert "submitted for moderation" not in message


def test_a_reviewer_is_offered_approve_and_publish_once(login, staff, page):
    submit(login(staff["editor"]), page)

    html = login(staff["moderator"]).get(edit_url(page)).content.decode()

    assert 'name="action-publish"' not in html
    assert "Approve and Publish" in html or "Approve and publish" in html


def approve_in_the_editor(client, page, **fields):
    return client.post(
        edit_url(page),
        {
            **standard_page_form(page, intro="New.", **fields),
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
        },
        follow=True,
    )


def test_after_approving_the_message_says_published_and_so_does_the_email(login, staff, page):
    submit(login(staff["editor"]), page)
    mail.outbox.clear()

    response = approve_in_the_editor(login(staff["moderator"]), page)

    [message] = messages_of(response)
    assert "approved and published" in message
    assert "updated" not in message
    page.refresh_from_db()
    assert page.live and page.intro == "New."
    [email] = mail.outbox
    assert email.to == ["editor@example.org"]
    assert "published" in email.subject
    assert "published" in email.body


def test_changes_requested_reach_the_editor_by_email_and_on_the_edit_screen(login, staff, page):
    submit(login(staff["editor"]), page)
    mail.outbox.clear()
    moderator = login(staff["moderator"])
    task_state = page.current_workflow_state.current_task_state
    moderator.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.id, "reject", task_state.id]),
        {"comment": "Please name the three steps."},
    )

    [email] = mail.outbox
    assert "Changes requested" in email.subject
    assert "reject" not in (email.subject + email.body).lower()
    assert "Please name the three steps." in email.body
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    response = login(staff["editor"]).get(edit_url(page))
    notices = " ".join(messages_of(response))
    assert "Please name the three steps." in notices
    assert "Moderator" in notices


def test_the_schedule_dialog_names_the_time_zone(login, staff, page):
    html = login(staff["editor"]).get(edit_url(page)).content.decode()

    assert html.count("Time zone: America/New_York.") == 2


def test_requesting_changes_in_the_editor_says_who_gets_them(login, staff, page):
    submit(login(staff["editor"]), page)

    response = login(staff["moderator"]).post(
        edit_url(page),
        {
            **standard_page_form(page, intro="New."),
            "action-workflow-action": "true",
            "workflow-action-name": "reject",
            "workflow-action-extra-data": '{"comment": "Shorter, please."}',
        },
        follow=True,
    )

    [message] = messages_of(response)
    assert "Changes requested" in message and "Editor" in message
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
