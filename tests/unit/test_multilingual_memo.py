"""Files kept by the digest of their inputs (feeds, calendars)."""

from plugins.multilingual.memo import DiskMemo, source_digest


def test_same_inputs_are_made_once_and_unused_ones_forgotten(tmp_path):
    calls = []

    def make(text):
        def build():
            calls.append(text)
            return text.encode()

        return build

    first = DiskMemo(tmp_path, "salt")
    assert first.bytes_for("a", make("a")) == b"a"
    assert first.bytes_for("b", make("b")) == b"b"
    second = DiskMemo(tmp_path, "salt")
    assert second.bytes_for("a", make("a")) == b"a"
    assert calls == ["a", "b"]
    second.forget_unused()
    assert len(list(tmp_path.iterdir())) == 1
    assert DiskMemo(tmp_path, "other code").bytes_for("a", make("a")) == b"a"
    assert calls == ["a", "b", "a"]


def test_without_a_folder_everything_is_made(tmp_path):
    memo = DiskMemo(None, "salt")
    assert memo.bytes_for("a", lambda: b"x") == b"x"
    memo.forget_unused()


def test_source_digest_changes_with_the_code(tmp_path):
    (tmp_path / "core.py").write_text("A = 1\n")
    before = source_digest(tmp_path)
    (tmp_path / "core.py").write_text("A = 2\n")
    assert source_digest(tmp_path) != before
