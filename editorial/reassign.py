"""Hand every page one person owns to another, for when someone leaves the staff.

Wagtail shows a page's owner but offers no field to change it, and deleting a user leaves their
pages with no owner at all, so no one would hear of their reviews or readers' problem reports.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.menu import MenuItem
from wagtail.models import Page


def may_reassign(user):
    return user.is_superuser


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        name = user.get_full_name() or user.get_username()
        return f"{name} ({user.email})" if user.email else name


class ReassignForm(forms.Form):
    from_user = UserChoiceField(
        label=_("Pages now owned by"),
        queryset=get_user_model().objects.filter(owned_pages__isnull=False).distinct(),
    )
    to_user = UserChoiceField(
        label=_("Give them to"), queryset=get_user_model().objects.filter(is_active=True)
    )

    def clean(self):
        data = super().clean()
        if data.get("from_user") and data.get("from_user") == data.get("to_user"):
            raise forms.ValidationError(_("Choose two different people."))
        return data


def reassign_pages(request):
    if not may_reassign(request.user):
        raise PermissionDenied
    form = ReassignForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        moved = Page.objects.filter(owner=form.cleaned_data["from_user"]).update(
            owner=form.cleaned_data["to_user"]
        )
        messages.success(
            request,
            ngettext("%(count)d page reassigned.", "%(count)d pages reassigned.", moved)
            % {"count": moved},
        )
        return redirect("editorial_reviews:reassign")
    return TemplateResponse(request, "editorial/reviews/reassign.html", {"form": form})


class ReassignMenuItem(MenuItem):
    def is_shown(self, request):
        return may_reassign(request.user)
