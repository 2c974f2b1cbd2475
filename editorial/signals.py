from django.apps import apps as global_apps
from wagtail.models import Page

from .roles import apply_roles, assign_tree


def apply_roles_after_migrate(sender, apps=global_apps, **kwargs):
    # `migrate` passes the migrated models' state; `flush` (between tests) passes nothing.
    apply_roles(apps)


def assign_new_tree(sender, instance, created, raw=False, **kwargs):
    """A new language's home page (staff's, the demo loader's or a test's) gets its groups."""
    if created and not raw and isinstance(instance, Page) and instance.depth == 2:
        assign_tree(instance)
