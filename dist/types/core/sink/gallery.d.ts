import type { Manifest } from '../manifest.js';
export declare const GALLERY = "index.html";
/** @param written names in the output, to show `<name>.thumb.<ext>` where a thumbnail was made. */
export declare function galleryHtml(manifest: Manifest, written?: ReadonlySet<string>): string;
