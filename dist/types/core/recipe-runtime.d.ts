import { ResponsiveCompositor } from './composite/compose.js';
import type { Compositor } from './frame/index.js';
import type { CaptureOptions, RenderOptions } from './options.js';
import type { PageRecipe } from './recipe.js';
export interface PreparedRecipe {
    /** Frames the page's shot; for a composite, only encodes the arranged image (its frame is "none"). */
    compositor: Compositor;
    /** The run's render settings with the recipe's and its frame's on top. */
    render: RenderOptions;
    /** composite: responsive: the devices the page is shot on, and their arrangement; null for one framed shot. */
    composite: ResponsiveCompositor | null;
}
export declare class RecipeRuntime {
    private readonly options;
    private readonly compositors;
    private readonly composites;
    private readonly prepared;
    constructor(options: Pick<CaptureOptions, 'render' | 'frame'>);
    /**
     * Throws a UserError when the recipe's frame cannot be made (unknown device, bad background), its viewport
     * cannot be framed, or it asks for a composite video.
     */
    prepare(recipe: PageRecipe): Promise<PreparedRecipe>;
    /** Distinct compositors made so far. */
    get compositorCount(): number;
    private build;
    private compositor;
    private composite;
}
