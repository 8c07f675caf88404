"""The browser guest page: ``/join/<code>`` and its static files, served by the service itself."""

from server.web.origin import origin_allowed
from server.web.routes import routes

__all__ = ["origin_allowed", "routes"]
