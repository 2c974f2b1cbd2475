"""Translating pages and snippets through wagtail-localize, the way a translator's work lands,
and reading snippets in the reader's language.

The translation is recorded as wagtail-localize's own sources, segments and string translations,
so the translation editor opens it and later English edits can be synced into it.
"""

from collections.abc import Mapping

from django.utils import translation
from wagtail.models import DraftStateMixin
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator


def translate(instance, locale, strings: Mapping[str, str], *, user=None, publish=True):
    """Create or update instance's translation into locale from an English→target mapping.

    Segments with no entry in strings keep the source text. Returns the translated instance.
    """
    TranslationCreator(user, [locale]).create_translations(instance)
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    for segment in source.stringsegment_set.select_related("string", "context"):
        text = strings.get(segment.string.data)
        if text is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": text,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )
    # Objects with drafts are saved as a draft and published here, not through wagtail-localize's
    # on-commit publish, so the translation is live as soon as this returns, even in a transaction.
    has_drafts = isinstance(instance, DraftStateMixin)
    Translation.objects.get(source=source, target_locale=locale).save_target(
        user=user, publish=not has_drafts
    )
    translated = instance.get_translation(locale)
    if publish and has_drafts:
        translated.get_latest_revision().publish(user=user)
        translated.refresh_from_db()
    return translated


def in_reader_language(originals):
    """{pk: its translation into the active language, or itself while untranslated} for each
    translatable snippet in the queryset originals.

    One plain query, and a second only for originals in another language: a single query that
    matched both at once took longer to build and plan than the two together.
    """
    language = translation.get_language()
    originals = list(originals.select_related("locale"))
    elsewhere = [row.translation_key for row in originals if row.locale.language_code != language]
    translated = {}
    if elsewhere:
        model = type(originals[0])
        translated = {
            row.translation_key: row
            for row in model.objects.filter(
                translation_key__in=elsewhere, locale__language_code=language
            ).select_related("locale")
        }
    return {row.pk: translated.get(row.translation_key, row) for row in originals}
