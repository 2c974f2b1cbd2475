import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


def credentials_file():
    # Kept beside the local database (and ignored by git) so each `make run` can print it again.
    return Path(settings.BASE_DIR) / ".admin-credentials"


class Command(BaseCommand):
    help = "Create an administrator account for local use if none exists, and print its login."

    def handle(self, *args, **options):
        User = get_user_model()
        saved = credentials_file()
        if not User.objects.filter(is_superuser=True).exists():
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser("admin", "admin@localhost", password)
            saved.write_text(f"admin\n{password}\n")
            saved.chmod(0o600)
        username, password = saved.read_text().split() if saved.exists() else ("", "")
        user = User.objects.filter(username=username).first()
        # A saved login is printed only while it still opens the admin (the database may be new).
        if user is not None and user.check_password(password):
            self.stdout.write(
                self.style.SUCCESS(f"Admin login: user name {username}, password {password}")
            )
        else:
            self.stdout.write(
                "An administrator already exists. Reset a password with "
                "`python manage.py changepassword USERNAME`."
            )
