// Working offline: registers the service worker (scope and address relative,
// so a copy under a sub-path works too), and tells the app when a new
// version is waiting. The app asks for it with an event once nothing is
// unsaved; the page then reloads into it.
const container = navigator.serviceWorker;
if (container) {
  let registration = null;
  const announce = () => {
    window.incidentDeskUpdate = true;
    window.dispatchEvent(new Event("incident-desk-update"));
  };
  const watch = (worker) =>
    worker.addEventListener("statechange", () => {
      if (worker.state === "installed" && container.controller) announce();
    });
  // Once the app has started: on a first visit, the worker's precaching
  // then never competes with the download the first page needs.
  const register = () => container
    .register("./sw.js", { scope: "./", updateViaCache: "none" })
    .then((found) => {
      registration = found;
      if (found.waiting && container.controller) announce();
      found.addEventListener("updatefound", () => found.installing && watch(found.installing));
      // A page of hash routes never navigates, so look for updates now and then.
      const check = () => found.update().catch(() => {});
      window.addEventListener("online", check);
      setInterval(check, 60 * 60 * 1000);
    })
    .catch(() => {}); // Not allowed here (plain HTTP, say): the app still works online.
  addEventListener("TrunkApplicationStarted", register, { once: true });
  window.addEventListener("incident-desk-apply-update", () => {
    if (!registration || !registration.waiting) return location.reload();
    container.addEventListener("controllerchange", () => location.reload(), { once: true });
    registration.waiting.postMessage("skip-waiting");
  });
}
