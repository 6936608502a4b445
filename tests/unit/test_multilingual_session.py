"""The build session: page plans made when asked, what it produced, full and
quick builds that answer new sessions."""

import shutil
from types import SimpleNamespace

import pytest

from plugins.base import urls
from plugins.multilingual import hooks
from plugins.multilingual.fingerprints import RecordPlace
from plugins.multilingual.hooks import PageContextError
from plugins.multilingual.quick import Declined
from plugins.multilingual.session import BuildKind, PagePlans
from plugins.multilingual.site_pages import DeferredContext, PageSpec
from tests.unit.multilingual_fakes import contents, session_of_site, site_state

REPORT = "news/report.lv.md"


def test_page_plans_plan_a_language_only_when_asked_and_once():
    state = site_state(contents())
    asked = []

    def extra(state, language):
        asked.append(language.code)
        return []

    plans = PagePlans(state)
    with hooks.language_pages.connected_to(extra):
        assert asked == []
        first = plans["lv"]
        assert plans["lv"] is first
        assert asked == ["lv"]
    assert list(plans) == ["lv", "sr-Cyrl", "sr-Latn", "en"]
    assert len(plans) == 4
    assert "lv/news/report/" in {spec.path for spec in first}
    assert "en/news/report/" not in {spec.path for spec in first}


def test_a_deferred_context_is_made_when_read_once_and_checked_then(tmp_path):
    made = []

    def months():
        made.append("months")
        return {"months": [1, 2]}

    def bad():
        made.append("bad")
        return {"title_of": lambda: "x"}

    def extra(state, language):
        return [
            PageSpec("month.html", f"{language.prefix}/m/", DeferredContext(months)),
            PageSpec("bad.html", f"{language.prefix}/b/", DeferredContext(bad)),
        ]

    plans = PagePlans(site_state(contents()))
    with hooks.language_pages.connected_to(extra):
        plan = plans["lv"]
    assert made == []  # planning made no context
    month, wrong = plan[-2:]
    assert dict(month.context) == {"months": [1, 2]}
    assert month.context["months"] == [1, 2] and len(month.context) == 1
    assert made == ["months"]
    with pytest.raises(PageContextError, match=r"^tests\.unit\.test_multilingual_s"):
        wrong.context["title_of"]
    assert made == ["months", "bad"]


def test_a_bad_deferred_context_stops_the_full_build(tmp_path):
    def extra(state, language):
        context = DeferredContext(lambda: {"title_of": lambda: "x"})
        page = f"{language.prefix}/m/"
        return [PageSpec("month.html", page, context, same_page_in=lambda _: (page, 1))]

    session = session_of_site(tmp_path)
    refused = pytest.raises(PageContextError, match="put 'title_of' into the context")
    with hooks.language_pages.connected_to(extra), refused:
        session.full()


def test_produced_is_the_output_and_the_statics(tmp_path):
    statics = [SimpleNamespace(save_as="images/a.png")]
    session = session_of_site(tmp_path, statics=statics)
    assert session.produced() == {"images/a.png"}
    built = session_of_site(tmp_path, statics=statics).full()
    produced = built.produced()
    assert produced == set(built.output.produced) | {"images/a.png"}
    assert {"index.html", "lv/index.html", "theme/site.css"} <= produced


def test_full_writes_every_planned_page(tmp_path):
    session = session_of_site(tmp_path)
    built = session.full()
    assert built is not session
    assert session.kind is None and session.output is None
    assert built.kind is BuildKind.FULL
    planned = set().union(*built.page_files.values())
    assert planned == {
        urls.output_file(spec.path) for specs in built.pages.values() for spec in specs
    }
    root = tmp_path / "output"
    assert all((root / path).is_file() for path in planned)
    assert set(built.output.written) == planned | {"index.html", "theme/site.css"}
    assert set(built.record.current) == planned
    page = (root / "lv/news/report/index.html").read_text()
    assert page == "<title>lv/news/report/</title><h1>Ziņojums</h1><p>Sen</p>"
    assert built.page_files["lv"] >= {"lv/index.html", "lv/about/index.html"}


def test_a_second_full_build_keeps_every_page(tmp_path):
    session_of_site(tmp_path).full()
    again = session_of_site(tmp_path).full()
    assert again.output.written == []
    assert set(again.output.unchanged) >= set(again.record.current)


def test_quick_answers_a_new_session(tmp_path):
    built = session_of_site(tmp_path).full()
    old_item = built.registry.item_at("lv/news/report/")
    new = built.sources[REPORT][0].edited(body="<p>Jauns</p>")
    built.pelican.readers.files[REPORT] = new
    quick = built.quick([REPORT], tmp_path / "output")
    assert isinstance(quick, type(built)) and quick is not built
    assert quick.kind is BuildKind.QUICK and built.kind is BuildKind.FULL
    assert quick.registry.item_at("lv/news/report/").content == "<p>Jauns</p>"
    assert built.registry.item_at("lv/news/report/") is old_item
    assert quick.sources[REPORT] == (new, False)
    assert built.sources[REPORT][0] is not new
    assert quick.page_files == built.page_files
    assert quick.output.written == ["lv/news/report/index.html"]
    assert "<p>Jauns</p>" in (tmp_path / "output/lv/news/report/index.html").read_text()


def test_a_declined_quick_build_writes_nothing(tmp_path):
    built = session_of_site(tmp_path).full()
    root = tmp_path / "elsewhere"
    answer = built.quick(["news/new.lv.md"], root)
    assert answer == Declined("news/new.lv.md is a new file")
    assert not root.exists()


def record_on_disk(session):
    """The fingerprints of the published output, as the next build reads them."""
    place = RecordPlace.for_settings(session.pelican.settings)
    return place.load(session.record.base)


def test_a_quick_rebuild_may_save_its_record_after_publishing(tmp_path):
    built = session_of_site(tmp_path).full()
    page = "lv/news/report/index.html"
    before = record_on_disk(built)[page]
    built.pelican.readers.files[REPORT] = built.sources[REPORT][0].edited(
        body="<p>Jauns</p>"
    )
    staged = tmp_path / "staged"
    shutil.copytree(tmp_path / "output", staged)
    quick = built.quick([REPORT], staged, keep_record=False)
    assert quick.record.current[page] != before
    assert record_on_disk(built)[page] == before  # nothing saved yet
    published = tmp_path / "output"
    # Not the folder it wrote: the output another build published, say.
    assert quick.unsaved_record(published) is False
    assert record_on_disk(built)[page] == before
    published.rename(tmp_path / "retired")  # as the swap publishes the folder
    staged.rename(published)
    assert quick.unsaved_record(published) is True
    assert record_on_disk(built)[page] == quick.record.current[page]
    assert quick.record.dependencies is not None  # the next quick rebuild's start


def test_a_quick_rebuild_saves_its_record_at_once_unless_asked(tmp_path):
    built = session_of_site(tmp_path).full()
    built.pelican.readers.files[REPORT] = built.sources[REPORT][0].edited(
        body="<p>Jauns</p>"
    )
    quick = built.quick([REPORT], tmp_path / "output")
    assert quick.unsaved_record is None
    page = "lv/news/report/index.html"
    assert record_on_disk(built)[page] == quick.record.current[page]
