"""Wagtail's password-reset form, limited in how often it sends mail.

Each address may ask PASSWORD_RESET_RATE times, and so may each email address from anywhere, so
the form can neither flood a person's inbox nor be used to probe accounts at speed. Every post
counts, whether or not the email address belongs to anyone, so the limit reveals nothing either.
"""

from django.conf import settings
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited
from wagtail.admin.views.account import PasswordResetView

GROUP = "admin-password-reset"


def _over_limit(request):
    return any(
        is_ratelimited(
            request, group=GROUP, key=key, rate=settings.PASSWORD_RESET_RATE, increment=True
        )
        for key in ("ip", "post:email")
    )


class RateLimitedPasswordResetView(PasswordResetView):
    def post(self, request, *args, **kwargs):
        if not _over_limit(request):
            return super().post(request, *args, **kwargs)
        form = self.get_form()
        form.is_valid()
        form.add_error(
            None,
            _(
                "Too many password reset requests. Wait an hour before asking again, "
                "or ask an administrator to reset your password."
            ),
        )
        response = self.render_to_response(self.get_context_data(form=form))
        response.status_code = 429
        return response
