"""The "Report a problem with this page" form: stored with the page and its language, emailed to
the page's owner, with the same honeypot and rate limit as the site's other forms."""

import logging
import time

from django import forms
from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited
from wagtail.admin.mail import send_mail
from wagtail.models import Page

from website.models import ProblemReport

logger = logging.getLogger(__name__)

POST_RATE = "10/m"
RATE_LIMIT_GROUP = "website.problem-reports"


class ProblemReportForm(forms.ModelForm):
    class Meta:
        model = ProblemReport
        fields = ["message", "email"]
        labels = {
            "message": _("What is wrong on this page?"),
            "email": _("Your email (optional)"),
        }
        help_texts = {
            "email": _("Only if you would like an answer. We use it for nothing else."),
        }


def is_trapped(data):
    """True when the post filled the hidden box or came faster than a person types."""
    # wagtail-honeypot's own field names and interval, so its template tag draws the fields.
    if data.get(getattr(settings, "HONEYPOT_NAME_FIELD", "whf_name"), ""):
        return True
    try:
        shown = int(data.get(getattr(settings, "HONEYPOT_TIME_FIELD", "whf_time"), ""))
    except ValueError:
        return True
    return time.time() - shown <= getattr(settings, "HONEYPOT_TIME_INTERVAL", 3)


def tell_owner(report):
    owner = report.page.owner
    if owner is None or not owner.email:
        return
    body = render_to_string("website/problem_report_email.txt", {"report": report})
    try:
        send_mail(
            gettext("A reader reported a problem: %s") % report.page.title, body, [owner.email]
        )
    except OSError:
        # The report is stored and listed in the admin: a mail server that is down loses nothing.
        logger.exception("Could not email the problem report %s", report.pk)


def report_problem(request, page_id):
    page = get_object_or_404(Page.objects.live().public(), pk=page_id).specific
    if page.locale.language_code != request.LANGUAGE_CODE:
        raise Http404
    context = {"reported_page": page}
    if request.method == "POST":
        if is_ratelimited(
            request, group=RATE_LIMIT_GROUP, key="ip", rate=POST_RATE, increment=True
        ):
            response = TemplateResponse(
                request, "website/problem_report_wait.html", context, status=429
            )
            response["Retry-After"] = "60"
            return response
        form = ProblemReportForm(request.POST)
        if form.is_valid():
            if not is_trapped(request.POST):
                report = form.save(commit=False)
                report.page, report.locale = page, page.locale
                report.save()
                tell_owner(report)
            return HttpResponseRedirect(f"{request.path}?sent#main-content", status=303)
    else:
        form = ProblemReportForm()
    context.update(form=form, sent="sent" in request.GET)
    return TemplateResponse(request, "website/problem_report.html", context)
