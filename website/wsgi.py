import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.production")

django_application = get_wsgi_application()

# Imported once Django is set up: the page cache reads the site's models.
from website.page_cache import StoredPagesFirst  # noqa: E402

application = StoredPagesFirst(django_application)
