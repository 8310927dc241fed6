#!/usr/bin/env bash
# Builds a stand-in for node:20-bookworm-slim where no image registry can be reached: Debian
# bookworm from debootstrap (Debian's packages), with this machine's own node, npm and corepack
# laid out as the official image has them. Usage: docker/make-local-base.sh [TAG]
set -euo pipefail
tag=${1:-study-graph/node:20-bookworm-slim}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

node_bin=$(command -v node)
case "$("$node_bin" --version)" in v20.*) ;; *) echo "node 20 is needed to make the base" >&2; exit 1 ;; esac
node_lib=$(dirname "$(dirname "$(readlink -f "$node_bin")")")/lib/node_modules

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
debootstrap --variant=minbase bookworm "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 ||
  { tail -20 "$work/debootstrap.log" >&2; exit 1; }
# What the official image leaves out of a slim base.
rm -rf "$work/rootfs/var/cache/apt/archives/"*.deb "$work/rootfs/var/lib/apt/lists/"*

# This machine's trust store, so that builds reach the npm registry the way this machine does
# (through its TLS proxy, where it has one).
ca_file=${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}
install -D -m 0644 "$ca_file" "$work/rootfs/etc/ssl/certs/ca-certificates.crt"

install -m 0755 "$node_bin" "$work/rootfs/usr/local/bin/node"
mkdir -p "$work/rootfs/usr/local/lib/node_modules"
for tool in npm corepack; do
  cp -a "$node_lib/$tool" "$work/rootfs/usr/local/lib/node_modules/"
done
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$work/rootfs/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$work/rootfs/usr/local/bin/npx"
ln -s ../lib/node_modules/corepack/dist/corepack.js "$work/rootfs/usr/local/bin/corepack"

tar -C "$work/rootfs" -c . | docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
  --change 'CMD ["node"]' - "$tag" >/dev/null
echo "$tag"
