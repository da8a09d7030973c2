# vanthu API and worker image. OCR data comes from the npm package @tesseract.js-data/vie (no
# download at run time); Debian's tesseract-ocr-vie is installed too for the native engine and
# the benchmarks, and poppler-utils renders scanned PDF pages fast.
FROM node:20-bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends poppler-utils tesseract-ocr tesseract-ocr-vie \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
ENV NODE_ENV=production VANTHU_STORE_DIR=/data/store VANTHU_HOST=0.0.0.0
VOLUME /data
EXPOSE 3000
ENTRYPOINT ["node", "bin/vanthu.js"]
CMD ["serve"]
