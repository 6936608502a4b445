"""What a running process (the devserver) keeps between runs of the content checks.

A run after one saved file would otherwise read, digest and parse every Markdown
file again and run every cross-file rule over all of them (0.3-0.4 s at N=1000).
The memo keeps four things, each of which serves only while what made it holds:

- each file's text and digest by its `stat` signature (size, times, inode), so an
  unchanged file is not read again; a file changed less than SETTLED_NS before the
  run began is read every time, since a second save within one tick of the file
  system's clock could keep all of its signature;
- each text's parsed file and own problems, by the text's digest and the options
  (what check_texts' `memo` holds);
- the problems of the rules that read only paths and metadata fields (FIELD_RULES
  in core.py), by those fields of every file and the options: an edit of a text
  leaves them as they were;
- the walk of the tree and the problems of the files as files (names, places,
  pictures), for a run told which files alone changed since the last (`edited`:
  the devserver knows, from the kernel, that only these Markdown files were saved
  in place). Such a run looks at no other file, not even with `stat`: what the
  quick rebuild after it reads is that list too.

One memo serves one site's settings: the options' functions (slugify, site_paths)
are taken to stay the same from run to run, as in a devserver, which starts again
when its settings file changes.

Pure: reads files, imports nothing from Pelican.
"""

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from plugins.base.cache import SETTLED_NS
from plugins.checks.file_rules import Tree
from plugins.checks.metadata import ContentFile
from plugins.checks.problem import Problem

Signature = tuple[int, int, int, int]


class Walk(NamedTuple):
    """What a walk of the content tree found (core.walk_tree)."""

    tree: Tree
    problems: list[Problem]  # of the files as files: names, places, pictures
    existing: frozenset[str]  # every file's content-relative path
    markdown: list[str]  # the Markdown files of news/, events/ and pages/


@dataclass
class Known:
    """A file's text as read, under the signature it had before the reading."""

    signature: Signature
    text: str
    key: str  # core.text_key of the path and text


@dataclass
class CheckMemo:
    """The content checks' results kept by a running process (see above)."""

    options: str = ""  # core.options_digest of the options `files` were made with
    files: dict[str, tuple[ContentFile, list[Problem]]] = field(default_factory=dict)
    texts: dict[str, Known] = field(default_factory=dict)  # by content-relative path
    fields: tuple = ()  # what the field rules' problems were found for
    field_problems: list[Problem] | None = None
    started_ns: int = 0  # when the current run began (time.time_ns)
    walked: tuple = ()  # (what the walk was of, the Walk)
    edited: frozenset[str] | None = None  # the current run's, if told (begin)

    def begin(self, edited=None) -> None:
        """Start a run; `edited`: the content-relative paths of the only files
        changed since the last run (None: unknown, look at every file)."""
        self.started_ns = time.time_ns()
        self.edited = None if edited is None else frozenset(edited)

    def use_options(self, options: str) -> None:
        """Check with options of this digest: results of others go."""
        if options != self.options:
            self.options, self.files = options, {}
            self.fields, self.field_problems = (), None

    def known_text(
        self, folder: str, label: str
    ) -> tuple[Known | None, Signature | None]:
        """The text kept for the file `label` names in `folder` while its
        signature is unchanged, else None; and the signature of now (None when the
        file cannot be looked at). A file the run was told is unchanged keeps its
        text without a look."""
        known = self.texts.get(label)
        if known is not None and self.edited is not None and label not in self.edited:
            return known, known.signature
        try:
            found = os.stat(os.path.join(folder, label))
        except OSError:
            return None, None
        signature = (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino)
        if known is not None and known.signature == signature:
            return known, signature
        return None, signature

    def keep_text(self, label: str, signature: Signature | None, text: str, key: str):
        """Keep a text read after its file showed this signature, unless the file
        changed too lately to trust the signature (SETTLED_NS)."""
        if signature is None:
            return
        _size, modified, changed, _inode = signature
        if max(modified, changed) < self.started_ns - SETTLED_NS:
            self.texts[label] = Known(signature, text, key)
        else:
            self.texts.pop(label, None)

    def only(self, labels) -> None:
        """Forget the texts of files no longer there (or no longer readable)."""
        self.texts = {
            label: self.texts[label] for label in labels if label in self.texts
        }

    def walk(self, of: tuple, walk: Callable[[], Walk]) -> Walk:
        """What `walk()` finds in the tree `of` names; the last run's when this
        run was told which files changed and each is one of its Markdown files."""
        if self.walked and self.walked[0] == of and self.edited is not None:
            _of, found = self.walked
            if self.edited.issubset(found.markdown):
                return found
        found = walk()
        self.walked = (of, found)
        return found

    def field_results(self, fields: tuple) -> list[Problem] | None:
        """The field rules' problems found for these fields, if they were."""
        if self.field_problems is not None and fields == self.fields:
            return self.field_problems
        return None

    def keep_field_results(self, fields: tuple, problems: list[Problem]) -> None:
        """Keep the field rules' problems of these fields for the next run."""
        self.fields, self.field_problems = fields, problems
