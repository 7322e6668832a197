// Trunk post_build hook: the steps in order (Trunk runs hooks of one stage
// side by side, and the service worker must list the start-up script).
await import("./externalise-start-script.mjs");
await import("./write-service-worker.mjs");
