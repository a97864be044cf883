# syntax=docker/dockerfile:1
# One image for every part of the federation: a national node (any member), the hub and the gateway differ
# only in the entry file given as the command and in their environment (see docker-compose.yml):
#   docker run IMAGE subgraphs/national/main.ts   (with COUNTRY=TH, DATABASE_URL=..., INDICATOR_KEY_FILE=...)
#   docker run IMAGE subgraphs/hub/main.ts
#   docker run IMAGE gateway/main.ts              (the default)
# TypeScript runs through tsx (a production dependency): there is no build step to drift from the source.

ARG NODE_IMAGE=node:20-bookworm-slim

# Dependencies, with the toolchain better-sqlite3 needs when no prebuilt binary matches. Only
# node_modules leaves this stage, so the compilers never reach the runtime image.
FROM ${NODE_IMAGE} AS deps
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
# A container's port is reached from outside it: listen on every interface (the processes default to loopback).
ENV NODE_ENV=production \
    HOST=0.0.0.0
WORKDIR /app
# Code and dependencies stay owned by root: the app, running as `node`, can read but never rewrite itself.
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The one folder the app may write: a member's SQLite file when run without PostgreSQL (mount a volume).
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 4000 4100 4101-4111
# `--import tsx` resolves tsx from the working folder, /app/node_modules; keep WORKDIR when overriding.
ENTRYPOINT ["node", "--import", "tsx"]
CMD ["gateway/main.ts"]
