from django.apps import AppConfig, apps
from django.db.models.signals import post_init, post_migrate, post_save, pre_save
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial workflow")

    def ready(self):
        from . import names, signals

        # post_migrate is sent once per app with models, in INSTALLED_APPS order. Roles are applied
        # on the last one's turn, when every app has made its permissions (snippets' publish and
        # lock permissions included).
        last_app = [config for config in apps.get_app_configs() if config.models_module][-1]
        post_migrate.connect(
            signals.apply_roles_after_migrate,
            sender=last_app,
            dispatch_uid="editorial.apply_roles",
        )
        post_save.connect(signals.assign_new_tree, dispatch_uid="editorial.assign_new_tree")
        for model in names.NAMED_MODELS:
            post_init.connect(names.translate_on_load, sender=model)
            pre_save.connect(names.store_in_english, sender=model)
