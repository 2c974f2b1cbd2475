"""Error pages that speak the reader's language, and the favicon at its conventional address."""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import requires_csrf_token

from .malformed_input import MalformedInput

# Seconds a reader (or a proxy) is asked to wait while the database is unreachable.
RETRY_AFTER_SECONDS = 10


def _activate_from_path(request):
    # The 404 handler runs outside i18n_patterns for unknown prefixes such as /fr/:
    # take the language from the path when it names one of ours, else keep the active one.
    prefix = request.path.lstrip("/").split("/", 1)[0]
    if prefix in dict(settings.LANGUAGES):
        translation.activate(prefix)
        request.LANGUAGE_CODE = prefix


@requires_csrf_token
def page_not_found(request, exception=None):
    _activate_from_path(request)
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    _activate_from_path(request)
    # Django calls this view while handling the exception, so it can tell an unreachable
    # database (temporary: a 503 asking to come back) from a fault in the site (a 500).
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return database_unavailable(request)
    return render(request, "500.html", status=500)


def database_unavailable(request):
    """A page that needs no database, in the reader's language first and then the other."""
    current = translation.get_language() or settings.LANGUAGE_CODE
    languages = [current, *(code for code, _name in settings.LANGUAGES if code != current)]
    response = render(request, "503.html", {"languages": languages}, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def csrf_failure(request, reason=""):
    """A form sent without a valid security token: explain, and offer the way back to it."""
    _activate_from_path(request)
    referer = request.META.get("HTTP_REFERER", "")
    back = (
        referer
        if url_has_allowed_host_and_scheme(
            referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
        else None
    )
    return render(request, "403_csrf.html", {"back_url": back}, status=403)


@requires_csrf_token
def bad_request(request, exception=None):
    # Refused before the locale middleware ran (website/malformed_input.py): take the language
    # from the path, or else from the browser.
    translation.activate(translation.get_language_from_request(request))
    _activate_from_path(request)
    # Only this site's own refusals explain themselves; Django's may quote the request back.
    reason = str(exception) if isinstance(exception, MalformedInput) else ""
    return render(request, "400.html", {"reason": reason}, status=400)


def favicon(request):
    # The file itself lives among the static files under a hashed, long-cached name.
    return redirect(static("img/favicon.ico"))
