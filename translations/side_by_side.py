"""Spanish review side by side: the English source and its Spanish translation, piece by piece,
with what changed since the last approved translation marked, and the review's decisions.

"Changed" compares each piece with the last approved (live) Spanish page: its Spanish text then,
and the English text it was translated from (the English page as last published before that
approval). A Spanish page never approved has every piece new.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.html import format_html, strip_tags
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page, PageLogEntry
from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from .approval_guard import leftovers_for, refuse_approval
from .glossary import all_terms, dropped, glossary_hints
from .translating import translation_for

APPROVE, REQUEST_CHANGES = "approve", "reject"


@dataclass
class Row:
    english: str
    spanish: str
    translated: bool
    changed: bool
    # Glossary terms whose approved Spanish the translation does not use.
    dropped_terms: list = field(default_factory=list)


def texts_by_place(instance):
    """{(field path, n): text} for the n-th piece of text at each path of instance."""
    seen = defaultdict(int)
    texts = {}
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            texts[(segment.path, seen[segment.path])] = segment.string.data
            seen[segment.path] += 1
    return texts


def approved_versions(page, source_page):
    """The live Spanish page and the English page it was translated from, or (None, None)."""
    if page.live_revision is None:
        return None, None
    approved_at = page.live_revision.created_at
    published = (
        PageLogEntry.objects.filter(
            page=source_page, action="wagtail.publish", timestamp__lte=approved_at
        )
        .exclude(revision=None)
        .select_related("revision")
        .order_by("-timestamp")
        .first()
    )
    english_then = published.revision.as_object() if published else None
    return page.live_revision.as_object(), english_then


def rows_for(translation, page):
    source_page = translation.source.get_source_instance()
    spanish_then, english_then = approved_versions(page, source_page)
    spanish_before = texts_by_place(spanish_then) if spanish_then else {}
    english_before = texts_by_place(english_then) if english_then else {}

    segments = list(
        StringSegment.objects.filter(source=translation.source)
        .select_related("string", "context")
        .order_by("order")
    )
    translated = {
        (item.translation_of_id, item.context_id): item.data
        for item in StringTranslation.objects.filter(
            translation_of__in=[segment.string_id for segment in segments],
            locale=translation.target_locale,
        )
    }
    terms = all_terms()
    seen = defaultdict(int)
    rows = []
    for segment in segments:
        place = (segment.context.path, seen[segment.context.path])
        seen[segment.context.path] += 1
        spanish = translated.get((segment.string_id, segment.context_id))
        changed = (
            spanish_before.get(place) != spanish or english_before.get(place) != segment.string.data
        )
        rows.append(
            Row(
                english=strip_tags(segment.string.data),
                spanish=strip_tags(spanish or ""),
                translated=spanish is not None,
                changed=changed,
                dropped_terms=dropped_terms(segment.string.data, spanish, terms),
            )
        )
    return rows


def dropped_terms(english, spanish, terms):
    return [hint.term for hint in dropped(glossary_hints(english, spanish, terms))]


def review_task_state(page, user):
    """The task state waiting on user's decision for page, or None."""
    task_state = page.current_workflow_task_state
    if task_state is None:
        return None
    actions = {name for name, _label, _modal in task_state.task.specific.get_actions(page, user)}
    return task_state if {APPROVE, REQUEST_CHANGES} <= actions else None


class SideBySideReviewView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "translations/side_by_side.html"
    header_icon = "wagtail-localize-language"

    def dispatch(self, request, *args, page_id, **kwargs):
        self.page = get_object_or_404(Page, id=page_id).specific
        self.translation = translation_for(self.page)
        if self.translation is None:
            raise Http404
        self.task_state = review_task_state(self.page, request.user)
        if self.task_state is None and not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Review “%(title)s” side by side") % {"title": self.page.get_admin_display_title()}

    def post(self, request, *args, **kwargs):
        if self.task_state is None:
            raise PermissionDenied
        action = request.POST.get("action")
        comment = request.POST.get("comment", "").strip()
        if action not in (APPROVE, REQUEST_CHANGES):
            raise PermissionDenied
        if action == REQUEST_CHANGES and not comment:
            messages.error(request, _("Say what needs to change: the translator reads it."))
            return redirect(request.path)
        if action == APPROVE:
            refusal = refuse_approval(request, self.page)
            if refusal is not None:
                return refusal
        task = self.task_state.task.specific
        task.on_action(self.task_state, request.user, action, comment=comment)
        page = Page.objects.get(pk=self.page.pk)
        if action == REQUEST_CHANGES:
            messages.success(
                request,
                _("Changes requested: “%(title)s” is back with its translator, with your comment.")
                % {"title": page.get_admin_display_title()},
            )
        elif page.live and not page.has_unpublished_changes:
            messages.success(
                request,
                _("“%(title)s” is approved and published.")
                % {"title": page.get_admin_display_title()},
            )
        else:
            messages.success(
                request,
                _("“%(title)s” is approved.") % {"title": page.get_admin_display_title()},
            )
        return redirect(request.path)

    def get_context_data(self, **kwargs):
        rows = rows_for(self.translation, self.page)
        return super().get_context_data(
            page=self.page,
            translation=self.translation,
            rows=rows,
            changed_count=sum(row.changed for row in rows),
            untranslated_count=sum(not row.translated for row in rows),
            glossary_count=sum(bool(row.dropped_terms) for row in rows),
            leftovers=leftovers_for(self.page),
            task_state=self.task_state,
            source_language=self.translation.source.locale.get_display_name(),
            target_language=self.translation.target_locale.get_display_name(),
            preview_url=reverse("wagtail_localize:preview_translation", args=[self.translation.id]),
            **kwargs,
        )


def review_url(page):
    return reverse("translations:side_by_side", args=[page.pk])


def add_review_notice(request, page):
    """In the translation editor of a page waiting for this reviewer: where to decide."""
    if translation_for(page) is None or review_task_state(page, request.user) is None:
        return
    messages.info(
        request,
        format_html(
            '{} <a class="button button-small" href="{}">{}</a>',
            _("This translation is waiting for your review."),
            review_url(page),
            _("Review side by side"),
        ),
    )
