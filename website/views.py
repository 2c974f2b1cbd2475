"""Error pages that speak the reader's language, and the favicon at its conventional address."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token

from .malformed_input import MalformedInput


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
    return render(request, "500.html", status=500)


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
