"""The devserver's preview (tools/preview.py) is added to pages as they are served:
a built site never holds its script, overlay or event stream."""

from tools import preview


def test_no_built_file_mentions_the_devserver(site):
    files = [path for path in site.rglob("*") if path.is_file()]
    assert any(path.name == "index.html" for path in files)
    holding = [
        str(path.relative_to(site))
        for path in files
        if preview.PREFIX.strip("/").encode() in path.read_bytes()
    ]
    assert holding == []
