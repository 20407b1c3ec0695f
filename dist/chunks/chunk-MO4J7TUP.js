import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  SETTING_NAMES,
  SHAPE_ONLY,
  canonicalKey,
  parsePageRules,
  parseRule,
  parseVariants,
  require_dist,
  specOf,
  stepItemsAsText,
  structured
} from "./chunk-BCSQKF4B.js";
import {
  MAX_PAGE_RULES
} from "./chunk-ABTWOHNP.js";
import {
  UserError
} from "./chunk-2DT44WLF.js";
import {
  __toESM
} from "./chunk-7UBRMGLF.js";

// src/config/file.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
function toRaw(key, value, file, name) {
  if (value === null || value === void 0) return void 0;
  if (specOf(name).kind === "yaml" && typeof value === "object") return JSON.stringify(value);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value) && value.every((v) => ["string", "number", "boolean"].includes(typeof v))) {
    return value.map(String);
  }
  if (canonicalKey(key) === "steps" && Array.isArray(value)) return stepItemsAsText(value);
  if ((key === "header" || key === "headers") && typeof value === "object") {
    return Object.entries(value).map(([k, v]) => `${k}: ${String(v)}`);
  }
  throw new UserError(`${file}: "${key}" must be a string, number, boolean or a list of them`);
}
function parseConfig(text, file) {
  let doc;
  try {
    doc = (0, import_yaml.parse)(text, { maxAliasCount: 100 });
  } catch (err) {
    throw new UserError(`${file} is not valid YAML: ${err.message.split("\n")[0]}`);
  }
  if (doc === null || doc === void 0) return {};
  if (typeof doc !== "object" || Array.isArray(doc)) {
    throw new UserError(`${file} must be a map of settings, e.g. "sitemap: https://example.com/sitemap.xml"`);
  }
  const raw = {};
  const rules = [];
  for (const [key, value] of Object.entries(doc)) {
    const name = canonicalKey(key);
    if (!name) {
      throw new UserError(`${file}: unknown setting "${key}". Known settings: ${SETTING_NAMES.join(", ")}`);
    }
    if (name === "pages") {
      parsePageRules(value, `${file}: ${key}`, SHAPE_ONLY);
      const list = structured(value, `${file}: ${key}`);
      if (Array.isArray(list)) rules.unshift(...list);
    } else if (name === "variants") {
      parseVariants(value, `${file}: ${key}`, SHAPE_ONLY);
      raw.variants = typeof value === "string" ? value : JSON.stringify(value);
    } else if (name === "urls" && Array.isArray(value) && value.some(isMap)) {
      raw.urls = urlEntries(value, key, file, rules);
    } else {
      raw[name] = toRaw(key, value, file, name);
    }
  }
  if (rules.length > 0) {
    if (rules.length > MAX_PAGE_RULES) throw new UserError(`${file}: pages and urls: entries with settings make ${rules.length} rules; at most ${MAX_PAGE_RULES}`);
    raw.pages = JSON.stringify(rules);
  }
  return raw;
}
function urlEntries(items, key, file, rules) {
  return items.map((item, i) => {
    if (typeof item === "string") return item;
    if (!isMap(item)) throw new UserError(`${file}: ${key}[${i}] must be a URL, or a map with url: and page settings`);
    if (typeof item.url !== "string") throw new UserError(`${file}: ${key}[${i}] needs url: (the page to capture), e.g. {url: https://example.com/docs, full-page: true}`);
    const rule = { name: `urls[${i}]`, ...item };
    parseRule(rule, `${file}: ${key}[${i}]`, `urls[${i}]`, SHAPE_ONLY);
    rules.push(rule);
    return item.url;
  });
}
function isMap(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
async function loadConfigFile(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    const code = err.code;
    throw new UserError(`cannot read config file ${path}${code === "ENOENT" ? ": no such file" : `: ${code}`}`);
  }
  return parseConfig(text, path);
}
function mergeSettings(...layers) {
  const out = {};
  for (const layer of layers) {
    for (const [k, v] of Object.entries(layer)) {
      if (v === void 0 || Array.isArray(v) && v.length === 0) continue;
      out[k] = v;
    }
  }
  return out;
}
function findConfigFile(cwd) {
  for (const name of ["framecap.yml", "framecap.yaml"]) {
    const p = `${cwd}/${name}`;
    if (existsSync(p)) return p;
  }
  return void 0;
}

export {
  parseConfig,
  loadConfigFile,
  mergeSettings,
  findConfigFile
};
