import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  tuneSharpForCaptures
} from "./chunks/chunk-HOMBALN2.js";
import {
  toolkitIO
} from "./chunks/chunk-D7PRF3UH.js";
import {
  debugFromEnv,
  describeFailure
} from "./chunks/chunk-AYOILTGW.js";
import "./chunks/chunk-2DT44WLF.js";
import "./chunks/chunk-7UBRMGLF.js";

// src/action/platform.ts
function currentPlatform() {
  const header = process.report?.getReport()?.header;
  return { platform: process.platform, arch: process.arch, glibc: header?.glibcVersionRuntime };
}
function platformProblem(facts) {
  const where = `${facts.platform}/${facts.arch}`;
  if (facts.platform !== "linux" || facts.arch !== "x64") {
    return `framecap runs on Linux x64 runners only (this one is ${where}): use runs-on: ubuntu-latest, or run the framecap CLI (npm install framecap) on this platform`;
  }
  if (!facts.glibc) return "framecap needs a glibc-based Linux (its image library does not ship musl binaries in the Action): use an ubuntu runner, not an Alpine container";
  const [major = 0, minor = 0] = facts.glibc.split(".").map(Number);
  if (major < 2 || major === 2 && minor < 28) return `framecap needs glibc 2.28 or newer (this runner has ${facts.glibc}): use ubuntu-22.04 or newer`;
  return null;
}

// src/action/main.ts
async function run(env = process.env, io = toolkitIO) {
  const problem = platformProblem(currentPlatform());
  if (problem) {
    io.setFailed(problem);
    return;
  }
  try {
    const { runAction } = await import("./chunks/run-action-NHUU45RU.js");
    const failure = await runAction(env, io);
    if (failure) io.setFailed(failure);
  } catch (err) {
    const failure = describeFailure(err);
    const debug = debugFromEnv(env) || io.isDebug();
    if (debug) io.info(failure.stack);
    const hint = failure.expected || debug ? "" : " (re-run with debug logging, or set FRAMECAP_DEBUG=1, to see where; please report it)";
    io.setFailed(`${failure.expected ? "" : "framecap: "}${failure.message}${hint}`);
  }
}

// src/action/index.ts
tuneSharpForCaptures();
await run();
