"""What the page editor's form posts, for pages built in these tests."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


def standard_page_form(page=None, **fields):
    """The editor's fields for a StandardPage: page's values, changed by fields."""
    values = {
        "title": page.title if page else "About us",
        "slug": page.slug if page else "about-us",
        "intro": page.intro if page else "Who we are.",
        "body": streamfield([]),
        "comments": inline_formset([]),
        **fields,
    }
    return nested_form_data(values)
