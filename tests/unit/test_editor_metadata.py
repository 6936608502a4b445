"""Metadata keys in the editors' words and quoted values: the base table, the line
rewrite, and the Markdown extension read by Python-Markdown's meta extension."""

from pathlib import Path

import markdown
import pytest

from plugins.base.metadata_keys import (
    LOCALIZED_WORDS,
    METADATA_KEYS,
    canonical_key,
    closest_key,
    edit_distance,
    fold_key,
    localized_key,
)
from plugins.base.metadata_lines import rewrite_metadata_lines, without_quotes
from plugins.editor_metadata.markdown_ext import EditorMetadataExtension


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Název", "Title"),
        ("NÁZEV", "Title"),
        ("nazev", "Title"),
        ("Titulek", "Title"),
        ("Nadpis", "Title"),
        ("Virsraksts", "Title"),
        ("Nosaukums", "Title"),
        ("Naslov", "Title"),
        ("Наслов", "Title"),
        ("Заглавие", "Title"),
        ("Заголовок", "Title"),
        ("Назва", "Title"),
        ("Datum", "Date"),
        ("Datums", "Date"),
        ("Датум", "Date"),
        ("Дата", "Date"),
        ("Štítky", "Tags"),
        ("stitky", "Tags"),
        ("Tagy", "Tags"),
        ("Birkas", "Tags"),
        ("Atslēgvārdi", "Tags"),
        ("Oznake", "Tags"),
        ("Ознаке", "Tags"),
        ("Етикети", "Tags"),
        ("Теги", "Tags"),
        ("Мітки", "Tags"),
        ("Klíčová slova", "Tags"),
        ("klicova-slova", "Tags"),
        ("Shrnutí", "Summary"),
        ("Anotace", "Summary"),
        ("Kopsavilkums", "Summary"),
        ("Sažetak", "Summary"),
        ("Sazetak", "Summary"),
        ("Сажетак", "Summary"),
        ("Резюме", "Summary"),
        ("Анотація", "Summary"),
        ("Místo", "Location"),
        ("Vieta", "Location"),
        ("Mesto", "Location"),
        ("Место", "Location"),
        ("Място", "Location"),
        ("Місце", "Location"),
        ("Začátek", "Event-start"),
        ("Konec", "Event-end"),
        ("Sākums", "Event-start"),
        ("Beigas", "Event-end"),
        ("Početak", "Event-start"),
        ("Kraj", "Event-end"),
        ("Начало", "Event-start"),
        ("Край", "Event-end"),
        ("Початок", "Event-start"),
        ("Кінець", "Event-end"),
        ("Časové pásmo", "Timezone"),
        ("Jazyk", "Lang"),
        ("Valoda", "Lang"),
        ("Kategorie", "Category"),
        ("Stav", "Status"),
        ("Aktualizováno", "Modified"),
        ("Překlad", "Translation"),
    ],
)
def test_words_of_the_editors_languages_mean_the_key(written, key):
    assert canonical_key(written) == key
    assert localized_key(written) == key


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("title", "Title"),
        ("EVENT-START", "Event-start"),
        ("Název2", None),
        ("Event start", None),
        ("Draft", None),
        ("Adresa", None),  # a street address as much as a web address: no Slug word
        ("", None),
    ],
)
def test_other_keys(written, key):
    assert canonical_key(written) == key


def test_no_word_means_two_keys():
    meanings: dict[str, set[str]] = {}
    for table in LOCALIZED_WORDS.values():
        for key, words in table.items():
            for word in words:
                meanings.setdefault(fold_key(word), set()).add(key)
    assert {word: keys for word, keys in meanings.items() if len(keys) > 1} == {}


def test_every_language_names_the_keys_of_the_site():
    assert list(LOCALIZED_WORDS) == ["cs", "lv", "sr", "sr-Latn", "bg", "uk"]
    for table in LOCALIZED_WORDS.values():
        assert set(table) <= set(METADATA_KEYS)
        assert set(METADATA_KEYS) - set(table) == {"Slug"}


def test_serbian_latin_words_are_made_from_the_cyrillic():
    assert LOCALIZED_WORDS["sr-Latn"]["Tags"] == ("Oznake", "Tagovi", "Ključne reči")


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (['"Annual report"'], ["Annual report"]),
        (["'Annual report'"], ["Annual report"]),
        (['" Annual report "'], ["Annual report"]),
        (['"Annual', 'report"'], ["Annual", "report"]),
        (["", '"Annual report"'], ["", "Annual report"]),
        (['"A" and "B"'], ['"A" and "B"']),
        (['"Annual report'], ['"Annual report']),
        (["'Twas a night"], ["'Twas a night"]),
        (["\"Mixed'"], ["\"Mixed'"]),
        (["„Od identifikacije do oporavka“"], ["„Od identifikacije do oporavka“"]),
        (["“Annual report”"], ["“Annual report”"]),
        (['"'], ['"']),
        (['""'], [""]),
        (['"Annual', '"'], ['"Annual', '"']),  # a blank line would end the block
        ([""], [""]),
    ],
)
def test_without_quotes(parts, expected):
    assert without_quotes(parts) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Název: Slova", "Datum: 2024-05-02", "", "Název: text"],
            ["Title: Slova", "Date: 2024-05-02", "", "Název: text"],
        ),
        (
            ["---", "Virsraksts: A", "Časové pásmo: Europe/Riga", "---", "Text"],
            ["---", "Title: A", "Timezone: Europe/Riga", "---", "Text"],
        ),
        (
            ['Title: "Annual report"', "Summary: 'Short'", 'Location: "Rīga"'],
            ["Title: Annual report", "Summary: Short", "Location: Rīga"],
        ),
        (
            ['Slug: "x"', 'Tags: "a"', 'Publisher: "Ministry"'],
            ['Slug: "x"', 'Tags: "a"', 'Publisher: "Ministry"'],
        ),
        (
            ['Shrnutí: "Jedna', '        dvě"', "Lang: cs"],
            ["Summary: Jedna", "    dvě", "Lang: cs"],
        ),
        (
            ["Title: A", "Název2: B", "Datum: 2024-05-02"],
            ["Title: A", "Název2: B", "Datum: 2024-05-02"],
        ),
        (["Unknown: x", "Místo: Praha"], ["Unknown: x", "Location: Praha"]),
        (["   Datums:   2024-05-02  "], ["   Date: 2024-05-02"]),
        (["Text first.", "Název: x"], ["Text first.", "Název: x"]),
    ],
)
def test_rewrite_metadata_lines(lines, expected):
    assert rewrite_metadata_lines(lines) == expected


def read(source: str) -> tuple[dict[str, list[str]], str]:
    """The metadata and HTML of source as the site's Markdown reads them."""
    md = markdown.Markdown(extensions=["extra", "meta", EditorMetadataExtension()])
    html = md.convert(source)
    return md.Meta, html


def test_the_meta_extension_reads_the_editors_keys():
    meta, html = read(
        'Název: "Výroční zpráva"\nDatum: 2024-05-02\nŠtítky: a, b\n'
        "Časové pásmo: Europe/Prague\n\nText.\n"
    )
    assert meta == {
        "title": ["Výroční zpráva"],
        "date": ["2024-05-02"],
        "tags": ["a, b"],
        "timezone": ["Europe/Prague"],
    }
    assert html == "<p>Text.</p>"


def test_an_unknown_non_ascii_key_still_ends_the_block():
    meta, html = read("Title: A\nNázev2: B\n\nText.\n")
    assert meta == {"title": ["A"]}
    assert html == "<p>Název2: B</p>\n<p>Text.</p>"


def test_text_without_the_meta_extension_is_left_alone():
    """Pelican renders a Summary with meta removed: its words are text."""
    md = markdown.Markdown(extensions=["meta", EditorMetadataExtension()])
    md.preprocessors.deregister("meta")
    assert md.convert('Název: "x"') == '<p>Název: "x"</p>'


def test_the_readme_shows_the_table_of_words():
    """README "Keys in your own language" is this table, row for row."""
    languages = list(LOCALIZED_WORDS)
    rows = [
        "| Key | " + " | ".join(languages) + " |",
        "|---|" + "---|" * len(languages),
    ] + [
        f"| `{key}` | "
        + " | ".join(", ".join(LOCALIZED_WORDS[lang][key]) for lang in languages)
        + " |"
        for key in METADATA_KEYS
        if key != "Slug"
    ]
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert "\n".join("  " + row for row in rows) in readme


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Evnet-start", ("Event-start", "Event-start")),
        ("Titel", ("Title", "Title")),
        ("Nazev2", ("Název", "Title")),
        ("Birka", ("Birkas", "Tags")),
        ("Datums", ("Datums", "Date")),
        ("Draft", None),  # not "Date": two letters off in a short word
        ("Praha", None),
        ("Foo", None),
        ("a" * 5000, None),  # too long to be a typo; not compared at all
    ],
)
def test_closest_key_only_for_a_typo(written, expected):
    assert closest_key(written) == expected


@pytest.mark.parametrize(
    ("first", "second", "distance"),
    [("title", "title", 0), ("titel", "title", 1), ("draft", "date", 3), ("", "ab", 2)],
)
def test_edit_distance(first, second, distance):
    assert edit_distance(first, second) == distance
