"""The staff console: a small web app served by the daemon on ``[http] port``.

Pages (each needs a staff login, ``responder users add NAME``): *Waiting for you* (the
review queue and its one-click decisions, :mod:`responder.web.actions`), Status, Customers,
Messages (the templates), What the reasons say, and the audit log. The same app answers
``/healthz`` and ``/metrics``. ``responder web`` serves it alone against the same state.
See docs/console.md.
"""

from responder.web.app import create_app

__all__ = ["create_app"]
