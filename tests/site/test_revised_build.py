"""`make html` after an edit: when the last build's record shows that only the text
of news or events changed, only the pages showing them are rendered, and the site is
byte for byte the one a clean build of the same content gives, search index too."""

import json
import shutil

import pytest

from plugins.base.beside import tree_identity
from plugins.multilingual.fingerprints import RecordPlace
from tools.staging import retired_path

from .conftest import SETTINGS, build_site
from .test_quick_rebuild import EDITS as QUICK_EDITS
from .test_safe_publishing import tree_digest

REVISED = "(only pages showing changed text were rendered)"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A copy of the fixture content and its published output, built once."""
    root = tmp_path_factory.mktemp("revised")
    shutil.copytree(SETTINGS.parent / "content", root / "content")
    said = build(root)
    assert REVISED not in said  # no record yet: every page
    return root


def build(root, folder: str = "output") -> str:
    """Build the copy's content into a folder of `root`; what the build said."""
    result = build_site(root / folder, extra=["--input", str(root / "content")])
    assert result.returncode == 0, result.stderr
    return result.stdout


def clean_build(root) -> dict:
    """Every file of a build of the same content into a folder never built."""
    shutil.rmtree(root / "clean", ignore_errors=True)
    shutil.rmtree(root / ".clean.state", ignore_errors=True)
    build(root, "clean")
    return tree_digest(root / "clean")


def edit(root, relative: str, old: str, new: str) -> None:
    path = root / "content" / relative
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def written(said: str) -> int:
    """How many files the build said it wrote."""
    return int(said.split(": ")[-1].split(" files written")[0])


def revised_by_make_html(declined: str) -> bool:
    """Whether `make html` renders only what shows an item after an edit the
    devserver's quick rebuild took or declined for this reason: it takes the same
    text edits, and edits of a title too (items.SHOWN_FIELDS), which the quick
    rebuild declines as any edit of metadata."""
    return not declined or declined.startswith("the metadata of")


# (file, old text, new text, only what shows it rendered?)
EDITS = [
    (relative, old, new, revised_by_make_html(declined))
    for relative, old, new, declined in QUICK_EDITS
] + [
    # lists, feeds and the sitemap change
    ("news/report.lv.md", "Tags: ", "Tags: jauns, ", False),
    # the tag table's names and descriptions are on tag pages
    ("tags.toml", "[reports]", "# edited\n[reports]", False),
    # an alias makes a redirect page, which shows the item's title...
    ("news/report.lv.md", "Tags: ", "Aliases: /lv/vecs-zinojums/\nTags: ", False),
    # ...so a new title makes that page again, with the item's own and its lists
    ("news/report.lv.md", "Title: ", "Title: Jauns: ", True),
    # an event's place: its pages, the calendar pages and .ics files showing it
    ("events/conference.en.md", "Location: Belgrade", "Location: Sava Centre", True),
]


@pytest.mark.parametrize(("relative", "old", "new", "revised"), EDITS)
def test_an_edit_gives_the_site_a_clean_build_gives(site, relative, old, new, revised):
    before = tree_digest(site / "output")
    edit(site, relative, old, new)
    said = build(site)
    assert (REVISED in said) is revised, said
    after = tree_digest(site / "output")
    assert after == clean_build(site)
    changed = {path for path in after if before.get(path) != after[path]}
    if revised:
        # its page with text and print versions, lists, feeds, search index...
        assert 3 <= written(said) < len(after) // 4, said
        assert not any(path.endswith("sitemap.xml") for path in changed)


def test_a_body_edit_changes_only_the_items_own_pages(site):
    before = tree_digest(site / "output")
    edit(site, "news/report.en.md", "fill in the", "fill in and send the")
    assert REVISED in build(site)
    after = tree_digest(site / "output")
    changed = {path for path in after if before.get(path) != after[path]}
    pages = {
        path for path in changed if "pagefind/" not in path and "feeds/" not in path
    }
    # the page, its text and print views; no list, tag page or other language
    assert pages == {
        "en/news/annual-report/index.html",
        "en/news/annual-report/print/index.html",
        "text/en/news/annual-report/index.html",
    }, sorted(pages)
    # feeds carry whole items: the ones listing it, and none of another language
    feeds = changed - pages - {path for path in changed if "pagefind/" in path}
    assert "en/feeds/tags/reports.atom.xml" in feeds
    assert all(path.startswith(("en/feeds/", "feeds/all-")) for path in feeds), feeds
    assert after == clean_build(site)


def test_the_search_index_follows_the_edit(site):
    index = site / "output" / "pagefind"
    before = tree_digest(index)
    edit(site, "news/report.lv.md", "\n\n", "\n\nMeklējamsvārdsrediģēts.\n\n")
    said = build(site)
    assert REVISED in said
    assert tree_digest(index) != before
    assert tree_digest(site / "output") == clean_build(site)


def recorded_files(site) -> dict:
    """The fingerprints the published output's record holds."""
    place = RecordPlace.for_settings({"OUTPUT_PATH": str(site / "output")})
    return json.loads(place.path_for(tree_identity(place.published)).read_text())[
        "files"
    ]


def test_the_record_keeps_every_pages_fingerprint(site):
    before = recorded_files(site)
    edit(site, "news/report.lv.md", "\n\n", "\n\nViens teikums vairāk.\n\n")
    assert REVISED in build(site)
    after = recorded_files(site)
    assert after.keys() == before.keys()
    assert 3 <= sum(after[path] != before[path] for path in after) < len(after) // 4
    # so the next full build renders only what the new tag changes
    edit(site, "news/report.lv.md", "Tags: ", "Tags: vēl viens, ")
    said = build(site)
    assert REVISED not in said and written(said) < len(after) // 2, said


def test_nothing_changed_writes_nothing(site):
    said = build(site)
    assert REVISED in said and written(said) == 0, said


def test_a_file_lost_from_the_output_is_made_again(site):
    lost = site / "output" / "lv" / "index.html"
    lost.unlink()
    # The staging folder starts from the output the last swap retired, which still
    # holds the file as the last build left it (tools/staging.py): it comes back.
    edit(site, "news/report.lv.md", "\n\n", "\n\nVēl viens teikums.\n\n")
    assert REVISED in build(site)
    assert lost.is_file()
    assert tree_digest(site / "output") == clean_build(site)
    # Lost from both folders, it is missed, and every page is checked.
    lost.unlink()
    retired_path(site / "output").joinpath("lv", "index.html").unlink(missing_ok=True)
    edit(site, "news/report.lv.md", "Vēl viens", "Vēl divi")
    said = build(site)
    assert REVISED not in said
    assert lost.is_file()
    assert tree_digest(site / "output") == clean_build(site)


@pytest.mark.parametrize(
    "spoil",
    [
        lambda data: {**data, "dependencies": {**data["dependencies"], "shows": 1}},
        lambda data: {
            **data,
            "dependencies": {**data["dependencies"], "shows": {"lv/a.html": [9**9]}},
        },
        lambda data: {
            **data,
            "dependencies": {**data["dependencies"], "revisions": ["x"]},
        },
    ],
)
def test_a_spoilt_record_means_every_page_is_checked(site, spoil):
    place = RecordPlace.for_settings({"OUTPUT_PATH": str(site / "output")})
    path = place.path_for(tree_identity(place.published))
    path.write_text(json.dumps(spoil(json.loads(path.read_text()))))
    edit(site, "news/report.lv.md", "\n\n", "\n\nUn vēl.\n\n")
    said = build(site)
    assert REVISED not in said
    assert tree_digest(site / "output") == clean_build(site)
