"""Images › Add an image: the uploads still waiting for their alt text.

Wagtail keeps an image uploaded without alt text aside until the alt text is given, but shows it
only on the page it was uploaded from. These are the person's such uploads, each with Wagtail's
own form, so that leaving the page loses nothing.
"""

import os

from django import template
from django.contrib.contenttypes.models import ContentType
from wagtail.images import get_image_model
from wagtail.images.views.multiple import AddView
from wagtail.models import UploadedFile

register = template.Library()


@register.simple_tag(takes_context=True)
def images_waiting_for_alt_text(context):
    request = context["request"]
    model = get_image_model()
    uploads = UploadedFile.objects.filter(
        for_content_type=ContentType.objects.get_for_model(model),
        uploaded_by_user=request.user,
    ).order_by("pk")
    waiting = []
    for upload in uploads:
        view = AddView()
        view.setup(request)
        view.model = model
        view.upload_object = upload
        view.object = model(title=os.path.basename(upload.file.name))
        waiting.append((upload, view.get_edit_upload_response_data()["form"]))
    return waiting
