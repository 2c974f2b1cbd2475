"""Admin addresses that an app answers before Wagtail's own view does.

Wagtail's core admin addresses come before those apps add with the register_admin_urls hook, so
an app that must check something first (translations, before a workflow approval) registers
its view here, when Django starts it (AppConfig.ready); website/urls.py puts these ahead of
the admin. Each view is for signed-in staff only, as the admin's own are.
"""

from django.urls import path
from wagtail.admin.auth import require_admin_access

urlpatterns = []


def answer_before_wagtail(route, view, name):
    """route is under /admin/; view answers it, and may hand over to Wagtail's own view."""
    urlpatterns.append(path(route, require_admin_access(view), name=name))
