"""StreamField blocks shared by every app's pages."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A heading that starts a new section of the page.")
        preview_value = {"text": "Connecting, emPowering, Revitalizing", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alt text here"),
        required=False,
        max_length=255,
        help_text=_("Leave empty to use the image's alt text from the library."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("A picture with an optional caption. Its alt text comes from the library.")

    # The translation editor offers the alt text a reader hears, even when it comes from the
    # library: its translation is kept in this block of the translated page.
    def get_translatable_segments(self, value):
        image = value.get("image")
        alt_text = value.get("alt_text") or (image.description if image else "")
        segments = [
            StringSegmentValue(name, text)
            for name, text in (("alt_text", alt_text), ("caption", value.get("caption")))
            if text
        ]
        if image is not None:
            segments.append(OverridableSegmentValue("image", image.pk))
        return segments

    def restore_translated_segments(self, value, segments):
        for segment in segments:
            if isinstance(segment, OverridableSegmentValue):
                value["image"] = self.child_blocks["image"].to_python(segment.data)
            else:
                value[segment.path] = segment.render_text()
        return value


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("Words someone said or wrote, with who said them.")
        preview_value = {
            "text": "Healing comes from heart-to-heart connection.",
            "attribution": "Daniel Fisher",
        }


class LinkBlock(blocks.StructBlock):
    """A link to exactly one of: a page of the site, a document, or an outside address."""

    text = blocks.CharBlock(label=_("Link text"), max_length=120)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    document = DocumentChooserBlock(label=_("Document"), required=False)
    url = blocks.URLBlock(label=_("Outside address"), required=False)

    class Meta:
        icon = "link"
        template = "blocks/link_block.html"
        label = _("Link")
        description = _("A button-style link to a page, a document or another website.")
        preview_value = {"text": "Contact us", "url": "https://example.org/"}

    def clean(self, value):
        value = super().clean(value)
        chosen = [name for name in ("page", "document", "url") if value.get(name)]
        if len(chosen) != 1:
            raise blocks.StructBlockValidationError(
                block_errors={
                    name: ValidationError(_("Choose exactly one of page, document or address."))
                    for name in ("page", "document", "url")
                }
            )
        return value


class StepBlock(blocks.StructBlock):
    icon = blocks.ChoiceBlock(
        choices=[
            ("connect", _("Two people side by side")),
            ("empower", _("A seedling")),
            ("revitalize", _("A rising sun")),
        ],
        label=_("Picture"),
    )
    title = blocks.CharBlock(label=_("Step"), max_length=80)
    text = blocks.TextBlock(label=_("What it means"))

    class Meta:
        icon = "list-ol"
        label = _("Step")


class StepsBlock(blocks.StructBlock):
    """Steps side by side, each with a small drawing: how C-P-R is shown at a glance."""

    steps = blocks.ListBlock(StepBlock(), min_num=1, max_num=6, label=_("Steps"))

    class Meta:
        icon = "list-ol"
        template = "blocks/steps_block.html"
        label = _("Illustrated steps")
        description = _("Up to six short steps in a row, each with a picture, e.g. C-P-R.")
        preview_value = {
            "steps": [
                {"icon": "connect", "title": "Connecting", "text": "Listen and be present."},
                {"icon": "empower", "title": "emPowering", "text": "Find hope together."},
                {"icon": "revitalize", "title": "Revitalizing", "text": "Return to life."},
            ]
        }


class CrisisHelpBlock(blocks.StaticBlock):
    """The crisis lines, with the note that eCPR is not a crisis service: for any page that
    talks about suicide or self-harm (the editor's checks ask for it there)."""

    class Meta:
        icon = "warning"
        template = "blocks/crisis_help_block.html"
        label = _("Crisis help")
        admin_text = _(
            "Shows the crisis lines from Snippets › Crisis help, in the page's language."
        )
        description = _("Where to call or text in a crisis. Add it to pages about suicide.")


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        label=_("Paragraph"),
        template="blocks/paragraph_block.html",
        description=_("Text with headings, lists and links."),
    )
    image = ImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(
        label=_("Video or audio from another site"),
        icon="media",
        template="blocks/embed_block.html",
        help_text=_("Paste the address of a YouTube, Vimeo or SoundCloud page."),
    )
    link = LinkBlock()
    steps = StepsBlock()
    crisis_help = CrisisHelpBlock()


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=255,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document")
        description = _("A download link labelled with the file's format, pages and size.")


class DocumentListBlock(blocks.StreamBlock):
    document = DocumentBlock()


class PersonBlock(blocks.StructBlock):
    """A person from the People snippets, with their part in this page."""

    person = SnippetChooserBlock("website.Person", label=_("Person"))
    role = blocks.CharBlock(
        label=_("Part in this page"),
        required=False,
        max_length=255,
        help_text=_('Optional, e.g. "Presenter" or "Lead author". Leave empty to show their role.'),
    )

    class Meta:
        icon = "user"
        template = "blocks/person_block.html"
        label = _("Person")
        description = _("Someone from the People list, shown with their role.")


class PeopleBlock(blocks.StreamBlock):
    person = PersonBlock()


class RelatedPagesBlock(blocks.StreamBlock):
    page = blocks.PageChooserBlock(
        label=_("Page"), template="blocks/related_page_block.html", icon="doc-empty-inverse"
    )
