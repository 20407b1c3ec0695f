import type sharpFunction from 'sharp';
export declare const sharp: typeof sharpFunction;
