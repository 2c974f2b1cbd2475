"""Django's Redis cache, made optional: with Redis unreachable every read is a miss and every
write is dropped, so the site runs uncached instead of failing.

Wrapping the backend rather than its callers also covers the callers we do not own: Wagtail's
site-root lookup, the template fragment cache, cached sessions and the forms' rate limit.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
# After a failure, requests skip Redis for this long rather than each waiting on a dead server.
PAUSE_SECONDS = 1.0


class _Outage:
    """Whether this process last found a Redis server down, so each outage is logged once."""

    def __init__(self):
        self.down = False
        self.retry_at = 0.0

    def skipping(self):
        return self.down and time.monotonic() < self.retry_at

    def failed(self, error):
        if not self.down:
            logger.warning("Redis is unreachable; the site runs without its cache: %s", error)
        self.down = True
        self.retry_at = time.monotonic() + PAUSE_SECONDS

    def succeeded(self):
        if self.down:
            logger.warning("Redis is reachable again; the cache is back in use.")
        self.down = False


# One per server address, shared by the threads of a process.
_outages = {}


class TolerantRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._outage = _outages.setdefault(server, _Outage())

    def _attempt(self, method, fallback, *args):
        if self._outage.skipping():
            return fallback
        try:
            result = method(*args)
        except UNREACHABLE as error:
            self._outage.failed(error)
            return fallback
        self._outage.succeeded()
        return result

    def get(self, key, default=None, version=None):
        return self._attempt(super().get, default, key, default, version)

    def get_many(self, keys, version=None):
        return self._attempt(super().get_many, {}, keys, version)

    def has_key(self, key, version=None):
        return self._attempt(super().has_key, False, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(super().add, False, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(super().set, None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(super().set_many, list(data), data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(super().touch, False, key, timeout, version)

    def delete(self, key, version=None):
        return self._attempt(super().delete, False, key, version)

    def delete_many(self, keys, version=None):
        return self._attempt(super().delete_many, None, keys, version)

    def clear(self):
        return self._attempt(super().clear, False)

    def incr(self, key, delta=1, version=None):
        missing = object()
        result = self._attempt(super().incr, missing, key, delta, version)
        if result is missing:
            # What the cache says of a key it does not have; callers such as the rate limit
            # already treat it as "no count".
            raise ValueError(f"Key '{key}' not found: the cache is unreachable.")
        return result
