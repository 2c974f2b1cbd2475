"""The sitemap: every live page in every language, each with its translations as alternates.

Wagtail's own sitemap lists the pages under the site's root page, which on this site is the
English home page only, and gives no hreflang alternates. This one starts from the home page in
each language and names, for every page, its live translations (and x-default) the way the
page's own <head> does, with the same addresses.
"""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LocalizedSitemap(Sitemap):
    def items(self):
        if not hasattr(self, "_pages"):
            self._collect()
        return self._pages

    def _collect(self):
        """Every live, public page that has an address, and its translations' addresses."""
        site = self.get_wagtail_site()
        homes = Page.objects.filter(translation_key=site.root_page.translation_key)
        within_a_home = reduce(or_, (Q(path__startswith=home.path) for home in homes))
        pages = (
            Page.objects.filter(within_a_home)
            .live()
            .public()
            .select_related("locale")
            .order_by("path")
        )
        self._pages = []
        self._locations = {}
        translations = defaultdict(list)
        for page in pages:
            url = page.get_url(self.request)
            if url is None:
                continue
            location = self.request.build_absolute_uri(url)
            self._pages.append(page)
            self._locations[page.pk] = location
            translations[page.translation_key].append((page.locale.language_code, location))
        self._translations = {key: sorted(links) for key, links in translations.items()}

    def location(self, page):
        return self._locations[page.pk]

    def alternates(self, page):
        """Every live translation of page, itself included; x-default when there are several."""
        links = self._translations[page.translation_key]
        alternates = [{"lang_code": code, "location": url} for code, url in links]
        default = dict(links).get(settings.LANGUAGE_CODE)
        if default is not None and len(links) > 1:
            alternates.append({"lang_code": "x-default", "location": default})
        return alternates

    def _urls(self, page, protocol, domain):
        urls = [
            {
                "item": item,
                "location": self.location(item),
                "lastmod": self.lastmod(item),
                "alternates": self.alternates(item),
            }
            for item in self.paginator.page(page).object_list
        ]
        last_modified = [url["lastmod"] for url in urls]
        if last_modified and None not in last_modified:
            self.latest_lastmod = max(last_modified)
        return urls
