"""What a build depended on, and what the next build may skip (dependencies.py)."""

from types import SimpleNamespace

import msgspec
import pytest

from plugins.multilingual.dependencies import (
    changed_faces,
    recorded,
    revised_since,
    shows_of,
)
from plugins.multilingual.fingerprints import RecordFile

from .multilingual_builders import news, page, registry_of

INPUTS = "tag-table-digest"


def state_of(items):
    registry = registry_of(items)
    return SimpleNamespace(registry=registry, languages=registry.languages)


BEFORE = [
    news("lv", "report", 1, content="<p>Teksts</p>"),
    news("en", "report", 1, content="<p>Text</p>"),
    page("en", "about", content="<p>About</p>"),
]
SHOWS = {
    "lv/news/report/index.html": frozenset({"lv/news/report/"}),
    "lv/index.html": frozenset({"lv/news/report/", "en/news/report/"}),
    "en/about/index.html": frozenset({"en/about/"}),
}
PAGE_FILES = {"lv": {"lv/index.html", "lv/news/report/index.html"}, "en": set()}


def record_of(items, shows=SHOWS, inputs=INPUTS) -> RecordFile:
    made = recorded(state_of(items), shows, PAGE_FILES, ["x.html"], inputs)
    return RecordFile(3, "tree", "base", {"lv/index.html": "f"}, made)


def test_the_record_names_items_once_and_files_by_index():
    made = record_of(BEFORE).dependencies
    assert made.paths == sorted({item.path for item in BEFORE})
    assert all(len(revision.split(":")) == 3 for revision in made.revisions)
    assert shows_of(made) == SHOWS
    assert made.languages == {"en": [], "lv": sorted(PAGE_FILES["lv"])}


def test_a_text_edit_revises_that_item_only():
    after = [BEFORE[0].with_changes(content="<p>Jauns teksts</p>"), *BEFORE[1:]]
    assert revised_since(state_of(after), record_of(BEFORE), INPUTS) == {
        "lv/news/report/"
    }
    assert revised_since(state_of(BEFORE), record_of(BEFORE), INPUTS) == set()


@pytest.mark.parametrize(
    "change",
    [
        {"title": "Jauns virsraksts"},
        {"publisher": "Iekšlietu ministrija"},
        {"contact": "+371 67219263"},
        {"location": "Rīga"},
    ],
)
def test_an_edit_of_what_pages_only_show_revises_the_item_and_its_face(change):
    """Shown fields decide no page's place or list (items.SHOWN_FIELDS): the pages
    showing the item are made again, as after an edit of its summary."""
    after = [BEFORE[0].with_changes(**change), *BEFORE[1:]]
    record = record_of(BEFORE)
    assert revised_since(state_of(after), record, INPUTS) == {"lv/news/report/"}
    assert changed_faces(state_of(after), record, {"lv/news/report/"}) == {
        "lv/news/report/"
    }


def test_of_the_revised_items_those_whose_face_changed_are_told_apart():
    body = BEFORE[0].with_changes(content="<p>Jauns teksts</p>")
    summary = body.with_changes(summary="<p>Jauns</p>")
    record = record_of(BEFORE)
    assert changed_faces(state_of([body, *BEFORE[1:]]), record, {body.path}) == set()
    after = state_of([summary, *BEFORE[1:]])
    assert changed_faces(after, record, {summary.path}) == {summary.path}
    # a record without faces (or a spoilt one) cannot tell: every one changed
    made = record.dependencies
    old = [revision.rpartition(":")[0] for revision in made.revisions]
    older = RecordFile(
        3, "tree", "base", {}, msgspec.structs.replace(made, revisions=old)
    )
    assert changed_faces(state_of([body, *BEFORE[1:]]), older, {body.path}) == {
        body.path
    }


@pytest.mark.parametrize(
    ("after", "inputs", "reason"),
    [
        ([BEFORE[0].with_changes(hidden=True)] + BEFORE[1:], INPUTS, "metadata of"),
        ([BEFORE[0].with_changes(date=None)] + BEFORE[1:], INPUTS, "metadata of"),
        ([BEFORE[2].with_changes(title="New")] + BEFORE[:2], INPUTS, "institutional"),
        (BEFORE[:2] + [BEFORE[2].with_changes(content="x")], INPUTS, "institutional"),
        (BEFORE[:2], INPUTS, "added, removed or moved"),
        ([*BEFORE, news("lv", "more", 2)], INPUTS, "added, removed or moved"),
        (BEFORE, "another tag table", "tags.toml changed"),
    ],
)
def test_anything_else_checks_every_page(after, inputs, reason):
    found = revised_since(state_of(after), record_of(BEFORE), inputs)
    assert isinstance(found, str) and reason in found


def test_no_record_or_a_spoilt_one_checks_every_page():
    assert "no record" in revised_since(state_of(BEFORE), None, INPUTS)
    made = record_of(BEFORE).dependencies
    for wrong in ([len(made.paths)], [0, -1]):
        spoilt = msgspec.structs.replace(made, shows={"a.html": wrong})
        with pytest.raises(ValueError, match="unknown item"):
            shows_of(spoilt)
    empty = msgspec.structs.replace(made, shows={"a.html": []})
    assert shows_of(empty) == {"a.html": frozenset()}
    short = msgspec.structs.replace(made, revisions=made.revisions[:1])
    record = RecordFile(3, "tree", "base", {}, short)
    assert "spoilt" in revised_since(state_of(BEFORE), record, INPUTS)


def test_a_record_made_from_an_earlier_one_is_the_record_made_afresh():
    earlier = record_of(BEFORE).dependencies
    edited = BEFORE[0].with_changes(content="<p>Jauns teksts</p>")
    after = [edited, *BEFORE[1:]]
    shows = {**SHOWS, "lv/news/report/index.html": frozenset({"lv/news/report/"})}
    args = (state_of(after), shows, PAGE_FILES, ["x.html"], INPUTS)
    made = recorded(*args, earlier=earlier, earlier_shows=SHOWS)
    assert made == recorded(*args)
    # What is the same is taken over: the unchanged items' digests, and the lists of
    # the files that show the very same set; the edited item's digests are new.
    unchanged = [
        number for number, path in enumerate(made.paths) if path != edited.path
    ]
    assert all(made.revisions[n] is earlier.revisions[n] for n in unchanged)
    assert made.shows["lv/index.html"] is earlier.shows["lv/index.html"]
    assert (
        made.shows["lv/news/report/index.html"]
        is not (earlier.shows["lv/news/report/index.html"])
    )  # an equal set, but made anew: its list is made anew too


@pytest.mark.parametrize(
    "change",
    ["an item added", "a spoilt record", "a record without faces", "another set"],
)
def test_an_earlier_record_that_no_longer_fits_is_not_taken_over(change):
    earlier = record_of(BEFORE).dependencies
    items, shows = list(BEFORE), dict(SHOWS)
    if change == "an item added":
        items.append(news("en", "earlier", 2, content="<p>Before</p>"))
        shows["lv/index.html"] = SHOWS["lv/index.html"] | {items[-1].path}
    elif change == "a spoilt record":
        earlier = msgspec.structs.replace(earlier, revisions=earlier.revisions[:-1])
    elif change == "a record without faces":
        old = [revision.rpartition(":")[0] for revision in earlier.revisions]
        earlier = msgspec.structs.replace(earlier, revisions=old)
    else:
        shows["lv/index.html"] = frozenset({"lv/news/report/"})
    args = (state_of(items), shows, PAGE_FILES, ["x.html"], INPUTS)
    assert recorded(*args, earlier=earlier, earlier_shows=SHOWS) == recorded(*args)
