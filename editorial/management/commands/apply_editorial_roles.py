from django.core.management.base import BaseCommand

from editorial.roles import apply_roles


class Command(BaseCommand):
    help = (
        "Make the editorial groups, their permissions, the review workflows and each language "
        "tree's assignments match editorial/roles.py. `migrate` does this too."
    )

    def handle(self, *args, **options):
        apply_roles()
        self.stdout.write(self.style.SUCCESS("Editorial roles and workflows are up to date."))
