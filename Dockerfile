# The API image used by docker-compose.yml. It talks to the Neo4j service through
# NEO4J_URI, so no Java or embedded database is in it.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY cypher ./cypher
COPY schema ./schema
COPY seeds ./seeds
# The playground offers every example as a tab.
COPY examples ./examples
# The gazetteer index is generated into .cache/ on first use.
RUN mkdir -p .cache && chown node .cache
USER node
EXPOSE 4000
CMD ["node", "dist/src/cli/start.js"]
