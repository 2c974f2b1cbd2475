"""Whole-page cache for anonymous readers, emptied whenever published content changes.

A page lists other pages (menus, newsrooms, translations in <head>), so any publication can
change many pages. Rather than track which, every cached page is keyed by a content version that
each publish, unpublish, move, deletion or settings change moves on: stale entries are never
read again and expire by themselves.

Only requests that carry no cookie at all are served from or stored in the cache: a signed-in
editor, or a reader with a CSRF cookie whose token a page would embed, always gets a fresh page.
Pages that set a cookie (every page with a form sets the CSRF one) and requests with a query
string are never cached.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

VERSION_KEY = "page-cache:version"
LANGUAGE_PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def content_version():
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def content_changed(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet, or evicted
        cache.set(VERSION_KEY, 2, timeout=None)


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        content_changed()


def _settings_saved(sender, created, **kwargs):
    # Settings are created with their defaults on the first page view: nothing shown changes.
    if not created:
        content_changed()


def clear_on_save(*models):
    """Move the content version on whenever one of models is saved: for the snippets and settings
    that pages show. Each app connects its own models (website cannot name those above it)."""
    for model in models:
        post_save.connect(
            content_changed, sender=model, dispatch_uid=f"page-cache-{model._meta.label_lower}"
        )


def connect_signals():
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(content_changed, dispatch_uid=f"page-cache-{id(signal)}")
    post_delete.connect(_page_deleted, dispatch_uid="page-cache-delete")
    post_save.connect(
        _settings_saved, sender="website.SiteSettings", dispatch_uid="page-cache-settings"
    )
    from .models import Topic

    clear_on_save(Topic)


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


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        key = f"page-cache:{content_version()}:{request.get_host()}:{request.path}"
        response = cache.get(key)
        if response is not None:
            return response
        response = self.get_response(request)
        if hasattr(response, "render") and callable(response.render):
            response.render()
        if _cacheable_response(response):
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        return response
