// A local app on 127.0.0.1 with the pages page steps and element capture are
// tested on: a modal a click closes, an element below the fold, a page that is
// ready only when a JS expression is true, boxes to style, remove and hide, and
// a form that reports what was typed to the server. Flat colours, so a test
// reads pixels; each page has a small black mark (a flat page would be refused
// as a blank capture).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startExampleSite } from './site.ts';
import type { ExampleSite } from './site.ts';

export interface PageActionsSite extends ExampleSite {
  url(path: string): string;
  /** Bodies POSTed to /typed, in order: what the form's field held as it was filled. */
  typed: string[];
}

const MARK = '<i style="position:fixed;right:0;bottom:0;width:6px;height:6px;background:#000"></i>';
const page = (body: string, head = ''): string =>
  `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:#fff}</style>${head}</head><body>${body}${MARK}</body></html>`;

/** Colours the tests look for, as [r, g, b]. */
export const COLOURS = {
  white: [255, 255, 255], red: [255, 0, 0], blue: [0, 0, 255], green: [0, 255, 0], magenta: [255, 0, 255],
  yellow: [255, 255, 0], grey: [128, 128, 128],
} as const;

export const PAGES = {
  // Blue page under a red modal that covers the whole viewport; #close removes it.
  '/modal': page(
    '<main style="height:100vh;background:#0000ff"></main>' +
    '<div id="modal" style="position:fixed;inset:0;background:#ff0000">' +
    '<button id="close" style="position:absolute;left:10px;top:10px" onclick="document.getElementById(\'modal\').remove()">Accept</button></div>',
  ),
  // #pricing: 200x120 at (50, 600), below a 400x300 viewport; left half green, right half magenta.
  '/pricing': page(
    '<div style="height:1200px"></div>' +
    '<div id="pricing" style="position:absolute;left:50px;top:600px;width:200px;height:120px;display:flex">' +
    '<span style="flex:1;background:#00ff00"></span><span style="flex:1;background:#ff00ff"></span></div>',
  ),
  // Grey until the app says it is ready (2.5 s after load), then green.
  '/ready-late': page(
    '<main id="app" style="height:100vh;background:#808080"></main>' +
    '<script>window.appReady = false; addEventListener("load", () => setTimeout(() => {' +
    ' document.getElementById("app").style.background = "#00ff00"; window.appReady = true; }, 2500));</script>',
  ),
  // #a red and #b blue side by side (flex: removing #a moves #b left); #c white until a step colours it.
  '/boxes': page(
    '<div style="display:flex"><div id="a" style="width:100px;height:100px;background:#ff0000"></div>' +
    '<div id="b" style="width:100px;height:100px;background:#0000ff"></div></div>' +
    '<div id="c" style="margin-top:50px;width:100px;height:100px;background:#fff"></div>',
  ),
  // Every value typed into #q is POSTed to /typed.
  '/form': page(
    '<input id="q" type="password" style="margin:20px;width:300px">' +
    '<script>const q = document.getElementById("q");' +
    ' q.addEventListener("input", () => fetch("/typed", { method: "POST", body: q.value }));</script>',
  ),
} as const satisfies Record<string, string>;

export async function startPageActionsSite(): Promise<PageActionsSite> {
  const typed: string[] = [];
  const html = (body: string) => (_req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  };
  const routes = Object.fromEntries(Object.entries(PAGES).map(([path, body]) => [path, html(body)]));
  const site = await startExampleSite({
    ...routes,
    '/typed': (req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => { body += chunk; });
      req.on('end', () => {
        typed.push(body);
        res.writeHead(204);
        res.end();
      });
    },
  });
  return { ...site, url: (path) => `${site.origin}${path}`, typed };
}
