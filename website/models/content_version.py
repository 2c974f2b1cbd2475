import time

from django.conf import settings
from django.db import connection, models, transaction
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
    def recent(cls):
        """The number as this process read it less than CONTENT_VERSION_SECONDS ago.

        A cached page is then answered without asking the database each time. A change this
        process makes is seen at once (move_on forgets the number); one made by another
        process, within CONTENT_VERSION_SECONDS. Inside a transaction the database is always
        asked, since what it reads there may yet be rolled back.
        """
        if connection.in_atomic_block:
            return cls.current()
        number = cls.remembered()
        if number is None:
            number = cls.current()
            _remember(number, time.monotonic())
        return number

    @classmethod
    def remembered(cls):
        """The number this process read less than CONTENT_VERSION_SECONDS ago, or None.

        Never asks the database: for what answers a request before Django has opened it.
        """
        number, read_at = _last_read
        if number is None or time.monotonic() - read_at >= settings.CONTENT_VERSION_SECONDS:
            return None
        return number

    @classmethod
    def move_on(cls):
        if not cls.objects.filter(pk=cls.ROW).update(number=F("number") + 1):
            cls.objects.get_or_create(pk=cls.ROW)
        # Forgotten now for this transaction's own later reads, and again once it commits, in
        # case a read in between remembered the number from before.
        _forget()
        transaction.on_commit(_forget)


_last_read = (None, 0.0)


def _remember(number, at):
    global _last_read
    _last_read = (number, at)


def _forget():
    _remember(None, 0.0)
