"""Where fetching may go: public addresses, plus what the operator allows (NEWSBOT_FETCH_ALLOW).

A fetch the bot makes for a chat (`/add`, a feed's linked pages) must not reach the machine it
runs on or its private network: what it stores anyone can read with /search. The check is on
the addresses a name resolves to, not on how the URL spells the host (2130706433, 0x7f.1 and
[::ffff:127.0.0.1] are all 127.0.0.1), and the fetcher then connects to the address checked,
so a name that resolves differently the second time (DNS rebinding) gains nothing.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit, urlunsplit

from store.errors import FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], list[str]]  # (host, port) -> the addresses it resolves to

# IPv6 prefixes that carry an IPv4 address in their last 32 bits (RFC 6052's NAT64 prefix);
# IPv4-mapped (::ffff:0:0/96) and 6to4 (2002::/16) have ipaddress properties of their own.
NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


class AddressKind(StrEnum):
    """Why an address is not fetched from, as the admin reads it."""

    UNSPECIFIED = "an unspecified address"
    LOOPBACK = "a loopback address"
    LINK_LOCAL = "a link-local address"
    MULTICAST = "a multicast address"
    PRIVATE = "a private address"
    RESERVED = "a reserved address"
    NOT_PUBLIC = "not a public address"  # shared (100.64.0.0/10), documentation, and the like


class RefusedDestination(FetchError):
    """A URL resolves to an address fetching may not reach (loopback, private, ...)."""


class AllowListError(ValueError):
    """An entry of the allow-list is neither a network nor a host name."""


@dataclass(frozen=True)
class AllowList:
    """Internal destinations the operator allows (a self-hosted setup): networks and host names."""

    networks: tuple[IPNetwork, ...] = ()
    hosts: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, entries: Iterable[str]) -> AllowList:
        """From entries like "127.0.0.1/32", "10.0.0.0/8", "::1", "intranet.example"."""
        networks: list[IPNetwork] = []
        hosts: set[str] = set()
        for entry in (e.strip() for e in entries):
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                if not _is_host_name(entry):
                    raise AllowListError(
                        f"{entry!r} is neither a network (10.0.0.0/8) nor a host name"
                    ) from None
                hosts.add(_normal_host(entry))
        return cls(tuple(networks), frozenset(hosts))

    def allows(self, host: str, address: IPAddress) -> bool:
        """Whether the operator allows this host name, or a network holding this address."""
        if _normal_host(host) in self.hosts:
            return True
        return any(address.version == n.version and address in n for n in self.networks)


NOTHING_ALLOWED = AllowList()


def address_kind(address: IPAddress) -> AddressKind | None:
    """Why fetching may not reach `address`; None for a public one."""
    address = _embedded_ipv4(address) or address
    checks = (
        (AddressKind.UNSPECIFIED, address.is_unspecified),
        (AddressKind.LOOPBACK, address.is_loopback),
        (AddressKind.LINK_LOCAL, address.is_link_local),
        (AddressKind.MULTICAST, address.is_multicast),
        (AddressKind.RESERVED, address.is_reserved),  # before private, which includes 240/4
        (AddressKind.PRIVATE, address.is_private),
        (AddressKind.NOT_PUBLIC, not address.is_global),
    )
    return next((kind for kind, hit in checks if hit), None)


def system_resolve(host: str, port: int) -> list[str]:
    """The addresses the system resolver gives for host (which also reads 0x7f.1 and the like)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"unreachable: cannot resolve {host}: {error}") from None
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def checked_address(
    url: str, host: str, port: int, allow: AllowList, resolve: Resolver = system_resolve
) -> str:
    """The address to connect to for url's host: resolved once, and public or allowed.

    The fetcher connects to this address itself, so a name that resolves differently on a
    second lookup (DNS rebinding) cannot move the connection somewhere unchecked.
    """
    addresses = [ipaddress.ip_address(a) for a in resolve(host, port)]
    if not addresses:
        raise FetchError(f"unreachable: {host} resolves to no address")
    for address in addresses:
        kind = address_kind(address)
        if kind is None or allow.allows(host, address):
            return str(address)
    first = addresses[0]
    shown = _embedded_ipv4(first) or first  # ::ffff:7f00:1 is read as 127.0.0.1
    kind = address_kind(first)
    raise RefusedDestination(f"refused: {_without_secrets(url)} resolves to {shown}, {kind}")


def link_refusal(url: str, host: str, port: int, allow: AllowList, resolve: Resolver) -> str | None:
    """Why a link may not be followed; None when it may, or when its host does not resolve.

    For links that are stored but not fetched (a feed entry with its full text): a name that
    does not resolve reaches nothing, so it is no reason to drop the entry.
    """
    try:
        checked_address(url, host, port, allow, resolve)
    except RefusedDestination as refused:
        return str(refused)
    except FetchError:
        return None
    return None


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def _without_secrets(url: str) -> str:
    # The reason is kept as a feed's last error, which /stats shows to anyone: no password
    # or query (a token in it) of a URL that came from an admin, or from a redirect.
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2], parts.path, "", ""))


_URL = re.compile(r"[a-z][a-z0-9+.-]*://[^\s'\"<>]+", re.IGNORECASE)


def without_secrets(text: str) -> str:
    """text with every URL in it stripped of user, password, query and fragment: an error
    message (a bad redirect, an httpx error naming the URL) goes where anyone may read it."""
    return _URL.sub(lambda found: _without_secrets(found[0]), text)


def _normal_host(host: str) -> str:
    return host.strip().rstrip(".").lower()


def _is_host_name(text: str) -> bool:
    labels = _normal_host(text).split(".")
    return all(label and len(label) <= 63 and _is_label(label) for label in labels)


def _is_label(label: str) -> bool:
    return label.replace("-", "").isalnum() and not label.startswith("-") and label.isascii()
