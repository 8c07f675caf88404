"""Widgets shared by the UI feature folders (pages, video views, banners)."""
