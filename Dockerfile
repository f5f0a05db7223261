# Policy Steward in a container, for those who run containers instead of App Service code deploy.
# Build: docker build -t policy-steward .   Run: docker run -p 3978:3978 --env-file .env policy-steward
# It runs exactly what App Service runs: one process, `python -m bot serve --host 0.0.0.0`.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    BOT_DATA_DIR=/data

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY bot/ bot/
COPY cards/ cards/
COPY graph/ graph/
COPY orgs/ orgs/

RUN useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin steward \
    && mkdir /data && chown 10001 /data
USER 10001
VOLUME ["/data"]

EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:3978/healthz', timeout=4)"]
CMD ["python", "-m", "bot", "serve", "--host", "0.0.0.0"]
