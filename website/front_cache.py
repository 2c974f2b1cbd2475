"""Tell the HTTP caches in front of the site (Varnish) that published content changed.

Sent through wagtail.contrib.frontend_cache's backends, as WAGTAILFRONTENDCACHE configures them
(production.py, from FRONTEND_CACHE_PURGE_URLS); without it nothing is sent.

Wagtail's own handlers purge the published page's addresses only, and before the publishing
transaction commits. Here, as for the site's page cache (website/page_cache.py), every change
counts for the whole site: a page lists other pages (menus, newsrooms, the other language), so
deploy/varnish/ecpr.vcl drops everything on any purge, and one purge per site is enough. It is
sent once the change is committed: sent earlier, a reader's request could fetch the old page and
put it back in the cache.
"""

from django.conf import settings
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Site


def purge_when_committed():
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        # robust: a cache that cannot be reached is logged and never undoes the publication.
        transaction.on_commit(purge_sites, robust=True)


def purge_sites():
    purge_urls_from_cache([f"{site.root_url}/" for site in Site.objects.all()])
