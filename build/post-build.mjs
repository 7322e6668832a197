// Trunk post_build hook: the steps in order (Trunk runs hooks of one stage
// side by side, and the service worker must list the chunks and the
// start-up script, which names the split glue).
await import("./split-wasm.mjs");
await import("./externalise-start-script.mjs");
await import("./write-service-worker.mjs");
