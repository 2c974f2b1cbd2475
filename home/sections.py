"""What the home page shows from the rest of the site: news, webinars, media, research."""

from django.db.models import F, Q
from django.utils import timezone

from news.models import MediaAppearancePage, NewsIndexPage, NewsPage, WebinarPage
from research.models import ResearchIndexPage

SECTION_LENGTH = 3


def _live_children(model, parent):
    return model.objects.child_of(parent).live().public()


def home_sections(home):
    """The home page's listings, each scoped to this language's tree."""
    newsroom = NewsIndexPage.objects.child_of(home).live().first()
    research = ResearchIndexPage.objects.child_of(home).live().first()
    sections = {"newsroom": newsroom, "research": research}
    if newsroom is not None:
        newest = F("display_date").desc(nulls_last=True)
        webinars = _live_children(WebinarPage, newsroom)
        sections.update(
            news=_live_children(NewsPage, newsroom).order_by(newest, "-first_published_at")[
                :SECTION_LENGTH
            ],
            upcoming_webinars=webinars.filter(end_time__gte=timezone.now()).order_by("start_time")[
                :SECTION_LENGTH
            ],
            recent_webinars=webinars.filter(
                Q(end_time__lt=timezone.now()) | Q(end_time=None)
            ).order_by(newest, "-first_published_at")[:SECTION_LENGTH],
            media=_live_children(MediaAppearancePage, newsroom)
            .select_related("outlet")
            .order_by(newest, "-first_published_at")[:SECTION_LENGTH],
        )
    if research is not None:
        sections["studies"] = research.items()[:2]
    return sections
