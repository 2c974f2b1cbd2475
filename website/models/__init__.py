from .checked_phrases import CheckedPhrase
from .content_version import ContentVersion
from .crisis_help import CrisisHelp
from .listing import ListingFilter, ListingIndexPage
from .page_views import PageViewCount
from .pages import BasePage, ListingFieldsMixin, SocialFieldsMixin
from .problem_reports import ProblemReport
from .review_cycle import ReviewCycleMixin
from .search_synonyms import SearchSynonym
from .site_settings import SiteSettings
from .snippets import FooterText, Person, Topic

__all__ = [
    "BasePage",
    "CheckedPhrase",
    "ContentVersion",
    "CrisisHelp",
    "FooterText",
    "ListingFieldsMixin",
    "ListingFilter",
    "ListingIndexPage",
    "PageViewCount",
    "Person",
    "ProblemReport",
    "ReviewCycleMixin",
    "SearchSynonym",
    "SiteSettings",
    "SocialFieldsMixin",
    "Topic",
]
