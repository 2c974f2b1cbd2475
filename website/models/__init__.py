from .content_version import ContentVersion
from .crisis_help import CrisisHelp
from .listing import ListingFilter, ListingIndexPage
from .pages import BasePage, ListingFieldsMixin, SocialFieldsMixin
from .search_synonyms import SearchSynonym
from .site_settings import SiteSettings
from .snippets import FooterText, Person, Topic

__all__ = [
    "BasePage",
    "ContentVersion",
    "CrisisHelp",
    "FooterText",
    "ListingFieldsMixin",
    "ListingFilter",
    "ListingIndexPage",
    "Person",
    "SearchSynonym",
    "SiteSettings",
    "SocialFieldsMixin",
    "Topic",
]
