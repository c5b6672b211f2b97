# syntax=docker/dockerfile:1
# Build a wheel in one stage, install it in a slim runtime stage: no compilers in the image.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md config.example.toml ./
COPY responder ./responder
COPY templates ./templates
RUN pip install --no-cache-dir build==1.2.2 && python -m build --wheel --outdir /wheels

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    RESPONDER_CONFIG=/config/config.toml
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels \
    && groupadd --system --gid 10001 responder \
    && useradd --system --uid 10001 --gid responder --home-dir /data --shell /usr/sbin/nologin responder \
    && mkdir -p /data /templates /config \
    && chown responder:responder /data /templates
COPY --chown=responder:responder templates /templates
USER 10001:10001
WORKDIR /data
# /data holds the SQLite state; /templates the staff-edited templates (config: templates.dir).
VOLUME ["/data", "/templates"]
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 CMD ["responder", "health"]
CMD ["responder", "run"]
