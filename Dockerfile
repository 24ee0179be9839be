# Production image of the portal. Used by docker-compose.yml.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
COPY --from=build /app ./
RUN useradd --system --uid 1001 portal && mkdir -p /app/.data && chown -R portal /app/.data
USER portal
EXPOSE 3000
# Applies pending migrations against DATABASE_URL, then serves the build.
CMD ["npm", "start"]
