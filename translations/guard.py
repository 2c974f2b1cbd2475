"""Translators translate only what they may read, and publish nothing.

wagtail-localize 1.14 lets anyone with its "submit translation" permission copy any page or
snippet into Spanish, drafts and private pages included; "Sync translated pages" can publish every
translation of a page, and "Convert to alias" puts the English page's latest draft live on the
Spanish site, neither asking for publish permission. The views here take over those addresses
(they are registered ahead of wagtail-localize's, see wagtail_hooks.py) and refuse, with a
message that says why, whatever the user may not see or publish, and translations into a
language the user does not work in; the rest is wagtail-localize's.
"""

from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.views import convert, submit_translations, update_translations

from . import translation_editor
from .access import can_publish, can_read, refuse, works_in


def first_unreadable(user, instance, *, include_subtree=False):
    """The first of the objects a translation would copy that user may not read, if any.

    Translating a page also copies, as aliases, the pages above it not yet translated, and, when
    asked, every page below it.
    """
    if isinstance(instance, Page):
        copied = [*instance.get_ancestors().filter(depth__gt=1).specific(), instance]
        if include_subtree:
            copied += list(instance.get_descendants().specific())
    else:
        copied = [instance]
    return next((obj for obj in copied if not can_read(user, obj)), None)


def unreadable_message(instance):
    return _(
        "“%(title)s” is not published, or not public, and you may not edit it, so it cannot be "
        "translated yet. Ask a moderator to publish it first."
    ) % {"title": instance}


class ReadableSourceMixin:
    """Refuses to start a translation of anything the user may not read, or into a language
    they do not work in."""

    def get(self, request, *args, **kwargs):
        return self.refusal(include_subtree=False) or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        include_subtree = bool(request.POST.get("include_subtree"))
        return (
            self.refusal(include_subtree)
            or self.foreign_language_refusal()
            or super().post(request, *args, **kwargs)
        )

    def refusal(self, include_subtree):
        blocked = first_unreadable(self.request.user, self.object, include_subtree=include_subtree)
        if blocked is not None:
            return refuse(self.request, unreadable_message(blocked))
        return None

    def foreign_language_refusal(self):
        """A translation lands in its language's tree: only for who works in that language."""
        ids = [value for value in self.request.POST.getlist("locales") if value.isdigit()]
        for locale in Locale.objects.filter(pk__in=ids):
            if not works_in(self.request.user, locale):
                return refuse(
                    self.request,
                    _("You may only translate into the languages you work in, not %(language)s.")
                    % {"language": locale.get_display_name()},
                )
        return None


class SubmitPageTranslationView(ReadableSourceMixin, submit_translations.SubmitPageTranslationView):
    pass


class SubmitSnippetTranslationView(
    ReadableSourceMixin, submit_translations.SubmitSnippetTranslationView
):
    pass


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """Syncing re-reads the source, so it must be readable; publishing needs publish rights."""

    def get(self, request, *args, **kwargs):
        return self.refusal(publish=False) or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        publish = bool(request.POST.get("publish_translations"))
        return self.refusal(publish) or super().post(request, *args, **kwargs)

    def refusal(self, publish):
        user = self.request.user
        try:
            source = self.object.get_source_instance()
        except ObjectDoesNotExist as error:
            raise Http404 from error
        if not can_read(user, source):
            return refuse(self.request, unreadable_message(source))
        if publish:
            for translation in self.object.translations.filter(enabled=True):
                target = translation.get_target_instance()
                if not can_publish(user, target):
                    return refuse(
                        self.request,
                        _(
                            "You may not publish “%(title)s”. Sync without publishing, then "
                            "submit the translation for review."
                        )
                        % {"title": target},
                    )
        return None


def convert_to_alias(request, page_id):
    """An alias shows its source's latest draft, live: only for who may publish and edit both."""
    page = get_object_or_404(Page, id=page_id, alias_of_id__isnull=True)
    source = TranslationSource.objects.filter(
        object_id=page.translation_key, translations__target_locale=page.locale_id
    ).first()
    source_page = source.get_source_instance() if source else None
    allowed = page.permissions_for_user(request.user).can_publish() and (
        source_page is None or source_page.permissions_for_user(request.user).can_edit()
    )
    if not allowed:
        return refuse(
            request,
            _(
                "Only someone who may publish this page and edit its English original may turn "
                "it into an alias."
            ),
        )
    return convert.convert_to_alias(request, page_id)


# The same addresses as wagtail-localize's own views (their URL names keep pointing here).
urlpatterns = [
    path(
        "submit/page/<int:page_id>/",
        SubmitPageTranslationView.as_view(),
        name="submit_page_translation",
    ),
    path(
        "submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        SubmitSnippetTranslationView.as_view(),
        name="submit_snippet_translation",
    ),
    path(
        "update/<int:translation_source_id>/",
        UpdateTranslationsView.as_view(),
        name="update_translations",
    ),
    path("page/<int:page_id>/convert_to_alias/", convert_to_alias, name="convert_to_alias"),
    # While a page waits for its review, and for stopping a sync: see translation_editor.py.
    path(
        "translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
        translation_editor.edit_string_translation,
        name="edit_string_translation",
    ),
    path(
        "translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
        translation_editor.edit_override,
        name="edit_override",
    ),
    path(
        "translate/<int:translation_id>/pofile/upload/",
        translation_editor.upload_pofile,
        name="upload_pofile",
    ),
    path(
        "translate/<int:translation_id>/machine_translate/",
        translation_editor.machine_translate,
        name="machine_translate",
    ),
    path(
        "translate/<int:translation_id>/disable/",
        translation_editor.stop_translation,
        name="stop_translation",
    ),
]
