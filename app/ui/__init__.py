"""The PySide6 user interface: pages by feature, the session bridge, and all user-visible text."""
