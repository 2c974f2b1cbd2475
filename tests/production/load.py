"""Steady reader traffic against the tier while something is broken, bounded in requests and
time, to 127.0.0.1 only; every answer is kept with the moment it came."""

import threading
import time

import requests

READER_PATHS = [
    "/en/",
    "/es/",
    "/en/about/what-is-ecpr/",
    "/es/sobre-ecpr/",
    "/en/news/",
    "/en/contact/",
]


class Load:
    def __init__(self, base_url, paths=READER_PATHS, threads=3, max_requests=5000, max_seconds=90):
        self.base_url = base_url
        self.paths = paths
        self.threads = threads
        self.max_requests = max_requests
        self.max_seconds = max_seconds
        self.results = []  # (time.monotonic(), path, status code or exception name)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._workers = []

    def _run(self, offset):
        session = requests.Session()
        session.verify = False
        deadline = time.monotonic() + self.max_seconds
        index = offset
        while not self._stop.is_set() and time.monotonic() < deadline:
            with self._lock:
                if len(self.results) >= self.max_requests:
                    return
            path = self.paths[index % len(self.paths)]
            index += 1
            try:
                outcome = session.get(self.base_url + path, timeout=15, verify=False).status_code
            except requests.RequestException as error:
                outcome = type(error).__name__
                session = requests.Session()
                session.verify = False
            with self._lock:
                self.results.append((time.monotonic(), path, outcome))

    def __enter__(self):
        for offset in range(self.threads):
            worker = threading.Thread(target=self._run, args=(offset,), daemon=True)
            worker.start()
            self._workers.append(worker)
        return self

    def __exit__(self, *exc):
        self._stop.set()
        for worker in self._workers:
            worker.join(30)

    def wait(self, seconds):
        time.sleep(seconds)

    def since(self, moment):
        return [result for result in self.results if result[0] >= moment]

    @staticmethod
    def failures(results):
        return [r for r in results if not isinstance(r[2], int) or r[2] >= 500]
