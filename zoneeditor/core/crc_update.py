"""CRC-32 (zlib's) of a message changed in one window of equal length, from its old CRC.

The digest of a geometry (``flatgeom.Flat.digest``) is a CRC-32 of its rows: one pass over
16 MB for a million vertices, at every edit. When an edit replaces rows by as many rows (a
vertex moved: every motion of a drag), the CRC changes by a term that depends only on the
changed bytes and on how many bytes follow them, because a CRC is linear over GF(2): for
messages of one length, crc(M) ^ crc(M') = R(0, M ^ M'), R being the CRC register's update
without zlib's pre- and post-inversion, and R(0, W || 0^b) = R(0, W) * x^(8b) mod P. The
multiplication is zlib's own ``multmodp``/``x2nmodp`` (crc32_combine), a few dozen steps.

>>> import zlib
>>> old, new = b"abcdefgh" * 1000, b"abcdefgh" * 500 + b"ABCD" + b"efgh" + b"abcdefgh" * 499
>>> after_change(zlib.crc32(old), b"abcd", b"ABCD", 4 + 8 * 499) == zlib.crc32(new)
True
"""

from __future__ import annotations

import zlib

_POLY = 0xEDB88320  # CRC-32, reflected
_TOP = 1 << 31  # x^0 in the reflected representation


def _multmodp(a: int, b: int) -> int:
    """a(x) * b(x) mod p(x), reflected (zlib's multmodp)."""
    m, p = _TOP, 0
    while True:
        if a & m:
            p ^= b
            if (a & (m - 1)) == 0:
                break
        m >>= 1
        b = (b >> 1) ^ _POLY if b & 1 else b >> 1
    return p


def _powers() -> list[int]:
    """x^(2^k) mod p(x) for k = 0..31 (zlib's x2n_table)."""
    out, p = [], 1 << 30  # x^1
    for _ in range(32):
        out.append(p)
        p = _multmodp(p, p)
    return out


_X2N = _powers()


def _x8n(n: int) -> int:
    """x^(8n) mod p(x): the factor that n zero bytes apply to the register."""
    p, k = _TOP, 3
    while n:
        if n & 1:
            p = _multmodp(_X2N[k & 31], p)
        n >>= 1
        k += 1
    return p


def after_change(old_crc: int, old_window: bytes, new_window: bytes, after: int) -> int:
    """``zlib.crc32`` of a message whose bytes ``old_window`` became ``new_window`` (same
    length), followed by ``after`` unchanged bytes, given the CRC of the message before."""
    if len(old_window) != len(new_window):
        raise ValueError("the changed windows differ in length")
    delta = bytes(a ^ b for a, b in zip(old_window, new_window, strict=True))
    raw = zlib.crc32(delta, 0xFFFFFFFF) ^ 0xFFFFFFFF  # R(0, delta)
    return old_crc ^ _multmodp(_x8n(after), raw)
