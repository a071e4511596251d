"""What the operating system's refusal means, in a sentence of our own that can be translated.

An ``OSError`` carries the system's text (``strerror``: "No space left on device"), which is
English whatever the interface language, and sometimes a C library's or a platform's own
wording. Where the window (or the CLI) says why a file could not be opened, read or written,
it uses ``os_reason(exc)`` instead: a ``core.messages.Message`` chosen by the error's code
(errno), so Arabic and Russian users read it in their language. An unknown code says the
code's number, never the system's words.

>>> import errno
>>> str(os_reason(OSError(errno.ENOSPC, "No space left on device")))
'the disk is full'
>>> os_reason(OSError(errno.E2BIG, "Argument list too long")).template
'the operating system refused (error %1)'
"""

from __future__ import annotations

import errno

from zoneeditor.core.messages import Message

_BY_CODE: dict[int, Message] = {
    errno.ENOSPC: Message("the disk is full"),
    errno.EDQUOT: Message("your share of the disk (quota) is used up"),
    errno.EFBIG: Message("the file is larger than the disk allows"),
    errno.EACCES: Message("permission denied"),
    errno.EPERM: Message("permission denied"),
    errno.EROFS: Message("the disk is read-only"),
    errno.ENOENT: Message("no such file or folder"),
    errno.EISDIR: Message("it is a folder, not a file"),
    errno.ENOTDIR: Message("a part of the path is a file, not a folder"),
    errno.EEXIST: Message("a file of that name already exists"),
    errno.EIO: Message("the disk could not be read or written (input/output error)"),
    errno.EMFILE: Message("too many files are open at once"),
    errno.ENFILE: Message("too many files are open at once"),
    errno.ENAMETOOLONG: Message("the file name is too long"),
    errno.EBUSY: Message("the file or disk is in use"),
    errno.ETXTBSY: Message("the file or disk is in use"),
    errno.ENOMEM: Message("there is not enough memory"),
    errno.ELOOP: Message("the path has too many symbolic links"),
    errno.ENXIO: Message("the disk or device is not available"),
    errno.ENODEV: Message("the disk or device is not available"),
    errno.EXDEV: Message("the file cannot be moved to another disk this way"),
    errno.ENOTEMPTY: Message("the folder is not empty"),
    errno.ETIMEDOUT: Message("the disk or network share did not answer in time"),
}
# Not every platform has every code (ESTALE: network file systems on POSIX).
if hasattr(errno, "ESTALE"):
    _BY_CODE[errno.ESTALE] = Message("the network share is no longer available")


#: The code an OSError subclass stands for when it was raised without one (by Python code).
_BY_CLASS: tuple[tuple[type[OSError], int], ...] = (
    (FileNotFoundError, errno.ENOENT), (PermissionError, errno.EACCES),
    (IsADirectoryError, errno.EISDIR), (NotADirectoryError, errno.ENOTDIR),
    (FileExistsError, errno.EEXIST),
)


def os_reason(exc: OSError) -> Message:
    """Why the system refused, in our words (see the module documentation)."""
    code = exc.errno
    if code is None:
        code = next((c for kind, c in _BY_CLASS if isinstance(exc, kind)), None)
    found = _BY_CODE.get(code) if code is not None else None
    if found is not None:
        return found
    if code is not None:
        return Message("the operating system refused (error %1)", code)
    return Message("the file could not be used")


__all__ = ["os_reason"]
