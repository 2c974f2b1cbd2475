"""Review emails: reviewers hear of a submission, the submitter of the outcome and the comment."""

import pytest
from django.core import mail
from django.urls import reverse

from tests.admin_forms import standard_page_form
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(login, staff, home):
    """An English page an editor changed and submitted to the editorial review."""
    page = StandardPageFactory(parent=home, title="What is eCPR?", slug="what-is-ecpr")
    editor = login(staff["editor"])
    response = editor.post(
        reverse("wagtailadmin_pages:edit", args=[page.id]),
        {
            **standard_page_form(page, intro="Connecting, emPowering, Revitalizing."),
            "action-submit": "1",
        },
    )
    assert response.status_code == 302
    page.refresh_from_db()
    return page


def workflow_action(client, page, action, comment=""):
    task_state = page.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.id, action, task_state.id])
    return client.post(url, {"comment": comment})


def test_moderators_hear_of_a_submission_with_working_links(submitted):
    [message] = mail.outbox

    assert message.to == ["moderator@example.org"]
    assert "What is eCPR?" in message.subject
    edit_link = f"http://testserver/admin/pages/{submitted.id}/edit/"
    assert edit_link in message.body


def test_the_submitter_hears_of_a_rejection_with_the_reviewers_comment(login, staff, submitted):
    mail.outbox.clear()

    workflow_action(login(staff["moderator"]), submitted, "reject", "Please name the three steps.")

    [message] = mail.outbox
    assert message.to == ["editor@example.org"]
    assert "Please name the three steps." in message.body
    assert f"http://testserver/admin/pages/{submitted.id}/edit/" in message.body


def test_the_submitter_hears_of_an_approval_and_the_page_is_live(login, staff, submitted):
    mail.outbox.clear()

    workflow_action(login(staff["moderator"]), submitted, "approve")

    [message] = mail.outbox
    assert message.to == ["editor@example.org"]
    assert "approved" in message.subject
    submitted.refresh_from_db()
    assert submitted.live
    assert submitted.intro == "Connecting, emPowering, Revitalizing."


def test_pages_can_be_commented_on(login, staff, submitted):
    response = login(staff["moderator"]).get(
        reverse("wagtailadmin_pages:edit", args=[submitted.id])
    )

    assert 'data-side-panel="comments"' in response.content.decode()
