"""How build processes use the cycle collector (tools/build.py, tools/watch.py)."""

import gc

import pytest
from pelican import signals

from tools import build, devserver
from tools.watch import Watcher


@pytest.fixture
def thresholds():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)
    gc.unfreeze()


def test_tuning_changes_only_the_young_generation(thresholds):
    gc.set_threshold(700, 12, 13)
    build.tune_collector()
    assert gc.get_threshold() == (build.YOUNG_COLLECTION_EVERY, 12, 13)
    assert build.YOUNG_COLLECTION_EVERY > 700


def test_make_html_keeps_the_default_thresholds(thresholds, monkeypatch):
    seen = []
    monkeypatch.setattr(build, "load_settings", lambda args: {})
    monkeypatch.setattr(
        build, "build_once", lambda *a, **k: seen.append(gc.get_threshold()[0])
    )
    assert build.main([]) == 1  # build_once answered None: a failed build
    assert seen == [700]


def test_the_devserver_tunes_it(thresholds, monkeypatch):
    class Stop(Exception):
        pass

    def load_settings(args):
        raise Stop

    monkeypatch.setattr(devserver, "load_settings", load_settings)
    with pytest.raises(Stop):
        devserver.main([])
    assert gc.get_threshold()[0] == build.YOUNG_COLLECTION_EVERY


class FakePelican:
    """Pelican reading every file: its generators are finalized, then it writes."""

    frozen_while_writing = None

    def __init__(self, settings):
        self.settings = settings

    def run(self):
        signals.all_generators_finalized.send(["generator"])
        FakePelican.frozen_while_writing = gc.get_freeze_count()


def test_what_pelican_read_is_frozen_once_it_is_read(thresholds, monkeypatch):
    gc.unfreeze()
    monkeypatch.setattr(build, "Pelican", FakePelican)
    assert build.run_pelican({}) == ["generator"]
    assert FakePelican.frozen_while_writing > 0


def test_the_devserver_unfreezes_after_a_full_build(thresholds, monkeypatch):
    def reported(self, **options):
        gc.freeze()  # as run_pelican does

    monkeypatch.setattr(Watcher, "reported", reported)
    monkeypatch.setattr("tools.watch.watched_files", lambda roots: set())
    watcher = Watcher.__new__(Watcher)
    watcher.roots = []
    watcher.full()
    assert gc.get_freeze_count() == 0
