"""Hand the memory that training freed back to the system, so the idle bot is as small as it can be.

Training the classifiers builds thousands of short-lived vectors and counters; once freed, the C
library keeps most of that memory for later use rather than returning it, so the process would
idle about 13 MB larger than what it holds. glibc's ``malloc_trim`` returns the free pages. It is
asked once, after training; where there is no glibc (macOS, Windows, Alpine's musl) nothing is done.
"""

from __future__ import annotations

import sys


def release_free_memory() -> bool:
    """Ask the C library to return its free memory to the system; says whether it could be asked."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # only here: most commands never train, and it costs 0.4 MB

    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the interpreter itself runs on
    except (OSError, AttributeError):  # not glibc
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    trim(0)
    return True
