"""What a translator may read, publish and work on, and how a refusal is given.

One rule decides whether a source may be copied into a translation (starting one, syncing one,
taking its changes): its content must already be open to the person, live and public or theirs to
edit. Staff keep to their own language for snippets as they do for pages (see roles.TREES in the
editorial app): Wagtail's snippet permissions cover every language at once.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import DraftStateMixin, Page, TranslatableMixin
from wagtail.permissions import page_permission_policy
from wagtail.snippets.permissions import get_permission_name


def user_language_codes(user):
    """The languages of the home pages the user holds page permissions on."""
    homes = page_permission_policy.instances_user_has_any_permission_for(
        user, {"add", "change", "publish"}
    ).filter(depth=2)
    return set(homes.values_list("locale__language_code", flat=True))


def works_in(user, locale):
    return user.is_superuser or locale.language_code in user_language_codes(user)


def may_edit(user, snippet):
    if not user.has_perm(get_permission_name("change", type(snippet))):
        return False
    return not isinstance(snippet, TranslatableMixin) or works_in(user, snippet.locale)


def can_read(user, instance):
    """Whether instance's content is open to user already: live and public, or theirs to edit."""
    if isinstance(instance, Page):
        if instance.permissions_for_user(user).can_edit():
            return True
        return instance.live and not instance.get_view_restrictions().exists()
    return not isinstance(instance, DraftStateMixin) or instance.live or may_edit(user, instance)


def can_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        return user.has_perm(get_permission_name("publish", type(instance)))
    return user.has_perm(get_permission_name("change", type(instance)))


def refuse(request, message, redirect_to=None):
    """Say why, and go back: to redirect_to, else where the person came from, else the dashboard."""
    messages.error(request, message)
    return redirect(
        redirect_to or get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
    )
