"""A reviewer's confirmation that a whole page is still right: one form, one entry in history.

Who may publish a page may confirm its review: moderators for English pages, Spanish reviewers
for Spanish ones. The confirmation stores the date, the reviewer's name and role and the next due
date on the page (website.models.ReviewCycleMixin) and logs "Review confirmed" in its history.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Page

from website.models.review_cycle import review_interval
from website.page_cache import content_changed

from .names import display_name

LOG_ACTION = "ecpr.review_confirmed"


def has_review_cycle(page):
    return getattr(page.specific_deferred, "has_review_cycle", False)


def may_confirm(user, page):
    return has_review_cycle(page) and page.permissions_for_user(user).can_publish()


def reviewer_name(user):
    return user.get_full_name() or user.get_username()


def reviewer_role(user):
    group = user.groups.order_by("name").first()
    return display_name(group.name) if group else ""


class ConfirmReviewForm(forms.Form):
    name = forms.CharField(label=_("Reviewer's name"), max_length=150)
    role = forms.CharField(
        label=_("Reviewer's role"),
        max_length=150,
        help_text=_("As readers should see it, e.g. “Peer trainer” or “Program director”."),
    )
    next_due = forms.DateField(
        label=_("Next review due"), widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean_next_due(self):
        next_due = self.cleaned_data["next_due"]
        if next_due <= timezone.localdate():
            raise forms.ValidationError(_("Choose a date after today."))
        return next_due


def confirm_review(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not may_confirm(request.user, page):
        raise PermissionDenied
    if request.method == "POST":
        form = ConfirmReviewForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            page.record_review(name=data["name"], role=data["role"], next_due=data["next_due"])
            log(
                instance=page,
                action=LOG_ACTION,
                user=request.user,
                data={
                    "name": data["name"],
                    "role": data["role"],
                    "next_due": data["next_due"].isoformat(),
                },
            )
            # The foot of the page shows the dates: cached copies must go.
            content_changed()
            messages.success(
                request,
                _("Review of “%(title)s” confirmed.") % {"title": page.get_admin_display_title()},
            )
            return redirect("wagtailadmin_pages:edit", page.pk)
    else:
        form = ConfirmReviewForm(
            initial={
                "name": reviewer_name(request.user),
                "role": page.reviewer_role or reviewer_role(request.user),
                "next_due": timezone.localdate() + review_interval(),
            }
        )
    return TemplateResponse(request, "editorial/reviews/confirm.html", {"page": page, "form": form})


class ReviewConfirmedFormatter(LogFormatter):
    label = _("Review confirmed")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return _("Review confirmed by %(name)s (%(role)s); next review due %(next_due)s") % {
            "name": data.get("name", ""),
            "role": data.get("role", ""),
            "next_due": data.get("next_due", ""),
        }


def register_log_actions(actions):
    actions.register_action(LOG_ACTION)(ReviewConfirmedFormatter)


class ConfirmReviewMenuItem(ActionMenuItem):
    label = _("Confirm whole-page review")
    name = "action-confirm-review"
    icon_name = "success"
    order = 60

    def is_shown(self, context):
        page = context.get("page")
        return (
            context["view"] == "edit"
            and page is not None
            and page.live
            and may_confirm(context["request"].user, page)
        )

    def get_url(self, parent_context):
        return reverse("editorial_reviews:confirm", args=[parent_context["page"].pk])


def header_buttons(page, user, view_name, next_url=None):
    if page.live and may_confirm(user, page):
        yield Button(
            _("Confirm whole-page review"),
            reverse("editorial_reviews:confirm", args=[page.pk]),
            icon_name="success",
            priority=66,
        )
