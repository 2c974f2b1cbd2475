from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Outlet


class OutletViewSet(SnippetViewSet):
    model = Outlet
    icon = "radio-full"
    menu_label = _("Outlets")
    list_display = ["name", "medium"]
    list_filter = ["medium"]


register_snippet(OutletViewSet)
