"""`make devserver`: rebuild on every change and serve the output on loopback.

Content errors are printed in the terminal and the server keeps serving the last
good build, so an editor can fix the file and save again.
"""

import argparse
import functools
import http.server
import logging
import sys
import threading
from pathlib import Path

from pelican.log import init as init_logging

from .build import load_settings
from .watch import watch


def serve(directory: Path, bind: str, port: int) -> http.server.ThreadingHTTPServer:
    """Serve a folder in a background thread; it may be replaced between requests."""
    handler = functools.partial(
        http.server.SimpleHTTPRequestHandler, directory=str(directory)
    )
    server = http.server.ThreadingHTTPServer((bind, port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main(argv=None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settings", default="pelican.conf.py")
    parser.add_argument("--input")
    parser.add_argument("--output")
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    init_logging(logging.WARNING)
    settings = load_settings(args)
    # An editor's preview: drafts and scheduled items too, marked, never indexed.
    settings["MULTILINGUAL_PREVIEW"] = True
    output = Path(settings["OUTPUT_PATH"])
    output.mkdir(parents=True, exist_ok=True)
    serve(output, args.bind, args.port)
    print(f"Serving {output} at http://{args.bind}:{args.port}/", flush=True)
    try:
        watch(settings, args.settings)
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
