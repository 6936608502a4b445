"""The devserver's quick rebuild: which edits it takes, the registry it derives,
and which files it renders again."""

import shutil
from dataclasses import replace

import pytest

from plugins.multilingual import quick
from plugins.multilingual.output import OutputTree
from plugins.multilingual.quick import Declined, Edit
from plugins.multilingual.session import with_plans
from tests.unit.multilingual_fakes import FakeReaders, contents, session_of_site

REPORT = "news/report.lv.md"


def session_with(tmp_path, **new_files):
    """A session over the small site whose readers answer these edited files."""
    pairs = contents()
    by_source = {content.relative_source_path: content for content, _ in pairs}
    readers = FakeReaders(
        {
            source.replace("__", "/").replace("_", "."): change(by_source)
            for source, change in new_files.items()
        }
    )
    return session_of_site(tmp_path, pairs, readers)


def edit_of(source, **changes):
    """A change that reads `source` again with these attributes changed."""
    return lambda by_source: by_source[source].edited(**changes)


def with_metadata(source, **metadata):
    """A change that reads `source` again with other metadata."""

    def change(by_source):
        new = by_source[source].edited()
        new.metadata.update(metadata)
        return new

    return change


def test_an_edit_of_the_text_gives_the_new_item(tmp_path):
    session = session_with(
        tmp_path, news__report_lv_md=edit_of(REPORT, body="<p>Jauns</p>")
    )
    edits = quick.read_edits(session, [REPORT])
    [edit] = edits
    assert isinstance(edit, Edit)
    assert edit.source == REPORT
    assert edit.item.path == "lv/news/report/"
    assert edit.item.content == "<p>Jauns</p>"
    assert edit.read == (session.pelican.readers.files[REPORT], False)
    # read again from the content folder, as the same kind of content object
    assert session.pelican.readers.calls == [("content", REPORT, type(edit.read[0]))]
    # the last build's item is as it was
    assert session.registry.item_at("lv/news/report/").content == "<p>Sen</p>"


DECLINES = [
    ("new file", {}, "news/new.lv.md", "news/new.lv.md is a new file"),
    (
        "metadata changed",
        {"news__report_lv_md": with_metadata(REPORT, title="Cits")},
        REPORT,
        "the metadata of news/report.lv.md changed",
    ),
    (
        "not a site language",
        {"news__report_lv_md": edit_of(REPORT, lang="de")},
        REPORT,
        "news/report.lv.md is not an item of the site",
    ),
    (
        "institutional page",
        {"about_lv_md": edit_of("about.lv.md", body="<p>Jauns</p>")},
        "about.lv.md",
        "about.lv.md is an institutional page, in every page's menu",
    ),
    (
        "a fixed field changed",
        {"news__report_lv_md": edit_of(REPORT, title="Jauns virsraksts")},
        REPORT,
        "the title of news/report.lv.md changed",
    ),
    (
        "the date changed",
        {"news__report_lv_md": edit_of(REPORT, date=None)},
        REPORT,
        "the date of news/report.lv.md changed",
    ),
]


@pytest.mark.parametrize(
    ("new_files", "changed", "reason"),
    [case[1:] for case in DECLINES],
    ids=[case[0] for case in DECLINES],
)
def test_only_a_full_build_can_tell(tmp_path, new_files, changed, reason):
    session = session_with(tmp_path, **new_files)
    assert quick.read_edit(session, changed) == reason
    assert quick.read_edits(session, [changed]) == Declined(reason)


def test_one_declined_file_declines_every_edit(tmp_path):
    session = session_with(
        tmp_path, news__report_lv_md=edit_of(REPORT, body="<p>J</p>")
    )
    assert quick.read_edits(session, [REPORT, "news/new.lv.md"]) == Declined(
        "news/new.lv.md is a new file"
    )


def revise(session, source, **changes):
    """The edit of one file, with its new item."""
    content = session.sources[source][0].edited(**changes)
    session.pelican.readers.files[source] = content
    return quick.read_edit(session, source)


def test_revised_registry_replaces_the_edited_items_only(tmp_path):
    session = session_of_site(tmp_path)
    old = session.registry
    edit = revise(session, REPORT, body="<p>Jauns</p>")
    registry, revised = quick.revised_registry(session.state, [edit])
    assert revised == {"lv/news/report/"}
    assert registry.item_at("lv/news/report/") is edit.item
    assert old.item_at("lv/news/report/").content == "<p>Sen</p>"
    unchanged = [item.path for item in old.every_item() if item.path not in revised]
    assert all(registry.item_at(path) is old.item_at(path) for path in unchanged)
    assert [i.path for i in registry.every_item()] == [i.path for i in old.every_item()]


def test_a_serbian_edit_regenerates_its_latin_copy(tmp_path):
    session = session_of_site(tmp_path)
    old = session.registry
    body = '<p>Нови <a href="/sr/news/druga/">текст</a></p>'
    edit = revise(session, "news/vest.sr-Cyrl.md", body=body)
    registry, revised = quick.revised_registry(session.state, [edit])
    assert revised == {"sr/news/vest/", "sr-latn/news/vest/"}
    copy = registry.item_at("sr-latn/news/vest/")
    # transliterated from the new text, its link pointed at the Latin copy
    assert copy.content == '<p>Novi <a href="/sr-latn/news/druga/">tekst</a></p>'
    assert copy.generated_from == "sr-Cyrl"
    assert old.item_at("sr-latn/news/vest/").content.startswith("<p>Stari ")


def test_a_latin_version_an_editor_wrote_is_not_regenerated(tmp_path):
    pairs = contents()
    written = ("news/vest.sr-Latn.md", "sr-Latn", "vest", "Vest", "<p>Ručno</p>")
    pairs.append((type(pairs[0][0])(*written), False))
    session = session_of_site(tmp_path, pairs)
    edit = revise(session, "news/vest.sr-Cyrl.md", body="<p>Нови</p>")
    registry, revised = quick.revised_registry(session.state, [edit])
    assert revised == {"sr/news/vest/"}
    assert registry.item_at("sr-latn/news/vest/").content == "<p>Ručno</p>"


def quick_render(tmp_path, source, body, by_face=False):
    """A full build, then render_showing of one edit into a copy of its output
    (`by_face`: lists of items whose face is as it was are not rendered, and the
    edit keeps the summary)."""
    built = session_of_site(tmp_path).full()
    if by_face:
        summary = built.registry.item_at("lv/news/report/").summary
        edit = revise(built, source, body=body, summary=summary)
    else:
        edit = revise(built, source, body=body)
    registry, revised = quick.revised_registry(built.state, [edit])
    state = with_plans(replace(built.state, registry=registry))
    root = tmp_path / "quick"
    shutil.copytree(built.output.root, root)
    output = OutputTree(root)
    faces = quick.changed_faces(built.registry, registry, revised) if by_face else None
    record = quick.render_showing(built, state, revised, output, faces)
    return built, state, output, record, revised


def test_a_body_edit_renders_the_items_own_page_only(tmp_path):
    built, state, output, record, revised = quick_render(
        tmp_path, REPORT, "<p>Jauns</p>", by_face=True
    )
    assert revised == {"lv/news/report/"}
    assert quick.changed_faces(built.registry, state.registry, revised) == set()
    assert output.written == ["lv/news/report/index.html"]
    assert output.unchanged == []  # its list, home page and translations: not read
    assert set(state.pages._plans) == set()  # its own page: no language planned
    assert record.current["lv/index.html"] == built.record.current["lv/index.html"]
    page = (output.root / "lv/news/report/index.html").read_text()
    assert "<p>Jauns</p>" in page


def test_a_face_change_renders_every_page_showing_it(tmp_path):
    built = session_of_site(tmp_path).full()
    edit = revise(built, REPORT, body="<p>Jauns</p>")
    retitled = replace(edit, item=edit.item.with_changes(summary="<p>Jauns</p>"))
    registry, revised = quick.revised_registry(built.state, [retitled])
    assert quick.changed_faces(built.registry, registry, revised) == revised


def test_render_showing_renders_only_the_files_showing_an_edit(tmp_path):
    built, state, output, record, revised = quick_render(
        tmp_path, REPORT, "<p>Jauns</p>"
    )
    showing = {path for path, shows in built.record.shows.items() if shows & revised}
    # every file showing the item is rendered again; only those whose bytes
    # changed are written (the tiny theme shows bodies on item pages only)
    assert set(output.written) | set(output.unchanged) == showing
    assert output.written == ["lv/news/report/index.html"]
    assert "en/news/report/index.html" in showing  # its translation links it
    assert "lv/index.html" in showing  # the home page lists it
    assert "lv/news/other/index.html" not in showing
    assert "<p>Jauns</p>" in (output.root / "lv/news/report/index.html").read_text()
    # languages whose pages show nothing edited are not even planned; Serbian
    # has no version of the report, so its notice page names it
    assert set(state.pages._plans) == {"lv", "en", "sr-Cyrl", "sr-Latn"}
    # a new record: the new fingerprints of rendered files, the last build's others
    assert record is not built.record
    for path in showing:
        assert record.current[path] != built.record.current[path]
    for path in set(built.record.current) - showing:
        assert record.current[path] == built.record.current[path]
    assert record.shows == built.record.shows  # the text moved no item


def test_a_serbian_edit_renders_both_scripts(tmp_path):
    _built, _state, output, _record, _revised = quick_render(
        tmp_path, "news/vest.sr-Cyrl.md", "<p>Нови</p>"
    )
    assert "sr/news/vest/index.html" in output.written
    assert "sr-latn/news/vest/index.html" in output.written
    latin = (output.root / "sr-latn/news/vest/index.html").read_text()
    assert "<p>Novi</p>" in latin
