"""What the home page shows from the rest of the site: news, webinars, media, research."""

from news.models import MediaAppearancePage, NewsIndexPage, NewsPage
from research.models import ResearchIndexPage
from website.shared_lookups import per_version

SECTION_LENGTH = 3


def home_sections(home):
    """The home page's listings, each scoped to this language's tree."""
    newsroom = per_version(
        f"home-newsroom:{home.pk}", lambda: NewsIndexPage.objects.child_of(home).live().first()
    )
    research = per_version(
        f"home-research:{home.pk}", lambda: ResearchIndexPage.objects.child_of(home).live().first()
    )
    sections = {"newsroom": newsroom, "research": research}
    if newsroom is not None:
        sections.update(
            news=newsroom.latest(NewsPage, SECTION_LENGTH),
            upcoming_webinars=newsroom.upcoming_webinars()[:SECTION_LENGTH],
            recent_webinars=newsroom.recorded_webinars(SECTION_LENGTH),
            media=newsroom.latest(MediaAppearancePage, SECTION_LENGTH),
        )
    if research is not None:
        sections["studies"] = research.items()[:2]
    return sections
