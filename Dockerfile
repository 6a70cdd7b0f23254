# syntax=docker/dockerfile:1
# Tessera's container image: `docker build -t tessera .` (see docs/deployment.md, "Container image").
# Three stages: `deps` installs the server's production dependencies (native better-sqlite3 is
# compiled there, with the compilers of the full Debian image), `build` compiles the server and
# the Admin Console, and the final stage copies only what `node packages/server/dist/server.js`
# needs onto the slim image of the same Debian release, so the native modules' libc matches.
ARG NODE_VERSION=24

FROM node:${NODE_VERSION}-bookworm AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/server/package.json packages/server/
COPY packages/console/package.json packages/console/
COPY scripts/patch-dependencies.mjs scripts/
RUN npm ci --omit=dev --workspace @tessera/server --no-audit --no-fund \
  && npm cache clean --force

FROM node:${NODE_VERSION}-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/server/package.json packages/server/
COPY packages/console/package.json packages/console/
COPY scripts/patch-dependencies.mjs scripts/
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json ./
COPY scripts/build-console.mjs scripts/bundle-server.mjs scripts/
COPY packages/server packages/server
COPY packages/console packages/console
RUN npm run build

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production \
  PORT=3001 \
  HOST=0.0.0.0 \
  TESSERA_DATA_DIR=/data \
  DB_URL=sqlite:/data/tessera.db
WORKDIR /app
# The official image's `node` user (uid 1000): numeric, so Kubernetes' runAsNonRoot can verify it.
RUN mkdir -p /data && chown 1000:1000 /data && chmod 0700 /data
COPY --from=deps /app/node_modules node_modules
COPY --from=build /app/packages/server/package.json packages/server/package.json
COPY --from=build /app/packages/server/bin packages/server/bin
COPY --from=build /app/packages/server/dist packages/server/dist
COPY --from=build /app/packages/server/src/sign-in-experience/common-passwords.txt packages/server/src/sign-in-experience/common-passwords.txt
COPY --from=build /app/packages/console/dist packages/console/dist
COPY packages/experience/public packages/experience/public
COPY docs/connectors docs/connectors
RUN ln -s /app/packages/server/bin/tessera.js /usr/local/bin/tessera
USER 1000:1000
VOLUME ["/data"]
EXPOSE 3001
STOPSIGNAL SIGTERM
# The slim image has no curl: Node itself asks /api/status (204 while the database answers).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3001)+'/api/status').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# V8 would size its young generation from the host's memory, not the container's share (docs/deployment.md).
CMD ["node", "--max-semi-space-size=16", "packages/server/dist/server.js"]
