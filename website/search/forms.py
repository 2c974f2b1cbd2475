"""What a reader may ask the search page: a few words and, optionally, one type of page."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .registry import search_types

MAX_QUERY_CHARACTERS = 200
MAX_QUERY_WORDS = 20
# Letters and digits in any script; everything else (quotes, operators, control characters such
# as NUL) only separates words, so nothing but plain words reaches the search backend.
WORD = re.compile(r"[^\W_]+")


class SearchQueryField(forms.CharField):
    """The reader's words, joined by single spaces; too long a query is refused, not cut."""

    default_error_messages = {
        "too_long": _("That search is too long. Please try a few key words."),
        "too_many_words": _("Please search with %(max)s words or fewer."),
        "no_words": _("Please search with letters or numbers."),
    }

    def to_python(self, value):
        value = super().to_python(value)
        words = WORD.findall(value)
        if len(words) > MAX_QUERY_WORDS:
            raise ValidationError(
                self.error_messages["too_many_words"],
                code="too_many_words",
                params={"max": MAX_QUERY_WORDS},
            )
        if len(value) > MAX_QUERY_CHARACTERS:
            raise ValidationError(self.error_messages["too_long"], code="too_long")
        if value and not words:
            raise ValidationError(self.error_messages["no_words"], code="no_words")
        return " ".join(words)


class SearchForm(forms.Form):
    q = SearchQueryField(label=_("Search for"), required=False)
    type = forms.ChoiceField(label=_("Show"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.models = search_types()
        self.fields["type"].choices = [
            ("", _("All kinds of pages")),
            *((value, model.search_label()) for value, model in self.models.items()),
        ]

    def selected_model(self):
        return self.models.get(self.cleaned_data.get("type"))
