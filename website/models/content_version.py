from django.db import models
from django.db.models import F


class ContentVersion(models.Model):
    """A number that moves on whenever anything readers see is published, kept in the database.

    The page cache keys every stored page by it (website/page_cache.py). Kept here rather than in
    the cache so that every process sees a change at once, whatever cache each one uses, and a
    change made while Redis is down is not lost when Redis comes back with its old entries.
    Moved inside the transaction that publishes, so no reader can see the new number before the
    new content.
    """

    ROW = 1

    number = models.PositiveBigIntegerField(default=1)

    def __str__(self):
        return str(self.number)

    @classmethod
    def current(cls):
        number = cls.objects.filter(pk=cls.ROW).values_list("number", flat=True).first()
        return number or 0

    @classmethod
    def move_on(cls):
        if not cls.objects.filter(pk=cls.ROW).update(number=F("number") + 1):
            cls.objects.get_or_create(pk=cls.ROW)
