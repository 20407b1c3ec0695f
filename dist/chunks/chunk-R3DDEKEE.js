import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  progressNotifier,
  sendChangesWebhook,
  sendCompletionWebhook,
  webhookWarnings
} from "./chunk-NM4JFCLM.js";
import {
  stepsBody
} from "./chunk-BCSQKF4B.js";
import {
  GALLERY,
  buildManifest,
  captureResultOf,
  completeManifest,
  finalStatus,
  galleryHtml,
  newJob,
  openOutput,
  openSink,
  progressOf
} from "./chunk-ABTWOHNP.js";
import {
  sha256Hex
} from "./chunk-3FDA5EIA.js";
import {
  UserError,
  captureKey
} from "./chunk-2DT44WLF.js";

// src/core/merge.ts
import { createHash } from "node:crypto";
import { lstat, readdir } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
var MANIFEST = "manifest.json";
var HINT = "; give the ZIPs or folders of the shards as framecap wrote them";
async function openInput(path) {
  const output = await openOutput(path, { hint: HINT });
  try {
    return { output, manifest: completeManifest(output.manifest, output.label, HINT) };
  } catch (err) {
    await output.close();
    throw err;
  }
}
async function findMergeInputs(paths) {
  const found = [];
  const visit = async (path, depth, given) => {
    const st = await lstat(path).catch(() => null);
    if (!st) {
      if (given) throw new UserError(`cannot read ${path}: no such file or folder`);
      return;
    }
    if (st.isFile()) {
      if (given || /\.zip$/i.test(path)) found.push(path);
      return;
    }
    if (!st.isDirectory()) return;
    if ((await lstat(join(path, MANIFEST)).catch(() => null))?.isFile()) {
      found.push(path);
      return;
    }
    if (depth === 0) return;
    const names = (await readdir(path)).sort(byPath);
    for (const name of names) await visit(join(path, name), depth - 1, false);
  };
  for (const p of paths) {
    const before = found.length;
    await visit(p, 2, true);
    if (found.length === before) throw new UserError(`${p} holds no framecap output (no .zip and no folder with a manifest.json)`);
  }
  return [...new Set(found)];
}
var byPath = (a, b) => a.localeCompare(b, "en", { numeric: true });
async function mergeOutputs(inputs, output, options = {}) {
  const warn = options.warn ?? (() => {
  });
  if (inputs.length === 0) throw new UserError("nothing to merge: give the ZIPs or folders of the shards");
  const target = resolve(output);
  for (const input of inputs) {
    if (resolve(input) === target) throw new UserError(`the output ${output} is also an input: write the merged output somewhere else`);
  }
  const opened = [];
  let sink = null;
  try {
    for (const input of inputs) opened.push(await openInput(input));
    const seenJobs = /* @__PURE__ */ new Map();
    for (const { output: o, manifest: manifest2 } of opened) {
      const earlier = seenJobs.get(manifest2.job.id);
      if (earlier) throw new UserError(`${o.path} is the same run as ${earlier} (job ${manifest2.job.id}): give each shard once`);
      seenJobs.set(manifest2.job.id, o.path);
    }
    const out = await openSink(output);
    sink = out;
    const taken = /* @__PURE__ */ new Set([MANIFEST, GALLERY]);
    const seenUrls = /* @__PURE__ */ new Map();
    const rows = [];
    const warnings = [];
    const renamed = [];
    const trouble = [];
    let dropped = 0;
    const note = (message) => {
      warnings.push(message);
      warn(message);
    };
    for (const { output: input, manifest: manifest2 } of opened) {
      const label = basename(input.path);
      for (const w of manifest2.warnings) warnings.push(`${label}: ${w}`);
      dropped += manifest2.warnings_dropped;
      const ok = manifest2.captures.filter((r) => r.status === "ok").length;
      const failed = manifest2.captures.length - ok;
      if (manifest2.captures.length === 0) {
        note(`${label} has no pages${manifest2.job.error ? ` (${manifest2.job.error})` : ""}`);
      } else if (manifest2.job.status !== finalStatus(progressOf(manifest2.captures.length, ok, failed))) {
        trouble.push(`${label}: ${manifest2.job.error ?? `its run ended ${manifest2.job.status}`}`);
      }
      const listed = /* @__PURE__ */ new Set([MANIFEST]);
      const renamedStems = [];
      const copy = listedCopier(input, out, taken, listed);
      for (const row of manifest2.captures) {
        const key = captureKey(row);
        const other = seenUrls.get(key);
        if (other !== void 0) note(`${row.url}${row.variant ? ` (variant ${row.variant})` : ""} is in both ${other} and ${label}: were the inputs shards of one run?`);
        else seenUrls.set(key, label);
        if (row.status !== "ok") {
          rows.push({ ...row, file: null });
          continue;
        }
        const copyCapture = async (from2, digest) => {
          const to2 = await copy({ name: from2, sha256: digest }, from2, row.url);
          if (to2 !== from2) {
            renamed.push({ input: input.path, from: from2, to: to2 });
            renamedStems.push([stemOf(from2), stemOf(to2)]);
          }
          return to2;
        };
        const from = row.file;
        const to = await copyCapture(from, row.sha256);
        const poster = row.poster ? await copy({ name: row.poster, sha256: row.poster_sha256 ?? null }, renamedAlong(row.poster, [[stemOf(from), stemOf(to)]]), `${input.path}
${row.poster}`) : void 0;
        let parts;
        if (row.parts) {
          parts = [];
          for (const [i, p] of row.parts.entries()) parts.push({ ...p, file: i === 0 && p.file === row.file ? to : await copyCapture(p.file, p.sha256) });
        }
        rows.push({ ...row, file: to, ...poster ? { poster } : {}, ...parts ? { parts } : {} });
      }
      for (const { name, problem } of input.skipped) note(`${label}: skipped ${JSON.stringify(name)}: ${problem}`);
      for (const name of input.names()) {
        if (listed.has(name) || name === GALLERY) continue;
        const to = freeName(renamedAlong(name, renamedStems), `${input.path}
${name}`, taken);
        taken.add(to);
        await out.add(to, await input.read(name));
      }
    }
    if (renamed.length > 0) note(`${renamed.length} file name(s) were taken by an earlier input and got a suffix, e.g. ${renamed[0].from} \u2192 ${renamed[0].to}`);
    const differing = settingsDifferences(opened.map((o) => o.manifest.settings));
    if (differing.length > 0) note(`the inputs were captured with different settings (${differing.join(", ")}); the manifest lists the first input's`);
    const job = mergedJob(opened.map((o) => o.manifest), rows, trouble, options.now ?? /* @__PURE__ */ new Date());
    const manifest = buildManifest(job, opened[0].manifest.settings, warnings, rows);
    manifest.warnings_dropped += dropped;
    await out.add(MANIFEST, Buffer.from(JSON.stringify(manifest, null, 2) + "\n"));
    await out.add(GALLERY, Buffer.from(galleryHtml(manifest, taken)));
    await out.close();
    return { job, manifest, output: { path: out.path, kind: out.kind }, renamed };
  } catch (err) {
    await sink?.abort();
    throw err;
  } finally {
    for (const o of opened) await o.output.close();
  }
}
function listedCopier(input, out, taken, listed) {
  const where = input.kind === "zip" ? "ZIP" : "output";
  return async (file, wanted, key) => {
    if (!await input.has(file.name)) throw new UserError(`${input.path}: ${file.name} is listed in manifest.json but missing from the ${where}`);
    const data = await input.read(file.name);
    if (file.sha256 !== null && sha256Hex(data) !== file.sha256) {
      throw new UserError(`${input.path}: ${file.name} does not match the sha256 in its manifest.json: the input is corrupt`);
    }
    listed.add(file.name);
    const to = freeName(wanted, key, taken);
    taken.add(to);
    await out.add(to, data);
    return to;
  };
}
function renamedAlong(name, renames) {
  const moved = renames.find(([old]) => name.startsWith(`${old}.`));
  return moved ? `${moved[1]}${name.slice(moved[0].length)}` : name;
}
function stemOf(name) {
  const slash = name.lastIndexOf("/");
  const dot = name.lastIndexOf(".");
  return dot > slash + 1 ? name.slice(0, dot) : name;
}
function freeName(name, url, taken) {
  if (!taken.has(name)) return name;
  const stem = stemOf(name);
  const ext = name.slice(stem.length);
  for (let attempt = 0; ; attempt++) {
    const hash = createHash("sha1").update(attempt === 0 ? url : `${url}
${attempt}`).digest("hex").slice(0, 8);
    const candidate = `${stem}-${hash}${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}
function mergedJob(manifests, rows, trouble, now) {
  const jobs = manifests.map((m) => m.job);
  const completed = rows.filter((r) => r.status === "ok").length;
  const progress = progressOf(rows.length, completed, rows.length - completed);
  const job = newJob(mergedType(jobs.map((j) => j.type), rows.length), now);
  job.progress = progress;
  job.status = trouble.length > 0 ? completed > 0 ? "partial" : "failed" : finalStatus(progress);
  job.created_at = earliest(jobs.map((j) => j.created_at)) ?? job.created_at;
  job.started_at = earliest(jobs.map((j) => j.started_at));
  job.completed_at = latest(jobs.map((j) => j.completed_at)) ?? now.toISOString();
  job.error = mergedError(job.status, trouble, rows);
  if (job.type === "capture") job.result = mergedResult(jobs, rows);
  return job;
}
function mergedResult(jobs, rows) {
  const found = jobs.find((j) => j.result)?.result;
  return found ? captureResultOf(found.id, rows.find((r) => r.status === "ok")) : null;
}
function mergedType(types, total) {
  if (types.includes("sitemap")) return "sitemap";
  return total === 1 && types.every((t) => t === "capture") ? "capture" : "batch";
}
function mergedError(status, trouble, rows) {
  if (trouble.length > 0) return `${trouble.length} input(s) did not finish: ${trouble.join("; ")}`;
  if (rows.length === 0) return "no pages in any input";
  if (status === "failed") return `all ${rows.length} pages failed; first error: ${rows[0]?.error ?? "unknown"}`;
  return null;
}
var isoTimes = (values) => values.filter((v) => typeof v === "string" && !Number.isNaN(Date.parse(v)));
var earliest = (values) => isoTimes(values).sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null;
var latest = (values) => isoTimes(values).sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? null;
function settingsDifferences(all) {
  const first = all[0];
  if (!first) return [];
  const keys = [...new Set(all.flatMap((s) => Object.keys(s)))].filter((k) => k !== "concurrency");
  return keys.filter((k) => all.some((s) => JSON.stringify(s[k]) !== JSON.stringify(first[k])));
}

// src/notify/run-notifier.ts
function createRunNotifier(webhook, context, log) {
  let progress = null;
  return {
    warn() {
      if (webhook) for (const w of webhookWarnings(webhook)) log.warn(w);
    },
    started(job) {
      if (webhook) progress = progressNotifier(webhook, job, context, log);
    },
    tick(p) {
      progress?.tick(p);
    },
    async finish({ job, rows, changes }) {
      if (!webhook) return { completion: null, changes: null, failsRun: false };
      await progress?.flush();
      const completion = await sendCompletionWebhook(job, rows, webhook, context, log);
      const changed = await sendChangesWebhook(job, changes, rows, webhook, context, log);
      const failed = completion.status === "failed" || changed?.status === "failed";
      return { completion, changes: changed, failsRun: failed && webhook.fail === "error" };
    }
  };
}

// src/client/remote-run.ts
import { resolve as resolve2 } from "node:path";

// src/client/request-body.ts
import { readFile } from "node:fs/promises";
async function jobRequestFor(options, readStdin) {
  const { render, frame, output, plan } = options;
  const shared = {
    device: frame.device,
    theme: frame.theme,
    background: frame.background,
    padding: frame.padding,
    radius: frame.radius,
    shadow: frame.shadow,
    ...frame.title ? { title: frame.title } : {},
    ...frame.composite.layout === "responsive" ? { composite: "responsive", composite_devices: frame.composite.devices } : {},
    viewport: `${render.viewport.width}x${render.viewport.height}`,
    // Unset stays unset, so the server renders a phone or tablet frame at its own scale too.
    ...render.scale !== "device" ? { scale: render.scale } : {},
    full_page: render.fullPage,
    format: output.format,
    quality: output.quality,
    wait_until: render.waitUntil,
    ...render.waitFor ? { wait_for: render.waitFor } : {},
    delay: render.delay,
    hide: render.hide,
    color_scheme: render.colorScheme,
    timeout: render.timeoutMs,
    retries: render.retries,
    ...render.userAgent ? { user_agent: render.userAgent } : {},
    ...render.blockAds ? { block_ads: true } : {},
    ...render.blockTrackers ? { block_trackers: true } : {},
    ...Object.keys(render.headers).length ? { headers: render.headers } : {},
    ...render.cookies.length ? { cookies: render.cookies } : {},
    // Values and files already read here (env:, @file): the server takes them inline and reads neither.
    ...render.steps?.length ? { steps: stepsBody(render.steps) } : {},
    ...regionBody(render.region ?? null),
    ...emulationBody(render),
    ...authBody(render),
    ...plan.include.length ? { include: plan.include } : {},
    ...plan.exclude.length ? { exclude: plan.exclude } : {},
    ...plan.limit !== null ? { limit: plan.limit } : {}
  };
  if (plan.shard) throw new UserError("--shard is for local runs; in async mode the server renders the whole set");
  if (options.pages?.length) shared.pages = options.pages.map(ruleBody);
  if (options.variants?.length) shared.variants = options.variants.map((v) => ({ name: v.name, ...overridesBody(v.set) }));
  if (render.filterLists?.length) {
    throw new UserError("--filter-list is for local runs; in async mode the server blocks with its own copy of EasyList/EasyPrivacy");
  }
  const sitemaps = options.sources.filter((s) => s.kind === "sitemap");
  const others = options.sources.filter((s) => s.kind !== "sitemap");
  if (options.sources.some((s) => s.kind === "site")) {
    throw new UserError("async mode takes --sitemap or page URLs; give the site's sitemap URL instead of --site");
  }
  if (sitemaps.length > 0) {
    if (sitemaps.length > 1 || others.length > 0) {
      throw new UserError("async mode takes one sitemap per job, or a list of URLs, not both");
    }
    const location = sitemaps[0].kind === "sitemap" ? sitemaps[0].location : "";
    if (!/^https?:\/\//i.test(location)) throw new UserError(`async mode needs a sitemap URL the server can fetch, not a local file (${location})`);
    return { path: "/v1/sitemap", body: { sitemap_url: location, ...shared } };
  }
  const urls = [];
  for (const source of others) {
    if (source.kind === "urls") urls.push(...source.urls);
    if (source.kind === "url-file") {
      const text = source.path === "-" ? await readStdin() : await readFile(source.path, "utf8");
      urls.push(...text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#")));
    }
  }
  return { path: "/v1/batch", body: { urls, ...shared } };
}
function ruleBody(rule) {
  const { match } = rule;
  const matchKey = "glob" in match ? { match: match.glob } : "regex" in match ? { regex: match.regex } : { url: match.url };
  return { name: rule.label, ...matchKey, ...rule.keepFragment ? { "keep-fragment": true } : {}, ...overridesBody(rule.set) };
}
function overridesBody(set) {
  const r = set.render ?? {};
  const f = set.frame ?? {};
  const o = set.output ?? {};
  const given = (entries) => Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== void 0));
  return given({
    viewport: r.viewport ? `${r.viewport.width}x${r.viewport.height}` : void 0,
    scale: typeof r.scale === "number" ? r.scale : void 0,
    "full-page": r.fullPage,
    "wait-until": r.waitUntil,
    "wait-for": r.waitFor,
    delay: r.delay,
    hide: r.hide,
    "color-scheme": r.colorScheme,
    timeout: r.timeoutMs,
    steps: r.steps ? stepsBody(r.steps) : void 0,
    timezone: r.timezone,
    locale: r.locale,
    geolocation: r.geolocation ? `${r.geolocation.latitude},${r.geolocation.longitude}` : r.geolocation,
    javascript: r.javaScript,
    "reduced-motion": r.reducedMotion === void 0 ? void 0 : r.reducedMotion ? "on" : "off",
    "omit-background": r.omitBackground,
    ...r.region ? Object.fromEntries(Object.entries(regionBody(r.region)).map(([k, v]) => [k.replace(/_/g, "-"), v])) : {},
    ...r.video === null ? { video: "none" } : r.video ? {
      video: "scroll",
      "video-format": r.video.format,
      "video-pause": r.video.pauseMs,
      ...r.video.durationMs !== null ? { "video-duration": r.video.durationMs / 1e3 } : {},
      ...r.video.fps !== null ? { "video-fps": r.video.fps } : {},
      ...r.video.scrollTo !== null ? { "video-scroll-to": r.video.scrollTo } : {}
    } : {},
    device: f.device,
    theme: f.theme,
    background: f.background,
    padding: f.padding,
    radius: f.radius,
    shadow: f.shadow,
    "shadow-strength": f.shadowStrength,
    "max-height": f.maxHeight,
    title: f.title,
    ...f.composite ? f.composite.layout === "responsive" ? { composite: "responsive", "composite-devices": f.composite.devices } : { composite: "none" } : {},
    format: o.format,
    quality: o.quality,
    split: o.split
  });
}
function emulationBody(render) {
  const e = render.emulation ?? {};
  if (e.proxy) throw new UserError("--proxy is for local runs; in async mode the server's own egress guard is the browser's proxy");
  return {
    ...e.timezone ? { timezone: e.timezone } : {},
    ...e.locale ? { locale: e.locale } : {},
    ...e.geolocation ? { geolocation: `${e.geolocation.latitude},${e.geolocation.longitude}` } : {},
    ...e.javaScript === false ? { javascript: false } : {},
    ...e.reducedMotion === false ? { reduced_motion: "off" } : {},
    ...e.omitBackground ? { omit_background: true } : {}
  };
}
function authBody(render) {
  const { login, storageState, httpAuth } = render;
  if (login?.saveState) {
    throw new UserError(`the login's save-state is for local runs: in async mode the server logs in and keeps no state file for you; run framecap login --save-state ${login.saveState} to write one`);
  }
  return {
    ...storageState ? { storage_state: storageState.state } : {},
    ...httpAuth ? { http_auth: `${httpAuth.username}:${httpAuth.password}` } : {},
    ...login ? { login: { url: login.url, steps: stepsBody(login.steps), ...login.successUrl ? { "success-url": login.successUrl } : {} } } : {}
  };
}
function regionBody(region) {
  if (!region) return {};
  if (region.kind === "clip") return { clip: `${region.rect.x},${region.rect.y},${region.rect.width},${region.rect.height}` };
  return { selector: region.selector, ...region.padding ? { selector_padding: region.padding } : {} };
}

// src/client/remote-run.ts
async function runRemote(options, client, run, hooks) {
  if (!/\.zip$/i.test(options.output.path)) throw new UserError("async mode downloads one ZIP: give an output path ending in .zip");
  if (!Number.isInteger(run.pollTimeoutMs) || run.pollTimeoutMs < 1e3) {
    throw new UserError("the poll timeout must be a whole number of milliseconds \u2265 1000");
  }
  const request = await jobRequestFor(options, run.readStdin);
  const submit = { ...run.signal ? { signal: run.signal } : {} };
  const submitted = request.path === "/v1/sitemap" ? await client.submitSitemap(request.body, submit) : await client.submitBatch(request.body, submit);
  hooks.say(`submitted ${submitted.job_id}; waiting for the server to render it`);
  const job = await client.waitFor(submitted.job_id, {
    pollTimeoutMs: run.pollTimeoutMs,
    onProgress: hooks.progress,
    ...run.signal ? { signal: run.signal } : {}
  });
  const outputPath = resolve2(run.cwd, options.output.path);
  if (job.status !== "completed" && job.status !== "partial") return { job, outputPath, manifest: null };
  const { bytes } = await client.download(job.id, outputPath);
  hooks.say(`downloaded ${outputPath} (${bytes} bytes)`);
  const output = await openOutput(outputPath);
  try {
    if (output.kind !== "zip") throw new UserError(`the server's result saved to ${outputPath} is not a ZIP: the server returned the wrong result`);
    const manifest = completeManifest(output.manifest, output.label);
    if (manifest.job.id !== job.id) {
      throw new UserError(`the downloaded ZIP belongs to ${manifest.job.id}, not ${job.id}: the server returned the wrong result`);
    }
    return { job, outputPath, manifest };
  } finally {
    await output.close();
  }
}

export {
  findMergeInputs,
  mergeOutputs,
  createRunNotifier,
  runRemote
};
