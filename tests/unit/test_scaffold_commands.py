"""`make newpost` and `make translate`: what they write, and what they refuse."""

from datetime import UTC, date, datetime

import pytest

from tools import scaffold
from tools.editors.create import plan_new_item, plan_translation, write_new_file
from tools.editors.languages import EditorError
from tools.editors.settings import site_from_settings

TODAY = date(2026, 11, 23)
SETTINGS = {
    "TIMEZONE": "Europe/Prague",
    "DEFAULT_LANG": "en",
    "MULTILINGUAL_LANGUAGES": ["cs", "lv", "sr-Cyrl", "sr-Latn", "bg", "en"],
    "MULTILINGUAL_SITE": {
        "lv": {"publisher": "Iekšlietu ministrija", "phone": "+371 67219263"},
        "sr-Cyrl": {"publisher": "Министарство унутрашњих послова"},
    },
}
TREE = {
    "news/working-group.en.md": (
        "Title: Working group meets again\nDate: 2017-03-13\nLang: en\n"
        "Slug: working-group\nCategory: news\n\nThe group met.\n"
    ),
    "news/working-group.lv.md": (
        "Title: Darba grupa\nDate: 2017-03-13\nLang: lv\nSlug: working-group\n"
        "Category: news\n\nGrupa tikās.\n"
    ),
    "events/round-table.bg.md": (
        "Title: Кръгла маса\nDate: 2025-03-03\nLang: bg\nSlug: round-table\n"
        "Event-start: 2025-03-27 14:00\nLocation: София\n\nДискусия.\n"
    ),
    "events/round-table.cs.md": (
        "Title: Kulatý stůl\nDate: 2025-03-05\nLang: cs\nSlug: round-table\n"
        "Event-start: 2025-03-27 14:00\nLocation: Sofie\n\nDiskuse.\n"
    ),
    "events/round-table.en.md": (
        "Title: Round table\nDate: 2025-03-01\nLang: en\nSlug: round-table\n"
        "Status: draft\nEvent-start: 2025-03-27 14:00\nLocation: Sofia\n\nDraft.\n"
    ),
    "pages/contacts.cs.md": "Title: Kontakty\nLang: cs\nSlug: contacts\n\nText.\n",
    "news/contacts.cs.md": (
        "Title: Nové kontakty\nDate: 2020-01-01\nLang: cs\nSlug: contacts\n\nText.\n"
    ),
}


@pytest.fixture
def site(tmp_path):
    for name, text in TREE.items():
        path = tmp_path / "content" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return site_from_settings(SETTINGS | {"PATH": str(tmp_path / "content")})


def refusal(action, *args, **kwargs) -> str:
    with pytest.raises(EditorError) as refused:
        action(*args, **kwargs)
    return str(refused.value)


def test_newpost_writes_the_file_once_and_then_refuses_to_overwrite_it(site):
    planned = plan_new_item(site, "lv", "Darba grupa turpina darbu", "", TODAY)
    assert planned.path == "news/darba-grupa-turpina-darbu.lv.md"
    assert "Publisher: Iekšlietu ministrija\nContact: +371 67219263\n" in planned.text
    target = write_new_file(site, planned)
    assert target.read_text(encoding="utf-8") == planned.text
    assert refusal(
        plan_new_item, site, "lv", "Darba grupa turpina darbu", "", TODAY
    ) == (
        "content/news/darba-grupa-turpina-darbu.lv.md already exists; it is left as"
        " it is. Edit it, or choose another TITLE (or SLUG)."
    )
    target.write_text("edited by hand", encoding="utf-8")
    with pytest.raises(EditorError):
        write_new_file(site, planned)
    assert target.read_text(encoding="utf-8") == "edited by hand"


@pytest.mark.parametrize(
    ("lang", "title", "section", "message"),
    [
        (
            "C.UTF-8",
            " ",
            "event",
            'TITLE is empty: add TITLE="…", e.g. make newpost LANG=lv'
            ' TITLE="Darba grupa turpina darbu".\n'
            'LANG is "C.UTF-8", which is your system locale, not a site language:'
            " set LANG=lv (a site language: cs, lv, sr, bg, en).\n"
            'SECTION "event" is not a section: use "events" (one of news, events,'
            " pages).",
        ),
        (
            "sr-Latn",
            "Radna grupa",
            "news",
            "sr-Latn pages are generated from sr: write the item in Serbian Cyrillic"
            " with LANG=sr. To correct a generated Latin page, use make translate"
            " SLUG=… LANG=sr-Latn.",
        ),
        (
            "sr",
            "Radna grupa nastavlja svoj rad",
            "news",
            "The new file would not pass the checks:\ncontent/news/"
            'radna-grupa-nastavlja-svoj-rad.sr.md:3: error: Lang is "sr" (Serbian'
            " Cyrillic), but the text is mostly in Latin script (100% of letters)."
            " Fix: write the text in Cyrillic; the Latin page is generated from it.",
        ),
        (
            "en",
            "News",
            "pages",
            "The new file would not pass the checks:\ncontent/pages/news.en.md:4:"
            ' error: Slug "news" is the address of a section of the site.'
            ' Fix: choose another slug, e.g. "about-news".',
        ),
        (
            "lv",
            "Working group",
            "events",
            'Slug "working-group" is already used by news/working-group.lv.md'
            ' in language "lv": choose another TITLE, or add SLUG=….',
        ),
    ],
)
def test_newpost_refuses_with_every_problem_in_one_message(
    site, lang, title, section, message
):
    assert refusal(plan_new_item, site, lang, title, section, TODAY) == message


def test_newpost_notes_that_a_shared_slug_makes_it_a_translation(site):
    planned = plan_new_item(site, "bg", "Working group", "news", TODAY)
    assert planned.notes == (
        "The new file is the bg version of the item news/working-group.en.md,"
        " news/working-group.lv.md belong to, as it has the same slug. To translate"
        " an item, make translate copies its original.",
    )


def test_newpost_takes_a_slug_and_refuses_one_that_is_not(site):
    planned = plan_new_item(site, "sr", "Радна група", "news", TODAY, "radna")
    assert planned.path == "news/radna.sr.md"
    assert refusal(
        plan_new_item, site, "sr", "Радна група", "", TODAY, "Radna Grupa"
    ) == (
        'SLUG "Radna Grupa" is not a slug: use lower-case ASCII letters, digits and'
        ' hyphens, e.g. "radna-grupa".'
    )


@pytest.mark.parametrize(
    ("slug", "lang", "path", "note"),
    [
        (
            "working-group",
            "bg",
            "news/working-group.bg.md",
            "Translating from news/working-group.en.md (the English version, as the"
            " others are as old).",
        ),
        (
            "round-table",
            "sr",
            "events/round-table.sr.md",
            "Translating from events/round-table.bg.md (the earliest Date,"
            " 2025-03-03).",
        ),
        (
            "working-group",
            "sr-Latn",
            None,
            None,
        ),
    ],
)
def test_translate_starts_from_english_else_the_earliest_published_version(
    site, slug, lang, path, note
):
    if path is None:
        assert refusal(plan_translation, site, slug, lang) == (
            '"working-group" has no sr version, and sr-Latn pages are made from sr:'
            " translate it into Serbian first"
            " (make translate SLUG=working-group LANG=sr)."
        )
        return
    planned = plan_translation(site, slug, lang)
    assert (planned.path, planned.notes) == (path, (note,))
    assert f"Lang: {lang}\n" in planned.text
    assert "Status: draft\nTranslation: true\n" in planned.text


@pytest.mark.parametrize(
    ("slug", "lang", "section", "message"),
    [
        (
            "working-group",
            "lv",
            "",
            'news/working-group.lv.md is already the lv version of "working-group";'
            " it is left as it is. Edit it instead.",
        ),
        (
            "working-grup",
            "bg",
            "",
            'No item has the slug "working-grup". Did you mean "working-group"?'
            " make translations lists every item.",
        ),
        (
            "contacts",
            "en",
            "",
            'Slug "contacts" is used in news/ and pages/: add SECTION=news (or pages).',
        ),
        (
            "round-table",
            "lv",
            "news",
            '"round-table" is not in news/ but in events/: use SECTION=events,'
            " or leave SECTION out.",
        ),
        (
            " ",
            "latvian",
            "",
            "SLUG is missing: add the slug of the item to translate, e.g. make"
            " translate SLUG=working-group-meeting LANG=bg.\n"
            'LANG "latvian" is not a site language: use "lv" (one of cs, lv, sr,'
            " sr-Latn, bg, en).",
        ),
    ],
)
def test_translate_refuses_existing_versions_and_unknown_slugs(
    site, slug, lang, section, message
):
    assert refusal(plan_translation, site, slug, lang, section) == message


def test_translate_picks_the_section_when_a_slug_is_in_two(site):
    planned = plan_translation(site, "contacts", "lv", "pages")
    assert planned.path == "pages/contacts.lv.md"
    assert planned.notes == (
        "Translating from pages/contacts.cs.md (the only version).",
    )


@pytest.fixture
def settings_file(tmp_path, site):
    path = tmp_path / "settings.py"
    path.write_text(
        "".join(f"{key} = {value!r}\n" for key, value in SETTINGS.items())
        + 'PATH = "content"\n',
        encoding="utf-8",
    )
    return str(path)


def test_the_command_prints_the_new_path_and_notes(settings_file, tmp_path, capsys):
    content = tmp_path / "content"
    status = scaffold.main(
        ["translate", "--slug", "round-table", "--lang", "lv", "--settings",
         settings_file, "--input", str(content)]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert status == 0
    assert out == f"{content / 'events/round-table.lv.md'}\n"
    assert err.startswith("Translating from events/round-table.bg.md")
    assert (content / "events/round-table.lv.md").is_file()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["new", "--lang", "en_US.UTF-8", "--title", "Hello"],
            'LANG is "en_US.UTF-8", which is your system locale, not a site language:'
            " set LANG=lv (a site language: cs, lv, sr, bg, en).\n",
        ),
        (
            [
                "new",
                "--lang",
                "lv",
                "--title",
                "Darba grupa",
                "--slug",
                "working-group",
            ],
            "content/news/working-group.lv.md already exists; it is left as it is."
            " Edit it, or choose another TITLE (or SLUG).\n",
        ),
        (
            ["translate", "--slug", "nothing", "--lang", "bg"],
            'No item has the slug "nothing". make translations lists every item.\n',
        ),
    ],
)
def test_the_command_refuses_with_status_1_and_no_traceback(
    settings_file, tmp_path, capsys, argv, message
):
    before = sorted((tmp_path / "content").rglob("*"))
    options = ["--settings", settings_file, "--input", str(tmp_path / "content")]
    assert scaffold.main(argv + options) == 1
    assert capsys.readouterr() == ("", message)
    assert sorted((tmp_path / "content").rglob("*")) == before


def test_a_missing_content_folder_is_named(settings_file, tmp_path, capsys):
    argv = ["new", "--lang", "lv", "--title", "X", "--settings", settings_file]
    assert scaffold.main([*argv, "--input", str(tmp_path / "nowhere")]) == 1
    assert capsys.readouterr().err == (
        f"The content folder {tmp_path / 'nowhere'} does not exist: check INPUTDIR.\n"
    )


@pytest.mark.parametrize(
    ("settings", "languages", "written", "fallback"),
    [
        ({}, ("cs", "lv", "sr", "sr-Latn", "bg", "en"), ("cs", "lv", "sr", "bg", "en"),
         "en"),
        ({"MULTILINGUAL_LANGUAGES": ["sr-Cyrl", "sr-Latn", "en"],
          "MULTILINGUAL_FALLBACK": "sr-Cyrl"}, ("sr", "sr-Latn", "en"), ("sr", "en"),
         "sr"),
    ],
)  # fmt: skip
def test_site_languages_are_the_codes_editors_write(
    settings, languages, written, fallback
):
    site = site_from_settings({"PATH": "content"} | settings)
    assert (site.languages, site.written, site.fallback) == (
        languages,
        written,
        fallback,
    )


def test_translate_copies_from_the_file_the_others_call_their_original(site):
    """Latvian written first, English marked Translation: true: sr copies Latvian."""
    content = site.content_root
    (content / "news/working-group.en.md").write_text(
        TREE["news/working-group.en.md"].replace(
            "Category: news\n", "Category: news\nTranslation: true\n"
        ),
        encoding="utf-8",
    )
    planned = plan_translation(site, "working-group", "sr")
    assert planned.notes[0] == (
        "Translating from news/working-group.lv.md (the only version without"
        " Translation: true)."
    )
    assert "Grupa tikās." in planned.text
    assert "The group met." not in planned.text


class FirstCommits:
    """Git history in which the Czech file was committed first."""

    def first_added(self, path):
        day = 1 if path == "events/round-table.cs.md" else 2
        return datetime(2026, 2, day, 10, 0, tzinfo=UTC)


def test_translate_takes_the_first_committed_file_when_history_is_given(site):
    planned = plan_translation(site, "round-table", "lv", history=FirstCommits())
    assert planned.notes[0] == (
        "Translating from events/round-table.cs.md (first committed, on"
        " 2026-02-01 10:00)."
    )
