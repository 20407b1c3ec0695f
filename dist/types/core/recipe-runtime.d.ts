import type { Compositor } from './frame/index.js';
import type { CaptureOptions, RenderOptions } from './options.js';
import type { PageRecipe } from './recipe.js';
export interface PreparedRecipe {
    compositor: Compositor;
    /** The run's render settings with the recipe's and its frame's on top. */
    render: RenderOptions;
}
export declare class RecipeRuntime {
    private readonly options;
    private readonly compositors;
    private readonly prepared;
    constructor(options: Pick<CaptureOptions, 'render' | 'frame'>);
    /** Throws a UserError when the recipe's frame cannot be made (unknown device, bad background) or its viewport cannot be framed. */
    prepare(recipe: PageRecipe): Promise<PreparedRecipe>;
    /** Distinct compositors made so far. */
    get compositorCount(): number;
    private build;
    private compositor;
}
