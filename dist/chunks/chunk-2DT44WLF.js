import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);

// src/core/types.ts
function captureKey(row) {
  return row.variant ? `${row.url} @${row.variant}` : row.url;
}
var UserError = class extends Error {
  name = "UserError";
};

export {
  captureKey,
  UserError
};
