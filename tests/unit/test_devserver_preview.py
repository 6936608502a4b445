"""The devserver's preview: the reload script only in served pages, the event
stream, the overlay of a failed build and the addresses of changed pages."""

import http.client
import json
import re
import threading

import pytest

from tests.needs import ROOT
from tools import preview
from tools.devserver import CONTENT_SECURITY_POLICY, BuildState, announcer, serve
from tools.preview import changed_pages, event_message, overlay, with_preview

PAGE = b"<!DOCTYPE html><html><head><title>A</title></head><body><p>A</p></BODY></html>"
FAILURE = (
    "Build failed; the previous site is unchanged.\n"
    "content/news/a.lv.md:9: error: Image <script>x.png</script> & co. "
    'Fix: write "images/x.png".'
)


def test_the_devserver_sends_the_production_policy():
    nginx = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    (policy,) = re.findall(r'Content-Security-Policy "([^"]+)"', nginx)
    assert policy == CONTENT_SECURITY_POLICY


def test_the_script_goes_before_the_end_of_the_body():
    served = with_preview(PAGE, 7, None)
    assert served == PAGE.replace(
        b"</BODY>",
        b'<script src="/__devserver/reload.js" defer data-devserver-build="7">'
        b"</script></BODY>",
    )


def test_a_page_without_a_body_end_gets_the_script_at_its_end():
    assert with_preview(b"<p>A", 1, None).endswith(
        b'data-devserver-build="1"></script>'
    )


def test_the_overlay_shows_every_line_escaped():
    assert overlay(FAILURE) == (
        '<link rel="stylesheet" href="/__devserver/overlay.css">'
        '<aside id="devserver-overlay" role="alert" lang="en">'
        "<h2>The last build failed: the page shows the last good one.</h2>"
        "<ul><li>Build failed; the previous site is unchanged.</li>"
        "<li>content/news/a.lv.md:9: error: Image &lt;script&gt;x.png&lt;/script&gt; "
        "&amp; co. Fix: write &quot;images/x.png&quot;.</li></ul>"
        "<p>Fix the file and save it: this page reloads by itself.</p></aside>"
    )
    assert overlay(FAILURE) in with_preview(PAGE, 2, FAILURE).decode()


def test_an_event_names_the_build_and_whether_it_failed():
    assert event_message(3, None) == (
        b'event: build\nid: 3\ndata: {"build": 3, "failed": false}\n\n'
    )
    assert event_message(4, FAILURE) == (
        b'event: build\nid: 4\ndata: {"build": 4, "failed": true}\n\n'
    )


BASE = "http://127.0.0.1:8000/"
WRITTEN = [
    "lv/news/x/index.html",
    "index.html",
    "lv/news/feed.xml",
    "theme/css/site.css",
    "404.html",
    "cs/novinky/žena/index.html",
]


def test_changed_pages_are_addresses_of_pages_only():
    assert changed_pages(BASE, WRITTEN) == (
        "Changed pages:\n"
        "  http://127.0.0.1:8000/\n"
        "  http://127.0.0.1:8000/404.html\n"
        "  http://127.0.0.1:8000/cs/novinky/%C5%BEena/\n"
        "  http://127.0.0.1:8000/lv/news/x/"
    )


def test_many_changed_pages_end_with_how_many_more():
    written = [f"lv/news/{n:02}/index.html" for n in range(12)]
    assert changed_pages(BASE, written, shown=3).splitlines() == [
        "Changed pages:",
        "  http://127.0.0.1:8000/lv/news/00/",
        "  http://127.0.0.1:8000/lv/news/01/",
        "  http://127.0.0.1:8000/lv/news/02/",
        "  and 9 more",
    ]


def test_no_changed_page_is_said():
    assert changed_pages(BASE, ["lv/news/feed.xml"]) == "No page changed."


@pytest.fixture
def served(tmp_path):
    """An output folder served by the devserver's handler on a free loopback port."""
    output = tmp_path / "output"
    (output / "lv" / "news").mkdir(parents=True)
    (output / "lv" / "news" / "index.html").write_bytes(PAGE)
    (output / "lv" / "news" / "feed.xml").write_bytes(b"<feed/>")
    state = BuildState()
    server = serve(output, "127.0.0.1", 0, state)
    yield output, state, server.server_address[1]
    state.close()
    server.shutdown()
    server.server_close()


def fetch(port: int, path: str) -> http.client.HTTPResponse:
    """GET a path from the devserver; the answer, read."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.request("GET", path)
    answer = connection.getresponse()
    answer.body = answer.read()
    connection.close()
    return answer


def test_served_pages_get_the_script_and_files_on_disk_never_do(served):
    output, state, port = served
    state.publish(None)
    answer = fetch(port, "/lv/news/")
    assert answer.status == 200
    assert answer.body == with_preview(PAGE, 1, None)
    assert int(answer.getheader("Content-Length")) == len(answer.body)
    assert answer.getheader("Content-Security-Policy") == CONTENT_SECURITY_POLICY
    assert answer.getheader("Cache-Control") == "no-store"
    assert (output / "lv" / "news" / "index.html").read_bytes() == PAGE
    assert fetch(port, "/lv/news/index.html").body == answer.body
    assert fetch(port, "/lv/news/feed.xml").body == b"<feed/>"
    redirect = fetch(port, "/lv/news")
    assert (redirect.status, redirect.getheader("Location")) == (301, "/lv/news/")


def test_an_address_with_no_page_yet_reloads_when_one_is_built(served):
    _, state, port = served
    state.publish(None)
    answer = fetch(port, "/lv/news/<new>/")
    assert answer.status == 404
    assert answer.body == with_preview(
        b'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        b"<title>Not built (yet)</title></head><body>"
        b"<h1>No page at /lv/news/&lt;new&gt;/ (yet)</h1>"
        b"<p>The page appears here by itself as soon as a build makes it."
        b"</p></body></html>",
        1,
        None,
    )


def test_after_a_failed_build_pages_show_the_overlay_until_a_good_one(served):
    _, state, port = served
    state.publish(FAILURE)
    assert fetch(port, "/lv/news/").body == with_preview(PAGE, 1, FAILURE)
    state.publish(None)
    assert b"devserver-overlay" not in fetch(port, "/lv/news/").body


@pytest.mark.parametrize(
    ("path", "kind", "starts"),
    [
        (preview.SCRIPT, "text/javascript; charset=utf-8", b"// The devserver's live"),
        (preview.STYLE, "text/css; charset=utf-8", b"/* The devserver's overlay"),
    ],
)
def test_the_preview_serves_its_own_script_and_style(served, path, kind, starts):
    answer = fetch(served[2], path)
    assert (answer.status, answer.getheader("Content-Type")) == (200, kind)
    assert answer.body.startswith(starts)


def test_the_event_stream_sends_the_current_build_then_each_next_one(served):
    _, state, port = served
    state.publish(None)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.request("GET", preview.EVENTS)
    answer = connection.getresponse()
    assert answer.getheader("Content-Type") == "text/event-stream"

    def event() -> dict:
        lines = [answer.readline() for _ in range(4)]
        assert lines[0] == b"event: build\n" and lines[3] == b"\n"
        return json.loads(lines[2].removeprefix(b"data: "))

    assert event() == {"build": 1, "failed": False}
    threading.Timer(0.2, state.publish, [FAILURE]).start()
    assert event() == {"build": 2, "failed": True}
    connection.close()


def test_each_build_is_announced_to_pages_and_in_the_terminal(capsys):
    state = BuildState()
    on_build = announcer(state, BASE)
    watcher = type("Watcher", (), {"failure": None})()
    built = type("Built", (), {"output": type("Tree", (), {"written": WRITTEN[:2]})})
    on_build(watcher, built)
    assert (state.build, state.failure) == (1, None)
    assert capsys.readouterr().out == (
        "Changed pages:\n  http://127.0.0.1:8000/\n  http://127.0.0.1:8000/lv/news/x/\n"
    )
    watcher.failure = FAILURE
    on_build(watcher, None)
    assert (state.build, state.failure) == (2, FAILURE)
    assert capsys.readouterr().out == ""
