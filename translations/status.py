"""Each source page's translation status, computed in the database for any number of pages.

A translation is
- missing: there is no translated page (an alias showing the source content does not count);
- in review: its latest submission is in a workflow (the Spanish review);
- draft: it exists but is not live;
- out of date: its live version was made from source content that differs from what the
  source page now says;
- up to date: otherwise.
The first rule that applies wins: a page in review is shown as in review even if the source
changed again meanwhile, because the reviewer, not the translator, is the one to act next.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Case, Count, Exists, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Cast, Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, WorkflowState

from .models import LiveContent, TranslationBuild


class Status(models.TextChoices):
    MISSING = "missing", _("Missing")
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    OUT_OF_DATE = "out_of_date", _("Out of date")
    UP_TO_DATE = "up_to_date", _("Up to date")


# Both return None while the locale does not exist yet; filtering on None then matches nothing,
# so every page simply shows as untranslated.


def source_locale():
    return Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()


def target_locale():
    """The language translators work into: the first content language after the default one."""
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    target = next(code for code in codes if code != settings.LANGUAGE_CODE)
    return Locale.objects.filter(language_code=target).first()


def source_pages():
    """Every live page of the source-language tree: an unpublished page has nothing to translate
    yet, and translators may not open it."""
    return Page.objects.live().filter(locale=source_locale(), depth__gt=1, alias_of__isnull=True)


def with_translation_status(pages, locale):
    """pages annotated with their translation into locale and that translation's status.

    Adds translation_id, translation_title, translation_live, translation_published_at,
    source_changed_at (when the source's translatable content last changed) and
    translation_status. One query, however many pages.
    """
    translations = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale=locale, alias_of__isnull=True
    )

    def translation(field):
        return Subquery(translations.values(field)[:1])

    live_content = LiveContent.objects.filter(page=OuterRef("pk"))
    pages = pages.annotate(
        translation_id=translation("pk"),
        translation_title=translation("title"),
        translation_live=translation("live"),
        translation_live_revision_id=translation("live_revision_id"),
        translation_published_at=translation("last_published_at"),
        source_digest=Subquery(live_content.values("digest")[:1]),
        source_changed_at=Coalesce(
            Subquery(live_content.values("changed_at")[:1]), F("last_published_at")
        ),
    )
    in_review = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=Cast(OuterRef("translation_id"), models.CharField()),
        status=WorkflowState.STATUS_IN_PROGRESS,
    )
    live_build = TranslationBuild.objects.filter(
        page_id=OuterRef("translation_id"),
        revision_id__lte=OuterRef("translation_live_revision_id"),
    ).order_by("-revision_id")
    pages = pages.annotate(
        translation_in_review=Exists(in_review),
        translated_from=Subquery(live_build.values("digest")[:1]),
    )
    return pages.annotate(
        translation_status=Case(
            When(translation_id__isnull=True, then=Value(Status.MISSING)),
            When(translation_in_review=True, then=Value(Status.IN_REVIEW)),
            When(translation_live=False, then=Value(Status.DRAFT)),
            # Both digests known: the content decides.
            When(source_digest=F("translated_from"), then=Value(Status.UP_TO_DATE)),
            When(
                source_digest__isnull=False,
                translated_from__isnull=False,
                then=Value(Status.OUT_OF_DATE),
            ),
            # Pages published before digests were kept: compare the dates instead.
            When(
                source_changed_at__gt=F("translation_published_at"),
                then=Value(Status.OUT_OF_DATE),
            ),
            default=Value(Status.UP_TO_DATE),
            output_field=models.CharField(),
        )
    )


def status_counts(pages):
    """{status: number of pages} for annotated pages, every status present, in one query."""
    totals = pages.aggregate(
        **{
            status.value: Count("pk", filter=Q(translation_status=status.value))
            for status in Status
        }
    )
    return {Status(value): count for value, count in totals.items()}
