"""The editorial groups, their permissions and the review workflows (see editorial/roles.py)."""

from django.db import migrations

from editorial.roles import apply_roles

WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


def retire_wagtail_default_workflow(apps, schema_editor):
    """Wagtail's starter workflow covers the whole site; each language tree now has its own."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")

    for workflow in Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, active=True):
        if WorkflowState.objects.filter(workflow=workflow, status="in_progress").exists():
            continue
        workflow.workflow_pages.all().delete()
        workflow.workflow_content_types.all().delete()
        workflow.active = False
        workflow.save(update_fields=["active"])


def create_roles(apps, schema_editor):
    apply_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
    ]

    operations = [
        migrations.RunPython(retire_wagtail_default_workflow, migrations.RunPython.noop),
        migrations.RunPython(create_roles, migrations.RunPython.noop),
    ]
