"""Cards show their listing image as a phone or a wide screen needs it: WebP with a JPEG
fallback, two widths to choose from, the first row at once and the rest when scrolled to, and a
calm pattern where a page has no image. People without a photo show their initials."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from PIL import Image

from media_library.models import CustomImage
from tests.factories import NewsPageFactory, PersonFactory

pytestmark = pytest.mark.django_db

EAGER_CARDS = 4  # the first row on the widest screen


def make_image(title="Two people on a bench"):
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 800), "teal").save(buffer, format="JPEG")
    image = CustomImage(title=title, description=f"{title}, talking.")
    image.file.save("bench.jpg", ContentFile(buffer.getvalue()), save=False)
    image.width, image.height = 1200, 800
    image.save()
    return image


def widths(srcset):
    return sorted(int(candidate.split()[1].rstrip("w")) for candidate in srcset.split(","))


@pytest.fixture
def cards(client, newsroom):
    image = make_image()
    # Newest first: six cards with the image, then one without any.
    NewsPageFactory(parent=newsroom, title="No picture", listing_image=None)
    for _ in range(EAGER_CARDS + 2):
        NewsPageFactory(parent=newsroom, listing_image=image)
    html = BeautifulSoup(client.get(newsroom.url).text, "html.parser")
    return html.select(".cards > .card")


def test_card_pictures_offer_webp_at_two_widths_with_sizes(cards):
    for card in cards[:-1]:
        picture = card.select_one(".card__image picture")
        assert picture is not None
        webp = picture.select_one('source[type="image/webp"]')
        assert webp is not None
        assert widths(webp["srcset"]) == [400, 800]
        assert "100vw" in webp["sizes"]
        img = picture.select_one("img")
        # Browsers without WebP take the JPEG, also at both widths.
        assert img["src"].endswith(".jpg") and widths(img["srcset"]) == [400, 800]
        assert img["alt"] == "Two people on a bench, talking."


def test_the_first_row_loads_at_once_and_the_rest_when_scrolled_to(cards):
    loading = [card.select_one(".card__image img").get("loading") for card in cards[:-1]]

    assert loading == [None] * EAGER_CARDS + ["lazy"] * (len(cards) - 1 - EAGER_CARDS)


def test_a_page_without_an_image_gets_the_designed_fallback(cards):
    last = cards[-1]

    assert "No picture" in last.get_text()
    assert last.select_one(".card__image") is None
    assert last.select_one(".card__fallback") is not None
    assert all(card.select_one(".card__fallback") is None for card in cards[:-1])


def test_a_person_without_a_photo_shows_initials_and_one_with_a_photo_shows_it(client, newsroom):
    without = PersonFactory(name="Daniel B. Fisher")
    with_photo = PersonFactory(name="Lauren Spiro", photo=make_image("Lauren Spiro smiling"))
    item = NewsPageFactory(
        parent=newsroom,
        people=[
            ("person", {"person": without, "role": "Author"}),
            ("person", {"person": with_photo, "role": "Author"}),
        ],
    )

    people = BeautifulSoup(client.get(item.url).text, "html.parser").select(".person")

    assert len(people) == 2
    initials = people[0].select_one(".person__initials")
    assert initials.get_text(strip=True) == "DF" and initials["aria-hidden"] == "true"
    assert people[0].select_one("img") is None
    photo = people[1].select_one("img.person__photo")
    assert photo["alt"] == "Lauren Spiro smiling, talking." and photo["loading"] == "lazy"
    assert people[1].select_one(".person__initials") is None


def alts(client, url):
    html = BeautifulSoup(client.get(url).text, "html.parser")
    return [img["alt"] for img in html.select(".card__image img, .item-image img")]


def test_an_image_edited_in_the_library_shows_at_once_on_cards_and_pages(client, newsroom):
    image = make_image()
    item = NewsPageFactory(parent=newsroom, listing_image=image)
    assert alts(client, newsroom.url) == ["Two people on a bench, talking."]
    assert alts(client, item.url) == ["Two people on a bench, talking."]

    image.description = "Two colleagues on a park bench."
    image.save()

    assert alts(client, newsroom.url) == ["Two colleagues on a park bench."]
    assert alts(client, item.url) == ["Two colleagues on a park bench."]


def test_spanish_pages_read_the_spanish_alt_text_of_the_same_picture(
    client, newsroom, home_es, translate_page
):
    image = make_image()
    image.description_es = "Dos personas conversan en un banco."
    image.save()
    item = NewsPageFactory(parent=newsroom, listing_image=image)
    newsroom_es, item_es = translate_page(newsroom), translate_page(item)

    # The English markup is kept first; the Spanish pages must not be given it.
    assert alts(client, newsroom.url) == ["Two people on a bench, talking."]
    assert alts(client, item.url) == ["Two people on a bench, talking."]
    assert alts(client, newsroom_es.url) == ["Dos personas conversan en un banco."]
    assert alts(client, item_es.url) == ["Dos personas conversan en un banco."]
