"""The staff guides' click paths, in Chromium, as the person each guide is written for.

docs/staff/writing.md (Pictures, documents; Save, preview and submit; What happens next),
docs/staff/reviewing.md (Decide) and docs/staff/scheduling.md, with the review emails read from
the test outbox.
"""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import WorkflowState

from home.models import StandardPage
from media_library.models import CustomDocument, CustomImage
from tests.browser.test_editorial_journey import sign_in  # noqa: F401 - a fixture
from tests.factories import StandardPageFactory, pdf_bytes
from tests.media_library.test_images import png_bytes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def choose_file(page, name, content, mime):
    page.locator("#fileupload").set_input_files({"name": name, "mimeType": mime, "buffer": content})


def test_an_editor_adds_a_document_from_the_documents_menu(sign_in, site_pages):  # noqa: F811
    from tests.staff import make_staff

    page = sign_in(make_staff("editor"))
    # writing.md: **Documents**: **Add a document** … check the **Title**, choose its
    # **Language** and choose **Update**.
    page.get_by_role("link", name="Documents").first.click()
    page.get_by_role("link", name="Add a document").first.click()
    choose_file(page, "annual-report.pdf", pdf_bytes(3), "application/pdf")
    form = page.locator("#upload-list form").first
    form.get_by_label("Title").fill("Annual report")
    form.get_by_label("Language").select_option(label="Spanish")
    form.get_by_role("button", name="Update").click()
    page.get_by_text("Document updated").first.wait_for()

    document = CustomDocument.objects.get()
    assert (document.title, document.language, document.page_count) == ("Annual report", "es", 3)


def test_an_image_left_without_alt_text_waits_until_it_gets_one(sign_in, site_pages):  # noqa: F811
    from tests.staff import make_staff

    page = sign_in(make_staff("editor"))
    # writing.md: **Images**: **Add an image** … fill in **Alt text** and choose **Update**.
    page.get_by_role("link", name="Images").first.click()
    page.get_by_role("link", name="Add an image").first.click()
    choose_file(page, "circle.png", png_bytes(), "image/png")
    page.locator("#upload-list form").first.wait_for()

    # The editor leaves, then comes back: the image waits for its alt text.
    page.goto("/admin/")
    page.get_by_role("link", name="Images").first.click()
    page.get_by_role("link", name="Add an image").first.click()
    page.get_by_text("This image is waiting for alt text").wait_for()
    form = page.locator("#upload-list form").first
    # The field labelled "Alt text" (beside it, "Alt text in Spanish").
    form.locator("[data-contentpath=description] input").fill("Six people talking in a circle.")
    form.get_by_role("button", name="Update").click()
    page.get_by_text("Image updated").first.wait_for()

    assert CustomImage.objects.get().default_alt_text == "Six people talking in a circle."


def test_an_editor_submits_a_moderator_asks_for_changes_then_schedules_it(
    sign_in,  # noqa: F811
    site_pages,
):
    from tests.staff import make_staff

    editor, moderator = make_staff("editor"), make_staff("moderator")
    about = StandardPageFactory(parent=site_pages[0], title="About eCPR", slug="about-ecpr")

    # writing.md: the editor adds blocks, previews them unfinished, and submits.
    page = sign_in(editor)
    page.goto(f"/admin/pages/{about.id}/edit/")
    page.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Image").click()
    page.get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name="Quote").click()
    blocks = page.locator("[data-contentpath='body'] [data-streamfield-child]")
    expect(blocks).to_have_count(2)
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe")
    preview.get_by_role("heading", name="About eCPR").wait_for()
    page.locator("[data-side-panel-toggle='preview']").click()
    # The form takes back the width the preview had, before the editor goes on.
    expect(page.locator("#w-preview-iframe")).to_be_hidden()
    # The image was only tried out: it goes before submitting; the quote gets its words.
    image_block = blocks.filter(has_text="Choose an image")
    image_block.get_by_role("button", name="Delete").click()
    expect(image_block).to_be_hidden()
    page.get_by_role("textbox", name="Quote").first.fill("Healing comes from connection.")
    page.get_by_role("button", name="Submit to Editorial review").click()
    page.get_by_text("Next: the Moderators check it").wait_for()
    [to_moderators] = mail.outbox
    assert to_moderators.to == ["moderator@example.org"]

    # reviewing.md: the moderator asks for changes, with a comment.
    mail.outbox.clear()
    page = sign_in(moderator)
    page.goto(f"/admin/pages/{about.id}/edit/")
    page.locator("footer .w-dropdown__toggle").click()
    page.get_by_role("button", name="Request changes").click()
    page.locator("textarea[name='comment']").fill("Please add who said it.")
    page.get_by_role("button", name="Request changes").last.click()
    page.get_by_text("Changes requested: “About eCPR” has gone back to Editor").wait_for()
    [to_editor] = mail.outbox
    assert "Changes requested" in to_editor.subject
    assert "Please add who said it." in to_editor.body

    # writing.md: the editor reads the comment at the top of the page and resubmits.
    page = sign_in(editor)
    page.goto(f"/admin/pages/{about.id}/edit/")
    page.locator(".messages li", has_text="Changes requested by Moderator").wait_for()
    page.get_by_role("textbox", name="Who said it").first.fill("Daniel Fisher")
    page.get_by_role("button", name="Resubmit to Moderator approval").click()
    page.get_by_text("Next: the Moderators check it").wait_for()

    # scheduling.md: the moderator sets a go-live time (the dialog names the time zone) and
    # approves; the page waits for its time.
    mail.outbox.clear()
    page = sign_in(moderator)
    page.goto(f"/admin/pages/{about.id}/edit/")
    page.get_by_role("button", name="Toggle status").click()
    page.get_by_role("button", name="Set schedule").click()
    dialog = page.locator("#schedule-publishing-dialog")
    dialog.get_by_text("Time zone: America/New_York.").first.wait_for()
    go_live = timezone.localtime() + datetime.timedelta(days=2)
    go_live_field = dialog.get_by_label("Go live date/time")
    go_live_field.fill(go_live.strftime("%Y-%m-%d %H:%M"))
    # The date picker opens a moment after typing, over the dialog's buttons; once it is open, a
    # click elsewhere in the dialog closes it.
    picker = page.locator(".xdsoft_datetimepicker:visible")
    expect(picker).to_have_count(1)
    dialog.get_by_text("Set publishing schedule").click()
    expect(picker).to_have_count(0)
    dialog.get_by_role("button", name="Save schedule").click()
    page.locator("footer .w-dropdown__toggle").click()
    page.get_by_role("button", name=re.compile("Approve and Publish")).click()
    page.get_by_text("“About eCPR” is approved. It goes live on").wait_for()

    about = StandardPage.objects.get(pk=about.pk)
    assert about.current_workflow_state is None or (
        about.current_workflow_state.status != WorkflowState.STATUS_IN_PROGRESS
    )
    scheduled = about.scheduled_revision
    assert scheduled is not None
    assert abs(scheduled.approved_go_live_at - go_live) < datetime.timedelta(minutes=1)
    [approved] = mail.outbox
    assert approved.to == ["editor@example.org"] and "approved" in approved.subject

    # The scheduled version is the one the moderator approved: the quote with who said it.
    # (tests/editorial/test_scheduler.py publishes scheduled pages at their time.)
    quote = scheduled.as_object().body[0].value
    assert (quote["text"], quote["attribution"]) == (
        "Healing comes from connection.",
        "Daniel Fisher",
    )
