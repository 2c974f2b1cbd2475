"""People keep to their own language for snippets, as they do for pages.

Wagtail's snippet permissions cover every language at once: a translator allowed to change a
person's Spanish bio could change the English one too. For snippets that can be translated, a
non-administrator may create, change or delete only those in a language whose page tree they
work in (see roles.TREES).
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import Locale, TranslatableMixin
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


def refuse(request, model, locale):
    messages.error(
        request,
        _("Only staff working on the %(language)s site may change its %(things)s.")
        % {"language": locale.get_display_name(), "things": model._meta.verbose_name_plural},
    )
    return redirect(model.snippet_viewset.get_url_name("list"))


def before_create(request, model):
    if not issubclass(model, TranslatableMixin):
        return None
    code = request.GET.get("locale")
    locale = Locale.objects.filter(language_code=code).first() if code else None
    locale = locale or Locale.get_default()
    return None if works_in(request.user, locale) else refuse(request, model, locale)


def before_edit(request, snippet):
    if not isinstance(snippet, TranslatableMixin) or works_in(request.user, snippet.locale):
        return None
    return refuse(request, type(snippet), snippet.locale)


def before_delete(request, snippets):
    for snippet in snippets:
        if isinstance(snippet, TranslatableMixin) and not works_in(request.user, snippet.locale):
            return refuse(request, type(snippet), snippet.locale)
    return None
