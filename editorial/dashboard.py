"""Dashboard panels: each person's own reviews due and drafts, and what will go live when.

Wagtail's own panels list what awaits the person's review and what they have submitted; the
translations app's panel gives translators the state of every Spanish page.
"""

from django.db.models import Q
from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision
from wagtail.permissions import page_permission_policy

from .review_queue import due_pages

LIMIT = 10


class DraftsPanel(Component):
    """Pages the person owns or last edited whose changes are not live, and not yet in review."""

    name = "editorial_drafts"
    template_name = "editorial/dashboard/drafts.html"
    order = 215

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        pages = (
            Page.objects.filter(has_unpublished_changes=True)
            .filter(Q(owner=user) | Q(latest_revision__user=user))
            # A version waiting for its go-live time is not a draft: it has its own panel.
            .exclude(latest_revision__approved_go_live_at__isnull=False)
            .prefetch_workflow_states()
            .select_related("locale")
            .order_by("-latest_revision_created_at")
        )
        drafts = [page for page in pages[: LIMIT * 3] if not page.workflow_in_progress]
        return {"drafts": drafts[:LIMIT]}


class ScheduledPanel(Component):
    """Pages the person may edit or publish that have a go-live time set, soonest first."""

    name = "editorial_scheduled"
    template_name = "editorial/dashboard/scheduled.html"
    order = 225

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        revisions = Revision.page_revisions.filter(approved_go_live_at__isnull=False)
        go_live_at = {int(r.object_id): r.approved_go_live_at for r in revisions}
        pages = page_permission_policy.instances_user_has_any_permission_for(
            user, {"change", "publish"}
        ).filter(pk__in=go_live_at)
        scheduled = sorted(
            ((go_live_at[page.pk], page) for page in pages.select_related("locale")),
            key=lambda pair: pair[0],
        )
        return {"scheduled": scheduled[:LIMIT]}


class ReviewsDuePanel(Component):
    """The person's own pages whose review is overdue or due within 30 days."""

    name = "editorial_reviews_due"
    template_name = "editorial/dashboard/reviews_due.html"
    order = 205

    def get_context_data(self, parent_context):
        return {"due": due_pages(owner=parent_context["request"].user)[:LIMIT]}


def panels():
    return [ReviewsDuePanel(), DraftsPanel(), ScheduledPanel()]
