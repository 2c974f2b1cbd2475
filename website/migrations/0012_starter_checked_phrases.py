"""The checked phrases a fresh site starts with; staff add and change them afterwards."""

from django.db import migrations

# (language, kind, phrase, advice)
STARTER = [
    ("en", "method", "overdose", "Leave out how a death or attempt happened."),
    ("en", "method", "hanging", "Leave out how a death or attempt happened."),
    ("en", "method", "pills", "Leave out the means of harm."),
    ("en", "method", "jumped from", "Leave out where and how it happened."),
    ("en", "method", "bridge", "Leave out the place where it happened."),
    ("en", "method", "firearm", "Leave out the means of harm."),
    ("en", "sensational", "epidemic", "Give the facts without alarm."),
    ("en", "sensational", "committed suicide", "Say “died by suicide”."),
    ("en", "sensational", "successful attempt", "Say “died by suicide”."),
    ("en", "sensational", "failed attempt", "Say “survived a suicide attempt”."),
    ("en", "sensational", "unsuccessful attempt", "Say “survived a suicide attempt”."),
    ("en", "sensational", "skyrocketing", "Give the figures plainly."),
    ("en", "crisis_topic", "suicide", ""),
    ("en", "crisis_topic", "suicidal", ""),
    ("en", "crisis_topic", "self-harm", ""),
    ("en", "crisis_topic", "kill myself", ""),
    ("en", "avoid", "utilize", "Say “use”."),
    ("en", "avoid", "facilitate", "Say “help” or “lead”."),
    ("en", "avoid", "psychoeducation", "Say what people learn."),
    ("en", "avoid", "comorbidity", "Say “more than one condition”."),
    ("en", "avoid", "modality", "Say “way” or “kind”."),
    ("es", "method", "sobredosis", "No cuente cómo ocurrió una muerte o un intento."),
    ("es", "method", "ahorcamiento", "No cuente cómo ocurrió una muerte o un intento."),
    ("es", "method", "pastillas", "No mencione el medio."),
    ("es", "method", "se tiró", "No cuente dónde ni cómo ocurrió."),
    ("es", "method", "puente", "No mencione el lugar."),
    ("es", "method", "arma de fuego", "No mencione el medio."),
    ("es", "sensational", "epidemia", "Dé los datos sin alarmar."),
    ("es", "sensational", "cometió suicidio", "Diga «murió por suicidio»."),
    ("es", "sensational", "intento exitoso", "Diga «murió por suicidio»."),
    ("es", "sensational", "intento fallido", "Diga «sobrevivió a un intento de suicidio»."),
    ("es", "sensational", "se disparan", "Dé las cifras con sencillez."),
    ("es", "crisis_topic", "suicidio", ""),
    ("es", "crisis_topic", "suicida", ""),
    ("es", "crisis_topic", "autolesión", ""),
    ("es", "crisis_topic", "quitarme la vida", ""),
    ("es", "avoid", "utilizar", "Diga «usar»."),
    ("es", "avoid", "implementar", "Diga «poner en marcha» o «hacer»."),
    ("es", "avoid", "psicoeducación", "Diga qué aprende la gente."),
    ("es", "avoid", "comorbilidad", "Diga «más de un problema de salud»."),
    ("es", "avoid", "modalidad", "Diga «forma» o «tipo»."),
]


def add_starter_phrases(apps, schema_editor):
    CheckedPhrase = apps.get_model("website", "CheckedPhrase")
    for language, kind, phrase, advice in STARTER:
        CheckedPhrase.objects.get_or_create(
            language=language, kind=kind, phrase=phrase, defaults={"advice": advice}
        )


class Migration(migrations.Migration):
    dependencies = [("website", "0011_checked_phrase")]

    operations = [migrations.RunPython(add_starter_phrases, migrations.RunPython.noop)]
