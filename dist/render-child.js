import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  tuneSharpForCaptures
} from "./chunks/chunk-HOMBALN2.js";
import {
  runCapture
} from "./chunks/chunk-ABTWOHNP.js";
import "./chunks/chunk-AYOILTGW.js";
import "./chunks/chunk-46ZZMMYQ.js";
import "./chunks/chunk-3FDA5EIA.js";
import {
  UserError
} from "./chunks/chunk-2DT44WLF.js";
import "./chunks/chunk-7UBRMGLF.js";

// src/server/render-child.ts
tuneSharpForCaptures();
var controller = new AbortController();
function send(message) {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, void 0, void 0, () => resolve());
  });
}
process.on("message", (message) => {
  if (message.type === "abort") {
    controller.abort(message.reason);
    return;
  }
  void (async () => {
    try {
      const result = await runCapture(message.options, {
        planned: (target, planned) => void send({ type: "event", event: "planned", args: [target, planned] }),
        discoveryDone: (total, stats) => void send({ type: "event", event: "discoveryDone", args: [total, stats] }),
        result: (row, progress) => void send({ type: "event", event: "result", args: [row, progress] }),
        warning: (text) => void send({ type: "event", event: "warning", args: [text] })
      }, { ...message.deps, signal: controller.signal, env: process.env });
      await send({ type: "done", result });
    } catch (err) {
      const e = err;
      await send({ type: "failed", error: { message: e.message, user: err instanceof UserError } });
    }
    process.exit(0);
  })();
});
process.on("disconnect", () => process.exit(1));
