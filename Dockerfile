# framecap: one image for the API server (`serve`) and the render workers
# (`worker`); see docker-compose.yml and docs/scale-out.md. Debian, with
# Debian's chromium-headless-shell (the browser framecap looks for first) and
# the fonts a page needs to render its text (Latin, CJK, emoji).
#
#   docker build -t framecap .
#   docker run --rm framecap --version

FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts=false
COPY . .
# dist/ holds the bundle and, vendored, sharp and playwright-core for this platform (linux-x64/arm64 glibc).
RUN npm run build

FROM node:20-bookworm-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends \
       chromium-headless-shell \
       fonts-liberation fonts-dejavu-core fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji \
       ca-certificates tini \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/package.json ./package.json
COPY --from=build /src/bin ./bin
COPY --from=build /src/dist ./dist
COPY --from=build /src/frames ./frames
# Scratch space for runs in progress (serve: --data-dir; worker: its own folder with --storage).
RUN mkdir -p /data && chown node:node /data
USER node
ENV NODE_ENV=production CHROME_PATH=/usr/bin/chromium-headless-shell
VOLUME ["/data"]
EXPOSE 8080
# tini forwards SIGTERM to node and reaps Chromium's processes; framecap then drains (docs/scale-out.md).
ENTRYPOINT ["/usr/bin/tini", "--", "node", "/app/bin/framecap.js"]
CMD ["--help"]
