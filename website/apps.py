from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Website")

    def ready(self):
        from . import shared_lookups
        from .page_cache import connect_signals, content_changed

        connect_signals()
        shared_lookups.install()
        shared_lookups.connect_signals(content_changed)
