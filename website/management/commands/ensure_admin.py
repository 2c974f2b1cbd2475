import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

CREDENTIALS_FILE = Path(settings.BASE_DIR) / ".admin-credentials"


class Command(BaseCommand):
    help = "Create an administrator account for local use if none exists, and print its login."

    def handle(self, *args, **options):
        User = get_user_model()
        if not User.objects.filter(is_superuser=True).exists():
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser("admin", "admin@localhost", password)
            CREDENTIALS_FILE.write_text(f"admin\n{password}\n")
            CREDENTIALS_FILE.chmod(0o600)
        if CREDENTIALS_FILE.exists():
            username, password = CREDENTIALS_FILE.read_text().split()
            self.stdout.write(
                self.style.SUCCESS(f"Admin login: user name {username}, password {password}")
            )
        else:
            self.stdout.write(
                "An administrator already exists. Reset a password with "
                "`python manage.py changepassword USERNAME`."
            )
