"""RSS and Atom feeds of listing pages: one feed per listing page, so one per language."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

FEED_LENGTH = 20


class ListingFeed(Feed):
    """The newest items of a listing page, which provides items() and its own title."""

    feed_type = Rss201rev2Feed

    def __init__(self, listing_page):
        super().__init__()
        self.listing_page = listing_page
        self.language = listing_page.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

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
