import type { Response } from 'playwright-core';
import type { PageValidators } from '../types.js';
/** ETag, Last-Modified and the sha256 of the body; never throws (missing parts are left out). */
export declare function documentValidators(response: Response): Promise<PageValidators>;
