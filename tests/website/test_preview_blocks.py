"""Preview never fails on a block someone has only started to fill in.

Wagtail's preview leaves required fields unchecked, so a block reaches its template with its
document, image, person or page not chosen yet, or with its text still empty. Every page type
with a body is previewed with every block type, empty, with only its text, and with only its
choices made, through the page's own preview rendering.
"""

import pytest
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import get_page_models

from tests.factories import PersonFactory, make_document
from tests.media_library.test_images import png_bytes

pytestmark = pytest.mark.django_db

CHOOSERS = (blocks.ChooserBlock,)


def leaf_value(block, fill, chosen):
    """Raw value for a block that holds one thing: text, a choice, or a chosen object."""
    if isinstance(block, CHOOSERS):
        if fill != "chosen":
            return None
        model = block.target_model
        label = model.lower() if isinstance(model, str) else model._meta.label_lower
        return chosen[label].pk
    if isinstance(block, blocks.RichTextBlock):
        return "<p>Some text</p>" if fill == "text" else ""
    if isinstance(block, blocks.ChoiceBlock):
        return block.get_prep_value(block.get_default())
    if isinstance(block, blocks.URLBlock):
        return "https://example.org/" if fill == "text" else ""
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return "Some text" if fill == "text" else ""
    return None


def raw_value(block, fill, chosen):
    if isinstance(block, blocks.StructBlock):
        return {name: raw_value(child, fill, chosen) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.StreamBlock):
        return [
            {"type": name, "value": raw_value(child, fill, chosen)}
            for name, child in block.child_blocks.items()
        ]
    if isinstance(block, blocks.ListBlock):
        return [raw_value(block.child_block, fill, chosen)]
    return leaf_value(block, fill, chosen)


def stream_fields(model):
    return [field for field in model._meta.get_fields() if isinstance(field, StreamField)]


PAGE_TYPES = [model for model in get_page_models() if model.is_creatable and stream_fields(model)]


@pytest.fixture
def chosen_objects(one_of_each_type):
    from django.core.files.base import ContentFile

    from media_library.models import CustomImage

    image = CustomImage(title="Circle", description="Six people talking.")
    image.file.save("circle.png", ContentFile(png_bytes()), save=False)
    image.width, image.height = 40, 30
    image.save()
    return {
        "media_library.customdocument": make_document(),
        "media_library.customimage": image,
        "website.person": PersonFactory(),
        "wagtailcore.page": one_of_each_type["standard"],
    }


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_preview_with_every_block_empty_or_half_filled(model, chosen_objects):
    page = next(page for page in model.objects.specific() if type(page) is model)
    for fill in ("empty", "text", "chosen"):
        for field in stream_fields(model):
            raw = raw_value(field.stream_block, fill, chosen_objects)
            setattr(page, field.name, field.to_python(raw))

        response = page.make_preview_request()

        assert response.status_code == 200, fill
        assert page.title in response.content.decode(), fill
