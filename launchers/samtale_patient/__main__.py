"""`python -m samtale_patient` (how Briefcase starts the app): run the client as the patient."""

import sys

from app.main import run


def main() -> int:
    code: int = run(role="patient")
    return code


if __name__ == "__main__":
    sys.exit(main())
