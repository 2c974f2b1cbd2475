from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "translations"
    # The app was first called translation_status; its label stays, so its tables, migration
    # history, content types and permissions carry on unchanged in existing databases.
    label = "translation_status"
    verbose_name = _("Translation status")

    def ready(self):
        from . import approval_guard, signals

        signals.connect()
        approval_guard.register()
