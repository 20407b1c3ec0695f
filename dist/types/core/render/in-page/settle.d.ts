export interface SettleArgs {
    kind: 'settle';
    /** --hide CSS; `freezeCss` joins it when the page animates or shows a caret. */
    css: string;
    freezeCss: string;
    /** Force lazy images and iframes to load now. */
    lazy: boolean;
    /** Scroll through the page first (full-page shots), where anything on it may react; false = a viewport shot, which waits only for what it shows. */
    scroll: boolean;
    /** Rest `restMs` at every scroll step (the page listens for scroll); else one frame, and a second pass with rests only if the page reacted. */
    restEachStep: boolean;
    restMs: number;
    limits: {
        lazyMs: number;
        lazyMaxHeightPx: number;
        imagesMs: number;
        fontsMs: number;
        busyMs: number;
    };
}
/**
 * Just before the shot: whatever arrived while the network settled (late
 * images, a swapped-in font) is decoded, and animations still running (Web
 * Animations, which the freeze CSS does not reach, and CSS ones on a page
 * that was not frozen) are finished or, when endless, cancelled, as
 * Playwright's screenshot({ animations: 'disabled' }) does. A caret that
 * appeared since is hidden. Resolves once the images are decoded, with the
 * document's title: the capture's tab shows it, and reading it here saves a
 * round trip of its own (page.title()) a page.
 */
export interface BeforeShotArgs {
    kind: 'before-shot';
    viewportOnly: boolean;
}
export type ReadinessWork = SettleArgs | BeforeShotArgs;
/** What each kind of work resolves with. */
export interface ReadinessResults {
    settle: Settled;
    'before-shot': ShotReady;
}
/** What the page says just before its shot. */
export interface ShotReady {
    title: string;
}
/** true = the condition was met within its own limit. */
export interface Settled {
    lazy: boolean;
    images: boolean;
    fonts: boolean;
    busy: boolean;
}
/** Both in one function, so the helpers they share are written once (an in-page function cannot call another). */
export declare function readiness<K extends ReadinessWork['kind']>(w: Extract<ReadinessWork, {
    kind: K;
}>, shown?: (el: Element) => boolean, imagesDecoded?: () => Promise<boolean>, deepActive?: () => Element | null, within?: (work: () => unknown, ms: number) => Promise<boolean>, openShadowRoots?: () => ShadowRoot[], editing?: (a?: Element | null) => a is HTMLElement, frame?: (rest: number) => Promise<void>, height?: () => number, pass?: (s: SettleArgs, rest: number, start: number) => Promise<boolean>): Promise<ReadinessResults[K]>;
/** readiness() typed for each kind (evaluate cannot pick a generic function's instance). */
export declare const settlePage: (w: SettleArgs) => Promise<Settled>;
export declare const beforeShot: (w: BeforeShotArgs) => Promise<ShotReady>;
