"""responder: acknowledge cancellations by email, warmly, and follow up gently.

The story of a message, one module per step::

    inbox -> parse -> detect -> decide -> render -> compose -> send -> followup
                              (state beside it: the SQLite database)
"""

__version__ = "0.1.0"
