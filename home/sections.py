"""What the home page shows from the rest of the site: news, webinars, media, research."""

import math

from django.utils import timezone

from news.models import MediaAppearancePage, NewsIndexPage, NewsPage
from research.models import ResearchIndexPage
from website.listing import with_card_images
from website.shared_lookups import per_version

SECTION_LENGTH = 3


def _seconds_until_a_webinar_ends(sections):
    ends = [
        webinar.end_time for webinar in sections.get("upcoming_webinars", ()) if webinar.end_time
    ]
    if not ends:
        return None
    return math.floor((min(ends) - timezone.now()).total_seconds())


def home_sections(home):
    """The home page's listings, worked out once per content version, and again when one of its
    upcoming webinars ends (it then moves to the recordings)."""
    return per_version(
        f"home-sections:{home.pk}",
        lambda: _home_sections(home),
        lifetime=_seconds_until_a_webinar_ends,
    )


def _home_sections(home):
    sections = _listings(home)
    for name in ("news", "upcoming_webinars", "recent_webinars", "media", "studies"):
        with_card_images(sections.get(name, []))
    return sections


def _listings(home):
    """The home page's listings, each scoped to this language's tree."""
    newsroom = NewsIndexPage.objects.child_of(home).live().first()
    research = ResearchIndexPage.objects.child_of(home).live().first()
    sections = {"newsroom": newsroom, "research": research}
    if newsroom is not None:
        sections.update(
            news=newsroom.latest(NewsPage, SECTION_LENGTH),
            upcoming_webinars=list(newsroom.upcoming_webinars()[:SECTION_LENGTH]),
            recent_webinars=list(newsroom.recorded_webinars(SECTION_LENGTH)),
            media=newsroom.latest(MediaAppearancePage, SECTION_LENGTH),
        )
        # Its queryset of webinars is not part of what is kept.
        newsroom.__dict__.pop("live_webinars", None)
    if research is not None:
        sections["studies"] = list(research.items()[:2])
    return sections
