"""Uploaded files in an S3-compatible bucket, for sites served by several app servers.

production.py uses it when AWS_STORAGE_BUCKET_NAME is set; without it, uploads stay in
MEDIA_ROOT on the one machine. Kept apart from production.py so that the tests build the very
same storage against a local S3 server.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

BACKEND = "storages.backends.s3.S3Storage"
# Documents are read from the bucket and sent by the site, which checks each one's privacy first;
# Wagtail would otherwise redirect readers to the bucket.
DOCUMENTS_SERVE_METHOD = "serve_view"


def s3_storage(environ):
    """The default storage for the bucket the environment names, or None when it names none."""
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "")
    if not bucket:
        return None
    endpoint = environ.get("AWS_S3_ENDPOINT_URL", "")
    if not endpoint:
        raise ImproperlyConfigured(
            "Set AWS_S3_ENDPOINT_URL with AWS_STORAGE_BUCKET_NAME, "
            "e.g. https://s3.us-east-1.amazonaws.com."
        )
    return {
        "BACKEND": BACKEND,
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": endpoint,
            "region_name": environ.get("AWS_S3_REGION_NAME") or None,
            # None leaves boto3 to find credentials itself (an instance role, ~/.aws).
            "access_key": environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": environ.get("AWS_SECRET_ACCESS_KEY") or None,
            # A CDN or the bucket's own web address, if files are served from one.
            "custom_domain": environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # Addresses under the endpoint, so that their origin is known in advance for the
            # browser policy (files_origin below) whatever the provider.
            "addressing_style": "path",
            # Images and recordings are read by everyone through plain, cacheable addresses;
            # documents are kept private and served by the site (WAGTAILDOCS_SERVE_METHOD).
            "querystring_auth": False,
            # Two uploads with the same name must both be kept, as on the filesystem.
            "file_overwrite": False,
        },
    }


def files_origin(storage):
    """Where browsers fetch uploaded images and recordings from."""
    options = storage["OPTIONS"]
    if options["custom_domain"]:
        return f"https://{options['custom_domain']}"
    endpoint = urlsplit(options["endpoint_url"])
    return f"{endpoint.scheme}://{endpoint.netloc}"
