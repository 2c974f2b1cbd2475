"""Deletion follows review: a page that readers can see is deleted only by an administrator.

Wagtail lets anyone who may publish a page also delete it, live or not, which skips review.
Here a reviewer (Moderators, Spanish reviewers) unpublishes a live page first, a step the page's
history records, and may then delete it as a draft; writers delete only drafts, as Wagtail
already has it. Administrators (superusers) may delete anything.
"""

from wagtail.models import PagePermissionTester


class ReviewedDeletionPermissionTester(PagePermissionTester):
    def can_delete(self, ignore_bulk=False):
        if not super().can_delete(ignore_bulk=ignore_bulk):
            return False
        if self.user.is_superuser:
            return True
        return not self.page.get_descendants(inclusive=True).live().exists()

    def can_move(self):
        # Wagtail lets whoever may delete a page move it; moving stays with reviewers, as before.
        return super().can_delete(ignore_bulk=True)
