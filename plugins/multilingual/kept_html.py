"""Item HTML kept between builds: sanitised and rewritten bodies, Latin text.

Building the registry passes every item's HTML through both sanitising walls
(plugins/base/sanitize.py), every item_html rewrite (phone links, responsive pictures,
document labels) and, for the Serbian Latin copies, transliteration: a quarter of
a `make html` after one edit at N=1000. Each result depends only on the HTML Pelican
gave, the language, and inputs the whole build shares: plugin code, library versions,
settings, catalogs, and what each rewrite declares it reads (hooks.rewrites_from).
So a result is kept under a digest of its HTML and language, in one cache file per
set of shared inputs, and the next build makes only what it has not seen.

Before any of that, Pelican resolves each item's `{filename}`/`{static}` links and
cuts its summary (its get_content and get_summary, a fifth of that same build).
Their result depends only on the file as Pelican read it, where it lies, and the
address of every file a link may name. So each item's finished parts are also
found by a digest of those (`source_key`): an entry naming the kept parts, and
an unchanged file is not handed to Pelican again. A file with an `{attach}` link is
always handed over: resolving that link moves the attached file.

A rewrite that declares nothing turns keeping off (its inputs are unknown). The kept
HTML goes into pages as it is, so the file is read only when the user who builds
owns it and nobody else may write it (base.cache.Store's `owned`).
"""

import hashlib
import os
from collections.abc import Callable, Mapping, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

from plugins.base.cache import SETTLED_NS, SHARDS, Store
from plugins.base.reader_cache import readers_digest

from . import fingerprints, hooks

NAMESPACE = "item-html"
KEEP = 2  # sets of other shared inputs kept, such as the devserver's drafts
# Libraries whose output the kept HTML holds. Markdown and Pelican, which read the
# files, are in readers_digest with the plugin code and the Markdown settings.
LIBRARIES = ("nh3", "lxml", "phonenumbers")
# The entry of a source key holds the keys of the item's parts, space-separated.
REFERENCE = "parts\0"
# Pelican's link that moves the file it names (`linked_content.attach_to`).
ATTACH = (b"{attach}", b"|attach|")
# What Pelican's context lists of the files `{filename}` and `{static}` links name.
LINKED = ("generated_content", "static_content")


def shared_inputs(settings: Mapping[str, Any], catalogs: Path, rewrites: str) -> str:
    """A digest of what every item's kept HTML depends on besides its own HTML."""
    parts = [
        readers_digest(settings),
        fingerprints.files_digest([catalogs], {".po"}),
        fingerprints.settings_digest(settings),
        *(f"{library}={version(library)}" for library in LIBRARIES),
        rewrites,
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


class KeptHtml:
    """The HTML one build made or found kept, by the digest of what made it."""

    def __init__(self, store: Store | None = None, inputs: str = ""):
        self.store, self.inputs = store, inputs
        self.links = ""  # see know_links: no source keys without them
        self.read_from_ns = 0  # when Pelican began to read the files
        kept = store.read_map(inputs, dict[str, str]) if store is not None else None
        self.kept: dict[str, str] = kept or {}
        self.used: dict[str, str] = {}
        self.made = 0  # results not found kept
        self.by_source = 0  # items whose parts were found by their file (parts)

    @classmethod
    def for_build(
        cls, settings: Mapping[str, Any], catalogs: Path, rewrite: Callable
    ) -> "KeptHtml":
        """The kept HTML of a build whose item_html rewrite is `rewrite`; nothing is
        kept when caching is off or the rewrite does not declare its inputs."""
        declared = getattr(rewrite, hooks.REWRITES_FROM, None)
        if declared is None:
            return cls()
        store = Store.in_cache(settings, NAMESPACE, keep=KEEP * len(SHARDS), owned=True)
        if not store.on:
            return cls()
        return cls(store, shared_inputs(settings, catalogs, declared))

    def know_links(self, links: str, read_from_ns: int) -> None:
        """Where every file a link may name is published (link_targets), once the
        build placed every item, and when Pelican began to read the files (a
        time.time_ns()): source keys are made from then on."""
        self.links, self.read_from_ns = links, read_from_ns

    def source_key(self, scope: str, content) -> str | None:
        """The key of an item's parts made from the file of a Pelican content
        object as the file is now, or None when they cannot be kept by it:
        nothing is kept, the link targets are unknown, the file cannot be read,
        it has an `{attach}` link, or it may have changed after Pelican read it
        (see SETTLED_NS)."""
        if self.store is None or not self.links:
            return None
        relative = content.relative_source_path
        try:
            with open(content.source_path, "rb") as file:
                data, changed = file.read(), os.fstat(file.fileno()).st_mtime_ns
        except OSError:
            return None
        if changed >= self.read_from_ns - SETTLED_NS:
            return None
        if any(marker in data for marker in ATTACH):
            return None
        head = f"{scope}\0{relative}\0{self.links}\0".encode()
        return REFERENCE + hashlib.blake2b(head + data, digest_size=16).hexdigest()

    def parts(
        self,
        key: str | None,
        scope: str,
        sources: Callable[[], Sequence[str]],
        make: Callable[[str], str],
    ) -> list[str]:
        """`make` of each of `sources()` (HTML Pelican gives, such as an item's body
        and summary), kept for `scope`; when `key` (source_key) names parts kept
        by an earlier build, those, without calling `sources`."""
        if key is not None:
            found = self.used.get(key) or self.kept.get(key)
            names = found.split(" ") if found else ()
            if names and all(name in self.used or name in self.kept for name in names):
                self.used[key] = found
                self.by_source += 1
                return [self.found(name) for name in names]
        parts = list(sources())
        if self.store is None:
            return [make(part) for part in parts]
        names = [self.key(scope, part) for part in parts]
        if key is not None:
            self.used[key] = " ".join(names)
        return [
            self.made_as(name, part, make)
            for name, part in zip(names, parts, strict=True)
        ]

    def found(self, name: str) -> str:
        """A kept part by its key, now used by this build."""
        made = self.used.get(name)
        if made is None:
            made = self.used[name] = self.kept[name]
        return made

    @staticmethod
    def key(scope: str, source: str) -> str:
        """The key of `make(source)` kept for `scope`."""
        return hashlib.blake2b(
            f"{scope}\0{source}".encode(), digest_size=16
        ).hexdigest()

    def html(self, source: str, scope: str, make: Callable[[str], str]) -> str:
        """`make(source)`, kept for `scope` (the language and what is done)."""
        return self.made_as(self.key(scope, source), source, make)

    def made_as(self, key: str, source: str, make: Callable[[str], str]) -> str:
        """`make(source)`, kept under `key` (the key of source and scope)."""
        made = self.used.get(key)
        if made is None:
            made = self.kept.get(key)
            if made is None:
                made = make(source)
                self.made += 1
            self.used[key] = made
        return made

    def maker(self, scope: str, make: Callable[[str], str]) -> Callable[[str], str]:
        """`make` as a function of the source alone, kept for `scope`."""
        if self.store is None:
            return make
        return lambda source: self.html(source, scope, make)

    def save(self) -> None:
        """Keep what this build used, rewriting only the shards that differ from
        what was kept (Store.write_map)."""
        if self.store is not None:
            self.store.write_map(self.inputs, self.used, self.kept)


NOTHING_KEPT = KeptHtml()  # the default of callers given no kept HTML


def link_targets(context: Mapping[str, Any]) -> str:
    """A digest of where each file a link may name is published: what Pelican's
    link resolution reads from its context besides the item itself (its
    generated and static content, by source path)."""
    targets = sorted(
        (kind, path, str(content.url))
        for kind in LINKED
        for path, content in context.get(kind, {}).items()
    )
    digest = hashlib.blake2b(digest_size=16)
    for kind, path, url in targets:
        digest.update(f"{kind}\0{path}\0{url}\n".encode())
    return digest.hexdigest()
