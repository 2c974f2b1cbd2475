from .listing import ListingFilter, ListingIndexPage
from .pages import BasePage, ListingFieldsMixin, SocialFieldsMixin
from .site_settings import SiteSettings
from .snippets import FooterText, Person, Topic

__all__ = [
    "BasePage",
    "FooterText",
    "ListingFieldsMixin",
    "ListingFilter",
    "ListingIndexPage",
    "Person",
    "SiteSettings",
    "SocialFieldsMixin",
    "Topic",
]
