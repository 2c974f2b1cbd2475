"""No Spanish page is approved while English is left where readers cannot see it on the page:
alt text, link words, document titles, the search description (leftovers.py).

Approval happens in three places: the side-by-side review, the page editor's action menu, and
Wagtail's workflow action address (the dashboard's menu). All three ask here first.
"""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from wagtail.admin.views.pages.workflow import WorkflowAction
from wagtail.models import Page

from website.admin_overrides import answer_before_wagtail

from .access import refuse
from .leftovers import english_leftovers
from .translating import translation_for

APPROVE = "approve"


def leftovers_for(page):
    """The English leftovers in the version of page under review; none for an original page."""
    translation = translation_for(page)
    if translation is None:
        return []
    spanish = page.specific.get_latest_revision_as_object()
    return english_leftovers(spanish, translation.source.as_instance())


def refusal_message(leftovers):
    return format_html(
        "{}<ul>{}</ul>",
        _(
            "This translation cannot be approved yet: these still say what the English says, or "
            "say nothing. Ask the translator to translate them."
        ),
        format_html_join(
            "",
            "<li>{}: {} ({})</li>",
            (
                (
                    leftover.kind_label,
                    leftover.where,
                    _("empty") if leftover.empty else leftover.english,
                )
                for leftover in leftovers
            ),
        ),
    )


def refuse_approval(request, page):
    """A refusal response if page may not be approved now, else None."""
    leftovers = leftovers_for(page)
    if not leftovers:
        return None
    return refuse(
        request,
        refusal_message(leftovers),
        redirect_to=reverse("translations:side_by_side", args=[page.pk]),
    )


def guard_edit_page_approval(request, page):
    """before_edit_page: the action menu's "Approve" posts to the page editor."""
    if request.method == "POST" and request.POST.get("workflow-action-name") == APPROVE:
        return refuse_approval(request, page)
    return None


def workflow_action(request, page_id, action_name, task_state_id):
    if action_name == APPROVE:
        page = get_object_or_404(Page, id=page_id)
        refusal = refuse_approval(request, page)
        if refusal is not None:
            return refusal
    return WorkflowAction.as_view()(
        request, page_id=page_id, action_name=action_name, task_state_id=task_state_id
    )


def register():
    """At Wagtail's own address for workflow actions, ahead of it (website/admin_overrides.py)."""
    answer_before_wagtail(
        "pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        workflow_action,
        name="approval_guard_workflow_action",
    )
