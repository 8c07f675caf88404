"""``python -m app patient|clinician|demo [--service URL] [--lang nb|sv|en] [--self-test] [LINK]``."""

from __future__ import annotations

import sys

from app.main import ROLES, run


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ROLES:
        sys.stderr.write(
            f"usage: python -m app {{{'|'.join(ROLES)}}} [--service URL] [--lang nb|sv|en] [--self-test] "
            "[--join CODE | samtale://join/CODE]\n"
        )
        return 2
    return run(sys.argv[1], sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
