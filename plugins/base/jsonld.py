"""schema.org data (JSON-LD) as the text of a `<script type="application/ld+json">`."""

import json
from typing import Any

# Characters that could end the <script> element or open an HTML comment or entity;
# as JSON escapes they mean the same to a JSON-LD reader.
_SCRIPT_ESCAPES = str.maketrans(
    {
        "<": "\\u003c",
        ">": "\\u003e",
        "&": "\\u0026",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
    }
)


def jsonld_script_text(data: dict[str, Any]) -> str:
    """Serialise JSON-LD so it is safe inside <script type="application/ld+json">."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.translate(_SCRIPT_ESCAPES)
