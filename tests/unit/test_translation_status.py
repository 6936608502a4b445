"""`make translations`: present, missing, outdated and draft translations."""

import os
import subprocess
from datetime import UTC, datetime

import pytest

from tools import translation_status
from tools.editors.content import group_versions, read_versions
from tools.editors.git_times import git_times, parse_status
from tools.editors.originals import choose_original
from tools.editors.status import language_totals, outdated_reason, status_rows
from tools.editors.status_report import report

LANGUAGES = ("cs", "lv", "sr", "sr-Latn", "bg", "en")
WRITTEN = ("cs", "lv", "sr", "bg", "en")
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def item(lang, date="2020-01-01", modified="", slug="a", extra=""):
    lines = [f"Title: Item {lang}", f"Date: {date}", f"Lang: {lang}", f"Slug: {slug}"]
    lines += [f"Modified: {modified}"] if modified else []
    return "\n".join(lines) + "\n" + extra + "\nText.\n"


TREE = {
    "news/a.en.md": item("en", modified="2020-02-01"),
    "news/a.lv.md": item("lv", modified="2020-02-01 09:00"),
    "news/a.bg.md": item("bg"),
    "news/a.cs.md": item("cs", modified="2020-02-01", extra="Status: draft\n"),
    "news/a.sr-Latn.md": item("sr-Latn"),
    "events/b.cs.md": item("cs", date="2021-05-03", slug="b"),
    "events/b.lv.md": item("lv", date="2021-05-01", slug="b"),
    "pages/c.cs.md": "Title: Kontakty\nLang: cs\nSlug: c\n\nText.\n",
    "pages/d.md": "Title: D\nLang: lv-LV\nSlug: d\n\nText.\n",
}


def write_tree(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def rows_of(root, history=None):
    versions = read_versions(root, LANGUAGES, "en", str.lower)
    return status_rows(group_versions(versions), WRITTEN, "en", history)


def test_every_item_gets_a_state_in_every_written_language(tmp_path):
    write_tree(tmp_path, TREE)
    assert [(row.section, row.slug, row.states) for row in rows_of(tmp_path)] == [
        ("news", "a", {"cs": "draft", "lv": "present", "sr": "missing",
                       "bg": "outdated", "en": "original"}),
        ("events", "b", {"cs": "present", "lv": "original", "sr": "missing",
                         "bg": "missing", "en": "missing"}),
        ("pages", "c", {"cs": "original", "lv": "missing", "sr": "missing",
                        "bg": "missing", "en": "missing"}),
    ]  # fmt: skip


def test_totals_count_originals_as_present(tmp_path):
    write_tree(tmp_path, TREE)
    assert language_totals(rows_of(tmp_path), WRITTEN) == {
        "cs": {"present": 2, "outdated": 0, "draft": 1, "missing": 0},
        "lv": {"present": 2, "outdated": 0, "draft": 0, "missing": 1},
        "sr": {"present": 0, "outdated": 0, "draft": 0, "missing": 3},
        "bg": {"present": 0, "outdated": 1, "draft": 0, "missing": 2},
        "en": {"present": 1, "outdated": 0, "draft": 0, "missing": 2},
    }


@pytest.mark.parametrize(
    ("original", "translation", "outdated"),
    [
        ("2020-02-01", "2020-01-31", True),
        ("2020-02-01 10:00", "2020-02-01 09:59", True),
        ("2020-02-01 10:00", "2020-02-01", False),  # a bare date covers its day
        ("2020-02-01", "2020-02-01 08:00", False),
        ("2020-02-01", "2020-02-02", False),
        ("", "2019-01-01", True),  # no Modified: the Date counts
    ],
)
def test_outdated_when_the_original_was_modified_after_the_translation(
    tmp_path, original, translation, outdated
):
    write_tree(
        tmp_path,
        {
            "news/a.en.md": item("en", modified=original),
            "news/a.lv.md": item(
                "lv", "2019-01-01", translation, extra="Translation: true\n"
            ),
        },
    )
    assert rows_of(tmp_path)[0].states["lv"] == ("outdated" if outdated else "present")


def test_the_report_is_a_plain_aligned_table_with_totals_and_reasons(tmp_path):
    write_tree(tmp_path, TREE)
    rows = rows_of(tmp_path)
    text = report(
        rows, WRITTEN, fallback="en", overrides=["news/a.sr-Latn.md (up to date)"],
        unknown=["pages/d.md"],
    )  # fmt: skip
    assert text.splitlines() == [
        "section  slug      cs        lv        sr       bg        en",
        "-------  --------  --------  --------  -------  --------  --------",
        "news     a         draft     present   missing  outdated  original",
        "events   b         present   original  missing  missing   missing",
        "pages    c         original  missing   missing  missing   missing",
        "-------  --------  --------  --------  -------  --------  --------",
        "total    present   2         2         0        0         1",
        "         outdated  0         0         0        1         0",
        "         draft     1         0         0        0         0",
        "         missing   0         1         3        2         2",
        "",
        '"original": the file without "Translation: true"; if several or none lack it,',
        "the oldest (first commit, else Date), then the English one."
        ' "draft": Status: draft.',
        "sr-Latn is generated from sr, so it has no column. Authored sr-Latn"
        " overrides:",
        "  news/a.sr-Latn.md (up to date)",
        "Not in the table, Lang is not a site language (see make check): pages/d.md",
        "1 outdated, 1 draft, 8 missing.",
        "",
        "Next steps:",
        "  make translate SLUG=a LANG=sr",
        "  make translate SLUG=b LANG=sr",
        "  make translate SLUG=b LANG=bg",
        "  make translate SLUG=b LANG=en",
        "  make translate SLUG=c LANG=lv",
        "  make translate SLUG=c LANG=sr",
        "  make translate SLUG=c LANG=bg",
        "  make translate SLUG=c LANG=en",
        "  news/a.bg.md: the original news/a.en.md changed on 2020-02-01"
        " (Modified/Date), the translation on 2020-01-01. Compare the two, update"
        " news/a.bg.md, then set its Modified: line to today.",
    ]


def git(root, *args, when="2026-01-01T10:00:00+00:00"):
    env = os.environ | {"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    subprocess.run(["git", "-C", str(root), *args], check=True, env=env,
                   capture_output=True)  # fmt: skip


@pytest.fixture
def repository(tmp_path):
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.name", "Editor")
    git(tmp_path, "config", "user.email", "editor@example.org")
    git(tmp_path, "config", "commit.gpgsign", "false")
    content = tmp_path / "content"
    write_tree(content, {"news/a.en.md": item("en"), "news/a.lv.md": item("lv")})
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "Both versions")
    return content


def first_commit(content):
    done = subprocess.run(
        ["git", "-C", str(content), "rev-list", "--max-parents=0", "--abbrev-commit",
         "HEAD"], capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout.strip()


def lv_state(content):
    return rows_of(content, git_times(content, NOW))[0].states["lv"]


def test_git_history_shows_an_original_committed_after_its_translation(repository):
    assert lv_state(repository) == "present"
    (repository / "news/a.en.md").write_text(item("en") + "More.\n")
    git(repository, "commit", "-q", "-am", "Fix", when="2026-02-01T10:00:00+00:00")
    assert lv_state(repository) == "outdated"
    row = rows_of(repository, git_times(repository, NOW))[0]
    assert [reason.why for reason in row.reasons] == [
        "news/a.lv.md: the original news/a.en.md has last commit 2026-02-01 10:00,"
        " after the translation's last commit 2026-01-01 10:00.",
    ]
    assert row.reasons[0].fix("content") == (
        f"See what changed: git diff {first_commit(repository)} --"
        " content/news/a.en.md ; update news/a.lv.md and commit it."
    )
    (repository / "news/a.lv.md").write_text(item("lv") + "Vairāk.\n")
    assert lv_state(repository) == "present"  # uncommitted counts as now
    git(repository, "commit", "-q", "-am", "Tr", when="2026-03-01T10:00:00+00:00")
    assert lv_state(repository) == "present"


def test_uncommitted_changes_to_an_original_count_as_now(repository):
    (repository / "news/a.en.md").write_text(item("en") + "More.\n")
    assert lv_state(repository) == "outdated"
    row = rows_of(repository, git_times(repository, NOW))[0]
    assert [reason.why for reason in row.reasons] == [
        "news/a.lv.md: the original news/a.en.md has uncommitted changes,"
        " after the translation's last commit 2026-01-01 10:00.",
    ]


def test_a_folder_outside_git_has_no_history(tmp_path):
    assert git_times(tmp_path, NOW) is None


def test_renamed_and_untracked_files_in_git_status_are_uncommitted():
    output = "R  content/news/new.md\0content/news/old.md\0?? content/x.md\0 M y.md\0"
    assert parse_status(output, "content/") == {"news/new.md", "x.md"}


def test_metadata_alone_decides_without_history(tmp_path):
    write_tree(tmp_path, {"news/a.en.md": item("en"), "news/a.lv.md": item("lv")})
    versions = group_versions(read_versions(tmp_path, LANGUAGES, "en", str.lower))
    assert outdated_reason(versions["news", "a"]["lv"],
                           versions["news", "a"]["en"], None) is None  # fmt: skip


SETTINGS = (
    'PATH = "content"\nDEFAULT_LANG = "en"\nTIMEZONE = "Europe/Prague"\n'
    'MULTILINGUAL_LANGUAGES = ["cs", "lv", "sr-Cyrl", "sr-Latn", "bg", "en"]\n'
)
COMPLETE = {f"news/a.{lang}.md": item(lang) for lang in WRITTEN}


GAP = COMPLETE | {"news/b.lv.md": item("lv", slug="b")}
CHANGED = COMPLETE | {"news/a.en.md": item("en", modified="2021-01-01")}


@pytest.mark.parametrize(
    ("files", "options", "status", "last_line"),
    [
        (COMPLETE, ["--strict"], 0, "Every translation is present and up to date."),
        (GAP, [], 0, "  make translate SLUG=b LANG=en"),
        (GAP, ["--strict"], 1, "0 outdated, 0 draft, 4 missing."),
        (
            GAP,
            ["--strict", "--lang", "LV"],
            0,
            "Every translation is present and up to date.",
        ),
        (
            CHANGED,
            [],
            0,
            "  news/a.sr.md: the original news/a.en.md changed on"
            " 2021-01-01 (Modified/Date), the translation on 2020-01-01. Compare the"
            " two, update news/a.sr.md, then set its Modified: line to today.",
        ),
        (CHANGED, ["--strict"], 1, "4 outdated, 0 draft, 0 missing."),
        (
            CHANGED,
            ["--strict", "--lang", "lv"],
            1,
            "  news/a.lv.md: the original"
            " news/a.en.md changed on 2021-01-01 (Modified/Date), the translation on"
            " 2020-01-01. Compare the two, update news/a.lv.md, then set its Modified:"
            " line to today.",
        ),
    ],
)
def test_strict_fails_on_anything_missing_or_outdated(
    tmp_path, capsys, files, options, status, last_line
):
    write_tree(tmp_path / "content", files)
    (tmp_path / "settings.py").write_text(SETTINGS, encoding="utf-8")
    argv = ["--settings", str(tmp_path / "settings.py"), "--no-git", *options]
    content = str(tmp_path / "content")
    assert translation_status.main([*argv, "--input", content]) == status
    out = capsys.readouterr().out
    assert "\x1b[" not in out  # captured output is not a terminal: no colours
    assert last_line in out.splitlines()


@pytest.mark.parametrize(("choice", "coloured"), [("always", True), ("never", False)])
def test_colours_only_when_asked_or_on_a_terminal(tmp_path, capsys, choice, coloured):
    write_tree(tmp_path / "content", {"news/a.lv.md": item("lv")})
    (tmp_path / "settings.py").write_text(SETTINGS, encoding="utf-8")
    argv = ["--settings", str(tmp_path / "settings.py"), "--no-git"]
    translation_status.main([*argv, "--colour", choice])
    out = capsys.readouterr().out
    assert ("\x1b[31mmissing\x1b[0m  " in out) is coloured
    assert "missing" in out


def test_times_in_reasons_are_written_as_editors_write_them(tmp_path):
    write_tree(
        tmp_path,
        {
            "news/a.en.md": item("en", modified="2020-02-01 10:00"),
            "news/a.lv.md": item("lv", modified="2020-02-01 09:59"),
        },
    )
    assert [reason.why for reason in rows_of(tmp_path)[0].reasons] == [
        "news/a.lv.md: the original news/a.en.md changed on 2020-02-01 10:00"
        " (Modified/Date), the translation on 2020-02-01 09:59.",
    ]


MARKED = "Translation: true\n"


@pytest.mark.parametrize(
    ("files", "original", "why"),
    [
        ({"news/a.lv.md": item("lv")}, "news/a.lv.md", "the only version"),
        (  # the Latvian file came first; English says it is a translation
            {
                "news/a.lv.md": item("lv", "2027-01-10"),
                "news/a.en.md": item("en", "2027-01-09", extra=MARKED),
            },
            "news/a.lv.md",
            "the only version without Translation: true",
        ),
        (  # every file is marked: the oldest Date
            {
                "news/a.lv.md": item("lv", "2027-01-10", extra=MARKED),
                "news/a.cs.md": item("cs", "2027-01-11", extra=MARKED),
            },
            "news/a.lv.md",
            "the earliest Date, 2027-01-10",
        ),
        (  # none marked: the oldest Date, the fallback language notwithstanding
            {
                "news/a.cs.md": item("cs", "2027-01-08 09:00"),
                "news/a.en.md": item("en", "2027-01-08 10:00"),
            },
            "news/a.cs.md",
            "the earliest Date, 2027-01-08 09:00",
        ),
        (  # equally old: the fallback language (MULTILINGUAL_FALLBACK)
            {"news/a.cs.md": item("cs"), "news/a.en.md": item("en")},
            "news/a.en.md",
            "the English version, as the others are as old",
        ),
        (  # equally old, no fallback version: site order (cs before lv)
            {"news/a.lv.md": item("lv"), "news/a.cs.md": item("cs")},
            "news/a.cs.md",
            "the first in site language order, as the others are as old",
        ),
        (  # two unmarked files: the marked one is never the original
            {
                "news/a.en.md": item("en", "2020-01-01", extra=MARKED),
                "news/a.lv.md": item("lv", "2020-01-03"),
                "news/a.cs.md": item("cs", "2020-01-02"),
            },
            "news/a.cs.md",
            "the earliest Date, 2020-01-02",
        ),
        (  # a draft is the original only when every candidate is one
            {
                "news/a.lv.md": item("lv", "2020-01-01", extra="Status: draft\n"),
                "news/a.cs.md": item("cs", "2020-01-02"),
            },
            "news/a.cs.md",
            "the only one that is not a draft",
        ),
    ],
)
def test_the_original_is_the_unmarked_file_else_the_oldest(
    tmp_path, files, original, why
):
    write_tree(tmp_path, files)
    versions = group_versions(read_versions(tmp_path, LANGUAGES, "en", str.lower))
    chosen = choose_original(versions["news", "a"], WRITTEN, "en")
    assert (chosen.version.path, chosen.why) == (original, why)


LATVIAN_FIRST = {
    "news/working-group.lv.md": (
        "Title: Darba grupa\nDate: 2027-01-10\nModified: 2027-01-20\nLang: lv\n"
        "Slug: working-group\n\nGrupa tikās.\n"
    ),
    "news/working-group.en.md": (
        "Title: Working group\nDate: 2027-01-10\nModified: 2027-01-12\nLang: en\n"
        "Slug: working-group\nTranslation: true\n\nThe group met.\n"
    ),
    "news/working-group.cs.md": (
        "Title: Pracovní skupina\nDate: 2027-01-10\nModified: 2027-01-21\n"
        "Lang: cs\nSlug: working-group\nTranslation: true\n\nSkupina se sešla.\n"
    ),
    "pages/working-group.cs.md": "Title: Skupina\nLang: cs\nSlug: working-group\n\nX\n",
}


def run_status(tmp_path, capsys, files, *options):
    write_tree(tmp_path / "content", files)
    (tmp_path / "settings.py").write_text(SETTINGS, encoding="utf-8")
    argv = ["--settings", str(tmp_path / "settings.py"), "--no-git", *options]
    status = translation_status.main([*argv, "--input", str(tmp_path / "content")])
    return status, capsys.readouterr()


def test_latvian_first_is_the_original_and_english_is_outdated(tmp_path, capsys):
    status, out = run_status(tmp_path, capsys, LATVIAN_FIRST)
    lines = out.out.splitlines()
    assert lines[:4] == [
        "section  slug           cs        lv        sr       bg       en",
        "-------  -------------  --------  --------  -------  -------  --------",
        "news     working-group  present   original  missing  missing  outdated",
        "pages    working-group  original  missing   missing  missing  missing",
    ]
    assert lines[lines.index("Next steps:") :] == [
        "Next steps:",
        "  make translate SLUG=working-group LANG=sr SECTION=news",
        "  make translate SLUG=working-group LANG=bg SECTION=news",
        "  make translate SLUG=working-group LANG=lv SECTION=pages",
        "  make translate SLUG=working-group LANG=sr SECTION=pages",
        "  make translate SLUG=working-group LANG=bg SECTION=pages",
        "  make translate SLUG=working-group LANG=en SECTION=pages",
        "  news/working-group.en.md: the original news/working-group.lv.md changed"
        " on 2027-01-20 (Modified/Date), the translation on 2027-01-12. Compare the"
        " two, update news/working-group.en.md, then set its Modified: line to"
        " today.",
    ]
    assert status == 0


def test_lang_shows_one_language_and_its_next_steps(tmp_path, capsys):
    status, out = run_status(tmp_path, capsys, LATVIAN_FIRST, "--lang", "EN")
    assert out.out.splitlines()[:9] + out.out.splitlines()[-3:] == [
        "section  slug           en",
        "-------  -------------  --------",
        "news     working-group  outdated",
        "pages    working-group  missing",
        "-------  -------------  --------",
        "total    present        0",
        "         outdated       1",
        "         draft          0",
        "         missing        1",
        "Next steps:",
        "  make translate SLUG=working-group LANG=en SECTION=pages",
        "  news/working-group.en.md: the original news/working-group.lv.md changed"
        " on 2027-01-20 (Modified/Date), the translation on 2027-01-12. Compare the"
        " two, update news/working-group.en.md, then set its Modified: line to"
        " today.",
    ]
    assert "1 outdated, 0 draft, 1 missing." in out.out.splitlines()
    assert status == 0


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("cz", 'LANG "cz" is not a site language: use "cs" (one of cs, lv, sr, bg,'
               " en)."),
        ("C.UTF-8", 'LANG is "C.UTF-8", which is your system locale, not a site'
                    " language: set LANG=lv (a site language: cs, lv, sr, bg, en)."),
    ],
)  # fmt: skip
def test_an_unknown_lang_is_refused_with_the_fix(tmp_path, capsys, lang, message):
    status, out = run_status(tmp_path, capsys, LATVIAN_FIRST, "--lang", lang)
    assert (status, out.out, out.err) == (1, "", message + "\n")


def test_git_decides_between_unmarked_files_by_first_commit(repository):
    # a.en.md and a.lv.md were committed together: the fallback breaks the tie
    history = git_times(repository, NOW)
    assert rows_of(repository, history)[0].why == (
        "the English version, as the others are as old"
    )
    write_tree(repository, {"news/b.lv.md": item("lv", "2026-03-01", slug="b")})
    git(repository, "add", ".")
    git(repository, "commit", "-q", "-m", "lv", when="2026-02-01T10:00:00+00:00")
    write_tree(repository, {"news/b.en.md": item("en", "2026-01-01", slug="b")})
    git(repository, "add", ".")
    git(repository, "commit", "-q", "-m", "en", when="2026-02-02T10:00:00+00:00")
    row = rows_of(repository, git_times(repository, NOW))[1]
    assert (row.original.path, row.why) == (
        "news/b.lv.md",
        "first committed, on 2026-02-01 10:00",
    )
    assert row.original.path != rows_of(repository)[1].original.path  # Date: en


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (None, []),  # no tags.toml: nothing to count
        ('[training]\nen = "Training"\nlv = "Apmācības"\n', ["kampaņa", "Reports"]),
        ('[training]\nen = "Training"\nlv = "Apmācības"\nlv = "x"\n', []),  # broken
    ],
)
def test_tags_not_in_tags_toml_are_counted(tmp_path, table, expected):
    write_tree(
        tmp_path,
        {
            "news/a.en.md": item("en", extra="Tags: training, Reports\n"),
            "news/a.lv.md": item("lv", extra="Tags: Apmācības, kampaņa\n"),
            "news/b.lv.md": item("lv", slug="b", extra="Tags: Kampaņa, reports\n"),
        },
    )
    if table is not None:
        (tmp_path / "tags.toml").write_text(table, encoding="utf-8")
    versions = read_versions(tmp_path, LANGUAGES, "en", str.lower)
    assert translation_status.untabled_tags(tmp_path, versions) == expected


def test_the_report_counts_tags_not_in_tags_toml():
    text = report([], WRITTEN, fallback="en", untabled=["Kampaņa", "Reports"])
    assert (
        "Tags not in tags.toml, shown as written in every language: 2 (Kampaņa,"
        " Reports); make check says where."
    ) in text.splitlines()
