// What a recipe needs at capture time: its compositor, the render settings
// its page is shot with (a device frame's viewport and emulation on top of
// the recipe's), and, for composite: responsive, the devices it is shot on.
// All are made once per distinct recipe; compositors once per distinct
// frame + output + scale, so twenty docs pages with the same look share one
// (and its cached frame parts).

import { ResponsiveCompositor } from './composite/compose.ts';
import { createCompositor } from './frame/index.ts';
import type { Compositor } from './frame/index.ts';
import type { CaptureOptions, RenderOptions } from './options.ts';
import { recipeKey, renderFor } from './recipe.ts';
import { UserError } from './types.ts';
import { requireVideoEncoder } from './video/ffmpeg.ts';
import type { PageRecipe } from './recipe.ts';

export interface PreparedRecipe {
  /** Frames the page's shot; for a composite, only encodes the arranged image (its frame is "none"). */
  compositor: Compositor;
  /** The run's render settings with the recipe's and its frame's on top. */
  render: RenderOptions;
  /** composite: responsive: the devices the page is shot on, and their arrangement; null for one framed shot. */
  composite: ResponsiveCompositor | null;
}

export class RecipeRuntime {
  private readonly compositors = new Map<string, Promise<Compositor>>();
  private readonly composites = new Map<string, Promise<ResponsiveCompositor>>();
  private readonly prepared = new Map<string, Promise<PreparedRecipe>>();

  constructor(private readonly options: Pick<CaptureOptions, 'render' | 'frame'>) {}

  /**
   * Throws a UserError when the recipe's frame cannot be made (unknown device, bad background), its viewport
   * cannot be framed, or it asks for a composite video.
   */
  prepare(recipe: PageRecipe): Promise<PreparedRecipe> {
    const key = recipeKey(recipe);
    let found = this.prepared.get(key);
    if (!found) {
      found = this.build(recipe);
      this.prepared.set(key, found);
    }
    return found;
  }

  /** Distinct compositors made so far. */
  get compositorCount(): number {
    return this.compositors.size;
  }

  private async build(recipe: PageRecipe): Promise<PreparedRecipe> {
    const composite = recipe.frame.composite.layout === 'responsive' ? await this.composite(recipe, recipe.frame.composite.devices) : null;
    if (composite && recipe.render.video) {
      throw new UserError('composite responsive is one still per page, not a video: leave out video: scroll where the composite is set (or set video: none there)');
    }
    // A composite's shot arrives framed and arranged (src/core/composite/): its compositor only encodes it.
    const look: PageRecipe = composite ? { ...recipe, frame: { ...recipe.frame, device: 'none', composite: { layout: 'none' } } } : recipe;
    const compositor = await this.compositor(look);
    const run = this.options.render;
    // A device frame renders the page as that device: its viewport, and its user agent unless the user set one.
    const render: RenderOptions = {
      // The given scale, or a phone's or tablet's own when none was given (src/core/scale.ts).
      ...renderFor(run, recipe.render, compositor.scale),
      ...(compositor.viewport ? { viewport: compositor.viewport } : {}),
      userAgent: run.userAgent ?? compositor.emulation?.userAgent ?? null,
      ...(compositor.emulation ? { isMobile: compositor.emulation.isMobile, hasTouch: compositor.emulation.hasTouch } : {}),
      // Every run records what its pages' servers said, so any run can be the next one's baseline.
      recordValidators: true,
      // A full page is shot only as far down as its framed image can be encoded (and max-height lets it).
      ...(recipe.render.fullPage && !composite ? { pageCap: compositor.cap } : {}),
      // A composite shows each device's screen: a full-page from the run or an earlier rule does not reach it
      // (one that sets both is refused where it is read, src/config/settings.ts).
      ...(composite ? { fullPage: false } : {}),
    };
    // A viewport the format cannot hold framed fails here, before any page is shot with it.
    compositor.checkWidth(Math.round(render.viewport.width * render.scale));
    if (render.video) requireVideoEncoder(render.video.format);
    return { compositor, render, composite };
  }

  private compositor(recipe: PageRecipe): Promise<Compositor> {
    const frame = { ...recipe.frame, thumbnail: this.options.frame.thumbnail };
    const scale = recipe.render.scale;
    const key = JSON.stringify([frame, recipe.output, scale]);
    let found = this.compositors.get(key);
    if (!found) {
      found = createCompositor(frame, recipe.output, scale);
      this.compositors.set(key, found);
    }
    return found;
  }

  private composite(recipe: PageRecipe, devices: readonly string[]): Promise<ResponsiveCompositor> {
    const frame = { ...recipe.frame, thumbnail: this.options.frame.thumbnail };
    const scale = recipe.render.scale;
    const key = JSON.stringify([frame, scale]);
    let found = this.composites.get(key);
    if (!found) {
      found = ResponsiveCompositor.create(devices, frame, scale);
      this.composites.set(key, found);
    }
    return found;
  }
}
