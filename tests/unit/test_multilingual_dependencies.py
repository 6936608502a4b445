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
        ([BEFORE[0].with_changes(title="New")] + BEFORE[1:], INPUTS, "metadata of"),
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
    spoilt = msgspec.structs.replace(made, shows={"a.html": [len(made.paths)]})
    with pytest.raises(ValueError, match="unknown item"):
        shows_of(spoilt)
    short = msgspec.structs.replace(made, revisions=made.revisions[:1])
    record = RecordFile(3, "tree", "base", {}, short)
    assert "spoilt" in revised_since(state_of(BEFORE), record, INPUTS)
