"""The notice at the top of a translated page's editor when its source has changed since."""

from django.contrib import messages
from django.template.loader import render_to_string
from wagtail_localize.models import SourceDeletedError

from .digests import content_digest
from .models import LiveContent
from .translating import translation_for


def source_changed_at(translation):
    """When the source page's content changed beyond what the translation was synced from.

    None when the translation's copy of the source is current.
    """
    source = translation.source
    try:
        synced = source.as_instance()
    except SourceDeletedError:
        return None
    live = LiveContent.objects.filter(page_id=synced.pk).first()
    if live is None:
        # Published before digests were kept: only the dates can tell.
        published = synced.last_published_at
        return published if published and published > source.last_updated_at else None
    return live.changed_at if live.digest != content_digest(synced) else None


def add_editor_notice(request, page):
    """Queue the notice for page's editor when page's source has changed since its last sync."""
    translation = translation_for(page)
    if translation is None:
        return
    changed_at = source_changed_at(translation)
    if changed_at is None:
        return
    html = render_to_string(
        "translations/editor_notice.html",
        {
            "page": page,
            "source_language": translation.source.locale.get_display_name(),
            "changed_at": changed_at,
        },
        request=request,
    )
    messages.warning(request, html)
