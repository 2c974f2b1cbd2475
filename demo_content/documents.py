"""Documents the demo makes itself: real PDFs and a real PowerPoint file with the page counts and
sizes the program's inventory gives, so their labels show true, measured facts."""

import io
import random
from dataclasses import dataclass, field

from PIL import Image
from pptx import Presentation
from pptx.util import Inches
from pypdf import PdfWriter
from pypdf.generic import ContentStream, DictionaryObject, NameObject

KB = 1024
MB = 1024 * 1024
PAGE_WIDTH, PAGE_HEIGHT = 612, 792  # US Letter, in points
HELVETICA = DictionaryObject(
    {
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
        NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
    }
)


def _pdf_text(text):
    encoded = text.encode("cp1252", "replace")
    return encoded.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _page_content(lines):
    commands = [b"BT", b"/F1 20 Tf", b"72 700 Td", b"24 TL"]
    for number, line in enumerate(lines):
        if number == 1:
            commands.append(b"/F1 12 Tf 16 TL")
        commands.append(b"(" + _pdf_text(line) + b") Tj T*")
    commands.append(b"ET")
    return b"\n".join(commands)


def _padding(size):
    """Comment lines for a content stream: readers skip them, but they count towards the size."""
    line = b"% " + b"." * 77 + b"\n"
    return line * (size // len(line)) + b"%" * (size % len(line))


def _pdf(title, pages, subtitle, padding):
    writer = PdfWriter()
    for number in range(1, pages + 1):
        page = writer.add_blank_page(width=PAGE_WIDTH, height=PAGE_HEIGHT)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): HELVETICA})}
        )
        lines = [title, subtitle if number == 1 else "", f"{number} / {pages}"]
        content = _page_content([line for line in lines if line])
        if number == pages and padding:
            content += b"\n" + padding
        stream = ContentStream(None, None)
        stream.set_data(content)
        page.replace_contents(stream)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf(title, pages, *, size=None, subtitle=""):
    """A PDF with the title and a page number on each page, about `size` bytes long."""
    plain = _pdf(title, pages, subtitle, b"")
    if not size or size <= len(plain):
        return plain
    return _pdf(title, pages, subtitle, _padding(size - len(plain) - 1))


def _band(size):
    """A PNG of coloured grain of about `size` bytes (grain does not compress)."""
    side = max(int((size / 3) ** 0.5), 8)
    pixels = random.Random(side).randbytes(side * side * 3)
    buffer = io.BytesIO()
    Image.frombytes("RGB", (side, side), pixels).save(buffer, format="PNG")
    return buffer.getvalue()


def _deck(title, slide_titles, band):
    deck = Presentation()
    for number, slide_title in enumerate(slide_titles):
        slide = deck.slides.add_slide(deck.slide_layouts[0 if number == 0 else 5])
        slide.shapes.title.text = title if number == 0 else slide_title
        if number == 0 and band:
            slide.shapes.add_picture(io.BytesIO(band), 0, Inches(6.5), width=Inches(10))
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def pptx(title, slide_titles, *, size=None):
    """A presentation, one titled slide per entry; a decorative band brings it to about size."""
    plain = _deck(title, slide_titles, None)
    if not size or size <= len(plain):
        return plain
    # The band's bytes grow a little inside the file; one measured correction lands near size.
    wanted = size - len(plain)
    first = _deck(title, slide_titles, _band(wanted))
    return _deck(title, slide_titles, _band(wanted * wanted / (len(first) - len(plain))))


@dataclass(frozen=True)
class DemoDocument:
    """A library document the demo needs: the builder creates it from these bytes if missing."""

    title: str
    filename: str
    data: bytes = field(repr=False)
    language: str = "en"


def document(title, filename, data, *, language="en"):
    return DemoDocument(title, filename, data, language)
