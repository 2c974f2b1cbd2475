"""Save draft and Submit to Spanish review, for wagtail-localize's translation editor.

That editor offers one action, "Publish", and only to those who may publish. A translator saves
each string as they go; these actions turn the saved strings into a draft of the Spanish page and
send it to the page's review workflow, the same as the page editor's own buttons do.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation, TranslationLog

from .translation_editor import in_review_for


def save_draft(translation, user):
    """A new draft revision of the translated page from the strings saved so far.

    wagtail-localize's own draft saving writes the translated fields onto the page record, which
    for a live page is what readers are shown; this keeps them in the revision only, as Wagtail's
    page editor does.
    """
    page = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    # A translator may type a slug with accents or spaces ("qué es"): make it a valid, free slug,
    # as wagtail-localize does when it publishes.
    page.slug = find_available_slug(page.get_parent(), slugify(page.slug), ignore_page_id=page.id)
    revision = page.save_revision(user=user, log_action=True)
    TranslationLog.objects.create(
        source=translation.source, locale=translation.target_locale, revision=revision
    )
    return page


def submit_for_review(page, user):
    """Start the page's workflow, or resume it when a reviewer had asked for changes."""
    workflow_state = page.current_workflow_state
    if workflow_state and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        workflow_state.resume(user)
    else:
        page.get_workflow().start(page, user)


@require_POST
def review_translation(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise Http404
    page_perms = page.permissions_for_user(request.user)
    if not page_perms.can_edit():
        raise PermissionDenied

    back_to_editor = redirect("wagtailadmin_pages:edit", page.id)
    lock = page.get_lock()
    if lock and lock.for_user(request.user):
        messages.error(request, lock.get_message(request.user))
        return back_to_editor
    if in_review_for(request.user, page):
        messages.error(
            request, _("This translation is waiting for its review and cannot be changed now.")
        )
        return back_to_editor
    submit = request.POST.get("action") == "submit"
    if submit and not page_perms.can_submit_for_moderation():
        messages.error(request, _("This page is already in review, or has no review workflow."))
        return back_to_editor
    total, done = translation.get_progress()
    if submit and done < total and not request.POST.get("confirmed"):
        return TemplateResponse(
            request,
            "translations/confirm_submit.html",
            {"page": page, "translation": translation, "total": total, "done": done},
        )

    try:
        draft = save_draft(translation, request.user)
    except ValidationError as error:
        messages.error(
            request,
            _("The draft could not be saved: %(errors)s") % {"errors": " ".join(error.messages)},
        )
        return back_to_editor

    if submit:
        submit_for_review(draft, request.user)
        messages.success(
            request,
            _("“%(title)s” has been submitted to %(workflow)s.")
            % {"title": draft.get_admin_display_title(), "workflow": draft.get_workflow().name},
        )
    else:
        messages.success(
            request, _("Draft of “%(title)s” saved.") % {"title": draft.get_admin_display_title()}
        )
    return back_to_editor
