"""Putting processed pictures into the output, and the addresses content uses.

Pure: no Pelican. Names carry a content hash, so a file already in the output under
its name holds the right bytes: it is kept, never read or written again.
"""

import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from plugins.base.confine import confined

from .images import Variant
from .store import Picture, PictureCache


@dataclass
class Published:
    """The output paths of every picture variant: written now, or already there."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    @property
    def paths(self) -> set[str]:
        """Every output path the pictures occupy."""
        return set(self.written) | set(self.unchanged)


def variant_path(picture: Picture, variant: Variant) -> str:
    """The site-relative path of a variant: beside where the original would be."""
    folder = PurePosixPath(picture.source).parent
    return (folder / variant.name).as_posix()


def variant_address(base_path: str, picture: Picture, variant: Variant) -> str:
    """The root-relative URL of a variant, percent-encoded: a space or a comma in an
    editor's file name would otherwise split a `srcset` candidate."""
    return quote(f"{base_path}/{variant_path(picture, variant)}")


def addresses(base_path: str, url: str) -> set[str]:
    """The ways item HTML may spell a static file's URL: as Pelican wrote it, and
    percent-encoded."""
    raw = f"{base_path}/{url}"
    return {raw, quote(raw)}


def publish_variants(
    output: Path, pictures: Iterable[tuple[str, Picture]], cache: PictureCache
) -> Published:
    """Copy every variant missing from the output out of the cache (key, picture)."""
    published = Published()
    proven: set[str] = set()
    for key, picture in pictures:
        for variant in picture.variants:
            relative = variant_path(picture, variant)
            target = confined(output, relative, picture.source, proven)
            if target.is_file():
                published.unchanged.append(relative)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(f".{target.name}.tmp")
            shutil.copyfile(cache.entry(key) / variant.name, temporary)
            os.replace(temporary, target)
            published.written.append(relative)
    return published
