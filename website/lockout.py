"""What a person sees when django-axes refuses a sign-in: the admin's own sign-in form, with one
message saying why and for how long, in their language."""

from django.conf import settings
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import ngettext

LOCKOUT_STATUS = 429


def lockout_message():
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return ngettext(
        "Too many failed sign-in attempts. Signing in with this user name is blocked from "
        "your address for %(minutes)d minute. An administrator can lift the block sooner.",
        "Too many failed sign-in attempts. Signing in with this user name is blocked from "
        "your address for %(minutes)d minutes. An administrator can lift the block sooner.",
        minutes,
    ) % {"minutes": minutes}


def lockout_response(request, original_response=None, credentials=None):
    """The sign-in form just shown, its errors replaced by the lockout message.

    The message is the same whether or not the user name exists, and so is everything else
    on the page, so a lockout tells nobody which accounts are real.
    """
    form = (
        original_response.context_data.get("form")
        if isinstance(original_response, TemplateResponse) and original_response.context_data
        else None
    )
    if form is None:
        return HttpResponse(
            lockout_message(), status=LOCKOUT_STATUS, content_type="text/plain; charset=utf-8"
        )
    form.errors.clear()
    form.add_error(None, lockout_message())
    original_response.content = original_response.rendered_content
    original_response.status_code = LOCKOUT_STATUS
    return original_response
