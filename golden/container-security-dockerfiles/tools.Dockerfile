# The base image is chosen at build time: docker build --build-arg BASE_IMAGE=...
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
ARG APP_UID=10001
COPY tools/ /usr/local/bin/
USER ${APP_UID}
HEALTHCHECK NONE
