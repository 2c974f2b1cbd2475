"""Whole-page cache for anonymous readers, emptied whenever published content changes.

A page lists other pages (menus, newsrooms, translations in <head>), so any publication can
change many pages. Rather than track which, every cached page is keyed by a content version that
each publish, unpublish, move, deletion or settings change moves on: stale entries are never
read again and expire by themselves. The version lives in the database (ContentVersion), so a
change made by any process, the scheduler included, reaches every worker's cache at once.

Only requests that carry no cookie at all are served from or stored in the cache: a signed-in
editor, or a reader with a CSRF cookie whose token a page would embed, always gets a fresh page.
A page that embeds something meant for one visitor (a CSRF token, a message) is never stored,
and is marked private so that no HTTP cache in front stores it either. Pages that set a cookie
and requests with a query string are never cached. A page that changes by itself at a known
time (a webinar ending) says so with `changes_at`, and no copy outlives that moment.
"""

import math

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from website.models import ContentVersion

LANGUAGE_PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def content_version():
    return ContentVersion.current()


def content_changed(**kwargs):
    ContentVersion.move_on()


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        content_changed()


def _settings_saved(sender, created, **kwargs):
    # Settings are created with their defaults on the first page view: nothing shown changes.
    if not created:
        content_changed()


def clear_on_save(*models):
    """Move the content version on whenever one of models is saved or deleted: for the snippets
    and settings that pages show. Each app connects its own models (website cannot name those
    above it)."""
    for model in models:
        label = model._meta.label_lower
        post_save.connect(content_changed, sender=model, dispatch_uid=f"page-cache-{label}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"page-cache-del-{label}")


def connect_signals():
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(content_changed, dispatch_uid=f"page-cache-{id(signal)}")
    post_delete.connect(_page_deleted, dispatch_uid="page-cache-delete")
    post_save.connect(
        _settings_saved, sender="website.SiteSettings", dispatch_uid="page-cache-settings"
    )
    # Snippets shown inside pages: footer, people, topics (news connects its outlets).
    from .models import FooterText, Person, Topic

    clear_on_save(FooterText, Person, Topic)


def changes_at(request, moment):
    """Say that what this request shows changes by itself at `moment` (None: never)."""
    if moment is None:
        return
    known = getattr(request, "_page_changes_at", None)
    if known is None or moment < known:
        request._page_changes_at = moment


def _lifetime(request):
    seconds = settings.PAGE_CACHE_SECONDS
    moment = getattr(request, "_page_changes_at", None)
    if moment is not None:
        seconds = min(seconds, math.ceil((moment - timezone.now()).total_seconds()))
    return seconds


def _is_personal(request):
    """Whether the page just rendered embeds a value meant for this visitor only."""
    # get_token() sets this flag when a template asks for the CSRF token; the CSRF middleware,
    # outside this one, clears it only after this middleware has seen the response.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return True
    # Messages shown, or added for the next page (checked without loading them from the session).
    messages = getattr(request, "_messages", None)
    return messages is not None and (messages.used or messages.added_new)


def _cacheable_request(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and request.path.startswith(LANGUAGE_PREFIXES)
        and not request.COOKIES
    )


def _cacheable_response(response):
    return response.status_code == 200 and not response.streaming and not response.cookies


def _mark_personal(request, response):
    """Keep any cache in front from storing a page meant for one visitor; True if it is one."""
    if not _is_personal(request):
        return False
    patch_cache_control(response, private=True)
    patch_vary_headers(response, ("Cookie",))
    return True


def _shared_lifetime(request, response):
    """How long an anonymous page may be kept, told to caches in front when the clock bounds it."""
    seconds = _lifetime(request)
    if getattr(request, "_page_changes_at", None) is not None:
        patch_cache_control(response, s_maxage=max(seconds, 0))
    return seconds


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            response = self.get_response(request)
            _mark_personal(request, response)
            return response
        key = f"page-cache:{content_version()}:{request.get_host()}:{request.path}"
        response = cache.get(key)
        if response is not None:
            return response
        response = self.get_response(request)
        if hasattr(response, "render") and callable(response.render):
            response.render()
        if _mark_personal(request, response):
            return response
        seconds = _shared_lifetime(request, response)
        if seconds > 0 and _cacheable_response(response):
            cache.set(key, response, seconds)
        return response
