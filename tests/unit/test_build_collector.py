"""Build processes collect cycles less often (tools/build.py, tune_collector)."""

import gc

import pytest

from tools import build, devserver


@pytest.fixture
def thresholds():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_tuning_changes_only_the_young_generation(thresholds):
    gc.set_threshold(700, 12, 13)
    build.tune_collector()
    assert gc.get_threshold() == (build.YOUNG_COLLECTION_EVERY, 12, 13)
    assert build.YOUNG_COLLECTION_EVERY > 700


def test_make_html_tunes_the_collector_before_it_builds(thresholds, monkeypatch):
    seen = []
    monkeypatch.setattr(build, "load_settings", lambda args: {})
    monkeypatch.setattr(
        build, "build_once", lambda *a, **k: seen.append(gc.get_threshold()[0])
    )
    assert build.main([]) == 1  # build_once answered None: a failed build
    assert seen == [build.YOUNG_COLLECTION_EVERY]


def test_the_devserver_tunes_it_too(thresholds, monkeypatch):
    class Stop(Exception):
        pass

    def load_settings(args):
        raise Stop

    monkeypatch.setattr(devserver, "load_settings", load_settings)
    with pytest.raises(Stop):
        devserver.main([])
    assert gc.get_threshold()[0] == build.YOUNG_COLLECTION_EVERY
