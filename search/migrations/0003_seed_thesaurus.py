"""The thesaurus's first entries: abbreviations and other names common in the Global
Partnership's field, which its meetings' minutes use without spelling out. Staff keep them in the
admin from here on. (Every organisation's abbreviation, name and aliases, and the abbreviations
a theme's keywords or description define, apply without an entry: search/lexicon.py.)

Editors may add, change and delete entries, as they do records.
"""

from django.db import migrations

SEED = {
    "EU": ["European Union"],
    "UN": ["United Nations"],
    "UNSC": ["UN Security Council", "United Nations Security Council", "Security Council"],
    "UNSCR": ["UN Security Council resolution", "Security Council resolution"],
    "UNGA": ["UN General Assembly", "United Nations General Assembly", "General Assembly"],
    "G8": ["Group of Eight"],
    "G7": ["Group of Seven"],
    "NATO": ["North Atlantic Treaty Organization"],
    "GP": [
        "Global Partnership",
        "Global Partnership Against the Spread of Weapons and Materials of Mass Destruction",
    ],
    "WMD": ["weapons of mass destruction"],
    "CBRN": ["chemical, biological, radiological and nuclear"],
    "CBRNE": ["chemical, biological, radiological, nuclear and explosive"],
    "NPT": ["Non-Proliferation Treaty", "Treaty on the Non-Proliferation of Nuclear Weapons"],
    "CWC": ["Chemical Weapons Convention"],
    "BWC": ["Biological Weapons Convention", "BTWC", "Biological and Toxin Weapons Convention"],
    "CTBT": ["Comprehensive Nuclear-Test-Ban Treaty"],
    "CTR": ["Cooperative Threat Reduction"],
    "FSU": ["former Soviet Union"],
    "IHR": ["International Health Regulations"],
    "S&T": ["science and technology"],
    "R&D": ["research and development"],
    "NGO": ["non-governmental organisation"],
    "HEU": ["highly enriched uranium"],
    "LEU": ["low enriched uranium"],
    "PSI": ["Proliferation Security Initiative"],
    "COE": ["centre of excellence", "CBRN centre of excellence"],
    "IED": ["improvised explosive device"],
    "MFA": ["ministry of foreign affairs"],
    "IAEA": ["International Atomic Energy Agency"],
    "OPCW": ["Organisation for the Prohibition of Chemical Weapons"],
    "WHO": ["World Health Organization"],
    "lab": ["laboratory"],
    "U.S.": ["United States", "USA"],
    "UK": ["United Kingdom"],
}
NOTE = "Seeded: an abbreviation common in the field."

EDITED = ["add", "change", "delete", "view"]


def seed(apps, schema_editor):
    ThesaurusEntry = apps.get_model("search", "ThesaurusEntry")
    db = schema_editor.connection.alias
    for term, equivalents in SEED.items():
        ThesaurusEntry.objects.using(db).get_or_create(
            term=term, defaults={"equivalents": "\n".join(equivalents), "note": NOTE}
        )


def unseed(apps, schema_editor):
    ThesaurusEntry = apps.get_model("search", "ThesaurusEntry")
    ThesaurusEntry.objects.using(schema_editor.connection.alias).filter(note=NOTE).delete()


def grant_editors(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    db = schema_editor.connection.alias
    app_config = apps.get_app_config("search")
    models_module = getattr(app_config, "models_module", None)
    app_config.models_module = models_module or True  # make the permissions now, to grant them
    create_permissions(app_config, apps=apps, verbosity=0, using=db)
    app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    granted = Permission.objects.using(db).filter(
        content_type__app_label="search",
        codename__in=[f"{action}_thesaurusentry" for action in EDITED],
    )
    for group in Group.objects.using(db).filter(name="Editors"):
        group.permissions.add(*granted)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_thesaurus"),
        ("minutes", "0002_editors_group"),
    ]

    operations = [
        migrations.RunPython(seed, unseed),
        migrations.RunPython(grant_editors, migrations.RunPython.noop),
    ]
