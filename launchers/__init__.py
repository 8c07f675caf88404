"""Thin Briefcase launcher packages, one per app (see [tool.briefcase] in pyproject.toml).

Each package is named after its Briefcase app and only starts `app.main` with the app's role.
In a bundle, Briefcase copies the package to the top level (`samtale_patient`, `samtale_clinic`),
so the launchers import nothing from `launchers` itself.
"""
