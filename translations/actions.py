"""The translator's one step: bring a translation's source up to date, then translate."""

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.models import Page

from .access import can_read, refuse
from .translating import sync_source, translation_for


@require_POST
def update_translation(request, page_id):
    """Take the source's changes into the translation, then open the translation editor."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    translation = translation_for(page)
    if translation is None:
        raise Http404(_("This page is not a translation made in the translation editor."))
    try:
        source_page = translation.source.get_source_instance()
    except ObjectDoesNotExist as error:
        raise Http404(_("The page this translation was made from no longer exists.")) from error
    if not can_read(request.user, source_page):
        return refuse(
            request,
            _("“%(title)s” is not published, or not public, so its changes cannot be taken yet.")
            % {"title": source_page.get_admin_display_title()},
            redirect_to=reverse("wagtailadmin_pages:edit", args=[page.pk]),
        )
    sync_source(translation)
    messages.success(
        request,
        _(
            "The changed text of the %(language)s page is now in the translation editor. "
            "Translate it, then submit the page for review."
        )
        % {"language": translation.source.locale.get_display_name()},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
