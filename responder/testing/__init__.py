"""Real mail servers for the tests: a throwaway Dovecot IMAP server and an SMTP sink.

Both listen on a free loopback port and need no network, config or privileges beyond
what the machine running the tests already has. Not used by the product itself.
"""

from __future__ import annotations

import socket


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port on ``host`` that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port
