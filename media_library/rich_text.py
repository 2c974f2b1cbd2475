"""Links to a document inside rich text, in the reader's language.

A Spanish page's link to an English document leads to its Spanish version where there is one,
as the document blocks do (CustomDocument.for_language); a link that still leads to an English
document says so with hreflang, so assistive technology and search engines know.
"""

from django.utils.html import escape
from django.utils.translation import get_language
from wagtail.documents.rich_text import DocumentLinkHandler


class LanguageDocumentLinkHandler(DocumentLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        language = (get_language() or "").split("-")[0]
        return [cls.link_for(document, language) for document in cls.get_many(attrs_list)]

    @staticmethod
    def link_for(document, language):
        if document is None:
            return "<a>"
        document = document.for_language(language)
        if document.language and document.language != language:
            return f'<a href="{escape(document.url)}" hreflang="{escape(document.language)}">'
        return f'<a href="{escape(document.url)}">'
