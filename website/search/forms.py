"""What a reader may ask the search page: a few words and, optionally, one type of page."""

import re

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_QUERY_CHARACTERS = 200
MAX_QUERY_WORDS = 20
# Letters and digits in any script; everything else (quotes, operators, control characters such
# as NUL) only separates words, so nothing but plain words reaches the search backend.
WORD = re.compile(r"[^\W_]+")

# The types a reader can narrow a search to, named as readers say it rather than as the CMS does.
# Labels rather than imports: website sits below the apps that define them, and a type whose app
# is not installed is simply not offered.
FILTERABLE_TYPES = {
    "news.NewsPage": _("News"),
    "news.WebinarPage": _("Webinars"),
    "news.MediaAppearancePage": _("eCPR in the media"),
    "research.ResearchSummaryPage": _("Research"),
    "home.ResourcePage": _("Resources"),
    "home.StandardPage": _("About eCPR and other pages"),
}


def filterable_models():
    """{value: (model, name)} for each type readers can filter by, in the order offered."""
    models = {}
    for label, name in FILTERABLE_TYPES.items():
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        models[model._meta.label_lower] = (model, name)
    return models


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
        self.models = filterable_models()
        self.fields["type"].choices = [
            ("", _("All kinds of pages")),
            *((value, name) for value, (_model, name) in self.models.items()),
        ]

    def selected_model(self):
        model, _name = self.models.get(self.cleaned_data.get("type"), (None, ""))
        return model
