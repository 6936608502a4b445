"""The text of new files: slugs, file names, a new item, translation stubs."""

from datetime import date

import markdown
import pytest

from plugins.base.sanitize import sanitize_html
from plugins.checks.core import check_file_text
from tools.editors.content import version_of
from tools.editors.languages import EditorError, resolve_language
from tools.editors.new_files import (
    NewItem,
    comment,
    event_time_zone,
    item_path,
    new_item_text,
    slug_for_title,
    translation_stub_text,
)

WRITTEN = ("cs", "lv", "sr", "bg", "en")
TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("title", "lang", "slug"),
    [
        ("Darba grupa turpina darbu Rīgā", "lv", "darba-grupa-turpina-darbu-riga"),
        ("Žluťoučký kůň úpěl ďábelské ódy", "cs", "zlutoucky-kun-upel-dabelske-ody"),
        ("Радна група наставља рад", "sr", "radna-grupa-nastavlja-rad"),
        ("Ђорђе и Љубица у Њујорку", "sr", "djordje-i-ljubica-u-njujorku"),
        ("Щастие и юнак в София", "bg", "shtastie-i-yunak-v-sofia"),
        ("Кръгла маса за трафика", "bg", "kragla-masa-za-trafika"),
        ("EU Anti-Trafficking Day: 18 Oct!", "en", "eu-anti-trafficking-day-18-oct"),
        (
            "Regional conference on labour exploitation and the protection of victims",
            "en",
            "regional-conference-on-labour-exploitation-and-the",
        ),
        ("!!! …", "en", ""),
    ],
)  # fmt: skip
def test_slugs_are_ascii_and_cut_after_a_whole_word(title, lang, slug):
    assert slug_for_title(title, lang) == slug


@pytest.mark.parametrize(
    ("section", "slug", "lang", "path"),
    [
        ("news", "darba-grupa", "lv", "news/darba-grupa.lv.md"),
        ("events", "radna-grupa", "sr", "events/radna-grupa.sr.md"),
        ("pages", "who-we-are", "sr-Latn", "pages/who-we-are.sr-Latn.md"),
    ],
)
def test_file_names_are_slug_dot_language(section, slug, lang, path):
    assert item_path(section, slug, lang) == path


@pytest.mark.parametrize(
    ("value", "code"),
    [("lv", "lv"), ("LV", "lv"), (" bg ", "bg"), ("sr-Cyrl", "sr"), ("sr", "sr")],
)
def test_site_languages_are_accepted_in_any_case(value, code):
    assert resolve_language(value, WRITTEN) == code


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "LANG is missing: add LANG=lv (a site language: cs, lv, sr, bg, en)."),
        (
            "C.UTF-8",
            'LANG is "C.UTF-8", which is your system locale, not a site language:'
            " set LANG=lv (a site language: cs, lv, sr, bg, en).",
        ),
        (
            "en_US.UTF-8",
            'LANG is "en_US.UTF-8", which is your system locale, not a site language:'
            " set LANG=lv (a site language: cs, lv, sr, bg, en).",
        ),
        (
            "latvian",
            'LANG "latvian" is not a site language: use "lv" (one of cs, lv, sr, bg,'
            " en).",
        ),
        (
            "lv-LV",
            'LANG "lv-LV" is not a site language: use "lv"'
            " (one of cs, lv, sr, bg, en).",
        ),
        ("xx", 'LANG "xx" is not a site language: use one of cs, lv, sr, bg, en.'),
    ],
)
def test_unknown_languages_and_locales_are_refused_with_a_suggestion(value, message):
    with pytest.raises(EditorError) as refused:
        resolve_language(value, WRITTEN)
    assert str(refused.value) == message


def new_item(lang="lv", section="news", title="Darba grupa turpina darbu Rīgā"):
    return NewItem(
        title=title,
        lang=lang,
        section=section,
        slug=slug_for_title(title, lang),
        today=TODAY,
        timezone=event_time_zone(lang, "Europe/Prague"),
        publisher="Iekšlietu ministrija",
        contact="+371 67219263",
    )


def test_a_new_event_has_every_metadata_line_and_a_prompt():
    assert new_item_text(new_item(section="events")) == (
        "Title: Darba grupa turpina darbu Rīgā\n"
        "Date: 2026-11-23\n"
        "Lang: lv\n"
        "Slug: darba-grupa-turpina-darbu-riga\n"
        "Category: events\n"
        "Tags:\n"
        "Summary: TODO\n"
        "Publisher: Iekšlietu ministrija\n"
        "Contact: +371 67219263\n"
        "Event-start: 2026-11-30 10:00\n"
        "Event-end: 2026-11-30 12:00\n"
        "Location: TODO\n"
        "Timezone: Europe/Riga\n"
        "Status: draft\n"
        "\n"
        "<!--\n"
        "Write the text here, in Latvian, and delete this comment.\n"
        "Replace every TODO above.\n"
        'Delete "Status: draft" when the item is ready to publish; until then\n'
        "only make devserver shows it.\n"
        "Tags are optional: words separated by commas.\n"
        "Event-start and Event-end are placeholders (a week from today,\n"
        "10:00 to 12:00). Check the Timezone too.\n"
        'Images: ![What the picture shows](images/photo.jpg "Caption")\n'
        "Links to other items: [text](news/other-item.en.md)\n"
        "-->\n"
    )


def test_a_new_page_has_no_category_tags_or_event_lines():
    text = new_item_text(new_item(section="pages"))
    keys = [line.split(":")[0] for line in text.split("\n\n")[0].splitlines()]
    assert keys == [
        "Title",
        "Date",
        "Lang",
        "Slug",
        "Summary",
        "Publisher",
        "Contact",
        "Status",
    ]
    assert '"Order: 10" (optional) sets the position in the menu.' in text


@pytest.mark.parametrize("section", ["news", "events", "pages"])
@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("cs", "Pracovní skupina se znovu sešla"),
        ("lv", "Darba grupa turpina darbu Rīgā"),
        ("sr", "Радна група наставља рад"),
        ("bg", "Кръгла маса в София"),
        ("en", "Working group meets again"),
    ],
)
def test_every_new_file_passes_the_checks(section, lang, title):
    item = new_item(lang, section, title)
    path = item_path(section, item.slug, lang)
    assert check_file_text(path, new_item_text(item)) == []


ORIGINAL = (
    "Title: Working group meets again\n"
    "Date: 2017-03-13 09:30\n"
    "Modified: 2017-03-20\n"
    "Lang: en\n"
    "Slug: working-group\n"
    "Category: events\n"
    "Tags: HOFBSR\n"
    "Summary: The group met in Riga.\n"
    "Aliases: /old/working-group.html\n"
    "Event-start: 2017-03-13 09:30\n"
    "Location: Riga\n"
    "\n"
    "The group met in **Riga** --> see [the report](news/report.en.md).\n"
    "\n"
    "![The table](images/table.jpg)\n"
)


def source(text=ORIGINAL, path="events/working-group.en.md"):
    return version_of(path, text, WRITTEN, "en", lambda title: title.lower())


def test_a_stub_keeps_the_metadata_and_the_original_as_a_comment():
    assert translation_stub_text(source(), "bg") == (
        "Title: TODO: Working group meets again\n"
        "Date: 2017-03-13 09:30\n"
        "Modified: 2017-03-20\n"
        "Lang: bg\n"
        "Slug: working-group\n"
        "Category: events\n"
        "Tags: HOFBSR\n"
        "Summary: TODO: The group met in Riga.\n"
        "Event-start: 2017-03-13 09:30\n"
        "Location: Riga\n"
        "Status: draft\n"
        "Translation: true\n"
        "\n"
        "<!--\n"
        "Translate events/working-group.en.md (English) into Bulgarian.\n"
        "Write the text here, above this comment, then delete the comment.\n"
        "Translate the TODO lines above, and Publisher and Location where\n"
        'they need it. Delete "Status: draft" when the translation is ready.\n'
        "\n"
        "The group met in **Riga** -- > see [the report](news/report.en.md).\n"
        "\n"
        "![The table](images/table.jpg)\n"
        "-->\n"
    )


def test_a_serbian_stub_of_a_latin_original_moves_latin_text_into_the_comment():
    text = translation_stub_text(source(), "sr")
    assert text.startswith("Title: TODO\n")
    assert "Summary: TODO\n" in text and "Location: TODO\n" in text
    assert (
        "\nTitle: Working group meets again\n"
        "Summary: The group met in Riga.\n"
        "Location: Riga\n"
    ) in text


def test_a_stub_of_an_original_with_czech_keys_writes_the_sites_keys():
    czech = (
        'Název: "Pracovní skupina"\nDatum: 2017-03-13\nJazyk: cs\n'
        "Slug: working-group\nŠtítky: HOFBSR\n\nText.\n"
    )
    text = translation_stub_text(source(czech, "news/working-group.cs.md"), "lv")
    assert text.startswith(
        "Title: TODO: Pracovní skupina\nDate: 2017-03-13\nLang: lv\n"
        "Slug: working-group\nTags: HOFBSR\nStatus: draft\n"
    )


SERBIAN = (
    "Title: Радна група поново заседа\nDate: 2017-03-13\nLang: sr\n"
    "Slug: working-group\nCategory: news\nPublisher: Министарство\n\n"
    "Група се састала у **Риги**, види https://www.example.rs/извештај.\n"
)


def test_a_latin_override_is_the_serbian_file_in_gajs_latin():
    text = translation_stub_text(source(SERBIAN, "news/wg.sr.md"), "sr-Latn")
    assert text == (
        "Title: Radna grupa ponovo zaseda\nDate: 2017-03-13\nLang: sr-Latn\n"
        "Slug: working-group\nCategory: news\nPublisher: Ministarstvo\n"
        "Status: draft\nTranslation: true\n\n"
        "<!--\nMade from news/wg.sr.md in Gaj's Latin, as the site does. Correct what"
        " the\nautomatic transliteration got wrong, delete this comment, then delete"
        '\n"Status: draft" to replace the generated Latin page.\n-->\n\n'
        "Grupa se sastala u **Rigi**, vidi https://www.example.rs/извештај.\n"
    )


@pytest.mark.parametrize(
    ("text", "path", "lang"),
    [
        (ORIGINAL, "events/working-group.en.md", "sr"),
        (ORIGINAL, "events/working-group.en.md", "bg"),
        (ORIGINAL, "events/working-group.en.md", "cs"),
        (SERBIAN, "news/working-group.sr.md", "lv"),
        (SERBIAN, "news/working-group.sr.md", "sr-Latn"),
    ],
)
def test_every_stub_passes_the_checks_and_renders_no_original_text(text, path, lang):
    stub = translation_stub_text(source(text, path), lang)
    assert check_file_text(f"{path.split('/')[0]}/stub.{lang}.md", stub) == []
    if lang != "sr-Latn":
        md = markdown.Markdown(extensions=["extra", "meta"], output_format="html5")
        assert sanitize_html(md.convert(stub)).strip() == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain", "<!--\nplain\n-->\n"),
        ("a --> b --!> c", "<!--\na -- > b --! > c\n-->\n"),
        ("<!-- inner -->", "<!--\n<!-- inner -- >\n-->\n"),
    ],
)
def test_nothing_inside_a_comment_can_end_it_early(text, expected):
    assert comment(text) == expected
