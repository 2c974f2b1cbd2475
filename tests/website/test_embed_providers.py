"""Editors embed players only from the sites whose frames the Content-Security-Policy allows
(YouTube, Vimeo, SoundCloud): an address from any other site is an error in the page editor,
found before anything is fetched, rather than a player the policy then blocks on the page."""

import pytest
import requests
from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail.embeds.finders import get_finders

from website.blocks import BaseStreamBlock

ALLOWED = [
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://youtu.be/dQw4w9WgXcQ",
    "https://vimeo.com/76979871",
    "https://soundcloud.com/national-empowerment-center/ecpr-interview",
]
REFUSED = [
    "https://twitter.com/NECpeer/status/1234567890",
    "https://x.com/NECpeer/status/1234567890",
    "https://www.facebook.com/NECpeer/videos/1234567890/",
    "https://www.instagram.com/p/Cabcdefghij/",
    "https://www.tiktok.com/@someone/video/1234567890",
    "https://www.flickr.com/photos/someone/1234567890/",
    "https://www.dailymotion.com/video/x7tgad0",
]


@pytest.fixture
def no_network(monkeypatch):
    """Any request to another site fails the test loudly: the refusal must come first."""

    def refuse(*args, **kwargs):
        raise AssertionError("an embed was fetched from another site")

    monkeypatch.setattr(requests.Session, "send", refuse)


def accepting_finders(url):
    return [finder for finder in get_finders() if finder.accept(url)]


@pytest.mark.parametrize("url", ALLOWED)
def test_players_the_policy_allows_are_accepted(url):
    assert accepting_finders(url)


@pytest.mark.parametrize("url", REFUSED)
def test_no_finder_accepts_another_site(url):
    assert accepting_finders(url) == []


@pytest.mark.django_db
@pytest.mark.parametrize("url", REFUSED)
def test_another_sites_address_is_an_error_in_the_embed_block(no_network, url):
    block = BaseStreamBlock().child_blocks["embed"]

    with pytest.raises(ValidationError, match="Cannot find an embed for this URL"):
        block.clean(block.to_python(url))


def test_every_player_host_is_one_the_policy_frames():
    # What each allowed provider's oEmbed answer puts in its <iframe src>.
    frame_hosts = {
        "https://www.youtube.com/oembed": "https://www.youtube.com",
        "https://www.vimeo.com/api/oembed.{format}": "https://player.vimeo.com",
        "https://soundcloud.com/oembed": "https://w.soundcloud.com",
    }
    finders = getattr(settings, "WAGTAILEMBEDS_FINDERS", [{}])
    endpoints = {p["endpoint"] for finder in finders for p in finder.get("providers", [{}])}

    assert endpoints == set(frame_hosts)
    assert set(frame_hosts.values()) <= set(settings.EMBED_FRAME_SOURCES)
