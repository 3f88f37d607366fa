# The claimgraph service: production dependencies, TypeScript sources run by tsx (a regular dependency), as the non-root node user.

# Build stage: install exactly the locked production dependencies (no compilers or test tools reach the image).
FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# Runtime stage: dependencies, sources, the GraphQL schema and the Cypher statements; nothing else.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json schema.graphql ./
COPY --chown=node:node bin ./bin
COPY --chown=node:node src ./src
COPY --chown=node:node cypher ./cypher
USER node
EXPOSE 4000
# node directly (not npm or npx in between), so SIGTERM from `docker stop` reaches the graceful shutdown in src/main.ts.
# The V8 flags are the service's own (src/node-flags.ts says why).
CMD ["node", "--min-semi-space-size=64", "--max-semi-space-size=64", "--import", "tsx", "src/main.ts"]
