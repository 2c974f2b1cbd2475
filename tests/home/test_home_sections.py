"""What the home page lists from the newsroom: "Watch again" only offers what can be watched."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.factories import NewsIndexPageFactory, WebinarPageFactory

pytestmark = pytest.mark.django_db


def section_titles(client, heading):
    soup = BeautifulSoup(client.get("/en/").text, "html.parser")
    found = soup.find("h3", string=heading)
    if found is None:
        return []
    return [a.get_text(strip=True) for a in found.find_next("ul").select("h3 a")]


def test_watch_again_lists_only_past_webinars_with_a_recording(client, home):
    newsroom = NewsIndexPageFactory(parent=home)
    last_month = timezone.now() - datetime.timedelta(days=30)
    past = {"start_time": last_month, "end_time": last_month + datetime.timedelta(hours=1)}
    WebinarPageFactory(parent=newsroom, title="Slides only", **past)
    WebinarPageFactory(
        parent=newsroom,
        title="Recorded",
        recording_url="https://video.example.org/recorded",
        **past,
    )
    WebinarPageFactory(parent=newsroom, title="Next week")

    assert section_titles(client, "Watch again") == ["Recorded"]
    assert section_titles(client, "Coming up") == ["Next week"]
