"""Tags named in content/tags.toml: one tag page per key in every language."""

from plugins.base.items import Tag
from plugins.base.tag_file import read_tag_table
from plugins.multilingual import site_pages
from plugins.multilingual.from_pelican import tags_of
from tests.unit.multilingual_builders import BY_CODE, make_item, registry_of

TABLE, _ = read_tag_table(
    """\
[labour-exploitation]
en = "labour exploitation"
lv = "darba ekspluatācija"
sr = "радна експлоатација"
"""
)
LV, EN, SR_LATN = BY_CODE["lv"], BY_CODE["en"], BY_CODE["sr-Latn"]


def tagged(lang: str, slug: str, *written: str):
    """A news item whose Tags: line holds these entries."""
    item = make_item(lang, slug)
    return item.with_changes(tags=tags_of(list(written), lang, TABLE))


ITEMS = [
    tagged("lv", "riga", "Darba ekspluatācija"),
    tagged("en", "london", "labour-exploitation", "Labour Exploitation"),
    tagged("en", "unknown", "Forced labour"),
]


def test_two_names_of_one_key_on_an_item_are_one_tag():
    assert [tag.key for tag in ITEMS[1].tags] == ["labour-exploitation"]


def test_a_key_written_in_two_languages_joins_one_tag_page_per_language():
    registry = registry_of(ITEMS, codes=("lv", "sr-Latn", "en"), tag_table=TABLE)
    pages = {
        code: {
            slug: (tag.name, sorted(e.item.slug for e in entries))
            for slug, (tag, entries) in registry.tags_in(code).items()
        }
        for code in ("lv", "sr-Latn", "en")
    }
    assert pages == {
        "lv": {
            "darba-ekspluatacija": ("darba ekspluatācija", ["london", "riga"]),
            "forced-labour": ("Forced labour", ["unknown"]),
        },
        "sr-Latn": {
            "forced-labour": ("Forced labour", ["unknown"]),
            "radna-eksploatacija": ("radna eksploatacija", ["london", "riga"]),
        },
        "en": {
            "forced-labour": ("Forced labour", ["unknown"]),
            "labour-exploitation": ("labour exploitation", ["london", "riga"]),
        },
    }
    tag = registry.tags_in("lv")["darba-ekspluatacija"][0]
    version = site_pages.tag_version(registry, tag)
    assert version(EN) == ("en/tags/labour-exploitation/", True)
    assert version(SR_LATN) == ("sr-latn/tags/radna-eksploatacija/", True)


def test_old_tag_addresses_lead_to_the_tag_page_named_by_the_table():
    registry = registry_of(ITEMS, tag_table=TABLE)
    assert registry.former_tag_slugs("lv") == {
        "labour-exploitation": "darba-ekspluatacija"
    }
    assert registry.former_tag_slugs("en") == {
        "darba-ekspluatacija": ("labour-exploitation")
    }


def test_without_a_table_tags_stay_as_written():
    assert tags_of(["Apmācības"], "lv") == (Tag("Apmācības", "apmacibas"),)
