"""The sitemap: an index of one file per language and section, each page of which lists at most
1,000 addresses, every page with its live translations as alternates.

Wagtail's own sitemap lists the pages under the site's root page, which on this site is the
English home page only, and gives no hreflang alternates. Here each language's home page and its
top-level pages without children make one section; each top-level page with children (the
newsroom, research) makes a section of its own with everything below it. Django's sitemap index
lists the sections and paginates each; every file names, for each page, its live translations
(and x-default) the way the page's own <head> does, with the same addresses.

A site of thousands of pages makes each file costly to build, so each one is built once per
content version and then answered from the cache.
"""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Max, Q
from django.http import HttpResponse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import views as wagtail_sitemap_views
from wagtail.models import Page, Site

from website.shared_lookups import per_version

URLS_PER_FILE = 1000


class LocalizedSitemap(Sitemap):
    """The live, public pages of one section of one language."""

    limit = URLS_PER_FILE

    def __init__(self, request, section, exclude=()):
        super().__init__(request)
        self.section = section
        self.exclude = exclude

    def items(self):
        pages = Page.objects.descendant_of(self.section, inclusive=True)
        for excluded in self.exclude:
            pages = pages.exclude(path__startswith=excluded.path, depth__gt=excluded.depth)
        return pages.live().public().order_by("path")

    def location(self, page):
        return self._locations[page.pk]

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]

    def _alternates_for(self, pages):
        """{translation key: sorted [(language, address)]} for the live translations of pages."""
        homes = _homes(self.request)
        within_a_home = reduce(or_, (Q(path__startswith=home.path) for home in homes))
        translations = (
            Page.objects.filter(
                within_a_home, translation_key__in={p.translation_key for p in pages}
            )
            .live()
            .public()
            .select_related("locale")
        )
        links = defaultdict(list)
        for page in translations:
            url = page.get_url(self.request)
            if url is not None:
                links[page.translation_key].append(
                    (page.locale.language_code, self.request.build_absolute_uri(url))
                )
        return {key: sorted(found) for key, found in links.items()}

    def alternates(self, page, translations):
        """Every live translation of page, itself included; x-default when there are several."""
        links = translations.get(page.translation_key, [])
        alternates = [{"lang_code": code, "location": url} for code, url in links]
        default = dict(links).get(settings.LANGUAGE_CODE)
        if default is not None and len(links) > 1:
            alternates.append({"lang_code": "x-default", "location": default})
        return alternates

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        translations = self._alternates_for(pages)
        self._locations = {}
        urls = []
        for item in pages:
            url = item.get_url(self.request)
            if url is None:
                continue
            self._locations[item.pk] = self.request.build_absolute_uri(url)
            urls.append(
                {
                    "item": item,
                    "location": self.location(item),
                    "lastmod": self.lastmod(item),
                    "alternates": self.alternates(item, translations),
                }
            )
        last_modified = [url["lastmod"] for url in urls]
        if last_modified and None not in last_modified:
            self.latest_lastmod = max(last_modified)
        return urls


def _homes(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    return list(Page.objects.filter(translation_key=site.root_page.translation_key).live())


def sections(request):
    """{name: sitemap} for every language's sections, in the order of the site's languages."""
    found = {}
    homes = {home.locale_id: home for home in _homes(request)}
    codes = dict(
        Page.objects.filter(pk__in=[home.pk for home in homes.values()]).values_list(
            "locale_id", "locale__language_code"
        )
    )
    for locale_id, home in sorted(homes.items(), key=lambda item: codes[item[0]]):
        code = codes[locale_id]
        big = list(home.get_children().live().public().filter(numchild__gt=0))
        found[code] = LocalizedSitemap(request, home, exclude=big)
        for section in big:
            found[f"{code}-{section.slug}"] = LocalizedSitemap(request, section)
    return found


def _cached(request, key, build):
    """The sitemap response build() makes, built once per content version."""

    def render():
        response = build()
        response.render()
        return response.content, response["Content-Type"]

    content, content_type = per_version(
        f"sitemap:{request.get_host()}:{key}:{request.GET.get('p', '1')}", render
    )
    return HttpResponse(content, content_type=content_type)


def index(request):
    return _cached(
        request,
        "index",
        lambda: wagtail_sitemap_views.index(
            request, sections(request), sitemap_url_name="sitemap-section"
        ),
    )


def section(request, section):
    return _cached(
        request,
        section,
        lambda: wagtail_sitemap_views.sitemap(request, sections(request), section=section),
    )
