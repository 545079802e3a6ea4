# Build in a full image, ship a distroless one pinned by digest.
FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app

FROM gcr.io/distroless/static-debian12:nonroot@sha256:6ec5aa99dc335666e79dc64e4a6c8b89c33a543a1967f20d360922a80dd21f02
COPY --from=build /out/app /app
USER 65532:65532
HEALTHCHECK --interval=30s --timeout=3s \
  CMD ["/app", "healthcheck"]
ENTRYPOINT ["/app"]
