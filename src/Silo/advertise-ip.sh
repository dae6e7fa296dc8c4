#!/bin/sh
# Other silos and the frontends reach this silo at the address it writes into the membership table. Inside a
# container that must be the container's own routable address, not loopback, so take it from the network unless
# the operator set one.
set -eu
if [ -z "${Orleans__AdvertisedIPAddress:-}" ]; then
    Orleans__AdvertisedIPAddress="$(hostname -i | awk '{print $1}')"
    export Orleans__AdvertisedIPAddress
fi
exec "$@"
