"""Keep the digests current: on every publish, and on every save of a translation."""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save
from django.utils import timezone
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished
from wagtail_localize.models import TranslationLog

from . import memory
from .digests import content_digest
from .models import LiveContent, TranslationBuild


def record_live_content(sender, instance, revision=None, **kwargs):
    """Remember what the page now says; the change time moves only when that content differs."""
    if instance.alias_of_id:
        return
    digest = content_digest(instance)
    current = LiveContent.objects.filter(page_id=instance.pk).first()
    if current is not None and current.digest == digest:
        return
    LiveContent.objects.update_or_create(
        page_id=instance.pk,
        defaults={"digest": digest, "changed_at": instance.last_published_at or timezone.now()},
    )


def record_translation_build(sender, instance, created, **kwargs):
    """Remember which source content a new revision of a translated page was made from."""
    revision = instance.revision
    if not created or revision is None:
        return
    if revision.base_content_type_id != ContentType.objects.get_for_model(Page).pk:
        return
    TranslationBuild.objects.update_or_create(
        revision=revision,
        defaults={
            "page_id": int(revision.object_id),
            "digest": content_digest(instance.source.as_instance()),
        },
    )


def remember_translation(sender, instance, **kwargs):
    """A translated page is published when its reviewer approves it: its strings are memory."""
    if not instance.alias_of_id:
        memory.remember(instance)


def forget_translation(sender, instance, **kwargs):
    memory.forget(instance)


def connect():
    page_published.connect(record_live_content, dispatch_uid="translation_status_live_content")
    page_published.connect(remember_translation, dispatch_uid="translation_memory_remember")
    page_unpublished.connect(forget_translation, dispatch_uid="translation_memory_forget")
    post_save.connect(
        record_translation_build,
        sender=TranslationLog,
        dispatch_uid="translation_status_translation_build",
    )
