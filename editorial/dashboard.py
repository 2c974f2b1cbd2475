"""Dashboard panels: each person's own drafts, what will go live when, and the Spanish to do.

Wagtail's own panels already list what awaits the person's review and what they submitted.
"""

from django.db.models import F, OuterRef, Q, Subquery
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, Revision
from wagtail.permissions import page_permission_policy
from wagtail_localize.models import TranslationSource

LIMIT = 10


class DraftsPanel(Component):
    """Pages the person owns or last edited whose changes are not live, and not yet in review."""

    name = "editorial_drafts"
    template_name = "editorial/dashboard/drafts.html"
    order = 215

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        pages = (
            Page.objects.filter(has_unpublished_changes=True)
            .filter(Q(owner=user) | Q(latest_revision__user=user))
            .prefetch_workflow_states()
            .select_related("locale")
            .order_by("-latest_revision_created_at")
        )
        drafts = [page for page in pages[: LIMIT * 3] if not page.workflow_in_progress]
        return {"drafts": drafts[:LIMIT]}


class ScheduledPanel(Component):
    """Pages the person may edit or publish that have a go-live time set, soonest first."""

    name = "editorial_scheduled"
    template_name = "editorial/dashboard/scheduled.html"
    order = 225

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        revisions = Revision.page_revisions.filter(approved_go_live_at__isnull=False).order_by(
            "approved_go_live_at"
        )
        go_live_at = {int(r.object_id): r.approved_go_live_at for r in revisions}
        pages = page_permission_policy.instances_user_has_any_permission_for(
            user, {"change", "publish"}
        ).filter(pk__in=go_live_at)
        scheduled = sorted(
            ((go_live_at[page.pk], page) for page in pages.select_related("locale")),
            key=lambda pair: pair[0],
        )
        return {"scheduled": scheduled[:LIMIT]}


class SpanishToDoPanel(Component):
    """For translators: English pages with no Spanish copy, or changed since it was made, and
    Spanish drafts not yet sent to review."""

    name = "editorial_spanish_to_do"
    template_name = "editorial/dashboard/spanish_to_do.html"
    order = 212

    def __init__(self, source_locale, target_locale):
        self.source_locale = source_locale
        self.target_locale = target_locale

    @classmethod
    def for_user(cls, user):
        if not user.has_perm("wagtail_localize.submit_translation"):
            return None
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        if "en" not in locales or "es" not in locales:
            return None
        return cls(locales["en"], locales["es"])

    def get_context_data(self, parent_context):
        english = Page.objects.live().public().filter(locale=self.source_locale, depth__gt=1)
        translated_keys = Page.objects.filter(
            locale=self.target_locale, alias_of__isnull=True
        ).values("translation_key")
        untranslated = english.exclude(translation_key__in=translated_keys).order_by("path")

        sources = TranslationSource.objects.filter(
            object_id=OuterRef("translation_key"),
            locale=self.source_locale,
            translations__target_locale=self.target_locale,
            translations__enabled=True,
        )
        changed = (
            english.annotate(
                source_id=Subquery(sources.values("pk")[:1]),
                synced_at=Subquery(sources.values("last_updated_at")[:1]),
            )
            .filter(synced_at__lt=F("last_published_at"))
            .order_by("-last_published_at")
        )

        user = parent_context["request"].user
        spanish_drafts = [
            page
            for page in page_permission_policy.instances_user_has_permission_for(user, "change")
            .filter(locale=self.target_locale, has_unpublished_changes=True)
            .prefetch_workflow_states()
            .order_by("-latest_revision_created_at")[: LIMIT * 3]
            if not page.workflow_in_progress
        ]
        return {
            "untranslated": untranslated[:LIMIT],
            "untranslated_count": untranslated.count(),
            "changed": changed[:LIMIT],
            "spanish_drafts": spanish_drafts[:LIMIT],
            "target_locale": self.target_locale,
            "request": parent_context["request"],
        }


def panels_for(user):
    panels = [DraftsPanel(), ScheduledPanel()]
    spanish = SpanishToDoPanel.for_user(user)
    if spanish is not None:
        panels.append(spanish)
    return panels
