"""Small real PNG files for the synthetic corpus, written with zlib (no Pillow)."""

import struct
import zlib

# (top colour, bottom colour) of each generated picture: soft gradients
PALETTES = (
    ((31, 78, 121), (164, 202, 230)),
    ((120, 40, 31), (240, 190, 150)),
    ((30, 100, 60), (200, 230, 180)),
    ((90, 60, 120), (220, 200, 240)),
    ((60, 60, 60), (230, 230, 230)),
    ((150, 110, 20), (250, 230, 160)),
)


def png_chunk(kind: bytes, data: bytes) -> bytes:
    """One PNG chunk: length, type, data, CRC."""
    checksum = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", checksum)


def gradient_png(width: int, height: int, top: tuple, bottom: tuple) -> bytes:
    """An RGB PNG with a vertical gradient and a darker diagonal band."""
    rows = []
    for y in range(height):
        mix = y / max(height - 1, 1)
        colour = bytes(
            round(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True)
        )
        shade = bytes(value // 2 for value in colour)
        row = bytearray(b"\x00")  # filter type: none
        for x in range(width):
            row += shade if abs(x - y * width // height) < 6 else colour
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + png_chunk(b"IEND", b"")
    )


def corpus_images() -> dict[str, bytes]:
    """The pictures many items share: `images/bench-<n>.png` → PNG bytes."""
    return {
        f"images/bench-{number}.png": gradient_png(320, 200, top, bottom)
        for number, (top, bottom) in enumerate(PALETTES, start=1)
    }
