"""Page fingerprints and their record: a page is kept while nothing it shows moved."""

import dataclasses
import hashlib
import json
import os
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from plugins.base.beside import tree_identity
from plugins.base.items import Tag
from plugins.multilingual.fingerprints import (
    RECORD_VERSION,
    Digester,
    Record,
    RecordPlace,
    files_digest,
    is_plain,
    settings_digest,
)
from plugins.multilingual.output import OutputTree
from plugins.multilingual.registry import Listed
from tests.unit.multilingual_builders import BY_CODE, news


def digest_of(value) -> str:
    """The digest one value feeds into a fresh running digest."""
    digest = hashlib.sha256()
    Digester().feed(digest, value)
    return digest.hexdigest()


REPORT = news("lv", "report", 3, tags=("Atbalsts",))

# Values a template could tell apart must digest apart.
DIFFERENT = [
    (1, "1"),
    (1, True),
    (1, 1.0),
    (0, None),
    ("", None),
    ([1, 2], [[1], 2]),
    ([1, 2], [12]),
    (["a", "b"], ["a;b"]),
    ([1, 2], (1, 2, 3)),
    ({"a": 1}, ["a", 1]),
    ({"a": 1}, {"a": 2}),
    ({"a": 1, "b": 2}, {"a": 1}),
    (date(2024, 5, 1), datetime(2024, 5, 1)),
    (date(2024, 5, 1), date(2024, 5, 2)),
    (datetime(2024, 5, 1, tzinfo=UTC), datetime(2024, 5, 1, 0, 0, 1, tzinfo=UTC)),
    (REPORT, dataclasses.replace(REPORT, title="Cits")),
    (REPORT, dataclasses.replace(REPORT, summary="<p>cits</p>")),
    (Listed(REPORT, False), Listed(REPORT, True)),
    (Tag("Atbalsts", "atbalsts"), Tag("Atbalsts", "atbalsts-2")),
    (Tag("Atbalsts", "atbalsts"), Tag("atbalsts", "atbalsts")),
    (BY_CODE["lv"], BY_CODE["en"]),
    (BY_CODE["lv"], dataclasses.replace(BY_CODE["lv"], prefix="latviski")),
]


@pytest.mark.parametrize(("one", "other"), DIFFERENT)
def test_values_a_template_can_tell_apart_digest_apart(one, other):
    assert digest_of(one) != digest_of(other)


@pytest.mark.parametrize(
    "make",
    [
        lambda: dataclasses.replace(REPORT),
        lambda: Listed(dataclasses.replace(REPORT), False),
        lambda: Tag("Atbalsts", "atbalsts"),
        lambda: {"items": [dataclasses.replace(REPORT)], "n": 1},
        lambda: datetime(2024, 5, 1, 10, tzinfo=UTC),
    ],
)
def test_equal_values_made_apart_digest_alike(make):
    assert digest_of(make()) == digest_of(make())


def page(
    context, base="base", template="item.html", shared=None, digester=None, own=None
):
    """A page's fingerprint and the item paths it saw."""
    digester = digester or Digester()
    fingerprint = digester.page(base, template, context, shared or {}, own)
    return fingerprint, digester.seen


OTHER = news("lv", "other", 2)
CONTEXT = {"item": REPORT, "entries": [Listed(OTHER, False)], "title": "Ziņas"}


def test_an_unchanged_page_keeps_its_fingerprint():
    again = {
        "title": "Ziņas",
        "entries": [Listed(dataclasses.replace(OTHER), False)],
        "item": dataclasses.replace(REPORT),
    }
    assert page(CONTEXT)[0] == page(again)[0]


@pytest.mark.parametrize(
    ("change", "argument"),
    [
        ({"title": "Jaunumi"}, {}),
        ({"entries": []}, {}),
        ({"entries": [Listed(dataclasses.replace(OTHER, summary="jauns"), False)]}, {}),
        ({"item": dataclasses.replace(REPORT, title="Cits")}, {}),
        ({"extra": None}, {}),  # a new key, even with an empty value
        ({}, {"base": "other base"}),
        ({}, {"template": "page.html"}),
    ],
)
def test_a_changed_input_changes_the_fingerprint(change, argument):
    assert page({**CONTEXT, **change}, **argument)[0] != page(CONTEXT)[0]


def test_a_page_shows_other_items_by_their_face_and_its_own_in_full():
    rewritten = dataclasses.replace(REPORT, content="<p>Cits teksts.</p>")
    assert digest_of(rewritten) == digest_of(REPORT)  # a list showing it is kept
    assert rewritten.face_revision == REPORT.face_revision
    assert rewritten.revision != REPORT.revision
    listing = {"entries": [Listed(REPORT, False)], "title": "Ziņas"}
    edited = {"entries": [Listed(rewritten, False)], "title": "Ziņas"}
    assert page(edited)[0] == page(listing)[0]
    own, seen = page(CONTEXT, own=REPORT)
    assert own != page(CONTEXT)[0]
    assert page({**CONTEXT, "item": rewritten}, own=rewritten)[0] != own
    assert page(CONTEXT, own=dataclasses.replace(REPORT))[0] == own
    assert seen == {"lv/news/report/", "lv/news/other/"}
    retitled = dataclasses.replace(REPORT, summary="<p>Cits kopsavilkums.</p>")
    assert (
        page({"entries": [Listed(retitled, False)], "title": "Ziņas"})[0]
        != (page(listing)[0])
    )


def test_values_the_language_shares_are_left_to_the_language_base():
    menu = [REPORT]
    shared = {"menu": menu, "lang": BY_CODE["lv"]}
    with_menu = {**CONTEXT, **shared}
    fingerprint, seen = page(with_menu, shared=shared)
    assert fingerprint == page(CONTEXT)[0]
    assert seen == {"lv/news/report/", "lv/news/other/"}
    # a page's own value under a shared key (a copy, not the same list) counts
    assert page({**with_menu, "menu": [OTHER]}, shared=shared)[0] != fingerprint


def test_seen_holds_the_items_a_page_shows_and_only_those():
    digester = Digester()
    tags = {"atbalsts": (Tag("Atbalsts", "atbalsts"), [Listed(OTHER, True)])}
    assert page({"tags": tags}, digester=digester)[1] == {"lv/news/other/"}
    # the list entries' digests are kept, their items still count on the next page
    assert page({"again": tags, "item": REPORT}, digester=digester)[1] == {
        "lv/news/other/",
        "lv/news/report/",
    }
    assert page({"title": "x"}, digester=digester)[1] == set()


@pytest.mark.parametrize(
    ("value", "plain"),
    [
        ("x", True),
        (3, True),
        (None, True),
        ([1, ("a", 2.5)], True),
        ({"a": [1, {"b": None}]}, True),
        ({1: "a"}, False),  # keys must be text
        ({"a": object()}, False),
        ([1, object()], False),
        (len, False),
        ({"a"}, False),
    ],
)
def test_only_plain_settings_are_digested(value, plain):
    assert is_plain(value) is plain


def test_settings_that_do_not_change_pages_are_left_out():
    settings = {"SITENAME": "Tīkls", "OUTPUT_PATH": "/a", "PATH": "/c"}
    moved = {**settings, "OUTPUT_PATH": "/b", "MULTILINGUAL_PROCESSES": 4}
    unreadable = {**settings, "JINJA_FILTERS": {"f": len}, "lower": 1}
    assert settings_digest(settings) == settings_digest(moved)
    assert settings_digest(settings) == settings_digest(unreadable)
    assert settings_digest(settings) != settings_digest({**settings, "SITENAME": "X"})


def test_files_digest_follows_names_and_bytes_of_chosen_suffixes(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a/base.html").write_text("<p>{{ x }}</p>")
    (tmp_path / "notes.txt").write_text("ignored")
    first = files_digest([tmp_path, tmp_path / "missing"], {".html"})
    (tmp_path / "notes.txt").write_text("still ignored")
    assert files_digest([tmp_path], {".html"}) == first
    (tmp_path / "a/base.html").write_text("<p>{{ y }}</p>")
    changed = files_digest([tmp_path], {".html"})
    (tmp_path / "a/base.html").rename(tmp_path / "a/page.html")
    assert len({first, changed, files_digest([tmp_path], {".html"})}) == 3


# --- the record beside the output ------------------------------------------------


@pytest.fixture
def place(tmp_path):
    """A published output folder and where its records are kept."""
    published = tmp_path / "output"
    published.mkdir()
    return RecordPlace.for_settings({"OUTPUT_PATH": str(published)})


FILES = {"lv/index.html": "f1", "lv/news/index.html": "f2"}


def test_the_record_lives_beside_the_output_not_in_it(place, tmp_path):
    assert place.folder == tmp_path / ".output.state"
    place.save(place.published, "base", FILES)
    assert [path.name for path in place.published.iterdir()] == []


def test_a_record_that_cannot_be_written_leaves_nothing_behind(place, monkeypatch):
    def disk_full(path, *args, **kwargs):
        path.open("w").write("half a rec")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    with pytest.raises(OSError, match="No space left on device"):
        place.save(place.published, "base", FILES)
    assert list(place.folder.iterdir()) == []


def test_a_record_round_trip(place):
    place.save(place.published, "base", FILES)
    assert place.load("base") == FILES


def test_a_record_made_from_another_base_is_not_used(place):
    place.save(place.published, "base", FILES)
    assert place.load("another base") == {}


def test_a_record_of_another_output_tree_is_not_used(place, tmp_path):
    staging = tmp_path / "staging"
    staging.mkdir()
    place.save(staging, "base", FILES)  # a build that failed before its swap
    assert place.load("base") == {}


def test_a_record_follows_its_tree_through_the_publishing_rename(place, tmp_path):
    staging = tmp_path / "output.building"
    staging.mkdir()
    place.save(staging, "base", FILES)
    os.rename(place.published, tmp_path / "output.previous")
    os.rename(staging, place.published)
    assert place.load("base") == FILES


def test_a_new_record_drops_others_but_the_published_outputs(place, tmp_path):
    place.save(place.published, "base", {"a": "1"})
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        place.save(tmp_path / name, "base", {"b": "2"})
    names = {path.name for path in place.folder.iterdir()}
    assert names == {
        f"fingerprints-{tree_identity(place.published)}.json",
        f"fingerprints-{tree_identity(tmp_path / 'two')}.json",
    }
    assert place.load("base") == {"a": "1"}


@pytest.mark.parametrize(
    "spoil",
    [
        lambda data: "{not json",
        lambda data: json.dumps([data]),
        lambda data: json.dumps({**data, "version": RECORD_VERSION + 1}),
        lambda data: json.dumps({**data, "tree": "0-0"}),
        lambda data: json.dumps({**data, "base": "other"}),
    ],
)
def test_a_spoilt_record_is_no_record(place, spoil):
    place.save(place.published, "base", FILES)
    path = place.path_for(tree_identity(place.published))
    path.write_text(spoil(json.loads(path.read_text())))
    assert place.load("base") == {}


def test_no_record_without_a_published_output(tmp_path):
    place = RecordPlace.for_settings({"OUTPUT_PATH": str(tmp_path / "never-built")})
    assert place.load("base") == {}


def test_a_staging_build_reads_the_published_outputs_record(tmp_path):
    settings = {
        "OUTPUT_PATH": str(tmp_path / "output.building"),
        "MULTILINGUAL_PUBLISHED_PATH": str(tmp_path / "output"),
    }
    assert RecordPlace.for_settings(settings).published == tmp_path / "output"


# --- Record: reuse and save ------------------------------------------------------


def test_a_file_is_reused_only_with_its_fingerprint_and_while_it_is_there(tmp_path):
    OutputTree(tmp_path).write("kept.html", "k")
    OutputTree(tmp_path).write("changed.html", "c")
    output = OutputTree(tmp_path)
    previous = {"kept.html": "same", "changed.html": "old", "gone.html": "same"}
    record = Record(output, "base", previous)
    assert record.reuse("kept.html", "same") is True
    assert record.reuse("changed.html", "new") is False
    assert record.reuse("gone.html", "same") is False
    assert record.reuse("new.html", "same") is False
    assert record.current == {
        "kept.html": "same",
        "changed.html": "new",
        "gone.html": "same",
        "new.html": "same",
    }
    assert output.unchanged == ["kept.html"]


def test_a_record_loads_and_saves_through_its_place(place):
    OutputTree(place.published).write("lv/index.html", "x")
    place.save(place.published, "base", {"lv/index.html": "f1"})
    record = Record(OutputTree(place.published), "base", place=place)
    assert record.previous == {"lv/index.html": "f1"}
    assert record.reuse("lv/index.html", "f1") is True
    record.reuse("lv/news/index.html", "f2")
    record.save()
    assert place.load("base") == {"lv/index.html": "f1", "lv/news/index.html": "f2"}


def test_a_record_without_a_place_saves_nothing(tmp_path):
    record = Record(OutputTree(tmp_path / "output"), "base")
    record.reuse("a.html", "1")
    record.save()
    assert list(tmp_path.iterdir()) == []


TEMPLATES = Path(__file__).resolve().parents[2] / "theme" / "templates"


def test_only_an_items_own_page_shows_its_body():
    """Fingerprints see other items by their face: a template that showed another
    item's body (`content`) on a list would go stale when only that body changed."""
    shown = {
        (template.name, match)
        for template in TEMPLATES.glob("*.html")
        for match in re.findall(
            r"[\w.]*\.content\b|item_html\([^)]*content[^)]*\)", template.read_text()
        )
    }
    # `item` is the page's own item (Renderer.page_context: spec.item)
    assert shown == {
        ("item.html", "item.content"),
        ("page.html", "item.content"),
        ("print.html", "item.content"),
    }
