"""The page editor's action menu, ordered for who is using it.

Those who cannot publish see "Submit to …" as the main button, with Save draft beside it in the
menu. A reviewer looking at a page that waits for them sees the review's own actions only:
"Approve and publish" already publishes, so a second "Publish" would skip the review's record.
"""

SUBMIT = "action-submit"
PUBLISH = "action-publish"
APPROVE = "approve"


def order_for_role(menu_items, request, context):
    names = [item.name for item in menu_items]
    if APPROVE in names and PUBLISH in names:
        menu_items.pop(names.index(PUBLISH))
        names.remove(PUBLISH)
    if SUBMIT in names and PUBLISH not in names and APPROVE not in names:
        menu_items.insert(0, menu_items.pop(names.index(SUBMIT)))
