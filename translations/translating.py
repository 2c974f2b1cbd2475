"""Bringing a translation's source up to date, without touching the translated page.

The translator then translates the new text in wagtail-localize's translation editor and submits
the page for review from there; nothing here publishes or saves the translated page.
"""

from wagtail_localize.models import Translation


def translation_for(page):
    """The enabled wagtail-localize translation that produces page, or None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def sync_source(translation):
    """Take the source page's live content into the translation, as "Sync translated pages" does.

    New and changed text then waits in the translation editor; the translated page is untouched.
    """
    translation.source.update_from_db()
    translation.source.update_target_view_restrictions(translation.target_locale)
