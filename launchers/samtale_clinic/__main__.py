"""`python -m samtale_clinic` (how Briefcase starts the app): run the client as the clinician."""

import sys

from app.main import run


def main() -> int:
    code: int = run(role="clinician")
    return code


if __name__ == "__main__":
    sys.exit(main())
