# Production image for the API (which also serves the web app at /) and the worker (same image,
# different command).

# Build: every dependency (vite and React are dev dependencies), the Prisma client, the web app.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY apps/web ./apps/web
# The web app imports the shared vocabulary and the API's response contracts.
COPY libs/vocabulary ./libs/vocabulary
COPY libs/contracts ./libs/contracts
# postinstall generates the Prisma client and runs `npm run web:build` (apps/web → apps/web/dist).
RUN npm ci --no-audit --no-fund
COPY . .
# Build again from the copied sources (the context may carry a stale local apps/web/dist), then
# drop the dev dependencies; `npm prune` runs no install scripts.
RUN npm run web:build && npm prune --omit=dev --no-audit --no-fund

# Runtime: production dependencies, the sources (run through @swc-node/register), apps/web/dist.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build --chown=node:node /app ./
USER node
EXPOSE 3000
CMD ["npm", "start"]
