"""A Markdown preprocessor that runs just before the meta extension and rewrites the
metadata block's lines (plugins/base/metadata_lines.py), keeping their numbers."""

from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

from plugins.base.metadata_lines import rewrite_metadata_lines

# After normalize_whitespace (30, which unifies newlines and tabs), before meta (27).
PRIORITY = 28


class EditorMetadataPreprocessor(Preprocessor):
    """Rewrites keys in the editors' words and quoted values of the metadata block."""

    def run(self, lines: list[str]) -> list[str]:
        """Rewrite the block while the meta extension will read it."""
        # Pelican renders a Summary with the meta extension removed: no block there.
        if "meta" not in self.md.preprocessors:
            return lines
        return rewrite_metadata_lines(lines)


class EditorMetadataExtension(Extension):
    """Register the preprocessor ahead of the meta extension."""

    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's API name)
        """Add the preprocessor to a Markdown instance."""
        md.preprocessors.register(
            EditorMetadataPreprocessor(md), "editor_metadata", PRIORITY
        )


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's API name)
    """Entry point Python-Markdown calls for `plugins.editor_metadata.markdown_ext`."""
    return EditorMetadataExtension(**kwargs)
