from .content_version import ContentVersion
from .pages import BasePage, ListingFieldsMixin, SocialFieldsMixin
from .site_settings import SiteSettings
from .snippets import FooterText, Person, Topic

__all__ = [
    "BasePage",
    "ContentVersion",
    "FooterText",
    "ListingFieldsMixin",
    "Person",
    "SiteSettings",
    "SocialFieldsMixin",
    "Topic",
]
