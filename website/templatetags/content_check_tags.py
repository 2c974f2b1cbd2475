from django import template

from website.content_checks import check_page

register = template.Library()


@register.inclusion_tag("includes/content_checks.html", takes_context=True)
def content_check_findings(context):
    """In a preview only: what the safe-messaging and plain-language checks found."""
    request = context.get("request")
    page = context.get("page")
    if not getattr(request, "is_preview", False) or page is None or not hasattr(page, "locale"):
        return {"show": False}
    findings, level = check_page(page)
    return {"show": True, "findings": findings, "level": level}
