import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);

// src/core/types.ts
var UserError = class extends Error {
  name = "UserError";
};

export {
  UserError
};
