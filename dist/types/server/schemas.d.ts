export declare const JOB_STATUSES: readonly ["pending", "processing", "completed", "partial", "failed", "canceled"];
export declare const JOB_SCHEMA: {
    readonly type: "object";
    readonly description: "The Job document: the same shape the CLI prints with --json and webhooks carry.";
    readonly required: readonly ["id", "type", "status", "progress", "result", "result_url", "download_url", "error", "webhook_url", "webhook_status", "created_at", "started_at", "completed_at", "expires_at"];
    readonly properties: {
        readonly id: {
            readonly type: "string";
            readonly examples: readonly ["job_01KNS1WNPW9FCHZSK4XNTHMB0H"];
        };
        readonly type: {
            readonly type: "string";
            readonly enum: readonly ["capture", "batch", "sitemap"];
        };
        readonly status: {
            readonly type: "string";
            readonly enum: readonly ["pending", "processing", "completed", "partial", "failed", "canceled"];
            readonly description: "completed: every URL captured; partial: some failed; failed: all failed or the run could not start; canceled: stopped by DELETE /v1/jobs/{id} (the pages captured before stay downloadable).";
        };
        readonly progress: {
            readonly type: "object";
            readonly required: readonly ["total", "completed", "failed", "percentage"];
            readonly properties: {
                readonly total: {
                    readonly type: "integer";
                    readonly description: "URLs planned so far (grows while a sitemap is read).";
                };
                readonly completed: {
                    readonly type: "integer";
                };
                readonly failed: {
                    readonly type: "integer";
                };
                readonly percentage: {
                    readonly type: "integer";
                    readonly minimum: 0;
                    readonly maximum: 100;
                };
            };
        };
        readonly result: {
            readonly type: readonly ["object", "null"];
            readonly description: "capture jobs, once completed: the single capture.";
            readonly required: readonly ["id", "url", "page_url", "width", "height", "format"];
            readonly properties: {
                readonly id: {
                    readonly type: "string";
                    readonly examples: readonly ["cap_01KNS1WQ3B7Y0V4R2ZJ8M5T6XE"];
                };
                readonly url: {
                    readonly type: "string";
                    readonly description: "Where the image is fetched (GET, with the same API key): the absolute URL of /v1/captures/{id}.{format extension}, on the server's publicUrl or else the origin the request was sent to. Store this one.";
                    readonly examples: readonly ["https://shots.example.com/v1/captures/cap_01KNS1WQ3B7Y0V4R2ZJ8M5T6XE.png"];
                };
                readonly page_url: {
                    readonly type: "string";
                    readonly description: "The page that was captured.";
                    readonly examples: readonly ["https://example.com/"];
                };
                readonly width: {
                    readonly type: "integer";
                };
                readonly height: {
                    readonly type: "integer";
                };
                readonly format: {
                    readonly type: "string";
                };
                readonly parts: {
                    readonly type: "array";
                    readonly description: "With `split`, when the page was taller than a part: every part in page order, the first being the image at `url`. Absent for one image.";
                    readonly items: {
                        readonly type: "object";
                        readonly required: readonly ["url", "y", "page_height", "width", "height"];
                        readonly properties: {
                            readonly url: {
                                readonly type: "string";
                                readonly description: "The absolute URL of /v1/captures/{id}/parts/{k}.{format extension}, k from 1.";
                                readonly examples: readonly ["https://shots.example.com/v1/captures/cap_01KNS1WQ3B7Y0V4R2ZJ8M5T6XE/parts/2.png"];
                            };
                            readonly y: {
                                readonly type: "integer";
                                readonly description: "Where the part starts on the page, CSS px.";
                            };
                            readonly page_height: {
                                readonly type: "integer";
                                readonly description: "How much of the page the part shows, CSS px.";
                            };
                            readonly width: {
                                readonly type: "integer";
                            };
                            readonly height: {
                                readonly type: "integer";
                            };
                        };
                    };
                };
            };
        };
        readonly result_url: Record<string, unknown>;
        readonly download_url: Record<string, unknown>;
        readonly error: Record<string, unknown>;
        readonly webhook_url: Record<string, unknown>;
        readonly webhook_status: {
            readonly type: readonly ["string", "null"];
            readonly enum: readonly ["pending", "delivered", "failed", null];
        };
        readonly created_at: {
            readonly type: "string";
            readonly format: "date-time";
        };
        readonly started_at: Record<string, unknown>;
        readonly completed_at: Record<string, unknown>;
        readonly expires_at: Record<string, unknown>;
    };
};
export declare const ERROR_SCHEMA: {
    readonly type: "object";
    readonly required: readonly ["error"];
    readonly properties: {
        readonly error: {
            readonly type: "object";
            readonly required: readonly ["code", "message", "field"];
            readonly properties: {
                readonly code: {
                    readonly type: "string";
                    readonly examples: readonly ["invalid_request"];
                };
                readonly message: {
                    readonly type: "string";
                    readonly description: "What went wrong and what to do about it.";
                };
                readonly field: Record<string, unknown>;
            };
        };
    };
};
export declare const ACCEPTED_SCHEMA: {
    readonly type: "object";
    readonly required: readonly ["job_id", "status"];
    readonly properties: {
        readonly job_id: {
            readonly type: "string";
        };
        readonly status: {
            readonly type: "string";
            readonly enum: readonly ["pending", "processing", "completed", "partial", "failed", "canceled"];
        };
    };
};
export declare const JOB_LIST_SCHEMA: {
    readonly type: "object";
    readonly required: readonly ["jobs", "total", "limit", "offset"];
    readonly properties: {
        readonly jobs: {
            readonly type: "array";
            readonly items: {
                readonly type: "object";
                readonly description: "The Job document: the same shape the CLI prints with --json and webhooks carry.";
                readonly required: readonly ["id", "type", "status", "progress", "result", "result_url", "download_url", "error", "webhook_url", "webhook_status", "created_at", "started_at", "completed_at", "expires_at"];
                readonly properties: {
                    readonly id: {
                        readonly type: "string";
                        readonly examples: readonly ["job_01KNS1WNPW9FCHZSK4XNTHMB0H"];
                    };
                    readonly type: {
                        readonly type: "string";
                        readonly enum: readonly ["capture", "batch", "sitemap"];
                    };
                    readonly status: {
                        readonly type: "string";
                        readonly enum: readonly ["pending", "processing", "completed", "partial", "failed", "canceled"];
                        readonly description: "completed: every URL captured; partial: some failed; failed: all failed or the run could not start; canceled: stopped by DELETE /v1/jobs/{id} (the pages captured before stay downloadable).";
                    };
                    readonly progress: {
                        readonly type: "object";
                        readonly required: readonly ["total", "completed", "failed", "percentage"];
                        readonly properties: {
                            readonly total: {
                                readonly type: "integer";
                                readonly description: "URLs planned so far (grows while a sitemap is read).";
                            };
                            readonly completed: {
                                readonly type: "integer";
                            };
                            readonly failed: {
                                readonly type: "integer";
                            };
                            readonly percentage: {
                                readonly type: "integer";
                                readonly minimum: 0;
                                readonly maximum: 100;
                            };
                        };
                    };
                    readonly result: {
                        readonly type: readonly ["object", "null"];
                        readonly description: "capture jobs, once completed: the single capture.";
                        readonly required: readonly ["id", "url", "page_url", "width", "height", "format"];
                        readonly properties: {
                            readonly id: {
                                readonly type: "string";
                                readonly examples: readonly ["cap_01KNS1WQ3B7Y0V4R2ZJ8M5T6XE"];
                            };
                            readonly url: {
                                readonly type: "string";
                                readonly description: "Where the image is fetched (GET, with the same API key): the absolute URL of /v1/captures/{id}.{format extension}, on the server's publicUrl or else the origin the request was sent to. Store this one.";
                                readonly examples: readonly ["https://shots.example.com/v1/captures/cap_01KNS1WQ3B7Y0V4R2ZJ8M5T6XE.png"];
                            };
                            readonly page_url: {
                                readonly type: "string";
                                readonly description: "The page that was captured.";
                                readonly examples: readonly ["https://example.com/"];
                            };
                            readonly width: {
                                readonly type: "integer";
                            };
                            readonly height: {
                                readonly type: "integer";
                            };
                            readonly format: {
                                readonly type: "string";
                            };
                            readonly parts: {
                                readonly type: "array";
                                readonly description: "With `split`, when the page was taller than a part: every part in page order, the first being the image at `url`. Absent for one image.";
                                readonly items: {
                                    readonly type: "object";
                                    readonly required: readonly ["url", "y", "page_height", "width", "height"];
                                    readonly properties: {
                                        readonly url: {
                                            readonly type: "string";
                                            readonly description: "The absolute URL of /v1/captures/{id}/parts/{k}.{format extension}, k from 1.";
                                            readonly examples: readonly ["https://shots.example.com/v1/captures/cap_01KNS1WQ3B7Y0V4R2ZJ8M5T6XE/parts/2.png"];
                                        };
                                        readonly y: {
                                            readonly type: "integer";
                                            readonly description: "Where the part starts on the page, CSS px.";
                                        };
                                        readonly page_height: {
                                            readonly type: "integer";
                                            readonly description: "How much of the page the part shows, CSS px.";
                                        };
                                        readonly width: {
                                            readonly type: "integer";
                                        };
                                        readonly height: {
                                            readonly type: "integer";
                                        };
                                    };
                                };
                            };
                        };
                    };
                    readonly result_url: Record<string, unknown>;
                    readonly download_url: Record<string, unknown>;
                    readonly error: Record<string, unknown>;
                    readonly webhook_url: Record<string, unknown>;
                    readonly webhook_status: {
                        readonly type: readonly ["string", "null"];
                        readonly enum: readonly ["pending", "delivered", "failed", null];
                    };
                    readonly created_at: {
                        readonly type: "string";
                        readonly format: "date-time";
                    };
                    readonly started_at: Record<string, unknown>;
                    readonly completed_at: Record<string, unknown>;
                    readonly expires_at: Record<string, unknown>;
                };
            };
        };
        readonly total: {
            readonly type: "integer";
            readonly description: "Jobs matching the filter, all pages together.";
        };
        readonly limit: {
            readonly type: "integer";
        };
        readonly offset: {
            readonly type: "integer";
        };
    };
};
/**
 * Options every POST takes: how each page is rendered and framed. Built from
 * the settings spec; fastify checks shapes and resolveSettings checks values
 * (ranges, allowed values), so an error reads the same from every door. The
 * schemas carry no `default` keyword: fastify would write it into the body,
 * and a request's own choice (a device's viewport, background_preset) must
 * stay distinguishable from the default.
 */
export declare const OPTION_PROPERTIES: Record<string, Record<string, unknown>>;
export declare const CAPTURE_BODY: {
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["url"];
    readonly properties: {
        readonly url: {
            readonly description: "The page to capture.";
            readonly type: "string";
            readonly minLength: 1;
            readonly maxLength: 2048;
        };
        readonly async: {
            readonly type: "boolean";
            readonly default: true;
            readonly description: "false: wait and answer 200 with the finished Job document (202 if it takes longer than the server allows).";
        };
    };
};
export declare const BATCH_BODY: {
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["urls"];
    readonly properties: {
        readonly include: Record<string, unknown>;
        readonly exclude: Record<string, unknown>;
        readonly limit: {
            readonly type: "integer";
            readonly minimum: 1;
            readonly description: "Capture at most this many URLs (capped by the server's maxUrlsPerJob).";
        };
        readonly callback_url: {
            readonly description: "Another name for webhook_url.";
            readonly type: "string";
            readonly minLength: 1;
            readonly maxLength: 2048;
        };
        readonly urls: {
            readonly type: "array";
            readonly minItems: 1;
            readonly items: {
                readonly type: "string";
                readonly minLength: 1;
                readonly maxLength: 2048;
            };
            readonly description: "Pages to capture, in order; duplicates are captured once.";
        };
    };
};
export declare const SITEMAP_BODY: {
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["sitemap_url"];
    readonly properties: {
        readonly max_pages: {
            readonly type: "integer";
            readonly minimum: 1;
            readonly description: "Another name for limit.";
        };
        readonly include_pattern: {
            readonly type: "string";
            readonly minLength: 1;
            readonly maxLength: 1000;
            readonly description: "Regular expression on the full URL; only matching URLs are captured.";
        };
        readonly exclude_pattern: {
            readonly type: "string";
            readonly minLength: 1;
            readonly maxLength: 1000;
            readonly description: "Regular expression on the full URL; matching URLs are skipped.";
        };
        readonly include: Record<string, unknown>;
        readonly exclude: Record<string, unknown>;
        readonly limit: {
            readonly type: "integer";
            readonly minimum: 1;
            readonly description: "Capture at most this many URLs (capped by the server's maxUrlsPerJob).";
        };
        readonly callback_url: {
            readonly description: "Another name for webhook_url.";
            readonly type: "string";
            readonly minLength: 1;
            readonly maxLength: 2048;
        };
        readonly sitemap_url: {
            readonly description: "Sitemap (urlset, index, .gz, text, RSS or Atom) to read the pages from.";
            readonly type: "string";
            readonly minLength: 1;
            readonly maxLength: 2048;
        };
    };
};
export declare const JOB_ID_PARAMS: {
    readonly type: "object";
    readonly required: readonly ["id"];
    readonly properties: {
        readonly id: {
            readonly type: "string";
            readonly maxLength: 64;
            readonly description: "Job id, e.g. job_01KNS1WNPW9FCHZSK4XNTHMB0H.";
        };
    };
};
export declare const CAPTURE_FILE_PARAMS: {
    readonly type: "object";
    readonly required: readonly ["id", "ext"];
    readonly properties: {
        readonly id: {
            readonly type: "string";
            readonly maxLength: 64;
            readonly description: "Capture id (result.id of a capture job), or the job id.";
        };
        readonly ext: {
            readonly type: "string";
            readonly enum: readonly ["png", "jpg", "jpeg", "webp", "avif"];
            readonly description: "File extension of the capture format.";
        };
    };
};
export declare const CAPTURE_PART_PARAMS: {
    readonly type: "object";
    readonly required: readonly ["id", "k", "ext"];
    readonly properties: {
        readonly id: {
            readonly type: "string";
            readonly maxLength: 64;
            readonly description: "Capture id (result.id of a capture job), or the job id.";
        };
        readonly k: {
            readonly type: "integer";
            readonly minimum: 1;
            readonly description: "The part, from 1 (result.parts[k - 1]).";
        };
        readonly ext: {
            readonly type: "string";
            readonly enum: readonly ["png", "jpg", "jpeg", "webp", "avif"];
            readonly description: "File extension of the capture format.";
        };
    };
};
export declare const LIST_QUERY: {
    readonly type: "object";
    readonly additionalProperties: false;
    readonly properties: {
        readonly status: {
            readonly type: "string";
            readonly enum: readonly ["pending", "processing", "completed", "partial", "failed", "canceled"];
        };
        readonly limit: {
            readonly type: "integer";
            readonly minimum: 1;
            readonly maximum: 100;
            readonly default: 20;
        };
        readonly offset: {
            readonly type: "integer";
            readonly minimum: 0;
            readonly default: 0;
        };
    };
};
export declare const HEALTH_SCHEMA: {
    readonly type: "object";
    readonly required: readonly ["status"];
    readonly properties: {
        readonly status: {
            readonly type: "string";
            readonly enum: readonly ["ok", "unavailable"];
        };
        readonly queued: {
            readonly type: "integer";
        };
    };
};
