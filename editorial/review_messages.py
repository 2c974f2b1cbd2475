"""What the page editor says after a review step: who reviews next, what became of the page, and
what the reviewer asked for.

Wagtail's own messages say a page was "submitted for moderation" or "updated"; these name the
group that reviews and say when a page went live. They replace Wagtail's message for the request
(read and queued again through Django's messages API) rather than adding a second one.
"""

from django.contrib import messages
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.admin import messages as admin_messages
from wagtail.models import Page, TaskState, WorkflowState

from .names import display_name


def reviewing_groups(page):
    task = page.current_workflow_task
    if task is None:
        return ""
    groups = getattr(task.specific, "groups", None)
    names = [display_name(group.name) for group in groups.all()] if groups is not None else []
    return ", ".join(names)


def replace_last_success(request, text, buttons=None):
    """Swap the success message this request queued for text; keep every other message."""
    queued = list(messages.get_messages(request))
    replaced = False
    for message in reversed(queued):
        if message.level == messages.SUCCESS and not replaced:
            queued.remove(message)
            replaced = True
    for message in queued:
        messages.add_message(request, message.level, message.message, message.extra_tags)
    admin_messages.success(request, text, buttons=buttons)


def submitted_text(page):
    workflow = page.current_workflow_state.workflow
    return _(
        "“%(title)s” is now waiting for %(workflow)s. Next: the %(groups)s check it; they have "
        "been emailed, and you will get an email when they approve it or ask for changes."
    ) % {
        "title": page.get_admin_display_title(),
        "workflow": display_name(workflow.name),
        "groups": reviewing_groups(page),
    }


def approved_text(page):
    title = page.get_admin_display_title()
    scheduled = page.scheduled_revision
    if scheduled is not None and scheduled.approved_go_live_at > timezone.now():
        when = timezone.localtime(scheduled.approved_go_live_at)
        return _("“%(title)s” is approved. It goes live on %(when)s (%(zone)s).") % {
            "title": title,
            "when": format_datetime(when),
            "zone": timezone.get_current_timezone_name(),
        }
    if page.live and not page.has_unpublished_changes:
        return _("“%(title)s” is approved and published.") % {"title": title}
    return _("“%(title)s” is approved and goes to its next review step.") % {"title": title}


def changes_requested_text(page):
    state = page.current_workflow_state
    submitter = state.requested_by.get_full_name() if state and state.requested_by else ""
    return _(
        "Changes requested: “%(title)s” has gone back to %(submitter)s, who has been emailed "
        "your comment."
    ) % {"title": page.get_admin_display_title(), "submitter": submitter or _("its author")}


def format_datetime(value):
    return date_format(value, "DATETIME_FORMAT")


def after_review_step(request, page):
    """after_create_page / after_edit_page: the message for what was just done."""
    if request.method != "POST":
        return
    # The editor's copy of the page remembers its workflow state from before the action.
    page = Page.objects.get(pk=page.pk).specific
    if "action-submit" in request.POST and page.workflow_in_progress:
        replace_last_success(request, submitted_text(page))
    elif request.POST.get("action-workflow-action"):
        action = request.POST.get("workflow-action-name")
        if action == "approve":
            buttons = []
            if page.live and page.url:
                buttons.append(admin_messages.button(page.url, _("View live")))
            replace_last_success(request, approved_text(page), buttons=buttons)
        elif action == "reject":
            replace_last_success(request, changes_requested_text(page))


def changes_requested_notice(request, page):
    """before_edit_page: show the reviewer's comment when they asked for changes."""
    if request.method != "GET":
        return
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return
    task_state = (
        TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_REJECTED)
        .select_related("finished_by")
        .order_by("-finished_at")
        .first()
    )
    if task_state is None:
        return
    reviewer = task_state.finished_by.get_full_name() if task_state.finished_by else ""
    comment = task_state.get_comment()
    text = (
        _("Changes requested by %(reviewer)s:") % {"reviewer": reviewer or _("a reviewer")}
        if reviewer or comment
        else ""
    )
    messages.warning(
        request,
        format_html(
            "{} {}<br>{}",
            text,
            format_html("“{}”", comment) if comment else _("(no comment)"),
            _("Make the changes, then submit the page again."),
        ),
    )
