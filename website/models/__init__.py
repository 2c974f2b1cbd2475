from .crisis_help import CrisisHelp
from .pages import BasePage, ListingFieldsMixin, SocialFieldsMixin
from .search_synonyms import SearchSynonym
from .site_settings import SiteSettings
from .snippets import FooterText, Person, Topic

__all__ = [
    "BasePage",
    "CrisisHelp",
    "FooterText",
    "ListingFieldsMixin",
    "Person",
    "SearchSynonym",
    "SiteSettings",
    "SocialFieldsMixin",
    "Topic",
]
