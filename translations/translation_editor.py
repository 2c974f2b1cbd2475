"""What wagtail-localize's translation editor offers, and accepts, from each person.

Its page carries, as data for its script, the actions it offers: Publish, Unpublish, Delete,
Convert to alias and Stop sync, each shown to whoever holds the matching Wagtail permission. On
this site a Spanish page goes live only through the Spanish review, so those actions are left
out of the data for everyone but administrators, and the server refuses them as well. While a
page waits for its review, its translator reads the translation but cannot change it: the
version under review is what the reviewer decides on.
"""

import json
from functools import wraps

from django.contrib import messages
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation

from .access import refuse
from .editor_aids import add_aids
from .translating import translation_for

LEFT_OUT_PERMS = ("canPublish", "canUnpublish", "canDelete")
LEFT_OUT_LINKS = ("deleteUrl", "convertToAliasUrl", "stopTranslationUrl", "unpublishUrl")


def may_bypass_review(user):
    return user.is_superuser


def in_review_for(user, page):
    """True while page waits for a review step that user cannot decide."""
    state = page.current_workflow_state
    if state is None or state.status != state.STATUS_IN_PROGRESS:
        return False
    task_state = state.current_task_state
    return not task_state or not any(
        name == "approve"
        for name, _label, _modal in task_state.task.specific.get_actions(page, user)
    )


def editor_props(props, user, page):
    """The translation editor's data for user: without the actions that skip the review, with
    the page read-only while in review, dates in the user's language, and the glossary and
    memory beside each piece (editor_aids.py)."""
    data = add_aids(json.loads(props))
    if not may_bypass_review(user):
        data["perms"].update(dict.fromkeys(LEFT_OUT_PERMS, False))
        data["links"].update(dict.fromkeys(LEFT_OUT_LINKS, None))
    if isinstance(page, Page):
        if in_review_for(user, page):
            data["object"]["isLocked"] = True
        if page.live_revision is not None:
            published = timezone.localtime(page.live_revision.created_at)
            data["object"]["lastPublishedDate"] = formats.date_format(published, "DATE_FORMAT")
    return json.dumps(data)


def refuse_publishing(request, page):
    """before_edit_page: the translation editor's own Publish goes around the review."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if may_bypass_review(request.user) or translation_for(page) is None:
        return None
    return refuse(
        request,
        _("A Spanish page goes live when a Spanish reviewer approves it: submit it for review."),
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
    )


def read_only_note(request, page):
    """before_edit_page: say why the translation cannot be changed while it is in review."""
    if request.method == "GET" and translation_for(page) and in_review_for(request.user, page):
        messages.info(
            request,
            _(
                "This translation is waiting for its review, so it cannot be changed now. If the "
                "reviewer asks for changes, you can change it again and resubmit it."
            ),
        )


def unless_in_review(view):
    """Refuses changes to a translation whose page waits for a review the user cannot decide."""

    @wraps(view)
    def guarded(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(Translation, id=translation_id)
        target = translation.get_target_instance()
        if isinstance(target, Page) and in_review_for(request.user, target):
            return HttpResponseForbidden(
                _("This translation is waiting for its review and cannot be changed now.")
            )
        return view(request, translation_id, *args, **kwargs)

    return guarded


def publishers_only(view):
    """Stopping the sync leaves a Spanish page that no longer follows its English page."""

    @wraps(view)
    def guarded(request, translation_id, *args, **kwargs):
        if not may_bypass_review(request.user):
            return refuse(
                request,
                _("Only an administrator may stop a translation's sync."),
                reverse("wagtailadmin_home"),
            )
        return view(request, translation_id, *args, **kwargs)

    return guarded


edit_string_translation = unless_in_review(edit_translation.edit_string_translation)
edit_override = unless_in_review(edit_translation.edit_override)
upload_pofile = unless_in_review(edit_translation.upload_pofile)
machine_translate = unless_in_review(edit_translation.machine_translate)
stop_translation = publishers_only(edit_translation.stop_translation)
