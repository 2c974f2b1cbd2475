"""A fingerprint of a page's translatable content: what wagtail-localize gives a translator.

Two versions of a page have the same digest exactly when a translator would see the same segments
(text, rich-text structure, translatable links to snippets, overridable synchronised values), so
a re-save, a new go-live date or a moved page leaves it unchanged.
"""

import hashlib
import json

from wagtail_localize.segments import (
    OverridableSegmentValue,
    RelatedObjectSegmentValue,
    StringSegmentValue,
    TemplateSegmentValue,
)
from wagtail_localize.segments.extract import extract_segments


def _describe(segment):
    if isinstance(segment, StringSegmentValue):
        return ["string", segment.path, segment.string.data, segment.attrs]
    if isinstance(segment, TemplateSegmentValue):
        return ["template", segment.path, segment.format, segment.template]
    if isinstance(segment, RelatedObjectSegmentValue):
        return ["related", segment.path, segment.content_type.pk, str(segment.translation_key)]
    if isinstance(segment, OverridableSegmentValue):
        return ["override", segment.path, segment.data]
    raise TypeError(f"Unknown segment type: {type(segment).__name__}")


def content_digest(instance):
    """The SHA-256 of instance's translatable segments, in the order a translator sees them."""
    described = [_describe(segment) for segment in extract_segments(instance)]
    encoded = json.dumps(described, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(encoded.encode()).hexdigest()
