from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class KeyFindingBlock(blocks.StructBlock):
    finding = blocks.TextBlock(label=_("Finding"), help_text=_("One finding, in plain words."))
    figure = blocks.CharBlock(
        label=_("Figure"),
        required=False,
        max_length=100,
        help_text=_('The number the study gives for it, e.g. "P<=.05" or "15 hospitalizations".'),
    )

    class Meta:
        icon = "success"
        template = "research/blocks/key_finding_block.html"
        label = _("Key finding")
        description = _("One result of the study, with its figure where the study gives one.")
        preview_value = {
            "finding": "Participants felt better able to support others in distress.",
            "figure": "P<=.05",
        }


class KeyFindingsBlock(blocks.StreamBlock):
    finding = KeyFindingBlock()
