# syntax=docker/dockerfile:1
# Build and run on Node 22 LTS: package.json, Kysely 0.29 and ical-generator 11 declare Node >= 22.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
COPY migrations ./migrations
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    DATA_DIR=/data \
    PORT=3000 \
    CONSOLE=off
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Node itself is PID 1 and receives SIGTERM directly (no npm wrapper swallowing it). A 1 MB young
# generation and V8's optimize-for-size keep the heap near what is live (README, "Memory" under the
# choices).
CMD ["node", "--max-semi-space-size=1", "--optimize-for-size", "dist/src/bin.js"]
