from .pages import BasePage, ListingFieldsMixin, SocialFieldsMixin
from .site_settings import SiteSettings

__all__ = ["BasePage", "ListingFieldsMixin", "SiteSettings", "SocialFieldsMixin"]
