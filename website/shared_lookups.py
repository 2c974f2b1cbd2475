"""Answers every page asks for, looked up once per request or once per content version.

Each page of the site asks the database the same questions: which site and locale this is,
whether any section is private, what the home page and the menu are. Inside a request, each
answer is kept for the rest of that request; answers that only change when content does are
also kept in the cache, keyed by the content version (website/models/content_version.py), so
the next request does not ask again. Outside a request (management commands, the scheduler)
nothing is kept and every lookup goes to the database as before.
"""

from contextvars import ContextVar

from django.core.cache import cache
from django.db.models import Q
from django.http.request import split_domain_port
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.models.i18n import LocaleManager
from wagtail.models.sites import get_site_for_hostname
from wagtail.query import PageQuerySet
from wagtail.users.models import UserProfile

_answers: ContextVar[dict | None] = ContextVar("website_shared_lookups", default=None)

# Long enough to outlive many versions; a new version makes every stored answer unreachable.
SECONDS = 24 * 60 * 60


def in_request():
    return _answers.get() is not None


def per_request(key, compute):
    """compute()'s answer, kept for the rest of this request (computed each time outside one)."""
    answers = _answers.get()
    if answers is None:
        return compute()
    if key not in answers:
        answers[key] = compute()
    return answers[key]


def content_version():
    # Imported here: the models themselves use these lookups.
    from website.models import ContentVersion

    return per_request("content-version", ContentVersion.recent)


def per_version(key, compute, lifetime=None):
    """compute()'s answer, kept in the cache until published content next changes.

    lifetime(answer), when given, says for how many seconds at most an answer stays true (one
    that depends on the clock as well); None for as long as the content does not change.
    """
    if not in_request():
        return compute()

    def cached():
        versioned_key = f"shared:{content_version()}:{key}"
        missing = object()
        answer = cache.get(versioned_key, missing)
        if answer is missing:
            answer = compute()
            seconds = lifetime(answer) if lifetime else None
            if seconds is None or seconds > 0:
                cache.set(versioned_key, answer, min(seconds or SECONDS, SECONDS))
        return answer

    return per_request(("version", key), cached)


class SharedLookupsMiddleware:
    """Opens the per-request store; first in the stack, so everything below may use it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _answers.set({})
        try:
            return self.get_response(request)
        finally:
            _answers.reset(token)


def _site_for(request):
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()

    def compute():
        try:
            found = get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            return None
        found.root_page  # noqa: B018 - loaded now, so the cached site carries its root page
        return found

    return per_version(f"site:{hostname}:{port}", compute)


def _any_view_restriction():
    return per_version("any-view-restriction", PageViewRestriction.objects.exists)


def install():
    """Route Wagtail's own lookups through the stores above. Wagtail asks for the active locale,
    the request's site and the view restrictions several times per page, each time from the
    database; these wrappers keep its behaviour and only skip the repeated questions."""
    get_for_language = LocaleManager.get_for_language

    def memoised_get_for_language(self, language_code):
        return per_version(f"locale:{language_code}", lambda: get_for_language(self, language_code))

    LocaleManager.get_for_language = memoised_get_for_language

    find_for_request = Site._find_for_request

    def memoised_find_for_request(request):
        return _site_for(request) if in_request() else find_for_request(request)

    Site._find_for_request = staticmethod(memoised_find_for_request)

    private_q = PageQuerySet.private_q

    def memoised_private_q(self):
        if in_request() and not _any_view_restriction():
            return Q(pk__in=[])  # what Wagtail answers when no section is private
        return private_q(self)

    PageQuerySet.private_q = memoised_private_q

    get_view_restrictions = Page.get_view_restrictions

    def memoised_get_view_restrictions(self):
        if in_request() and not _any_view_restriction():
            return PageViewRestriction.objects.none()
        return get_view_restrictions(self)

    Page.get_view_restrictions = memoised_get_view_restrictions

    # The userbar reads a signed-in user's profile twice, once through get_for_user() and once
    # through the user's own accessor; reading it through the accessor keeps it for the second.
    get_for_user = UserProfile.get_for_user.__func__

    def profile_for_user(cls, user):
        try:
            return user.wagtail_userprofile
        except UserProfile.DoesNotExist:
            return get_for_user(cls, user)

    UserProfile.get_for_user = classmethod(profile_for_user)


def locale_codes():
    """{locale id: language code}, for pages whose language is needed without loading it."""
    return per_version(
        "locale-codes", lambda: dict(Locale.objects.values_list("pk", "language_code"))
    )


def connect_signals(content_changed):
    """Sites, locales and view restrictions are part of every answer above."""
    from django.db.models.signals import post_delete, post_save

    for model in (Site, Locale, PageViewRestriction):
        label = model._meta.label_lower
        post_save.connect(content_changed, sender=model, dispatch_uid=f"shared-{label}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"shared-del-{label}")
