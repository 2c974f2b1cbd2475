from wagtail import hooks

from .rich_text import LanguageDocumentLinkHandler


# After Wagtail's own document link type (order 0), which this one replaces.
@hooks.register("register_rich_text_features", order=100)
def register_language_document_links(features):
    features.register_link_type(LanguageDocumentLinkHandler)
