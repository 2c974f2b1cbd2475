"""The listing index page that the newsroom and research build on.

It carries what every listing shares: an introduction, a page of items at a time (a bad page
number is a 404), the RSS and Atom feeds, and filters declared as data on the subclass.
"""

from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from ..feeds import ListingAtomFeed, ListingFeed
from ..listing import paginate, with_card_images
from ..panels import guide_panel
from ..shared_lookups import per_version
from .pages import BasePage


@dataclass(frozen=True)
class ListingFilter:
    """One of a listing's filters: a query-string parameter, the values it may take and what
    choosing one does.

    choices(index_page, items) gives {value: label} for the items at hand; apply(items, value)
    narrows them. A value not among the choices is ignored. A filter with always_shown=False is
    left out of the form while it has nothing to offer.
    """

    name: str
    label: Any
    all_label: Any
    choices: Any
    apply: Any
    always_shown: bool = True


@dataclass(frozen=True)
class BoundFilter:
    """A filter as the form shows it: its choices and the value the reader chose."""

    name: str
    label: Any
    all_label: Any
    choices: dict
    chosen: str
    shown: bool


class ListingIndexPage(RoutablePageMixin, BasePage):
    schema_type = "CollectionPage"
    kind_label = _("Section")

    intro_field = "intro"
    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("A sentence or two above the list.")
    )

    content_panels = [guide_panel("writing"), *BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]

    per_page = 12
    filters = ()
    # What the links to the listing's RSS and Atom feeds call them, e.g. "Newsroom feed".
    feed_name = _("Feed")
    # Where a listing may be created is for the app that holds it to say (see place_under): the
    # listing cannot name the page types above it.
    parent_page_types = []
    # One per language tree: a plain max_count = 1 would block the Spanish translation.
    max_count_per_parent = 1

    class Meta:
        abstract = True

    @classmethod
    def place_under(cls, *parent_models):
        """Allow this listing directly under pages of parent_models (and nowhere else)."""
        cls.parent_page_types = list(parent_models)
        cls._clean_parent_page_models = None

    def items(self):
        """The live items the listing shows, in order (a queryset of pages)."""
        raise NotImplementedError

    def cards(self, items):
        """The items as their cards need them (e.g. as their specific page types)."""
        return items

    def prepare(self, items):
        """Called with the page of items about to be shown, to attach what their cards need."""

    def filter_choices(self, listing_filter, items):
        """What a filter offers, worked out once per content version and language: it reads
        every item, and only a publication changes it."""
        key = f"filter-choices:{self.pk}:{listing_filter.name}:{get_language()}"
        # Labels made plain strings (in the language of the key) so that they can be stored.
        return per_version(
            key,
            lambda: {
                str(value): str(label)
                for value, label in listing_filter.choices(self, items).items()
            },
        )

    def count_items(self, items, filters):
        """How many items a filtered listing has, counted once per content version."""
        chosen = ",".join(f"{bound.name}={bound.chosen}" for bound in filters)
        return per_version(f"listing-count:{self.pk}:{chosen}", items.count)

    def prepared_cards(self, page_of_items, filters):
        """The cards of one page of the listing, ready to show, kept per content version."""

        def compute():
            cards = with_card_images(list(page_of_items.object_list))
            self.prepare(cards)
            return cards

        chosen = ",".join(f"{bound.name}={bound.chosen}" for bound in filters)
        key = f"listing-cards:{self.pk}:{get_language()}:{chosen}:{page_of_items.number}"
        return per_version(key, compute)

    def filtered_items(self, request):
        """Items narrowed by the query string's filters, with each filter's choices and value."""
        items = self.items()
        bound = []
        for listing_filter in self.filters:
            choices = self.filter_choices(listing_filter, items)
            value = request.GET.get(listing_filter.name, "")
            chosen = value if value in choices else ""
            bound.append(
                BoundFilter(
                    name=listing_filter.name,
                    label=listing_filter.label,
                    all_label=listing_filter.all_label,
                    choices=choices,
                    chosen=chosen,
                    shown=listing_filter.always_shown or bool(choices),
                )
            )
        for listing_filter, bound_filter in zip(self.filters, bound, strict=True):
            if bound_filter.chosen:
                items = listing_filter.apply(items, bound_filter.chosen)
        return items, bound

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items, filters = self.filtered_items(request)
        count = self.count_items(items, filters)
        page_of_items = paginate(request, self.cards(items), self.per_page, count)
        page_of_items.object_list = self.prepared_cards(page_of_items, filters)
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            items=page_of_items,
            filters=filters,
            filter_choices={bound.name: bound.choices for bound in filters},
            chosen={bound.name: bound.chosen for bound in filters if bound.chosen},
            query_string=query.urlencode(),
        )
        return context

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("feed/rss/")
    def rss_feed(self, request):
        return ListingFeed(self)(request)

    @path("feed/atom/")
    def atom_feed(self, request):
        return ListingAtomFeed(self)(request)
