"""RSS and Atom feeds of listing pages: one feed per listing page, so one per language."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from website.shared_lookups import per_version

FEED_LENGTH = 20


class ListingFeed(Feed):
    """The newest items of a listing page, which provides items() and its own title."""

    feed_type = Rss201rev2Feed

    def __init__(self, listing_page):
        super().__init__()
        self.listing_page = listing_page
        self.language = listing_page.locale.language_code

    def __call__(self, request, *args, **kwargs):
        """The feed, built once per content version: feed readers ask for it again and again,
        and each item costs about as much as a card."""
        self.request = request
        build_feed = super().__call__

        def build():
            response = build_feed(request, *args, **kwargs)
            return response.content, dict(response.items())

        key = f"feed:{request.get_host()}:{self.listing_page.pk}:{self.feed_type.__name__}"
        content, headers = per_version(key, build)
        return HttpResponse(content, headers=headers)

    def title(self):
        return self.listing_page.title

    def link(self):
        return self.listing_page.get_url(self.request)

    def description(self):
        return self.listing_page.get_listing_summary() or self.listing_page.title

    def items(self):
        return self.listing_page.items().specific()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.get_listing_summary()

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        date = item.date
        if date is None:
            return item.first_published_at
        return timezone.make_aware(datetime.combine(date, time(12)))

    def item_updateddate(self, item):
        return item.last_published_at


class ListingAtomFeed(ListingFeed):
    feed_type = Atom1Feed
    subtitle = ListingFeed.description
