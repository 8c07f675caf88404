"""The call feature: the video call page and the after-call page."""
