"""People keep to their own language for snippets, as they do for pages.

Wagtail's snippet permissions cover every language at once: a translator allowed to change a
person's Spanish bio could change the English one too. For snippets that can be translated, a
non-administrator may create, change or delete only those in a language whose page tree they
work in (see access.works_in).
"""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Locale, TranslatableMixin

from .access import refuse, works_in


def not_your_language(request, model, locale):
    return refuse(
        request,
        _("Only staff working on the %(language)s site may change its %(things)s.")
        % {"language": locale.get_display_name(), "things": model._meta.verbose_name_plural},
        redirect_to=reverse(model.snippet_viewset.get_url_name("list")),
    )


def before_create(request, model):
    if not issubclass(model, TranslatableMixin):
        return None
    code = request.GET.get("locale")
    locale = Locale.objects.filter(language_code=code).first() if code else None
    locale = locale or Locale.get_default()
    return None if works_in(request.user, locale) else not_your_language(request, model, locale)


def before_edit(request, snippet):
    if not isinstance(snippet, TranslatableMixin) or works_in(request.user, snippet.locale):
        return None
    return not_your_language(request, type(snippet), snippet.locale)


def before_delete(request, snippets):
    for snippet in snippets:
        if isinstance(snippet, TranslatableMixin) and not works_in(request.user, snippet.locale):
            return not_your_language(request, type(snippet), snippet.locale)
    return None
