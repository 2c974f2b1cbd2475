"""Administrators' view of sign-in lockouts (django-axes), with a button that lifts one.

The same as `manage.py axes_reset_ip_username ADDRESS NAME`, for people who never open a shell.
"""

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


def can_unlock(user):
    return user.is_active and user.is_superuser


def recent_attempts():
    """Failed sign-ins still counting towards a lockout, locked pairs first."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    attempts = AccessAttempt.objects.filter(attempt_time__gte=since).order_by(
        "-failures_since_start", "-attempt_time"
    )
    for attempt in attempts:
        attempt.locked = attempt.failures_since_start >= settings.AXES_FAILURE_LIMIT
        attempt.unlocks_at = attempt.attempt_time + settings.AXES_COOLOFF_TIME
    return attempts


class LockoutsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "website/lockouts.html"
    page_title = gettext_lazy("Sign-in lockouts")
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        if not can_unlock(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            attempts=recent_attempts(), failure_limit=settings.AXES_FAILURE_LIMIT, **kwargs
        )

    def post(self, request, pk):
        attempt = get_object_or_404(AccessAttempt, pk=pk)
        reset(ip=attempt.ip_address, username=attempt.username)
        messages.success(
            request,
            _("%(username)s can sign in again from %(address)s.")
            % {"username": attempt.username, "address": attempt.ip_address},
        )
        return redirect("website_lockouts:index")
