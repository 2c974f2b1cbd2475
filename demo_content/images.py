"""Pictures the demo paints itself, as it makes its documents: calm, abstract shapes on soft
gradients in the site's colours, the same every time for the same title. Nothing is downloaded."""

import io
import math
import random
import zlib
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 1200, 800
PORTRAIT = 480


@dataclass(frozen=True)
class Palette:
    start: tuple
    end: tuple
    shapes: tuple
    # What the colours are called, for the alt text in each language.
    english: str
    spanish: str


PALETTES = [
    Palette(
        (250, 245, 238),
        (225, 238, 242),
        ((11, 95, 115), (217, 130, 43), (127, 179, 166)),
        "teal, amber and sage",
        "verde azulado, ámbar y salvia",
    ),
    Palette(
        (236, 244, 246),
        (248, 236, 222),
        ((7, 65, 79), (127, 179, 166), (232, 170, 110)),
        "deep teal, sage and apricot",
        "verde azulado oscuro, salvia y albaricoque",
    ),
    Palette(
        (248, 240, 230),
        (222, 236, 230),
        ((163, 58, 18), (11, 95, 115), (236, 196, 140)),
        "rust, teal and sand",
        "óxido, verde azulado y arena",
    ),
    Palette(
        (232, 241, 244),
        (246, 234, 220),
        ((11, 95, 115), (90, 140, 160), (217, 130, 43)),
        "teal, slate blue and amber",
        "verde azulado, azul pizarra y ámbar",
    ),
]


@dataclass(frozen=True)
class DemoImage:
    """A picture for one page or person: made from its title, described in both languages."""

    title: str
    portrait: bool = False

    @property
    def palette(self):
        return PALETTES[_seeded(self.title).randrange(len(PALETTES))]

    @property
    def size(self):
        return (PORTRAIT, PORTRAIT) if self.portrait else (WIDTH, HEIGHT)

    @property
    def filename(self):
        return f"demo-{zlib.crc32(self.title.encode('utf-8')):08x}.jpg"

    @property
    def alt_english(self):
        if self.portrait:
            return (
                f"An abstract stand-in for a portrait: a pale head and shoulders on soft "
                f"{self.palette.english} shapes."
            )
        return f"Soft, overlapping circles in {self.palette.english} above a calm wave."

    @property
    def alt_spanish(self):
        if self.portrait:
            return (
                f"Un retrato abstracto: una cabeza y unos hombros claros sobre formas suaves en "
                f"{self.palette.spanish}."
            )
        return (
            f"Círculos suaves que se superponen en {self.palette.spanish} sobre una ola tranquila."
        )

    @property
    def data(self):
        return artwork(self.title, self.palette, portrait=self.portrait)


def _seeded(title):
    # zlib.crc32, not hash(): the same title paints the same picture in every process.
    return random.Random(zlib.crc32(title.encode("utf-8")))


def _gradient(size, start, end):
    # Left to right: Pillow's gradient runs top to bottom, so it is turned on its side.
    ramp = Image.linear_gradient("L").rotate(90).resize(size)
    return Image.composite(Image.new("RGB", size, start), Image.new("RGB", size, end), ramp)


def _shapes(size, colours, rng):
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    width, height = size
    for colour in colours * 2:
        radius = rng.randint(height // 7, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height * 3 // 4)
        box = (x - radius, y - radius, x + radius, y + radius)
        draw.ellipse(box, fill=(*colour, rng.randint(110, 190)))
    # A gentle wave across the foot, like a horizon.
    base = rng.randint(height * 3 // 5, height * 4 // 5)
    swell, waves, phase = height / 18, rng.uniform(0.8, 1.8), rng.uniform(0, math.tau)
    points = [
        (x, base + swell * math.sin(phase + math.tau * waves * x / width))
        for x in range(0, width + 20, 20)
    ]
    draw.polygon([*points, (width, height), (0, height)], fill=(*colours[0], 150))
    return layer.filter(ImageFilter.GaussianBlur(radius=height / 90))


def _figure(side):
    figure = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    draw = ImageDraw.Draw(figure)
    draw.ellipse((side * 0.34, side * 0.18, side * 0.66, side * 0.5), fill=(255, 255, 255, 215))
    draw.ellipse((side * 0.14, side * 0.56, side * 0.86, side * 1.25), fill=(255, 255, 255, 215))
    return figure


def artwork(title, palette, *, portrait=False):
    """A JPEG for title: 1200×800 for pages, a 480 square for people."""
    rng = _seeded(title)
    size = DemoImage(title, portrait).size
    picture = _gradient(size, palette.start, palette.end).convert("RGBA")
    picture.alpha_composite(_shapes(size, list(palette.shapes), rng))
    if portrait:
        picture.alpha_composite(_figure(PORTRAIT))
    buffer = io.BytesIO()
    picture.convert("RGB").save(buffer, format="JPEG", quality=80, optimize=True, progressive=True)
    return buffer.getvalue()
