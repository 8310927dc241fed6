# The bot's image: built in one stage with the whole workspace, run from a `pnpm deploy` folder
# holding only the bundle and its few external packages. Where no registry can be reached, build
# the base locally first (docker/make-local-base.sh) and pass it as NODE_IMAGE.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /repo
# pnpm at the version package.json pins.
COPY package.json ./
RUN npm install -g "pnpm@$(node -p "require('./package.json').packageManager.split('@')[1]")" >/dev/null
# Dependencies first, from the lockfile alone: this layer is reused until the lockfile changes.
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch
COPY . .
RUN pnpm install --offline --frozen-lockfile \
 && pnpm --filter @study-graph/bot --filter @study-graph/cli build \
 && pnpm --filter @study-graph/bot deploy --legacy --prod /out/apps/bot

FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    HEALTH_PORT=8080 \
    HEALTH_HOST=127.0.0.1
RUN groupadd --system bot && useradd --system --gid bot --home-dir /app --no-create-home bot
WORKDIR /app
COPY --from=build /out/apps/bot apps/bot
# The CLI's bundle, for `graph load`: it needs nothing beyond what the bot's folder holds.
COPY --from=build /repo/apps/cli/dist apps/cli/dist
COPY data data
# The playground writes its diagrams under out/; nothing else is writable.
RUN mkdir out && chown bot:bot out
USER bot
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.HEALTH_PORT + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "apps/bot/dist/index.js"]
