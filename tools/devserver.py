"""`make devserver`: rebuild on every change and serve the output on loopback.

Content errors are printed in the terminal and shown over the page, and the server
keeps serving the last good build, so an editor can fix the file and save again.
Every page it serves reloads itself when a build finishes (server-sent events and a
same-origin script, tools/preview.py); files on disk never hold that script.
"""

import argparse
import functools
import http.server
import logging
import sys
import threading
from pathlib import Path

from pelican.log import init as init_logging

from . import preview
from .build import load_settings, tune_collector
from .watch import watch

ASSETS = Path(__file__).resolve().parent / "preview_assets"
ASSET_TYPES = {
    preview.SCRIPT: ("reload.js", "text/javascript; charset=utf-8"),
    preview.STYLE: ("overlay.css", "text/css; charset=utf-8"),
}
# The policy deploy/nginx.conf sends, so that the preview hides what production hides.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
HEARTBEAT = 15.0  # seconds between comments that find closed event streams


class BuildState:
    """The number of the last build and its failure, if any; streams wait on it."""

    def __init__(self):
        self.build = 0
        self.failure: str | None = None
        self.closed = False
        self.changed = threading.Condition()

    def publish(self, failure: str | None) -> None:
        """A build finished: tell every waiting stream."""
        with self.changed:
            self.build += 1
            self.failure = failure
            self.changed.notify_all()

    def close(self) -> None:
        """End every stream (the server stops)."""
        with self.changed:
            self.closed = True
            self.changed.notify_all()

    def next_after(self, seen: int, timeout: float) -> tuple[int, str | None]:
        """The build after `seen` once there is one, or the same after `timeout`."""
        with self.changed:
            self.changed.wait_for(
                lambda: self.build != seen or self.closed, timeout=timeout
            )
            return self.build, self.failure


class PreviewHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the output with the preview added to HTML pages, the event stream
    and the preview's own script and style."""

    state: BuildState

    def do_GET(self):
        """The event stream, a preview asset, a page with the preview, or a file."""
        path = self.path.split("?", 1)[0]
        if path == preview.EVENTS:
            return self.send_events()
        if path in ASSET_TYPES:
            name, kind = ASSET_TYPES[path]
            return self.send_body((ASSETS / name).read_bytes(), kind)
        build, failure = self.state.build, self.state.failure
        if not Path(self.translate_path(self.path)).exists():
            body = preview.missing_page(path, build, failure)
            return self.send_body(body, "text/html; charset=utf-8", 404)
        page = self.html_file()
        if page is None:
            return super().do_GET()
        body = preview.with_preview(page.read_bytes(), build, failure)
        return self.send_body(body, "text/html; charset=utf-8")

    def html_file(self) -> Path | None:
        """The HTML file this request asks for, if it is one."""
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?", 1)[0].endswith("/"):
                return None  # the parent class redirects to the address with "/"
            path = path / "index.html"
        return path if path.suffix == ".html" and path.is_file() else None

    def send_body(self, body: bytes, kind: str, status: int = 200) -> None:
        """A complete answer."""
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_events(self) -> None:
        """The server-sent event stream: the current build, then every next one."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        seen = -1
        try:
            while not self.state.closed:
                build, failure = self.state.next_after(seen, HEARTBEAT)
                if build == seen:
                    self.wfile.write(b": waiting\n\n")
                else:
                    self.wfile.write(preview.event_message(build, failure))
                    seen = build
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return  # the page was closed or reloaded

    def end_headers(self):
        """Never cached, and under the production policy."""
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        super().end_headers()

    def log_message(self, format, *args):
        """Keep the terminal for builds and their errors."""


def serve(
    directory: Path, bind: str, port: int, state: BuildState
) -> http.server.ThreadingHTTPServer:
    """Serve a folder in a background thread; it may be replaced between requests."""
    handler = functools.partial(
        type("Handler", (PreviewHandler,), {"state": state}), directory=str(directory)
    )
    server = http.server.ThreadingHTTPServer((bind, port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def announcer(state: BuildState, base: str):
    """What the devserver does after each build: tell the pages, name the changes."""

    def on_build(watcher, built) -> None:
        state.publish(watcher.failure)
        if built:
            print(preview.changed_pages(base, built.output.written), flush=True)

    return on_build


def main(argv=None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settings", default="pelican.conf.py")
    parser.add_argument("--input")
    parser.add_argument("--output")
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000, help="0: any free port")
    args = parser.parse_args(argv)
    init_logging(logging.WARNING)
    tune_collector()
    settings = load_settings(args)
    # An editor's preview: drafts and scheduled items too, marked, never indexed.
    settings["MULTILINGUAL_PREVIEW"] = True
    output = Path(settings["OUTPUT_PATH"])
    output.mkdir(parents=True, exist_ok=True)
    state = BuildState()
    server = serve(output, args.bind, args.port, state)
    base = f"http://{args.bind}:{server.server_address[1]}/"
    print(f"Serving {output} at {base}", flush=True)
    try:
        watch(settings, args.settings, announcer(state, base))
    except KeyboardInterrupt:
        return 0
    finally:
        state.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
