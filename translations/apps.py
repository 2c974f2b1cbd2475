from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "translations"
    # The app was first called translation_status; its label stays, so its tables, migration
    # history, content types and permissions carry on unchanged in existing databases.
    label = "translation_status"
    verbose_name = _("Translation status")

    def ready(self):
        from website import language_marks
        from website.page_cache import clear_on_save

        from . import approval_guard, glossary, signals
        from .models import GlossaryTerm

        signals.connect()
        approval_guard.register()
        # Pages mark the glossary's untranslated terms as English, so a change shows at once.
        language_marks.register(glossary.kept_in_english)
        clear_on_save(GlossaryTerm)
