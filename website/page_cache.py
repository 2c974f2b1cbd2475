"""Whole-page cache for anonymous readers, emptied whenever published content changes.

A page lists other pages (menus, newsrooms, translations in <head>), so any publication can
change many pages. Rather than track which, every cached page is keyed by a content version that
each publish, unpublish, move, deletion or settings change moves on: stale entries are never
read again and expire by themselves. The version lives in the database (ContentVersion), so a
change made by any process, the scheduler included, reaches every worker's cache at once.

A stored page is the status line, headers and bytes the site sent the first time, and is sent
again as it was. Two places answer from the store. The WSGI application (StoredPagesFirst,
website/wsgi.py) answers before Django makes a request object at all, whenever this process
read the content version recently enough to trust it without asking the database. Otherwise
the middleware, at the top of the stack, reads the version and answers before the session,
CSRF, authentication and messages middleware run. HEAD is answered from the same entry.

Only requests that carry no cookie at all are served from or stored in the cache: a signed-in
editor, or a reader with a CSRF cookie whose token a page would embed, always gets a fresh page.
A page that embeds something meant for one visitor (a CSRF token, a message) is never stored,
and is marked private so that no HTTP cache in front stores it either. Pages that set a cookie
are never cached. Of query strings, only a listing's own (page, type, topic, year) are cached,
in a fixed order; any other query string is answered fresh. Found pages and the 404 page are
stored. A page that changes by itself at a known time (a webinar ending) says so with
`changes_at`, and no copy outlives that moment.
"""

import math
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from website.front_cache import purge_when_committed
from website.models import ContentVersion
from website.shared_lookups import content_version

LANGUAGE_PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
# The query-string names a listing reads (website/models/listing.py and its filters).
LISTING_PARAMETERS = frozenset({"page", "type", "topic", "year"})
STORED_STATUSES = (200, 404)


def content_changed(**kwargs):
    ContentVersion.move_on()
    purge_when_committed()


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
    # Snippets shown inside pages: footer, people, topics (news connects its outlets); the
    # images and documents pages show, whose alt text, focal point, file, size or page count an
    # editor may change without publishing a page; and redirects, which replace a kept 404.
    from .models import CrisisHelp, FooterText, Person, SearchSynonym, Topic

    clear_on_save(CrisisHelp, FooterText, Person, SearchSynonym, Topic)
    clear_on_save(get_image_model(), get_document_model(), Redirect)


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
    # get_token() adds this flag when a template asks for the CSRF token; the CSRF middleware
    # sets it to False once it has sent the cookie, but never removes it.
    if "CSRF_COOKIE_NEEDS_UPDATE" in request.META:
        return True
    # Messages shown, or added for the next page (checked without loading them from the session).
    messages = getattr(request, "_messages", None)
    return messages is not None and (messages.used or messages.added_new)


def _normal_query(query_string):
    """The query string in a fixed order, or None when it holds anything but listing filters."""
    if not query_string:
        return ""
    pairs = parse_qsl(query_string, keep_blank_values=True)
    names = [name for name, _value in pairs]
    if not set(names) <= LISTING_PARAMETERS or len(names) != len(set(names)):
        return None
    return urlencode(sorted(pairs))


def _address(environ):
    """Which stored page a request asks for (from its WSGI environ, which Django keeps as
    request.META), or None when it is not one to store: host, path and normalised query."""
    if not (
        settings.PAGE_CACHE_SECONDS > 0
        and environ.get("REQUEST_METHOD") in ("GET", "HEAD")
        and environ.get("PATH_INFO", "").startswith(LANGUAGE_PREFIXES)
        and not environ.get("HTTP_COOKIE")
    ):
        return None
    query = _normal_query(environ.get("QUERY_STRING", ""))
    if query is None:
        return None
    # The Host header as sent, unchecked: checking it against ALLOWED_HOSTS costs a hit more
    # than the rest of its key. Only pages the stack below answered are stored, and it answers
    # a host it does not allow with 400, so an unchecked host never finds an entry.
    return f"{environ.get('HTTP_HOST', '')}:{environ['PATH_INFO']}?{query}"


def _cache_key(version, address):
    # Named apart from the whole responses kept before, which a cache shared across a deploy
    # may still hold: an entry is read only in the form it was written in.
    return f"stored-page:{version}:{address}"


def _cacheable_response(response):
    return (
        response.status_code in STORED_STATUSES and not response.streaming and not response.cookies
    )


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


def _entry(response):
    """What is stored: the status line, headers and bytes, as the WSGI handler sends them (a
    stored response sets no cookie, the only header the handler adds)."""
    return (
        f"{response.status_code} {response.reason_phrase}",
        list(response.items()),
        response.content,
    )


def _replayed(entry, method):
    status, headers, body = entry
    return HttpResponse(
        b"" if method == "HEAD" else body, status=int(status.split(" ", 1)[0]), headers=headers
    )


def stored_entry(environ):
    """The stored page for this WSGI request, found without asking the database, or None."""
    address = _address(environ)
    version = ContentVersion.remembered() if address else None
    if version is None:
        return None
    return cache.get(_cache_key(version, address))


class StoredPagesFirst:
    """The WSGI application: a stored page is sent before Django makes a request of it; any
    other request goes to Django's own application (see the module's docstring)."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        entry = stored_entry(environ)
        if entry is None:
            return self.application(environ, start_response)
        status, headers, body = entry
        start_response(status, headers)
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else body]


class AnonymousPageCacheMiddleware:
    """First in the stack (after the per-request lookups): see the module's docstring."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        address = _address(request.META)
        if address is None:
            response = self.get_response(request)
            _mark_personal(request, response)
            return response
        key = _cache_key(content_version(), address)
        entry = cache.get(key)
        if entry is not None:
            return _replayed(entry, request.method)
        response = self.get_response(request)
        if _mark_personal(request, response):
            return response
        seconds = _shared_lifetime(request, response)
        if seconds > 0 and _cacheable_response(response):
            cache.set(key, _entry(response), seconds)
        return response
