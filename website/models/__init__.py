from .pages import BasePage, ListingFieldsMixin, SocialFieldsMixin
from .site_settings import SiteSettings
from .snippets import Person, Topic

__all__ = [
    "BasePage",
    "ListingFieldsMixin",
    "Person",
    "SiteSettings",
    "SocialFieldsMixin",
    "Topic",
]
