"""Where the mail really lives: what differs between mail providers, kept out of the transports.

- :mod:`responder.mail.tagging`  how the mailbox can show staff a tag (keywords, Gmail
  labels, ``\\Flagged`` plus a review folder), from what the server says on SELECT;
- :mod:`responder.mail.sentcopy` which folder is Sent (RFC 6154 SPECIAL-USE) and whether
  responder files a copy itself or the provider does.

``inbox.py`` and ``send.py`` call these through small hooks; the decisions here are pure.
"""
