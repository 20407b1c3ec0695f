import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  isSystemError,
  sharp,
  systemProblem
} from "./chunk-AYOILTGW.js";
import {
  parseRetryAfter,
  startsLikeZip
} from "./chunk-46ZZMMYQ.js";
import {
  bounded,
  sha256Hex,
  within
} from "./chunk-3FDA5EIA.js";
import {
  UserError,
  captureKey
} from "./chunk-2DT44WLF.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-7UBRMGLF.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options2 = {}) => {
      const prepend2 = options2.contains ? "" : "^";
      const append = options2.contains ? "" : "$";
      let output = `${prepend2}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options2) => {
      const opts = options2 || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance2 = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance2();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance2();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance2())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance2();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance2()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance2())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance2();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance2())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance2();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance2())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance2();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module) {
    "use strict";
    var constants4 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants4;
    var expandRange = (args, options2) => {
      if (typeof options2.expandRange === "function") {
        return options2.expandRange(...args, options2);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel2 = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel2(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options2) => {
      if (options2.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options2.maxExtglobRecursion === "number" ? options2.maxExtglobRecursion : constants4.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel2(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options2) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options2 };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants4.globChars(opts.windows);
      const EXTGLOB_CHARS = constants4.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance2 = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance2();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance2(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open4 = tokens[token.tokensIndex];
          open4.type = "text";
          open4.value = literal;
          open4.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open4.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options2, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first2, rest, index) => {
          if (first2 === "\\") {
            backslashes = true;
            return m;
          }
          if (first2 === "?") {
            if (esc) {
              return esc + first2 + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first2 === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first2 === "*") {
            if (esc) {
              return esc + first2 + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options2);
        return state;
      }
      while (!eos()) {
        value = advance2();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance2();
          } else {
            value += advance2();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance2();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open4 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open4);
          push(open4);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance2());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance2());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options2) => {
      const opts = { ...options2 };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants4.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants4 = require_constants();
    var isObject3 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options2, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options2, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject3(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options2 || {};
      const posix = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options2) : picomatch3.makeRe(glob, options2, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options2, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options2, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options2, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options2 || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options2, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options2, posix = options2 && options2.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options2);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch3.isMatch = (str, patterns, options2) => picomatch3(patterns, options2)(str);
    picomatch3.parse = (pattern, options2) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options2));
      return parse2(pattern, { ...options2, fastpaths: false });
    };
    picomatch3.scan = (input, options2) => scan(input, options2);
    picomatch3.compileRe = (state, options2, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options2 || {};
      const prepend2 = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend2}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options2);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options2 = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options2.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options2);
      }
      if (!parsed.output) {
        parsed = parse2(input, options2);
      }
      return picomatch3.compileRe(parsed, options2, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options2) => {
      try {
        const opts = options2 || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options2 && options2.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants4;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options2, returnState = false) {
      if (options2 && (options2.windows === null || options2.windows === void 0)) {
        options2 = { ...options2, windows: utils.isWindows() };
      }
      return pico(glob, options2, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// node_modules/pend/index.js
var require_pend = __commonJS({
  "node_modules/pend/index.js"(exports2, module) {
    module.exports = Pend;
    function Pend() {
      this.pending = 0;
      this.max = Infinity;
      this.listeners = [];
      this.waiting = [];
      this.error = null;
    }
    Pend.prototype.go = function(fn) {
      if (this.pending < this.max) {
        pendGo(this, fn);
      } else {
        this.waiting.push(fn);
      }
    };
    Pend.prototype.wait = function(cb) {
      if (this.pending === 0) {
        cb(this.error);
      } else {
        this.listeners.push(cb);
      }
    };
    Pend.prototype.hold = function() {
      return pendHold(this);
    };
    function pendHold(self) {
      self.pending += 1;
      var called = false;
      return onCb;
      function onCb(err) {
        if (called) throw new Error("callback called twice");
        called = true;
        self.error = self.error || err;
        self.pending -= 1;
        if (self.waiting.length > 0 && self.pending < self.max) {
          pendGo(self, self.waiting.shift());
        } else if (self.pending === 0) {
          var listeners = self.listeners;
          self.listeners = [];
          listeners.forEach(cbListener);
        }
      }
      function cbListener(listener) {
        listener(self.error);
      }
    }
    function pendGo(self, fn) {
      fn(pendHold(self));
    }
  }
});

// node_modules/yauzl/fd-slicer.js
var require_fd_slicer = __commonJS({
  "node_modules/yauzl/fd-slicer.js"(exports2) {
    var fs = __require("fs");
    var util = __require("util");
    var stream = __require("stream");
    var Readable3 = stream.Readable;
    var PassThrough = stream.PassThrough;
    var Pend = require_pend();
    var EventEmitter = __require("events").EventEmitter;
    exports2.BufferSlicer = BufferSlicer;
    exports2.FdSlicer = FdSlicer;
    util.inherits(FdSlicer, EventEmitter);
    function FdSlicer(fd) {
      EventEmitter.call(this);
      this.fd = fd;
      this.pend = new Pend();
      this.pend.max = 1;
      this.refCount = 0;
    }
    FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      var self = this;
      self.pend.go(function(cb) {
        fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer2) {
          cb();
          callback(err, bytesRead, buffer2);
        });
      });
    };
    FdSlicer.prototype.createReadStream = function(options2) {
      return new ReadStream(this, options2);
    };
    FdSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    FdSlicer.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount < 0) throw new Error("invalid unref");
      if (self.refCount > 0) return;
      fs.close(self.fd, onCloseDone);
      function onCloseDone(err) {
        if (err) {
          self.emit("error", err);
        } else {
          self.emit("close");
        }
      }
    };
    util.inherits(ReadStream, Readable3);
    function ReadStream(context, options2) {
      options2 = options2 || {};
      Readable3.call(this, options2);
      this.context = context;
      this.context.ref();
      this.start = options2.start || 0;
      this.endOffset = options2.end;
      this.pos = this.start;
    }
    ReadStream.prototype._read = function(n) {
      var self = this;
      var toRead = Math.min(self._readableState.highWaterMark, n);
      if (self.endOffset != null) {
        toRead = Math.min(toRead, self.endOffset - self.pos);
      }
      if (toRead <= 0) {
        self.push(null);
        this._cleanup();
        return;
      }
      self.context.pend.go(function(cb) {
        var buffer = Buffer.allocUnsafe(toRead);
        fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
          if (err) {
            self.destroy(err);
          } else if (bytesRead === 0) {
            self.push(null);
            self._cleanup();
          } else {
            self.pos += bytesRead;
            self.push(buffer.slice(0, bytesRead));
          }
          cb();
        });
      });
    };
    ReadStream.prototype._destroy = function(err, cb) {
      this._cleanup();
      cb(err);
    };
    ReadStream.prototype._cleanup = function() {
      if (this.context != null) {
        this.context.unref();
        this.context = null;
      }
    };
    util.inherits(BufferSlicer, EventEmitter);
    function BufferSlicer(buffer) {
      EventEmitter.call(this);
      this.refCount = 0;
      this.buffer = buffer;
    }
    BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
      if (position < 0) throw new RangeError("position is negative: " + position);
      if (offset + length > buffer.length) {
        length = buffer.length - offset;
      }
      if (position + length > this.buffer.length) {
        length = this.buffer.length - position;
      }
      if (length <= 0) {
        setImmediate(function() {
          callback(null, 0);
        });
        return;
      }
      this.buffer.copy(buffer, offset, position, position + length);
      setImmediate(function() {
        callback(null, length);
      });
    };
    BufferSlicer.prototype.createReadStream = function(options2) {
      options2 = options2 || {};
      var readStream = new PassThrough(options2);
      readStream.start = options2.start || 0;
      readStream.endOffset = options2.end;
      readStream.pos = readStream.endOffset || this.buffer.length;
      var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
      var maxChunkSize = 65536;
      var offset = 0;
      while (true) {
        var nextOffset = offset + maxChunkSize;
        if (nextOffset >= entireSlice.length) {
          if (offset < entireSlice.length) {
            readStream.write(entireSlice.slice(offset, entireSlice.length));
          }
          break;
        }
        readStream.write(entireSlice.slice(offset, nextOffset));
        offset = nextOffset;
      }
      readStream.end();
      return readStream;
    };
    BufferSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    BufferSlicer.prototype.unref = function() {
      this.refCount -= 1;
      if (this.refCount < 0) {
        throw new Error("invalid unref");
      }
    };
  }
});

// node_modules/yauzl/crc32.js
var require_crc32 = __commonJS({
  "node_modules/yauzl/crc32.js"(exports2, module) {
    var CRC_TABLE = new Int32Array([
      0,
      1996959894,
      3993919788,
      2567524794,
      124634137,
      1886057615,
      3915621685,
      2657392035,
      249268274,
      2044508324,
      3772115230,
      2547177864,
      162941995,
      2125561021,
      3887607047,
      2428444049,
      498536548,
      1789927666,
      4089016648,
      2227061214,
      450548861,
      1843258603,
      4107580753,
      2211677639,
      325883990,
      1684777152,
      4251122042,
      2321926636,
      335633487,
      1661365465,
      4195302755,
      2366115317,
      997073096,
      1281953886,
      3579855332,
      2724688242,
      1006888145,
      1258607687,
      3524101629,
      2768942443,
      901097722,
      1119000684,
      3686517206,
      2898065728,
      853044451,
      1172266101,
      3705015759,
      2882616665,
      651767980,
      1373503546,
      3369554304,
      3218104598,
      565507253,
      1454621731,
      3485111705,
      3099436303,
      671266974,
      1594198024,
      3322730930,
      2970347812,
      795835527,
      1483230225,
      3244367275,
      3060149565,
      1994146192,
      31158534,
      2563907772,
      4023717930,
      1907459465,
      112637215,
      2680153253,
      3904427059,
      2013776290,
      251722036,
      2517215374,
      3775830040,
      2137656763,
      141376813,
      2439277719,
      3865271297,
      1802195444,
      476864866,
      2238001368,
      4066508878,
      1812370925,
      453092731,
      2181625025,
      4111451223,
      1706088902,
      314042704,
      2344532202,
      4240017532,
      1658658271,
      366619977,
      2362670323,
      4224994405,
      1303535960,
      984961486,
      2747007092,
      3569037538,
      1256170817,
      1037604311,
      2765210733,
      3554079995,
      1131014506,
      879679996,
      2909243462,
      3663771856,
      1141124467,
      855842277,
      2852801631,
      3708648649,
      1342533948,
      654459306,
      3188396048,
      3373015174,
      1466479909,
      544179635,
      3110523913,
      3462522015,
      1591671054,
      702138776,
      2966460450,
      3352799412,
      1504918807,
      783551873,
      3082640443,
      3233442989,
      3988292384,
      2596254646,
      62317068,
      1957810842,
      3939845945,
      2647816111,
      81470997,
      1943803523,
      3814918930,
      2489596804,
      225274430,
      2053790376,
      3826175755,
      2466906013,
      167816743,
      2097651377,
      4027552580,
      2265490386,
      503444072,
      1762050814,
      4150417245,
      2154129355,
      426522225,
      1852507879,
      4275313526,
      2312317920,
      282753626,
      1742555852,
      4189708143,
      2394877945,
      397917763,
      1622183637,
      3604390888,
      2714866558,
      953729732,
      1340076626,
      3518719985,
      2797360999,
      1068828381,
      1219638859,
      3624741850,
      2936675148,
      906185462,
      1090812512,
      3747672003,
      2825379669,
      829329135,
      1181335161,
      3412177804,
      3160834842,
      628085408,
      1382605366,
      3423369109,
      3138078467,
      570562233,
      1426400815,
      3317316542,
      2998733608,
      733239954,
      1555261956,
      3268935591,
      3050360625,
      752459403,
      1541320221,
      2607071920,
      3965973030,
      1969922972,
      40735498,
      2617837225,
      3943577151,
      1913087877,
      83908371,
      2512341634,
      3803740692,
      2075208622,
      213261112,
      2463272603,
      3855990285,
      2094854071,
      198958881,
      2262029012,
      4057260610,
      1759359992,
      534414190,
      2176718541,
      4139329115,
      1873836001,
      414664567,
      2282248934,
      4279200368,
      1711684554,
      285281116,
      2405801727,
      4167216745,
      1634467795,
      376229701,
      2685067896,
      3608007406,
      1308918612,
      956543938,
      2808555105,
      3495958263,
      1231636301,
      1047427035,
      2932959818,
      3654703836,
      1088359270,
      936918e3,
      2847714899,
      3736837829,
      1202900863,
      817233897,
      3183342108,
      3401237130,
      1404277552,
      615818150,
      3134207493,
      3453421203,
      1423857449,
      601450431,
      3009837614,
      3294710456,
      1567103746,
      711928724,
      3020668471,
      3272380065,
      1510334235,
      755167117
    ]);
    function crc323(buf) {
      let crc = -1;
      for (let x of buf) {
        crc = CRC_TABLE[(crc ^ x) & 255] ^ crc >>> 8;
      }
      return (crc ^ -1) >>> 0;
    }
    module.exports = crc323;
  }
});

// node_modules/yauzl/index.js
var require_yauzl = __commonJS({
  "node_modules/yauzl/index.js"(exports2) {
    var fs = __require("fs");
    var zlib2 = __require("zlib");
    var fd_slicer = require_fd_slicer();
    var util = __require("util");
    var EventEmitter = __require("events").EventEmitter;
    var Transform3 = __require("stream").Transform;
    var PassThrough = __require("stream").PassThrough;
    var Writable = __require("stream").Writable;
    var crc323 = typeof zlib2.crc32 === "function" ? zlib2.crc32 : require_crc32();
    exports2.open = open4;
    exports2.fromFd = fromFd;
    exports2.fromBuffer = fromBuffer;
    exports2.fromRandomAccessReader = fromRandomAccessReader;
    exports2.openPromise = openPromise;
    exports2.fromFdPromise = fromFdPromise;
    exports2.fromBufferPromise = fromBufferPromise;
    exports2.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;
    exports2.dosDateTimeToDate = dosDateTimeToDate;
    exports2.getFileNameLowLevel = getFileNameLowLevel;
    exports2.validateFileName = validateFileName;
    exports2.parseExtraFields = parseExtraFields;
    exports2.ZipFile = ZipFile;
    exports2.Entry = Entry;
    exports2.LocalFileHeader = LocalFileHeader;
    exports2.RandomAccessReader = RandomAccessReader;
    function openPromise(path, options2) {
      return new Promise((resolve8, reject) => {
        open4(path, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve8(zipfile);
        });
      });
    }
    function fromFdPromise(fd, options2) {
      return new Promise((resolve8, reject) => {
        fromFd(fd, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve8(zipfile);
        });
      });
    }
    function fromBufferPromise(buffer, options2) {
      return new Promise((resolve8, reject) => {
        fromBuffer(buffer, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve8(zipfile);
        });
      });
    }
    function fromRandomAccessReaderPromise(reader, totalSize, options2) {
      return new Promise((resolve8, reject) => {
        fromRandomAccessReader(reader, totalSize, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve8(zipfile);
        });
      });
    }
    function open4(path, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.open(path, "r", function(err, fd) {
        if (err) return callback(err);
        fromFd(fd, options2, function(err2, zipfile) {
          if (err2) fs.close(fd, defaultCallback);
          callback(err2, zipfile);
        });
      });
    }
    function fromFd(fd, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.fstat(fd, function(err, stats) {
        if (err) return callback(err);
        var reader = new fd_slicer.FdSlicer(fd);
        fromRandomAccessReader(reader, stats.size, options2, callback);
      });
    }
    function fromBuffer(buffer, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      var reader = new fd_slicer.BufferSlicer(buffer);
      fromRandomAccessReader(reader, buffer.length, options2, callback);
    }
    function fromRandomAccessReader(reader, totalSize, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      var decodeStrings = !!options2.decodeStrings;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
      if (totalSize > Number.MAX_SAFE_INTEGER) {
        throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
      }
      reader.ref();
      var eocdrWithoutCommentSize = 22;
      var zip64EocdlSize = 20;
      var maxCommentSize = 65535;
      var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
      var buffer = newBuffer(bufferSize);
      var bufferReadStart = totalSize - buffer.length;
      readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
        if (err) return callback(err);
        for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
          if (buffer.readUInt32LE(i) !== 101010256) continue;
          var eocdrBuffer = buffer.subarray(i);
          var diskNumber = eocdrBuffer.readUInt16LE(4);
          var entryCount = eocdrBuffer.readUInt16LE(10);
          var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
          var commentLength = eocdrBuffer.readUInt16LE(20);
          var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
          if (commentLength !== expectedCommentLength) {
            return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK\u263A\u263B` in the comment?"));
          }
          var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false) : eocdrBuffer.subarray(22);
          if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 117853008) {
            var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
            var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
            var zip64EocdrBuffer = newBuffer(56);
            return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err2) {
              if (err2) return callback(err2);
              if (zip64EocdrBuffer.readUInt32LE(0) !== 101075792) {
                return callback(new Error("invalid zip64 end of central directory record signature"));
              }
              diskNumber = zip64EocdrBuffer.readUInt32LE(16);
              if (diskNumber !== 0) {
                return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
              }
              entryCount = readUInt64LE(zip64EocdrBuffer, 32);
              centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
              return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
            });
          }
          if (diskNumber !== 0) {
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
        }
        callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
      });
    }
    util.inherits(ZipFile, EventEmitter);
    function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
      var self = this;
      EventEmitter.call(self);
      self.reader = reader;
      self.reader.on("error", function(err) {
        emitError(self, err);
      });
      self.reader.once("close", function() {
        self.emit("close");
      });
      self.readEntryCursor = centralDirectoryOffset;
      self.fileSize = fileSize;
      self.entryCount = entryCount;
      self.comment = comment;
      self.entriesRead = 0;
      self.autoClose = !!autoClose;
      self.lazyEntries = !!lazyEntries;
      self.decodeStrings = !!decodeStrings;
      self.validateEntrySizes = !!validateEntrySizes;
      self.strictFileNames = !!strictFileNames;
      self.isOpen = true;
      self.emittedError = false;
      self.hasEachEntryBeenCalled = false;
      if (!self.lazyEntries) self._readEntry();
    }
    ZipFile.prototype.close = function() {
      if (!this.isOpen) return;
      this.isOpen = false;
      this.reader.unref();
    };
    function emitErrorAndAutoClose(self, err) {
      if (self.autoClose) self.close();
      emitError(self, err);
    }
    function emitError(self, err) {
      if (self.emittedError) return;
      self.emittedError = true;
      self.emit("error", err);
    }
    ZipFile.prototype.readEntry = function() {
      if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
      this._readEntry();
    };
    ZipFile.prototype._readEntry = function() {
      var self = this;
      if (self.entryCount === self.entriesRead) {
        setImmediate(function() {
          if (self.autoClose) self.close();
          if (self.emittedError) return;
          self.emit("end");
        });
        return;
      }
      if (self.emittedError) return;
      var buffer = newBuffer(46);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
        if (err) return emitErrorAndAutoClose(self, err);
        if (self.emittedError) return;
        var entry2 = new Entry();
        var signature = buffer.readUInt32LE(0);
        if (signature !== 33639248) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
        entry2.versionMadeBy = buffer.readUInt16LE(4);
        entry2.versionNeededToExtract = buffer.readUInt16LE(6);
        entry2.generalPurposeBitFlag = buffer.readUInt16LE(8);
        entry2.compressionMethod = buffer.readUInt16LE(10);
        entry2.lastModFileTime = buffer.readUInt16LE(12);
        entry2.lastModFileDate = buffer.readUInt16LE(14);
        entry2.crc32 = buffer.readUInt32LE(16);
        entry2.compressedSize = buffer.readUInt32LE(20);
        entry2.uncompressedSize = buffer.readUInt32LE(24);
        entry2.fileNameLength = buffer.readUInt16LE(28);
        entry2.extraFieldLength = buffer.readUInt16LE(30);
        entry2.fileCommentLength = buffer.readUInt16LE(32);
        entry2.internalFileAttributes = buffer.readUInt16LE(36);
        entry2.externalFileAttributes = buffer.readUInt32LE(38);
        entry2.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);
        if (entry2.generalPurposeBitFlag & 64) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));
        self.readEntryCursor += 46;
        buffer = newBuffer(entry2.fileNameLength + entry2.extraFieldLength + entry2.fileCommentLength);
        readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err2) {
          if (err2) return emitErrorAndAutoClose(self, err2);
          if (self.emittedError) return;
          entry2.fileNameRaw = buffer.subarray(0, entry2.fileNameLength);
          var fileCommentStart = entry2.fileNameLength + entry2.extraFieldLength;
          entry2.extraFieldRaw = buffer.subarray(entry2.fileNameLength, fileCommentStart);
          entry2.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry2.fileCommentLength);
          try {
            entry2.extraFields = parseExtraFields(entry2.extraFieldRaw);
          } catch (err3) {
            return emitErrorAndAutoClose(self, err3);
          }
          if (self.decodeStrings) {
            var isUtf8 = (entry2.generalPurposeBitFlag & 2048) !== 0;
            entry2.fileComment = decodeBuffer(entry2.fileCommentRaw, isUtf8);
            entry2.fileName = getFileNameLowLevel(entry2.generalPurposeBitFlag, entry2.fileNameRaw, entry2.extraFields, self.strictFileNames);
            var errorMessage = validateFileName(entry2.fileName);
            if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
          } else {
            entry2.fileComment = entry2.fileCommentRaw;
            entry2.fileName = entry2.fileNameRaw;
          }
          entry2.comment = entry2.fileComment;
          self.readEntryCursor += buffer.length;
          self.entriesRead += 1;
          for (var i = 0; i < entry2.extraFields.length; i++) {
            var extraField = entry2.extraFields[i];
            if (extraField.id !== 1) continue;
            var zip64EiefBuffer = extraField.data;
            var index = 0;
            if (entry2.uncompressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
              }
              entry2.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry2.compressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
              }
              entry2.compressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry2.relativeOffsetOfLocalHeader === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
              }
              entry2.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            break;
          }
          if (self.validateEntrySizes && entry2.compressionMethod === 0) {
            var expectedCompressedSize = entry2.uncompressedSize;
            if (entry2.isEncrypted()) {
              expectedCompressedSize += 12;
            }
            if (entry2.compressedSize !== expectedCompressedSize) {
              var msg = "compressed/uncompressed size mismatch for stored file: " + entry2.compressedSize + " != " + entry2.uncompressedSize;
              return emitErrorAndAutoClose(self, new Error(msg));
            }
          }
          self.emit("entry", entry2);
          if (!self.lazyEntries) self._readEntry();
        });
      });
    };
    ZipFile.prototype.eachEntry = function() {
      const self = this;
      if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
      if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
      self.hasEachEntryBeenCalled = true;
      let pendingResolveReject = null;
      self.on("entry", onEntry);
      self.on("end", onEnd);
      self.on("error", onError);
      function cleanup() {
        self.removeListener("entry", onEntry);
        self.removeListener("end", onEnd);
        self.removeListener("error", onError);
        if (self.autoClose) self.close();
      }
      function onEntry(entry2) {
        let { resolve: resolve8 } = pendingResolveReject;
        pendingResolveReject = null;
        resolve8({ value: entry2 });
      }
      function onEnd() {
        let { resolve: resolve8 } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        resolve8({ done: true });
      }
      function onError(err) {
        let { reject } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        reject(err);
      }
      return {
        [Symbol.asyncIterator]() {
          return this;
        },
        next() {
          const promise = new Promise((resolve8, reject) => {
            if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
            pendingResolveReject = { resolve: resolve8, reject };
          });
          self.readEntry();
          return promise;
        },
        return(value) {
          cleanup();
          return Promise.resolve({ done: true, value });
        },
        throw(value) {
          cleanup();
          return Promise.reject(value);
        }
      };
    };
    ZipFile.prototype.openReadStream = function(entry2, options2, callback) {
      var self = this;
      var relativeStart = 0;
      var relativeEnd = entry2.compressedSize;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) {
        options2 = {};
      } else {
        if (options2.decodeFileData === false) {
          if (options2.decrypt != null) {
            throw new Error("cannot use options.decrypt when options.decodeFileData === false");
          }
          if (options2.decompress != null) {
            throw new Error("cannot use options.decompress when options.decodeFileData === false");
          }
        } else {
          if (options2.decrypt != null) {
            if (!entry2.isEncrypted()) {
              throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
            }
            if (options2.decrypt !== false) throw new Error("invalid options.decrypt value: " + options2.decrypt);
            if (entry2.isCompressed()) {
              if (options2.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
            }
          }
          if (options2.decompress != null) {
            if (!entry2.isCompressed()) {
              throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
            }
            if (!(options2.decompress === false || options2.decompress === true)) {
              throw new Error("invalid options.decompress value: " + options2.decompress);
            }
            decompress = options2.decompress;
          }
        }
        if (options2.start != null) {
          relativeStart = options2.start;
          if (relativeStart < 0) throw new Error("options.start < 0");
          if (relativeStart > entry2.compressedSize) throw new Error("options.start > entry.compressedSize");
        }
        if (options2.end != null) {
          relativeEnd = options2.end;
          if (relativeEnd < 0) throw new Error("options.end < 0");
          if (relativeEnd > entry2.compressedSize) throw new Error("options.end > entry.compressedSize");
          if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
        }
      }
      var rawMode = options2.decodeFileData === false || // Explicitly requested raw.
      (entry2.compressionMethod === 0 || // Naturally without compression.
      entry2.compressionMethod === 8 && options2.decompress === false) && (!entry2.isEncrypted() || // Naturally without encryption.
      options2.decrypt === false);
      if (options2.start != null || options2.end != null) {
        if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
      }
      if (!self.isOpen) return callback(new Error("closed"));
      if (entry2.isEncrypted() && !rawMode) {
        if (options2.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
      }
      var decompress;
      if (rawMode) {
        decompress = false;
      } else if (entry2.compressionMethod === 8) {
        decompress = options2.decodeFileData !== true;
      } else {
        return callback(new Error("unsupported compression method: " + entry2.compressionMethod));
      }
      self.readLocalFileHeader(entry2, { minimal: true }, function(err, localFileHeader) {
        if (err) return callback(err);
        self.openReadStreamLowLevel(
          localFileHeader.fileDataStart,
          entry2.compressedSize,
          relativeStart,
          relativeEnd,
          decompress,
          entry2.uncompressedSize,
          callback
        );
      });
    };
    ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
      var self = this;
      var fileDataEnd = fileDataStart + compressedSize;
      var readStream = self.reader.createReadStream({
        start: fileDataStart + relativeStart,
        end: fileDataStart + relativeEnd
      });
      var endpointStream = readStream;
      if (decompress) {
        var destroyed = false;
        var inflateFilter = zlib2.createInflateRaw();
        readStream.on("error", function(err) {
          setImmediate(function() {
            if (!destroyed) inflateFilter.emit("error", err);
          });
        });
        readStream.pipe(inflateFilter);
        if (self.validateEntrySizes) {
          endpointStream = new AssertByteCountStream(uncompressedSize);
          inflateFilter.on("error", function(err) {
            setImmediate(function() {
              if (!destroyed) endpointStream.emit("error", err);
            });
          });
          inflateFilter.pipe(endpointStream);
        } else {
          endpointStream = inflateFilter;
        }
        installDestroyFn(endpointStream, function() {
          destroyed = true;
          if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
          readStream.unpipe(inflateFilter);
          readStream.destroy();
        });
      }
      callback(null, endpointStream);
    };
    ZipFile.prototype.readLocalFileHeader = function(entry2, options2, callback) {
      var self = this;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      self.reader.ref();
      var buffer = newBuffer(30);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry2.relativeOffsetOfLocalHeader, function(err) {
        try {
          if (err) return callback(err);
          var signature = buffer.readUInt32LE(0);
          if (signature !== 67324752) {
            return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
          }
          var fileNameLength = buffer.readUInt16LE(26);
          var extraFieldLength = buffer.readUInt16LE(28);
          var fileDataStart = entry2.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
          if (fileDataStart + entry2.compressedSize > self.fileSize) {
            return callback(new Error("file data overflows file bounds: " + fileDataStart + " + " + entry2.compressedSize + " > " + self.fileSize));
          }
          if (options2.minimal) {
            return callback(null, { fileDataStart });
          }
          var localFileHeader = new LocalFileHeader();
          localFileHeader.fileDataStart = fileDataStart;
          localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
          localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
          localFileHeader.compressionMethod = buffer.readUInt16LE(8);
          localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
          localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
          localFileHeader.crc32 = buffer.readUInt32LE(14);
          localFileHeader.compressedSize = buffer.readUInt32LE(18);
          localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
          localFileHeader.fileNameLength = fileNameLength;
          localFileHeader.extraFieldLength = extraFieldLength;
          buffer = newBuffer(fileNameLength + extraFieldLength);
          self.reader.ref();
          readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry2.relativeOffsetOfLocalHeader + 30, function(err2) {
            try {
              if (err2) return callback(err2);
              localFileHeader.fileName = buffer.subarray(0, fileNameLength);
              localFileHeader.extraField = buffer.subarray(fileNameLength);
              return callback(null, localFileHeader);
            } finally {
              self.reader.unref();
            }
          });
        } finally {
          self.reader.unref();
        }
      });
    };
    ZipFile.prototype.openReadStreamPromise = function(entry2, options2) {
      return new Promise((resolve8, reject) => {
        this.openReadStream(entry2, options2, function(err, readStream) {
          if (err) return reject(err);
          resolve8(readStream);
        });
      });
    };
    ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
      return new Promise((resolve8, reject) => {
        this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
          if (err) return reject(err);
          resolve8(readStream);
        });
      });
    };
    ZipFile.prototype.readLocalFileHeaderPromise = function(entry2, options2) {
      return new Promise((resolve8, reject) => {
        this.readLocalFileHeader(entry2, options2, function(err, localFileHeader) {
          if (err) return reject(err);
          resolve8(localFileHeader);
        });
      });
    };
    function Entry() {
    }
    Entry.prototype.getLastModDate = function(options2) {
      if (options2 == null) options2 = {};
      if (!options2.forceDosFormat) {
        for (var i = 0; i < this.extraFields.length; i++) {
          var extraField = this.extraFields[i];
          if (extraField.id === 21589) {
            var data = extraField.data;
            if (data.length < 5) continue;
            var flags = data[0];
            var HAS_MTIME = 1;
            if (!(flags & HAS_MTIME)) continue;
            var posixTimestamp = data.readInt32LE(1);
            return new Date(posixTimestamp * 1e3);
          } else if (extraField.id === 10) {
            var data = extraField.data;
            if (data.length !== 32) continue;
            if (data.readUInt16LE(4) !== 1) continue;
            if (data.readUInt16LE(6) !== 24) continue;
            var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
            var millisecondsSince1970 = hundredNanoSecondsSince1601 / 1e4 - 116444736e5;
            return new Date(millisecondsSince1970);
          }
        }
      }
      return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options2.timezone);
    };
    Entry.prototype.canDecodeFileData = function() {
      return !this.isEncrypted() && (this.compressionMethod === 0 || this.compressionMethod === 8);
    };
    Entry.prototype.isEncrypted = function() {
      return (this.generalPurposeBitFlag & 1) !== 0;
    };
    Entry.prototype.isCompressed = function() {
      return this.compressionMethod === 8;
    };
    function LocalFileHeader() {
    }
    function dosDateTimeToDate(date, time, timezone) {
      var day = date & 31;
      var month = (date >> 5 & 15) - 1;
      var year = (date >> 9 & 127) + 1980;
      var millisecond = 0;
      var second = (time & 31) * 2;
      var minute = time >> 5 & 63;
      var hour = time >> 11 & 31;
      if (timezone == null || timezone === "local") {
        return new Date(year, month, day, hour, minute, second, millisecond);
      } else if (timezone === "UTC") {
        return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
      } else {
        throw new Error("unrecognized options.timezone: " + options.timezone);
      }
    }
    function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
      var fileName = null;
      for (var i = 0; i < extraFields.length; i++) {
        var extraField = extraFields[i];
        if (extraField.id === 28789) {
          if (extraField.data.length < 6) {
            continue;
          }
          if (extraField.data.readUInt8(0) !== 1) {
            continue;
          }
          var oldNameCrc32 = extraField.data.readUInt32LE(1);
          if (crc323(fileNameBuffer) !== oldNameCrc32) {
            continue;
          }
          fileName = decodeBuffer(extraField.data.subarray(5), true);
          break;
        }
      }
      if (fileName == null) {
        var isUtf8 = (generalPurposeBitFlag & 2048) !== 0;
        fileName = decodeBuffer(fileNameBuffer, isUtf8);
      }
      if (!strictFileNames) {
        fileName = fileName.replace(/\\/g, "/");
      }
      return fileName;
    }
    function validateFileName(fileName) {
      if (fileName.indexOf("\\") !== -1) {
        return "invalid characters in fileName: " + fileName;
      }
      if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
        return "absolute path: " + fileName;
      }
      if (fileName.split("/").indexOf("..") !== -1) {
        return "invalid relative path: " + fileName;
      }
      return null;
    }
    function parseExtraFields(extraFieldBuffer) {
      var extraFields = [];
      var i = 0;
      while (i < extraFieldBuffer.length - 3) {
        var headerId = extraFieldBuffer.readUInt16LE(i + 0);
        var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
        var dataStart = i + 4;
        var dataEnd = dataStart + dataSize;
        if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
        var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
        extraFields.push({
          id: headerId,
          data: dataBuffer
        });
        i = dataEnd;
      }
      return extraFields;
    }
    function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
      if (length === 0) {
        return setImmediate(function() {
          callback(null, newBuffer(0));
        });
      }
      reader.read(buffer, offset, length, position, function(err, bytesRead) {
        if (err) return callback(err);
        if (bytesRead < length) {
          return callback(new Error("unexpected EOF"));
        }
        callback();
      });
    }
    util.inherits(AssertByteCountStream, Transform3);
    function AssertByteCountStream(byteCount) {
      Transform3.call(this);
      this.actualByteCount = 0;
      this.expectedByteCount = byteCount;
    }
    AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
      this.actualByteCount += chunk.length;
      if (this.actualByteCount > this.expectedByteCount) {
        var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb(null, chunk);
    };
    AssertByteCountStream.prototype._flush = function(cb) {
      if (this.actualByteCount < this.expectedByteCount) {
        var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb();
    };
    util.inherits(RandomAccessReader, EventEmitter);
    function RandomAccessReader() {
      EventEmitter.call(this);
      this.refCount = 0;
    }
    RandomAccessReader.prototype.ref = function() {
      this.refCount += 1;
    };
    RandomAccessReader.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount > 0) return;
      if (self.refCount < 0) throw new Error("invalid unref");
      self.close(onCloseDone);
      function onCloseDone(err) {
        if (err) return self.emit("error", err);
        self.emit("close");
      }
    };
    RandomAccessReader.prototype.createReadStream = function(options2) {
      if (options2 == null) options2 = {};
      var start = options2.start;
      var end = options2.end;
      if (start === end) {
        var emptyStream = new PassThrough();
        setImmediate(function() {
          emptyStream.end();
        });
        return emptyStream;
      }
      var stream = this._readStreamForRange(start, end);
      var destroyed = false;
      var refUnrefFilter = new RefUnrefFilter(this);
      stream.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) refUnrefFilter.emit("error", err);
        });
      });
      installDestroyFn(refUnrefFilter, function() {
        stream.unpipe(refUnrefFilter);
        refUnrefFilter.unref();
        stream.destroy();
      });
      var byteCounter = new AssertByteCountStream(end - start);
      refUnrefFilter.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) byteCounter.emit("error", err);
        });
      });
      installDestroyFn(byteCounter, function() {
        destroyed = true;
        refUnrefFilter.unpipe(byteCounter);
        refUnrefFilter.destroy();
      });
      return stream.pipe(refUnrefFilter).pipe(byteCounter);
    };
    RandomAccessReader.prototype._readStreamForRange = function(start, end) {
      throw new Error("not implemented");
    };
    RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
      var readStream = this.createReadStream({ start: position, end: position + length });
      var writeStream = new Writable();
      var written = 0;
      writeStream._write = function(chunk, encoding, cb) {
        chunk.copy(buffer, offset + written, 0, chunk.length);
        written += chunk.length;
        cb();
      };
      writeStream.on("finish", callback);
      readStream.on("error", function(error) {
        callback(error);
      });
      readStream.pipe(writeStream);
    };
    RandomAccessReader.prototype.close = function(callback) {
      setImmediate(callback);
    };
    util.inherits(RefUnrefFilter, PassThrough);
    function RefUnrefFilter(context) {
      PassThrough.call(this);
      this.context = context;
      this.context.ref();
      this.unreffedYet = false;
    }
    RefUnrefFilter.prototype._flush = function(cb) {
      this.unref();
      cb();
    };
    RefUnrefFilter.prototype.unref = function(cb) {
      if (this.unreffedYet) return;
      this.unreffedYet = true;
      this.context.unref();
    };
    var cp437 = "\0\u263A\u263B\u2665\u2666\u2663\u2660\u2022\u25D8\u25CB\u25D9\u2642\u2640\u266A\u266B\u263C\u25BA\u25C4\u2195\u203C\xB6\xA7\u25AC\u21A8\u2191\u2193\u2192\u2190\u221F\u2194\u25B2\u25BC !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u2302\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
    function decodeBuffer(buffer, isUtf8) {
      if (isUtf8) {
        return buffer.toString("utf8");
      } else {
        var result = "";
        for (var i = 0; i < buffer.length; i++) {
          result += cp437[buffer[i]];
        }
        return result;
      }
    }
    function readUInt64LE(buffer, offset) {
      var lower32 = buffer.readUInt32LE(offset);
      var upper32 = buffer.readUInt32LE(offset + 4);
      return upper32 * 4294967296 + lower32;
    }
    var newBuffer;
    if (typeof Buffer.allocUnsafe === "function") {
      newBuffer = function(len) {
        return Buffer.allocUnsafe(len);
      };
    } else {
      newBuffer = function(len) {
        return new Buffer(len);
      };
    }
    function installDestroyFn(stream, fn) {
      if (typeof stream.destroy === "function") {
        stream._destroy = function(err, cb) {
          fn();
          if (cb != null) cb(err);
        };
      } else {
        stream.destroy = fn;
      }
    }
    function defaultCallback(err) {
      if (err) throw err;
    }
  }
});

// src/core/net/address.ts
import { isIP } from "node:net";
var V4 = [
  ["0.0.0.0", 8, 'an unspecified ("this network") address'],
  ["10.0.0.0", 8, "a private (RFC 1918) address"],
  ["100.64.0.0", 10, "a shared carrier-grade NAT address"],
  ["127.0.0.0", 8, "a loopback address"],
  ["169.254.0.0", 16, "a link-local address (cloud metadata lives here)"],
  ["172.16.0.0", 12, "a private (RFC 1918) address"],
  ["192.0.0.0", 24, "an IETF protocol address"],
  ["192.0.2.0", 24, "a documentation address"],
  ["192.88.99.0", 24, "a 6to4 relay address"],
  ["192.168.0.0", 16, "a private (RFC 1918) address"],
  ["198.18.0.0", 15, "a benchmarking address"],
  ["198.51.100.0", 24, "a documentation address"],
  ["203.0.113.0", 24, "a documentation address"],
  ["224.0.0.0", 4, "a multicast address"],
  ["240.0.0.0", 4, "a reserved or broadcast address"]
];
var V6 = [
  ["::", 128, "an unspecified address"],
  ["::1", 128, "a loopback address"],
  // IPv4-compatible (deprecated): nothing legitimate uses it.
  ["::", 96, "an IPv4-compatible IPv6 address"],
  ["64:ff9b:1::", 48, "a local-use NAT64 address"],
  ["100::", 64, "a discard-only address"],
  // Teredo tunnels to an address we cannot see.
  ["2001::", 32, "a Teredo tunnel address"],
  ["2001:db8::", 32, "a documentation address"],
  ["fc00::", 7, "a unique local (private) address"],
  ["fe80::", 10, "a link-local address"],
  ["fec0::", 10, "a site-local address"],
  ["ff00::", 8, "a multicast address"]
];
var V4_RANGES = V4.map(([ip, prefix, what]) => ({ base: v4Number(ip), prefix, what }));
var V6_RANGES = V6.map(([ip, prefix, what]) => ({ base: v6Number(ip), prefix, what }));
function v4Number(ip) {
  return ip.split(".").reduce((n, part) => n << 8n | BigInt(Number(part)), 0n);
}
function v6Number(ip) {
  let text2 = ip.replace(/%.*$/, "");
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text2);
  if (dotted) {
    const n = v4Number(dotted[1]);
    text2 = `${text2.slice(0, dotted.index)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const [head = "", tail] = text2.split("::");
  const groups = (s) => s === "" ? [] : s.split(":");
  const left = groups(head);
  const right = tail === void 0 ? [] : groups(tail);
  const fill = tail === void 0 ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...fill, ...right].reduce((n, g) => n << 16n | BigInt(parseInt(g, 16)), 0n);
}
function inRange(n, bits, range) {
  const shift = BigInt(bits - range.prefix);
  return n >> shift === range.base >> shift;
}
function embeddedV4(n) {
  if (n >> 32n === 0xffffn) return n & 0xffffffffn;
  if (n >> 32n === v6Number("64:ff9b::") >> 32n) return n & 0xffffffffn;
  if (n >> 112n === 0x2002n) return n >> 80n & 0xffffffffn;
  return null;
}
function v4Text(n) {
  return [24n, 16n, 8n, 0n].map((s) => String(n >> s & 0xffn)).join(".");
}
function ipLiteral(host) {
  const bare = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  return isIP(bare.replace(/%.*$/, "")) ? bare.replace(/%.*$/, "") : null;
}
function blockedReason(ip) {
  const family = isIP(ip.replace(/%.*$/, ""));
  if (family === 4) {
    const n = v4Number(ip);
    return V4_RANGES.find((r) => inRange(n, 32, r))?.what ?? null;
  }
  if (family === 6) {
    const n = v6Number(ip);
    const v4 = embeddedV4(n);
    if (v4 !== null) {
      const why = V4_RANGES.find((r) => inRange(v4, 32, r))?.what;
      return why ? `${why} (as ${v4Text(v4)} inside IPv6)` : null;
    }
    return V6_RANGES.find((r) => inRange(n, 128, r))?.what ?? null;
  }
  return "not an IP address";
}
function parseAllowRule(entry2) {
  const text2 = entry2.trim().toLowerCase();
  const bad = (why) => new UserError(
    `allow-list entry "${entry2}" ${why}: use a host name (intranet.example.com, *.corp.example.com), an address (10.0.0.5, [fd00::5]), a network (10.0.0.0/8), optionally with :port (127.0.0.1:3000)`
  );
  if (text2 === "") throw bad("is empty");
  const cidr = /^\[?([0-9a-f:.]+)\]?\/(\d{1,3})$/.exec(text2);
  if (cidr) {
    const family = isIP(cidr[1]);
    const prefix = Number(cidr[2]);
    if (family === 0) throw bad("is not a valid network");
    const bits = family === 4 ? 32 : 128;
    if (prefix > bits) throw bad(`has a prefix longer than ${bits}`);
    const n = family === 4 ? v4Number(cidr[1]) : v6Number(cidr[1]);
    return { kind: "network", family, base: n, prefix, port: null };
  }
  let host = text2;
  let port = null;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text2);
  if (bracketed) {
    host = bracketed[1];
    port = bracketed[2] === void 0 ? null : Number(bracketed[2]);
  } else if (isIP(text2) !== 6) {
    const withPort = /^(.*):(\d+)$/.exec(text2);
    if (withPort) {
      host = withPort[1];
      port = Number(withPort[2]);
    }
  }
  if (port !== null && (port < 1 || port > 65535)) throw bad("has a port outside 1-65535");
  const ip = ipLiteral(host);
  if (ip) {
    const family = isIP(ip);
    return { kind: "network", family, base: family === 4 ? v4Number(ip) : v6Number(ip), prefix: family === 4 ? 32 : 128, port };
  }
  const wildcard = host.startsWith("*.");
  const name = (wildcard ? host.slice(2) : host).replace(/\.$/, "");
  if (!/^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*$/.test(name)) throw bad("is not a host name");
  return { kind: "host", name, wildcard, port };
}
function ruleAllows(rule, host, ip, port) {
  if (rule.port !== null && rule.port !== port) return false;
  if (rule.kind === "host") {
    const name = host.toLowerCase().replace(/\.$/, "");
    return name === rule.name || rule.wildcard && name.endsWith(`.${rule.name}`);
  }
  const family = isIP(ip);
  if (family === 4 && rule.family === 4) return inRange(v4Number(ip), 32, rule);
  if (family === 6) {
    const n = v6Number(ip);
    if (rule.family === 6) return inRange(n, 128, rule);
    const v4 = embeddedV4(n);
    return v4 !== null && inRange(v4, 32, rule);
  }
  return false;
}

// src/core/net/guard.ts
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP as isIP2 } from "node:net";
var EgressRefused = class extends Error {
  name = "EgressRefused";
  /** Why, without the advice: "10.0.0.1 is a private (RFC 1918) address", for callers that word the advice themselves. */
  reason;
  constructor(message, reason = message) {
    super(message);
    this.reason = reason;
  }
};
var systemLookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });
function egressPolicy(entries, lookup) {
  return { allow: entries.map(parseAllowRule), ...lookup ? { lookup } : {} };
}
var EgressGuard = class {
  constructor(policy) {
    this.policy = policy;
    this.lookup = policy.lookup ?? systemLookup;
  }
  policy;
  lookup;
  /**
   * Where to connect for `host`:`port`. Throws EgressRefused when no address
   * of the host may be reached; DNS failures are thrown as they come.
   */
  async resolve(host, port) {
    const name = canonicalHost(host);
    const literal = ipLiteral(name);
    const found = literal ? [{ address: literal, family: isIP2(literal) }] : await this.lookup(name);
    let refusal = null;
    for (const { address, family } of found) {
      const why = blockedReason(address);
      if (why === null || this.policy.allow.some((rule) => ruleAllows(rule, name, address, port))) {
        return { address, family: family === 6 ? 6 : 4 };
      }
      refusal ??= literal ? `${address} is ${why}` : `${name} resolves to ${address}, ${why}`;
    }
    if (refusal === null) throw new EgressRefused(`${name} did not resolve to any address`);
    throw new EgressRefused(
      `refused: ${refusal}; this server does not fetch loopback, private or link-local addresses (an operator can allow it with --allow-host)`,
      refusal
    );
  }
  /** resolve() for a URL, with the URL's default port. */
  resolveUrl(url) {
    return this.resolve(url.hostname, portOf(url));
  }
};
function portOf(url) {
  if (url.port) return Number(url.port);
  return url.protocol === "https:" || url.protocol === "wss:" ? 443 : 80;
}
function canonicalHost(host) {
  const bare = host.startsWith("[") && host.endsWith("]") ? host : isIP2(host) === 6 ? `[${host}]` : host;
  let name;
  try {
    name = new URL(`http://${bare}/`).hostname;
  } catch {
    name = host.toLowerCase();
  }
  if (name.startsWith("[") && name.endsWith("]")) name = name.slice(1, -1);
  return name.replace(/\.$/, "");
}

// src/core/options.ts
var IMAGE_FORMATS = ["png", "jpeg", "webp", "avif"];
var FORMAT_FILES = {
  png: { ext: "png", contentType: "image/png" },
  jpeg: { ext: "jpg", contentType: "image/jpeg" },
  webp: { ext: "webp", contentType: "image/webp" },
  avif: { ext: "avif", contentType: "image/avif" }
};
var DEFAULT_DISCOVER = {
  maxDepth: 5,
  maxUrls: 1e5,
  maxUrlsPerFile: 5e4,
  maxBytesPerFile: 50 * 1024 * 1024,
  fetchTimeoutMs: 3e4,
  userAgent: "framecap (+https://github.com/framecap/framecap)"
};

// src/core/video/options.ts
var VIDEO_FORMATS = ["mp4", "webm", "webp", "gif"];
var VIDEO_FILES = {
  mp4: { ext: "mp4", contentType: "video/mp4" },
  webm: { ext: "webm", contentType: "video/webm" },
  webp: { ext: "webp", contentType: "image/webp" },
  gif: { ext: "gif", contentType: "image/gif" }
};
var OUTPUT_FILES = { ...FORMAT_FILES, ...VIDEO_FILES };
function videoText(video) {
  const fps = video.fps ?? defaultFps(video.format);
  const duration = video.durationMs === null ? "duration from the page" : `${video.durationMs / 1e3} s`;
  return `${video.mode} ${video.format}, ${fps} fps, ${duration}, pause ${video.pauseMs} ms${video.scrollTo ? `, to ${video.scrollTo}` : ""}`;
}
function defaultFps(format) {
  return format === "mp4" || format === "webm" ? 30 : 12;
}
var VIDEO_LIMITS = {
  /** The spec's --video-duration range ends here too. */
  maxDurationMs: 6e4,
  /**
   * A page scrolls at most this far (CSS px): an infinite-scroll page ends
   * here, and its row says so.
   */
  maxScrollPx: 4e4,
  /**
   * Frames × framed pixels. WebP and GIF are assembled in memory by sharp
   * (3 bytes a pixel), so they get a tighter bound than ffmpeg's stream.
   */
  maxPixels: { webp: 25e7, gif: 25e7, mp4: 25e8, webm: 25e8 },
  /** Encoded bytes of one video. */
  maxBytes: 2e8
};

// src/core/render/find-browser.ts
import { constants } from "node:fs";
import { access, readdir, stat } from "node:fs/promises";
import { delimiter, join } from "node:path";
var BROWSER_CHOICES = ["auto", "chrome", "headless-shell"];
var SHELL_INSTALL_HINT = "install it (`npx playwright-core install chromium-headless-shell`, or on Debian `sudo apt-get install chromium-headless-shell`), or use --browser auto";
var PATH_NAMES = [
  "chromium-headless-shell",
  "chrome-headless-shell",
  "google-chrome",
  "google-chrome-stable",
  "chromium",
  "chromium-browser"
];
var SHELL_NAMES = /* @__PURE__ */ new Set(["chromium-headless-shell", "chrome-headless-shell"]);
var DEFAULT_PATH = ["/usr/local/bin", "/usr/bin", "/bin", "/snap/bin"];
var INSTALL_HINT = "install one (Debian/Ubuntu: `sudo apt-get install chromium`), or point CHROME_PATH or --browser-path at a Chrome/Chromium executable";
async function isExecutableFile(path) {
  try {
    await access(path, constants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
async function findBrowser(explicit, env, exists = isExecutableFile, choice = "auto") {
  if (explicit) {
    if (await exists(explicit)) return { path: explicit, source: "explicit" };
    throw new UserError(`browser path ${explicit} does not exist or is not executable: fix --browser-path, or leave it out to look for a browser`);
  }
  const chromePath = env.CHROME_PATH;
  if (chromePath) {
    if (await exists(chromePath)) return { path: chromePath, source: "CHROME_PATH" };
    throw new UserError(`CHROME_PATH is ${chromePath}, which does not exist or is not executable: fix it or unset it`);
  }
  const wanted = (shell) => choice === "auto" || choice === "headless-shell" === shell;
  for (const { path, shell } of await playwrightCacheCandidates(env)) {
    if (wanted(shell) && await exists(path)) return { path, source: "playwright-cache" };
  }
  const dirs = env.PATH ? env.PATH.split(delimiter).filter(Boolean) : DEFAULT_PATH;
  const names = PATH_NAMES.filter((name) => wanted(SHELL_NAMES.has(name)));
  for (const name of names) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (await exists(path)) return { path, source: "PATH" };
    }
  }
  if (choice === "headless-shell") {
    throw new UserError(
      `--browser headless-shell: no headless shell found (looked at the Playwright browser cache, and ${names.join(", ")} on PATH): ${SHELL_INSTALL_HINT}`
    );
  }
  throw new UserError(
    `no Chrome or Chromium found (looked at CHROME_PATH, the Playwright browser cache, and ${names.join(", ")} on PATH): ${INSTALL_HINT}`
  );
}
async function playwrightCacheCandidates(env) {
  const root = playwrightCacheRoot(env);
  if (!root) return [];
  const entries = await listDir(root);
  const newestFirst = (prefix) => entries.filter((e) => e.startsWith(prefix) && /^\d+$/.test(e.slice(prefix.length))).sort((a, b) => Number(b.slice(prefix.length)) - Number(a.slice(prefix.length)));
  const out = [];
  for (const dir of newestFirst("chromium_headless_shell-")) {
    out.push({ path: join(root, dir, "chrome-linux", "headless_shell"), shell: true });
    out.push({ path: join(root, dir, "chrome-headless-shell-linux64", "chrome-headless-shell"), shell: true });
  }
  for (const dir of newestFirst("chromium-")) {
    for (const sub of ["chrome-linux64", "chrome-linux"]) out.push({ path: join(root, dir, sub, "chrome"), shell: false });
  }
  return out;
}
function playwrightCacheRoot(env) {
  const configured = env.PLAYWRIGHT_BROWSERS_PATH;
  if (configured === "0") return null;
  if (configured) return configured;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "ms-playwright");
  return env.HOME ? join(env.HOME, ".cache", "ms-playwright") : null;
}
async function listDir(dir) {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

// src/core/cookie-scope.ts
function cookieForHost(cookie, hostname) {
  if (!cookie.domain) return true;
  const host = hostname.toLowerCase();
  const domain = cookie.domain.toLowerCase().replace(/^\./, "");
  if (host === domain) return true;
  return ipLiteral(host) === null && host.endsWith(`.${domain}`);
}

// src/core/auth/storage-state.ts
var STORAGE_STATE_LIMITS = { bytes: 1024 * 1024, cookies: 1e3, origins: 200, itemsPerOrigin: 1e3 };
var SAME_SITE = ["Strict", "Lax", "None"];
function parseStorageState(text2, where) {
  if (Buffer.byteLength(text2) > STORAGE_STATE_LIMITS.bytes) {
    throw new UserError(`${where}: a storage state may be at most ${STORAGE_STATE_LIMITS.bytes / 1024} KB; write it with Playwright's storageState() or framecap login`);
  }
  let doc;
  try {
    doc = JSON.parse(text2);
  } catch (err) {
    throw new UserError(`${where} is not JSON (${err.message}): give the file Playwright's storageState(), shot-scraper auth or framecap login wrote`);
  }
  return checkStorageState(doc, where);
}
function checkStorageState(doc, where) {
  const bad = (what) => {
    throw new UserError(`${where}: ${what}; expected Playwright's storage state: {"cookies": [{"name","value","domain","path",\u2026}], "origins": [{"origin","localStorage": [{"name","value"}]}]}`);
  };
  if (!isObject(doc)) return bad("not a JSON object");
  const cookies = doc.cookies ?? [];
  const origins = doc.origins ?? [];
  if (!Array.isArray(cookies)) return bad('"cookies" is not a list');
  if (!Array.isArray(origins)) return bad('"origins" is not a list');
  if (cookies.length > STORAGE_STATE_LIMITS.cookies) return bad(`more than ${STORAGE_STATE_LIMITS.cookies} cookies`);
  if (origins.length > STORAGE_STATE_LIMITS.origins) return bad(`more than ${STORAGE_STATE_LIMITS.origins} origins`);
  return {
    cookies: cookies.map((c, i) => {
      const at = `cookies[${i}]`;
      if (!isObject(c)) return bad(`${at} is not an object`);
      const name = c.name;
      const value = c.value;
      const domain = c.domain;
      if (typeof name !== "string" || name === "" || /[\s;=]/.test(name)) return bad(`${at}.name must be a cookie name`);
      if (typeof value !== "string") return bad(`${at}.value must be a string`);
      if (typeof domain !== "string" || !/^\.?[a-z0-9.-]+$/i.test(domain) || /^\.?$/.test(domain)) {
        return bad(`${at}.domain must be a host name such as example.com or .example.com`);
      }
      const path = c.path ?? "/";
      if (typeof path !== "string" || !path.startsWith("/")) return bad(`${at}.path must start with /`);
      const expires = c.expires ?? -1;
      if (typeof expires !== "number" || !Number.isFinite(expires) || expires !== -1 && expires <= 0) return bad(`${at}.expires must be Unix seconds, or -1 for a session cookie`);
      const sameSite = c.sameSite ?? "Lax";
      if (!SAME_SITE.includes(sameSite)) return bad(`${at}.sameSite must be Strict, Lax or None`);
      for (const flag of ["httpOnly", "secure"]) {
        if (c[flag] !== void 0 && typeof c[flag] !== "boolean") return bad(`${at}.${flag} must be true or false`);
      }
      return {
        name,
        value,
        domain: domain.toLowerCase(),
        path,
        expires,
        httpOnly: c.httpOnly === true,
        secure: c.secure === true,
        sameSite
      };
    }),
    origins: origins.map((o, i) => {
      const at = `origins[${i}]`;
      if (!isObject(o)) return bad(`${at} is not an object`);
      const origin = typeof o.origin === "string" ? httpOriginOf(o.origin) : null;
      if (origin === null) return bad(`${at}.origin must be an http(s) origin such as https://example.com`);
      const items = o.localStorage ?? [];
      if (!Array.isArray(items) || items.length > STORAGE_STATE_LIMITS.itemsPerOrigin) return bad(`${at}.localStorage must be a list of at most ${STORAGE_STATE_LIMITS.itemsPerOrigin} {"name","value"}`);
      return {
        origin,
        localStorage: items.map((item, j) => {
          if (!isObject(item) || typeof item.name !== "string" || typeof item.value !== "string") return bad(`${at}.localStorage[${j}] must be {"name","value"} strings`);
          return { name: item.name, value: item.value };
        })
      };
    })
  };
}
function stateForTarget(state, url) {
  return {
    cookies: state.cookies.filter((c) => domainCovers(c.domain, url.hostname)),
    origins: state.origins.filter((o) => o.origin === url.origin)
  };
}
function domainCovers(domain, hostname) {
  const host = hostname.toLowerCase();
  const d = domain.toLowerCase();
  if (!d.startsWith(".")) return host === d;
  const bare = d.slice(1);
  return host === bare || ipLiteral(host) === null && host.endsWith(d);
}
function storageSecrets(state) {
  return state.cookies.map((c) => c.value);
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function httpOriginOf(text2) {
  try {
    const u = new URL(text2);
    return (u.protocol === "http:" || u.protocol === "https:") && u.origin === text2.replace(/\/$/, "") ? u.origin : null;
  } catch {
    return null;
  }
}

// src/config/emulation.ts
function checkTimezone(text2) {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: text2 }).resolvedOptions().timeZone;
  } catch {
    throw new UserError(`"${text2}" is not an IANA time zone: use a name such as Europe/Berlin, America/New_York or UTC`);
  }
}
function checkLocale(text2) {
  try {
    const [canonical2] = Intl.getCanonicalLocales(text2);
    if (canonical2) return canonical2;
  } catch {
  }
  throw new UserError(`"${text2}" is not a BCP 47 locale: use a tag such as en-US, de-DE or pt-BR`);
}
function parseGeolocation(text2) {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text2);
  const latitude = Number(m?.[1]);
  const longitude = Number(m?.[2]);
  if (!m || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    throw new UserError(`must be latitude,longitude in degrees, latitude -90 to 90 and longitude -180 to 180, e.g. 52.52,13.405 (got "${text2}")`);
  }
  return { latitude, longitude };
}
function parseHttpAuth(text2) {
  const colon = text2.indexOf(":");
  const username = colon > 0 ? text2.slice(0, colon) : "";
  if (!username || /[\r\n]/.test(text2)) {
    throw new UserError('must look like user:password (in CI, build it from secrets: --http-auth "$USER:$PASSWORD")');
  }
  return { username, password: text2.slice(colon + 1) };
}
function basicAuthorization(auth) {
  return `Basic ${Buffer.from(`${auth.username}:${auth.password}`, "utf8").toString("base64")}`;
}
var PROXY_SCHEMES = ["http:", "https:", "socks4:", "socks5:"];
function parseProxy(text2, bypass) {
  let url;
  try {
    url = new URL(text2);
  } catch {
    throw new UserError(`must be a proxy URL such as http://proxy.internal:3128 or socks5://127.0.0.1:1080 (got "${text2.replace(/\/\/[^@/]*@/, "//\u2026@")}")`);
  }
  if (!PROXY_SCHEMES.includes(url.protocol) || !url.hostname || url.pathname !== "/" && url.pathname !== "") {
    throw new UserError(`must be http://, https://, socks4:// or socks5:// host:port, nothing after the port (got ${url.protocol}//${url.host}${url.pathname})`);
  }
  const server = `${url.protocol}//${url.host}`;
  return {
    server,
    ...bypass ? { bypass } : {},
    ...url.username ? { username: decodeURIComponent(url.username) } : {},
    ...url.password ? { password: decodeURIComponent(url.password) } : {}
  };
}

// src/core/render/context-options.ts
function contextOptions(o) {
  const e = o.emulation ?? {};
  return {
    viewport: o.viewport,
    deviceScaleFactor: o.scale,
    colorScheme: o.colorScheme,
    // On unless asked off: animations that run during the shot make captures differ run to run.
    reducedMotion: e.reducedMotion === false ? "no-preference" : "reduce",
    ...o.userAgent ? { userAgent: o.userAgent } : {},
    ...o.isMobile ? { isMobile: true } : {},
    ...o.hasTouch ? { hasTouch: true } : {},
    ...e.timezone ? { timezoneId: e.timezone } : {},
    ...e.locale ? { locale: e.locale } : {},
    ...e.geolocation ? { geolocation: e.geolocation, permissions: ["geolocation"] } : {},
    acceptDownloads: false,
    // Service workers would outlive one target and answer the next one's requests from their cache.
    serviceWorkers: "block",
    javaScriptEnabled: e.javaScript !== false,
    // Our freeze/hide <style> must apply on pages whose CSP forbids inline styles.
    bypassCSP: true
  };
}
function originHeaders(o) {
  if (!o.httpAuth) return o.headers;
  const own = Object.fromEntries(Object.entries(o.headers).filter(([name]) => name.toLowerCase() !== "authorization"));
  return { ...own, Authorization: basicAuthorization(o.httpAuth) };
}

// src/core/render/context-profile.ts
function contextProfile(render) {
  const e = render.emulation ?? {};
  const fields = {
    viewport: { width: render.viewport.width, height: render.viewport.height },
    scale: render.scale,
    colorScheme: render.colorScheme,
    isMobile: render.isMobile === true,
    hasTouch: render.hasTouch === true,
    userAgent: render.userAgent,
    timezone: e.timezone ?? null,
    locale: e.locale ?? null,
    geolocation: e.geolocation ? { latitude: e.geolocation.latitude, longitude: e.geolocation.longitude } : null,
    javaScript: e.javaScript !== false,
    reducedMotion: e.reducedMotion !== false
  };
  return { ...fields, key: JSON.stringify(fields) };
}

// src/core/render/consent.ts
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join as join2 } from "node:path";
var CONSENT_DETECT_MS = 2500;
var CONSENT_OPT_OUT_MS = 5e3;
var MAX_INITS_PER_NAVIGATION = 32;
var CONFIG = {
  enabled: true,
  autoAction: "optOut",
  disabledCmps: [],
  enablePrehide: true,
  enableCosmeticRules: true,
  enableGeneratedRules: true,
  // 500 ms apart: a banner that appears within ~2 s of load is found.
  detectRetries: 4,
  isMainWorld: false,
  prehideTimeout: 2e3,
  enableHeuristicDetection: true,
  enablePopupMutationObserver: false,
  visualTest: false,
  heuristicMode: "off",
  heuristicPopupSearchTimeout: 0,
  performanceLoggingEnabled: false,
  logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: false, messages: false, waits: false }
};
var assets = null;
function loadConsentAssets() {
  assets ??= (async () => {
    const require2 = createRequire(import.meta.url);
    const dist = dirname(require2.resolve("@duckduckgo/autoconsent"));
    const [script, rules] = await Promise.all([
      readFile(join2(dist, "autoconsent.playwright.js"), "utf8"),
      readFile(require2.resolve("@duckduckgo/autoconsent/rules/rules.json"), "utf8")
    ]);
    const initResponse = `autoconsentReceiveMessage({ type: "initResp", config: ${JSON.stringify(CONFIG)}, rules: ${rules} })`;
    return { script, initResponse };
  })();
  assets.catch(() => {
    assets = null;
  });
  return assets;
}
var ConsentBridge = class _ConsentBridge {
  constructor(assets2) {
    this.assets = assets2;
  }
  assets;
  startedAt = Date.now();
  found = null;
  dismissed = null;
  finished = false;
  inits = 0;
  static async attach(page) {
    const bridge = new _ConsentBridge(await loadConsentAssets());
    await page.exposeBinding("autoconsentSendMessage", ({ frame }, message) => bridge.receive(frame, message));
    await page.addInitScript(bridge.assets.script);
    return bridge;
  }
  /** Before each navigation. */
  reset() {
    this.startedAt = Date.now();
    this.found = null;
    this.dismissed = null;
    this.finished = false;
    this.inits = 0;
  }
  /**
   * Wait (bounded) until autoconsent has found no banner, or has opted out of
   * the one it found. Returns the consent platform's name when it dismissed one.
   */
  async settle(maxMs) {
    const until = Date.now() + maxMs;
    for (; ; ) {
      const now = Date.now();
      if (this.finished || now >= until) break;
      if (!this.found && now - this.startedAt >= CONSENT_DETECT_MS) break;
      if (this.found && now - this.startedAt >= CONSENT_DETECT_MS + CONSENT_OPT_OUT_MS) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.dismissed;
  }
  async receive(frame, raw) {
    if (!raw || typeof raw !== "object") return;
    const message = raw;
    switch (message.type) {
      case "init":
        if (++this.inits > MAX_INITS_PER_NAVIGATION) return;
        await frame.evaluate(this.assets.initResponse).catch(() => void 0);
        return;
      case "eval": {
        if (typeof message.code !== "string" || typeof message.id !== "string") return;
        const result = await frame.evaluate(message.code).catch(() => false);
        const reply = { id: message.id, type: "evalResp", result: result ?? false };
        await frame.evaluate(`autoconsentReceiveMessage(${JSON.stringify(reply)})`).catch(() => void 0);
        return;
      }
      case "popupFound":
        if (typeof message.cmp === "string") this.found = message.cmp;
        return;
      case "optOutResult":
        if (message.result !== true) this.finished = true;
        return;
      case "autoconsentDone":
        if (typeof message.cmp === "string") this.dismissed = message.cmp;
        this.finished = true;
        return;
      case "report":
        if (message.mainFrame === true && message.state?.lifecycle === "nothingDetected" && !this.found) this.finished = true;
        return;
      default:
    }
  }
};

// src/core/render/in-page/observers.ts
function watchIntersectionObservers() {
  const mark = /* @__PURE__ */ Symbol.for("framecap.observes-intersections");
  const w = window;
  w[mark] = false;
  const proto = typeof IntersectionObserver === "function" ? IntersectionObserver.prototype : null;
  if (!proto) return;
  const observe = proto.observe;
  proto.observe = function(target) {
    w[mark] = true;
    observe.call(this, target);
  };
}

// src/core/render/errors.ts
import { STATUS_CODES } from "node:http";
var CaptureError = class extends Error {
  name = "CaptureError";
  attempts;
  finalUrl;
  httpStatus;
  transient;
  category;
  constructor(message, failure) {
    super(message);
    this.attempts = failure.attempts;
    this.finalUrl = failure.finalUrl ?? null;
    this.httpStatus = failure.httpStatus ?? null;
    this.transient = failure.transient ?? false;
    this.category = failure.category ?? categoryFor(null, this.httpStatus);
  }
};
var AttemptFailure = class extends Error {
  constructor(message, transient, detail = {}) {
    super(message);
    this.transient = transient;
    this.detail = detail;
  }
  transient;
  detail;
  name = "AttemptFailure";
  get category() {
    return categoryFor(this.detail.category ?? null, this.detail.httpStatus ?? null);
  }
};
function categoryFor(explicit, httpStatus) {
  if (explicit) return explicit;
  if (httpStatus !== null && httpStatus >= 500) return "http_5xx";
  if (httpStatus !== null && httpStatus >= 400) return "http_4xx";
  return "other";
}
function timeoutFailure(message) {
  return new AttemptFailure(message, true, { category: "timeout" });
}
var TRANSIENT_STATUSES = /* @__PURE__ */ new Set([408, 429, 502, 503, 504]);
function isTransientStatus(status) {
  return TRANSIENT_STATUSES.has(status);
}
function httpStatusMessage(status, statusText) {
  const text2 = statusText.trim() || STATUS_CODES[status] || "";
  return text2 ? `HTTP ${status} ${text2}` : `HTTP ${status}`;
}
var PERMANENT_NET_ERRORS = {
  ERR_UNSAFE_REDIRECT: "refused: the page redirected to a non-http(s) URL",
  ERR_UNSAFE_PORT: "refused: the browser does not connect to that port",
  ERR_INVALID_URL: "invalid URL",
  ERR_INVALID_REDIRECT: "the page redirected to an invalid URL",
  ERR_TOO_MANY_REDIRECTS: "too many redirects",
  ERR_BLOCKED_BY_CLIENT: "blocked by the browser",
  ERR_BLOCKED_BY_RESPONSE: "blocked by the response headers",
  ERR_ABORTED: "navigation aborted: the server sent no page (a 204, or a download)"
};
var NET_ERROR_TEXT = {
  ERR_CONNECTION_REFUSED: "connection refused",
  ERR_CONNECTION_RESET: "connection reset",
  ERR_CONNECTION_CLOSED: "connection closed",
  ERR_EMPTY_RESPONSE: "the server sent an empty response",
  ERR_NAME_NOT_RESOLVED: "host not found (DNS)",
  ERR_INTERNET_DISCONNECTED: "no network",
  ERR_ADDRESS_UNREACHABLE: "address unreachable",
  ERR_TIMED_OUT: "connection timed out",
  ERR_CONNECTION_TIMED_OUT: "connection timed out"
};
function firstLine(message) {
  const line = message.split("\n").find((l) => l.trim() !== "") ?? message;
  return line.replace(/^[a-zA-Z]+\.[a-zA-Z]+: /, "").trim();
}
function classifyError(err) {
  if (err instanceof AttemptFailure) return err;
  const raw = err instanceof Error ? err.message : String(err);
  const line = firstLine(raw);
  const net2 = /net::(ERR_[A-Z_]+)/.exec(line)?.[1];
  if (net2) {
    const permanent = PERMANENT_NET_ERRORS[net2];
    if (permanent) return new AttemptFailure(`${permanent} (net::${net2})`, false, { category: netCategory(net2) });
    if (net2.startsWith("ERR_CERT_") || net2.startsWith("ERR_SSL_")) {
      return new AttemptFailure(`TLS error: the site's certificate or TLS setup was refused (net::${net2})`, false, { category: "tls" });
    }
    return new AttemptFailure(`${NET_ERROR_TEXT[net2] ?? "network error"} (net::${net2})`, true, { category: netCategory(net2) });
  }
  if (/Download is starting/i.test(line)) {
    return new AttemptFailure("the URL is a download, not a page", false);
  }
  if (/crash/i.test(line)) return new AttemptFailure("the page crashed", true, { category: "crash" });
  if (/has been closed|browser has disconnected|Target closed/i.test(line)) {
    return new AttemptFailure("the browser closed the page (crashed or restarted)", true, { category: "crash" });
  }
  if (/Timeout \d+ms exceeded/i.test(line)) return new AttemptFailure(line, true, { category: "timeout" });
  return new AttemptFailure(line || "unknown browser error", true);
}
function netCategory(net2) {
  if (net2 === "ERR_NAME_NOT_RESOLVED" || net2 === "ERR_NAME_RESOLUTION_FAILED") return "dns";
  if (net2 === "ERR_TIMED_OUT" || net2 === "ERR_CONNECTION_TIMED_OUT") return "timeout";
  if (net2.startsWith("ERR_BLOCKED_") || net2 === "ERR_UNSAFE_REDIRECT" || net2 === "ERR_UNSAFE_PORT") return "blocked";
  if (net2.startsWith("ERR_CERT_") || net2.startsWith("ERR_SSL_")) return "tls";
  return "network";
}

// src/core/render/readiness.ts
var READINESS_LIMITS = {
  /** Scrolling a long page through once. */
  lazyMs: 8e3,
  /** Pages taller than this are not scrolled further (infinite scroll would never end). */
  lazyMaxHeightPx: 3e4,
  imagesMs: 5e3,
  fontsMs: 3e3,
  busyMs: 5e3,
  networkMs: 3e3,
  /** No request in flight for this long counts as quiet. */
  networkQuietMs: 300,
  /**
   * The same, for a page that has started no request since navigation
   * returned (its load event, by default): its resources all came with the
   * document, so there is no chain of script-driven requests to wait out.
   */
  networkQuietStaticMs: 100,
  stableMs: 5e3,
  stableMaxShots: 20,
  stableIntervalMs: 150
};
var SCROLL_REST_MS = 60;
async function listensToScroll(cdp) {
  const objectGroup = "framecap-scroll-listeners";
  try {
    for (const expression of ["window", "document"]) {
      const { result } = await cdp.send("Runtime.evaluate", { expression, objectGroup });
      if (!result.objectId) return true;
      const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
      if (listeners.some((l) => l.type === "scroll")) return true;
    }
    return false;
  } catch {
    return true;
  } finally {
    await cdp.send("Runtime.releaseObjectGroup", { objectGroup }).catch(() => void 0);
  }
}
var FREEZE_CSS = "*,*::before,*::after{animation:none!important;transition:none!important;caret-color:transparent!important}";
function settleArgs(s) {
  const L = READINESS_LIMITS;
  return {
    kind: "settle",
    css: s.css,
    freezeCss: FREEZE_CSS,
    lazy: s.lazy,
    scroll: s.scroll,
    restEachStep: s.scrollListeners !== false,
    restMs: SCROLL_REST_MS,
    limits: { lazyMs: L.lazyMs, lazyMaxHeightPx: L.lazyMaxHeightPx, imagesMs: L.imagesMs, fontsMs: L.fontsMs, busyMs: L.busyMs }
  };
}
function settleLimitMs(s) {
  const L = READINESS_LIMITS;
  return (s.lazy && s.scroll ? L.lazyMs + 1e3 : 0) + L.imagesMs + L.fontsMs + L.busyMs;
}
var beforeShotArgs = (viewportOnly) => ({ kind: "before-shot", viewportOnly });
var INVISIBLE_TYPES = /* @__PURE__ */ new Set(["other", "ping", "beacon", "cspviolationreport", "manifest", "prefetch", "preflight", "signedexchange"]);
var NetworkTracker = class {
  constructor(page) {
    this.page = page;
    page.on("request", this.onStart);
    page.on("requestfinished", this.onEnd);
    page.on("requestfailed", this.onEnd);
  }
  page;
  inFlight = /* @__PURE__ */ new Set();
  lastChange = Date.now();
  navigatedAt = null;
  startedSinceNavigation = 0;
  onStart = (r) => {
    if (INVISIBLE_TYPES.has(r.resourceType())) return;
    this.inFlight.add(r);
    this.lastChange = Date.now();
    if (this.navigatedAt !== null) this.startedSinceNavigation++;
  };
  onEnd = (r) => {
    if (this.inFlight.delete(r)) this.lastChange = Date.now();
  };
  /** A new attempt: what the page's earlier targets had in flight is forgotten. */
  restart() {
    this.inFlight.clear();
    this.lastChange = Date.now();
    this.navigatedAt = null;
    this.startedSinceNavigation = 0;
  }
  /** Navigation returned: requests from now on are the page's own doing (scripts, lazy content). */
  navigated() {
    this.navigatedAt ??= Date.now();
  }
  /**
   * True once nothing has been in flight for `quietMs` (or for `staticQuietMs`
   * while the page has started no request since navigated()); false when
   * `maxMs` ran out first.
   */
  async quiet(quietMs, maxMs, staticQuietMs = quietMs) {
    const until = Date.now() + maxMs;
    for (; ; ) {
      for (const r of this.inFlight) if (r.redirectedTo()) this.inFlight.delete(r);
      const now = Date.now();
      const window2 = this.navigatedAt !== null && this.startedSinceNavigation === 0 ? Math.min(staticQuietMs, quietMs) : quietMs;
      if (this.inFlight.size === 0 && now - this.lastChange >= window2) return true;
      if (now >= until) return false;
      await new Promise((r) => setTimeout(r, Math.min(50, Math.max(1, until - now))));
    }
  }
  stop() {
    this.page.off("request", this.onStart);
    this.page.off("requestfinished", this.onEnd);
    this.page.off("requestfailed", this.onEnd);
  }
};
var ReadinessLog = class {
  timedOut = [];
  record(condition, met) {
    if (!met && !this.timedOut.includes(condition)) this.timedOut.push(condition);
  }
};

// src/core/render/target-headers.ts
var TargetOnlyHeaders = class _TargetOnlyHeaders {
  constructor(cdp, headers) {
    this.cdp = cdp;
    this.headers = headers;
  }
  cdp;
  headers;
  origin = null;
  /** null when there are no headers to send: then nothing is intercepted. */
  static attach(cdp, headers) {
    const entries = Object.entries(headers);
    if (entries.length === 0) return null;
    const scoped = new _TargetOnlyHeaders(cdp, entries);
    cdp.on("Fetch.requestPaused", (event) => scoped.continue(event));
    return scoped;
  }
  /** From now on the headers go to `origin` (an http(s) URL's origin) and to nothing else. */
  async sendTo(origin) {
    if (origin === this.origin) return;
    this.origin = origin;
    await this.cdp.send("Fetch.enable", { patterns: [{ urlPattern: `${wildcardEscape(origin)}/*`, requestStage: "Request" }] });
  }
  continue({ requestId, request }) {
    const params = this.origin !== null && httpOrigin(request.url) === this.origin ? { requestId, headers: withHeaders(request.headers, this.headers) } : { requestId };
    this.cdp.send("Fetch.continueRequest", params).catch(() => void 0);
  }
};
function withHeaders(own, ours) {
  const names = new Set(ours.map(([name]) => name.toLowerCase()));
  return [
    ...Object.entries(own).filter(([name]) => !names.has(name.toLowerCase())).map(([name, value]) => ({ name, value })),
    ...ours.map(([name, value]) => ({ name, value }))
  ];
}
function wildcardEscape(text2) {
  return text2.replace(/[\\*?]/g, (c) => `\\${c}`);
}
function httpOrigin(url) {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.origin : null;
  } catch {
    return null;
  }
}

// src/core/render/pool.ts
var RECYCLE_AFTER = 50;
var CLOSE_TIMEOUT_MS = 5e3;
function defaultConcurrency(cores, freeMemBytes) {
  const byMemory = Math.floor(freeMemBytes / (300 * 1024 * 1024));
  return Math.max(1, Math.min(cores * 2, byMemory, 8));
}
var Slot = class {
  constructor(id) {
    this.id = id;
  }
  id;
  open = null;
  /** Contexts of other profiles kept for this slot's next targets, least recently used first. */
  parked = [];
};
var SlotPool = class {
  constructor(host, options2, size, recycleAfter = RECYCLE_AFTER, blocker = null, storageState = () => options2.storageState ?? null, profilesPerSlot = 1) {
    this.host = host;
    this.options = options2;
    this.size = size;
    this.recycleAfter = recycleAfter;
    this.blocker = blocker;
    this.storageState = storageState;
    this.profilesPerSlot = profilesPerSlot;
    this.idle = Array.from({ length: size }, (_, i) => new Slot(i));
  }
  host;
  options;
  size;
  recycleAfter;
  blocker;
  storageState;
  profilesPerSlot;
  idle;
  waiting = [];
  opened = 0;
  /** Contexts created so far (a reused one is not counted again): how well targets were ordered for reuse. */
  get contextsOpened() {
    return this.opened;
  }
  /** An idle slot, preferring one whose context has this profile, then one without a context. */
  acquire(profile) {
    const at = this.pick(profile);
    if (at >= 0) return Promise.resolve(this.idle.splice(at, 1)[0]);
    return new Promise((resolve8) => this.waiting.push(resolve8));
  }
  pick(profile) {
    if (this.idle.length === 0) return -1;
    const same = profile === void 0 ? -1 : this.idle.findLastIndex((s) => s.open?.profile === profile || s.parked.some((p) => p.profile === profile));
    if (same >= 0) return same;
    const empty = this.idle.findLastIndex((s) => s.open === null);
    return empty >= 0 ? empty : this.idle.length - 1;
  }
  release(slot) {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.idle.push(slot);
  }
  /**
   * A ready page for `url` in this slot, rendering with `render` (the target's
   * settings); the context is rebuilt when it is stale or made for another profile.
   */
  async pageFor(slot, url, render = this.options) {
    const profile = contextProfile(render).key;
    if (slot.open && slot.open.profile !== profile && this.profilesPerSlot > 1) await this.switchProfile(slot, profile);
    const current = slot.open;
    const stale = current && current.storageState !== this.storageState();
    if (current && (stale || current.dead || !this.host.isCurrent(current.generation) || current.uses >= this.recycleAfter || current.profile !== profile)) {
      await this.discard(slot);
    }
    if (!slot.open) {
      const fresh = await this.openPage(render, profile);
      if (slot.open) await bounded(fresh.context.close(), CLOSE_TIMEOUT_MS);
      else slot.open = fresh;
    }
    let open4 = slot.open;
    if (open4.visited.size > 0) {
      try {
        await this.forget(open4);
      } catch {
        await this.discard(slot);
        open4 = slot.open = await this.openPage(render, profile);
      }
    }
    open4.page.setDefaultTimeout(render.timeoutMs);
    open4.page.setDefaultNavigationTimeout(render.timeoutMs);
    open4.visited.add(url.origin);
    await open4.headers?.sendTo(url.origin);
    if (open4.storageState) await open4.context.addCookies(stateForTarget(open4.storageState.state, url).cookies);
    await this.addCookies(open4.context, url);
    return open4;
  }
  /** Parks the slot's context and takes back one made for `profile`, if the slot kept one; closes the least recently used beyond the limit. */
  async switchProfile(slot, profile) {
    const leaving = slot.open;
    slot.open = null;
    if (await letDocumentGo(leaving.page)) slot.parked.push(leaving);
    else await bounded(leaving.context.close(), CLOSE_TIMEOUT_MS);
    const kept = slot.parked.findIndex((p) => p.profile === profile);
    if (kept >= 0) slot.open = slot.parked.splice(kept, 1)[0];
    while (slot.parked.length > this.profilesPerSlot - 1) await bounded(slot.parked.shift().context.close(), CLOSE_TIMEOUT_MS);
  }
  /** Host-only for the target's host (see cookie-scope.ts): no other host ever gets them. */
  async addCookies(context, url) {
    const cookies = this.options.cookies.filter((c) => cookieForHost(c, url.hostname)).map((c) => ({ name: c.name, value: c.value, domain: url.hostname, path: c.path ?? "/", secure: url.protocol === "https:" }));
    if (cookies.length > 0) await context.addCookies(cookies);
  }
  /** Drop the cookies and storage the previous targets left, keeping the HTTP cache. */
  async forget(open4) {
    const shown = httpOrigin(open4.page.url());
    if (shown) open4.visited.add(shown);
    await open4.context.clearCookies();
    for (const origin of open4.visited) {
      await open4.cdp.send("Storage.clearDataForOrigin", { origin, storageTypes: "all" });
    }
    open4.visited.clear();
  }
  /** After a capture whose page is still usable (a success, or a clean HTTP error): count the use. */
  reused(slot) {
    if (slot.open) slot.open.uses++;
  }
  /**
   * After a full-page shot: the slot's page goes to about:blank, so its renderer lets the long document go while the
   * shot is framed and the slot waits for its next target, instead of holding it until the next navigation. Four
   * slots on 24 long pages (bench/full-page-memory.ts, 3 rounds against the same code without it, load 17–25): the
   * renderers at the tree's peak 856–947 MB against 987–1,156, the peak 2,562 MB against 2,768 (median); a navigation
   * to about:blank costs ~10–30 ms a page, inside the rounds' noise in CPU a page.
   */
  async releaseDocument(slot) {
    if (slot.open) await letDocumentGo(slot.open.page);
  }
  /** Throw the slot's context away; the next capture builds a fresh one. */
  async discard(slot) {
    const open4 = slot.open;
    slot.open = null;
    if (!open4) return;
    await bounded(open4.context.close(), CLOSE_TIMEOUT_MS);
  }
  async close() {
    const all = [...this.idle];
    this.idle.length = 0;
    await Promise.all(all.flatMap((s) => [this.discard(s), ...s.parked.splice(0).map((p) => bounded(p.context.close(), CLOSE_TIMEOUT_MS))]));
  }
  /** `render` gives the context's profile (emulation included); headers, credentials, cookies, consent and blocking are the run's (this.options). */
  async openPage(render, profile) {
    const { browser, generation } = await this.host.get();
    const o = this.options;
    this.opened++;
    const context = await browser.newContext(contextOptions(render));
    const storageState = this.storageState();
    try {
      if (storageState) await context.addInitScript(restoreLocalStorage, localStorageByOrigin(storageState));
      if (render.fullPage || render.video) await context.addInitScript(watchIntersectionObservers);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const network = new NetworkTracker(page);
      const headers = TargetOnlyHeaders.attach(cdp, originHeaders(o));
      page.on("dialog", (d) => void (d.type() === "beforeunload" ? d.accept() : d.dismiss()).catch(() => void 0));
      page.on("popup", (p) => void p.close().catch(() => void 0));
      let markLost = () => void 0;
      const lost = new Promise((_, reject) => {
        markLost = reject;
      });
      lost.catch(() => void 0);
      const consent = o.dismissConsent ? await ConsentBridge.attach(page) : null;
      const blocking = this.blocker ? await this.blocker.attach(page) : null;
      const open4 = {
        profile,
        context,
        page,
        generation,
        uses: 0,
        visited: /* @__PURE__ */ new Set(),
        cdp,
        network,
        lost,
        consent,
        blocking,
        dead: false,
        headers,
        storageState
      };
      const die = (message) => () => {
        open4.dead = true;
        markLost(new AttemptFailure(message, true, { category: "crash" }));
      };
      page.once("crash", die("the page crashed"));
      page.once("close", die("the browser closed the page (crashed or restarted)"));
      return open4;
    } catch (err) {
      await bounded(context.close(), CLOSE_TIMEOUT_MS);
      throw err;
    }
  }
};
function localStorageByOrigin(state) {
  return Object.fromEntries(state.state.origins.map((o) => [o.origin, o.localStorage.map((i) => [i.name, i.value])]));
}
function restoreLocalStorage(byOrigin) {
  const page = globalThis;
  try {
    for (const [name, value] of byOrigin[page.location.origin] ?? []) {
      if (page.localStorage.getItem(name) === null) page.localStorage.setItem(name, value);
    }
  } catch {
  }
}
async function letDocumentGo(page) {
  return await bounded(page.goto("about:blank").then(() => true), CLOSE_TIMEOUT_MS) === true;
}

// src/core/render/index.ts
import { realpath } from "node:fs/promises";
import { homedir } from "node:os";

// src/util/redact.ts
function makeRedactor(secrets) {
  const values = [...new Set(secrets)].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  if (values.length === 0) return (t) => t;
  return (text2) => {
    let out = text2;
    for (const v of values) out = out.split(v).join("***");
    return out;
  };
}

// src/core/net/proxy.ts
import http from "node:http";
import net from "node:net";
var REFUSED_HEADER = "x-framecap-refused";
var MAX_REMEMBERED = 1e3;
var HOP_BY_HOP = /* @__PURE__ */ new Set(["proxy-connection", "proxy-authorization", "connection", "keep-alive", "te", "trailer", "transfer-encoding", "upgrade"]);
async function startEgressProxy(guard) {
  const refusals = /* @__PURE__ */ new Map();
  let refused = 0;
  const sockets = /* @__PURE__ */ new Set();
  const remember = (hostPort, reason) => {
    refused++;
    refusals.delete(hostPort);
    refusals.set(hostPort, reason);
    if (refusals.size > MAX_REMEMBERED) refusals.delete(refusals.keys().next().value);
  };
  const track = (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
    s.on("error", () => s.destroy());
  };
  const checked = async (host, port2, refuse) => {
    try {
      return (await guard.resolve(host, port2)).address;
    } catch (err) {
      const reason = err.message;
      const byGuard = err instanceof EgressRefused;
      if (byGuard) remember(`${host}:${port2}`, reason);
      refuse(byGuard ? 403 : 502, reason);
      return null;
    }
  };
  const server = http.createServer((req, res) => void forward(req, res));
  server.on("connection", track);
  async function forward(req, res) {
    let target;
    try {
      target = new URL(req.url ?? "");
      if (target.protocol !== "http:") throw new Error("not http");
    } catch {
      res.writeHead(400, { "content-type": "text/plain" }).end("framecap egress proxy: expected an absolute http:// URL\n");
      return;
    }
    const port2 = portOf(target);
    const address = await checked(target.hostname, port2, (status, reason) => {
      res.writeHead(status, { "content-type": "text/plain", [REFUSED_HEADER]: encodeURIComponent(reason) }).end(`${reason}
`);
    });
    if (address === null) return;
    const headers = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== void 0 && !HOP_BY_HOP.has(k)) headers[k] = v;
    const upstream = http.request({
      host: address,
      port: port2,
      method: req.method,
      path: `${target.pathname}${target.search}`,
      headers,
      setHost: false
    });
    upstream.on("response", (answer) => {
      const out = {};
      for (const [k, v] of Object.entries(answer.headers)) {
        if (v !== void 0 && !HOP_BY_HOP.has(k) && k !== REFUSED_HEADER) out[k] = v;
      }
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, out);
      answer.pipe(res);
    });
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" }).end("framecap egress proxy: upstream connection failed\n");
      else res.destroy();
    });
    res.on("close", () => upstream.destroy());
    req.pipe(upstream);
  }
  async function tunnel(req, client, head, connect) {
    track(client);
    let host;
    let port2;
    let upgrade = null;
    try {
      if (connect) {
        ({ host, port: port2 } = connectAuthority(req.url ?? ""));
      } else {
        upgrade = new URL(req.url ?? "");
        host = upgrade.hostname;
        port2 = portOf(upgrade);
      }
    } catch {
      client.end("HTTP/1.1 400 Bad Request\r\n\r\n");
      return;
    }
    const address = await checked(host, port2, (status, reason) => {
      const line = status === 403 ? "403 Forbidden" : "502 Bad Gateway";
      client.end(`HTTP/1.1 ${line}\r
${REFUSED_HEADER}: ${encodeURIComponent(reason)}\r
content-length: 0\r
\r
`);
    });
    if (address === null) return;
    const upstream = net.connect({ host: address, port: port2 });
    track(upstream);
    upstream.once("connect", () => {
      if (!upgrade) {
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      } else {
        const lines = [`${req.method ?? "GET"} ${upgrade.pathname}${upgrade.search} HTTP/1.1`];
        for (let i = 0; i < req.rawHeaders.length; i += 2) {
          if (!/^proxy-/i.test(req.rawHeaders[i])) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
        }
        upstream.write(`${lines.join("\r\n")}\r
\r
`);
      }
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on("error", () => {
      if (connect && !client.destroyed) client.end("HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n");
      else client.destroy();
    });
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  }
  server.on("connect", (req, client, head) => void tunnel(req, client, head, true));
  server.on("upgrade", (req, client, head) => void tunnel(req, client, head, false));
  await new Promise((resolve8, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve8());
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    refusalFor: (hostPort) => refusals.get(hostPort) ?? null,
    get refused() {
      return refused;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve8) => server.close(() => resolve8()));
    }
  };
}
function connectAuthority(authority) {
  const m = /^(\[[0-9a-f:.]+\]|[^\s:/?#@[\]]+)(?::(\d{1,5}))?$/i.exec(authority);
  const port = m?.[2] === void 0 ? 443 : Number(m[2]);
  if (!m || port < 1 || port > 65535) throw new Error(`not a host:port: ${authority}`);
  return { host: new URL(`http://${m[1]}`).hostname, port };
}

// src/core/render/in-page/document-size.ts
function documentSize() {
  const b = document.body;
  const d = document.documentElement;
  if (!b || !d) return null;
  return {
    width: Math.max(b.scrollWidth, d.scrollWidth, b.offsetWidth, d.offsetWidth, b.clientWidth, d.clientWidth),
    height: Math.max(b.scrollHeight, d.scrollHeight, b.offsetHeight, d.offsetHeight, b.clientHeight, d.clientHeight)
  };
}

// src/core/render/full-page-shot.ts
var FULL_PAGE_PIXELS_AT_ONCE = 4e7;
function bandHeight(rect, scale, budget = FULL_PAGE_PIXELS_AT_ONCE) {
  if (rect.width * rect.height * scale ** 2 <= budget) return null;
  const most = Math.floor(budget / 2 / (rect.width * scale ** 2));
  for (let height = most; height > 0 && height > most - 1e3; height--) {
    const rows = height * scale;
    if (Math.abs(rows - Math.round(rows)) < 1e-6) return height;
  }
  return null;
}
function usesCdpShot(settings, cdp) {
  return cdp !== void 0 && settings.scale === 1 && !settings.omitBackground;
}
function usesFastFullPage(settings, cdp) {
  return usesCdpShot(settings, cdp) && !settings.hasTouch;
}
async function shootDocumentRect(cdp, rect, document2, viewport) {
  const fits = document2.width <= viewport.width && document2.height <= viewport.height;
  const { data } = await cdp.send("Page.captureScreenshot", {
    format: "png",
    optimizeForSpeed: true,
    captureBeyondViewport: !fits,
    clip: { ...rect, scale: 1 }
  });
  return Buffer.from(data, "base64");
}

// src/util/playwright.ts
import { createRequire as createRequire2 } from "node:module";
var playwright = createRequire2(import.meta.url)("playwright-core");
var { chromium, errors } = playwright;

// src/core/render/blank.ts
var BLANK_TOLERANCE = 6;
var KEEP_DECODED_PIXELS = 16e6;
var TOP_ROWS = 512;
async function decodePng(png, rows) {
  let image = sharp(png, { limitInputPixels: false });
  if (rows !== void 0) {
    const { width = 0, height = 0 } = await image.metadata();
    if (rows < height) image = image.extract({ left: 0, top: 0, width, height: rows });
  }
  const { data, info } = await image.raw({ depth: "uchar" }).toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}
async function inspectShot(png, size, keep = true) {
  if (keep && size.width * size.height <= KEEP_DECODED_PIXELS) {
    const pixels = await decodePng(png);
    return { verdict: blankPixels(pixels), pixels };
  }
  const top = blankPixels(await decodePng(png, TOP_ROWS));
  if (!top.blank) return { verdict: top, pixels: null };
  return { verdict: blankPixels(await decodePng(png)), pixels: null };
}
function blankPixels(pixels) {
  const { data, channels } = pixels;
  const colours = channels >= 3 ? 3 : 1;
  const count2 = data.length - data.length % channels;
  if (count2 === 0) return { blank: false, colour: null };
  const min = new Uint8Array(channels);
  const max = new Uint8Array(channels);
  for (let c = 0; c < channels; c++) min[c] = max[c] = data[c];
  for (let i = 0; i < count2; i += channels) {
    for (let c = 0; c < channels; c++) {
      const v = data[i + c];
      if (v < min[c]) min[c] = v;
      else if (v > max[c]) max[c] = v;
      else continue;
      if (max[c] - min[c] > BLANK_TOLERANCE) return { blank: false, colour: null };
    }
  }
  const sums = new Float64Array(colours);
  for (let i = 0; i < count2; i += channels) for (let c = 0; c < colours; c++) sums[c] = sums[c] + data[i + c];
  const pixelsCount = count2 / channels;
  const hex = Array.from(sums, (s) => Math.round(s / pixelsCount).toString(16).padStart(2, "0")).join("");
  return { blank: true, colour: `#${colours === 1 ? hex.repeat(3) : hex}` };
}
function pngSize(png) {
  const signature = "89504e470d0a1a0a";
  if (png.length < 24 || png.subarray(0, 8).toString("hex") !== signature || png.toString("latin1", 12, 16) !== "IHDR") {
    throw new AttemptFailure("the browser returned an image that is not a PNG", true);
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

// src/core/render/document.ts
var BODY_WAIT_MS = 2e3;
var MAX_VALIDATOR_LENGTH = 1024;
async function documentValidators(response) {
  const out = {};
  const headers = response.headers();
  const etag = headers.etag;
  const lastModified = headers["last-modified"];
  if (etag && etag.length <= MAX_VALIDATOR_LENGTH) out.etag = etag;
  if (lastModified && lastModified.length <= MAX_VALIDATOR_LENGTH) out.last_modified = lastModified;
  const bytes = await bounded(response.body(), BODY_WAIT_MS);
  if (bytes) out.content_hash = sha256Hex(bytes);
  return out;
}

// src/core/render/in-page/element.ts
function elementBox(el) {
  el.scrollIntoView({ block: "nearest", inline: "nearest", behavior: "instant" });
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height } : null;
}
function scrollToElementTop(el) {
  el.scrollIntoView({ block: "start", inline: "nearest", behavior: "instant" });
}
function scrollSize() {
  const d = document.documentElement;
  return { width: d.scrollWidth, height: d.scrollHeight };
}
function addStyleRule({ selector, kind }) {
  try {
    document.querySelector(selector);
  } catch {
    return `${JSON.stringify(selector)} is not a valid CSS selector (${kind} takes CSS, not Playwright's text= selectors)`;
  }
  const style = document.createElement("style");
  style.textContent = `${selector}{${kind === "remove" ? "display:none" : "visibility:hidden"}!important}`;
  (document.head ?? document.documentElement).appendChild(style);
  return null;
}

// src/core/render/element-clip.ts
function regionText(region) {
  if (region.kind === "clip") return `clip ${region.rect.x},${region.rect.y},${region.rect.width},${region.rect.height}`;
  return `selector ${region.selector}${region.padding ? ` +${region.padding}px` : ""}`;
}
async function regionRect(page, region, timeoutMs) {
  if (region.kind === "clip") return insidePage(page, region.rect);
  const { selector, padding } = region;
  const named = JSON.stringify(selector);
  let box;
  try {
    const matches = page.locator(selector);
    if (await matches.count() === 0) {
      throw new AttemptFailure(`--selector ${named} matches no element on the page (after its steps, if any)`, false, { category: "selector" });
    }
    box = await matches.first().evaluate(elementBox, void 0, { timeout: Math.max(1, timeoutMs) });
  } catch (err) {
    const failure = classifyError(err);
    if (failure.category === "selector" || failure.category === "crash" || failure.category === "timeout") throw failure;
    throw new AttemptFailure(`--selector ${named} cannot be used: ${failure.message}`, false, { category: "selector" });
  }
  if (!box) throw new AttemptFailure(`--selector ${named} matches an element that is not displayed (no size)`, false, { category: "selector" });
  const x = Math.max(0, Math.floor(box.x - padding));
  const y = Math.max(0, Math.floor(box.y - padding));
  return { x, y, width: Math.ceil(box.x + box.width + padding) - x, height: Math.ceil(box.y + box.height + padding) - y };
}
async function insidePage(page, rect) {
  const size = await page.evaluate(scrollSize);
  if (rect.x >= size.width || rect.y >= size.height) {
    throw new AttemptFailure(
      `--clip ${rect.x},${rect.y},${rect.width},${rect.height} starts outside the page (${size.width}x${size.height} CSS px): give x and y inside it`,
      false,
      { category: "selector" }
    );
  }
  return rect;
}

// src/core/render/retry.ts
var DEFAULT_BACKOFF = { baseMs: 500, maxMs: 1e4, maxRetryAfterMs: 3e4 };
function backoffDelay(retry, policy, retryAfterMs = null, random = Math.random) {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, retry - 1));
  const jittered = exp / 2 + random() * (exp / 2);
  const serverWait = retryAfterMs === null ? 0 : Math.min(retryAfterMs, policy.maxRetryAfterMs);
  return Math.round(Math.max(jittered, serverWait));
}
function sleep(ms) {
  return new Promise((resolve8) => setTimeout(resolve8, ms));
}

// src/core/steps/step.ts
var ELEMENT_STEPS = ["click", "hover", "scroll-to", "wait-for", "wait-for-hidden"];
var STYLE_STEPS = ["remove", "hide"];
var VALUE_STEPS = ["fill", "select"];
var STEP_KINDS = [
  "click",
  "hover",
  "fill",
  "press",
  "select",
  "scroll-to",
  "wait-for",
  "wait-for-hidden",
  "wait-for-function",
  "wait-for-url",
  "wait",
  "css",
  "js",
  "remove",
  "hide"
];
var LOGIN_STEP_KINDS = ["goto", ...STEP_KINDS];
function stepTarget(step) {
  switch (step.kind) {
    case "goto":
      return step.url;
    case "press":
      return step.key;
    case "wait-for-function":
      return short(step.expression);
    case "wait-for-url":
      return step.glob;
    case "wait":
      return `${step.ms} ms`;
    case "css":
      return step.css.file && `@${step.css.file}`;
    case "js":
      return step.js.file && `@${step.js.file}`;
    default:
      return step.selector;
  }
}
function stepLabel(step, index, count2) {
  const target = stepTarget(step);
  return `step ${index + 1} of ${count2} (${step.kind}${target === null ? "" : ` ${JSON.stringify(target)}`})`;
}
function stepSummary(step) {
  if ("selector" in step) return { kind: step.kind, selector: step.selector };
  if (step.kind === "css" && step.css.file) return { kind: step.kind, file: step.css.file };
  if (step.kind === "js" && step.js.file) return { kind: step.kind, file: step.js.file };
  return { kind: step.kind };
}
function stepValues(steps) {
  return steps.flatMap((s) => "value" in s && s.value ? [s.value] : []);
}
function short(text2) {
  const line = text2.replace(/\s+/g, " ").trim();
  return line.length > 60 ? `${line.slice(0, 57)}\u2026` : line;
}

// src/core/steps/run-steps.ts
function outOfTime(label, budgetMs) {
  return `${label}: not done within the ${budgetMs} ms page timeout (each step's budget); raise --timeout`;
}
async function runSteps(steps, run) {
  const redact = makeRedactor(stepValues(steps));
  for (const [index, step] of steps.entries()) {
    const label = stepLabel(step, index, steps.length);
    const timedOut = outOfTime(label, run.budgetMs);
    run.startBudget();
    try {
      await run.guard(runStep(step, run), timedOut);
    } catch (err) {
      const failure = classifyError(err);
      if (failure.category === "crash") throw failure;
      const why = failure.category === "timeout" ? timedOut : `${label}: ${redact(failure.message)}`;
      throw new AttemptFailure(why, false, { category: "step" });
    }
  }
}
async function runStep(step, run) {
  const { page } = run;
  const timeout = Math.max(1, run.left());
  switch (step.kind) {
    case "goto":
      checkAnswer(await page.goto(step.url, { timeout }));
      return;
    case "click":
      return page.locator(step.selector).first().click({ timeout });
    case "hover":
      return page.locator(step.selector).first().hover({ timeout });
    case "fill":
      return page.locator(step.selector).first().fill(step.value, { timeout });
    case "select": {
      await page.locator(step.selector).first().selectOption(step.value, { timeout });
      return;
    }
    case "press":
      return page.keyboard.press(step.key);
    case "scroll-to": {
      const element = page.locator(step.selector).first();
      await element.waitFor({ state: "attached", timeout });
      await element.evaluate(scrollToElementTop);
      return;
    }
    case "wait-for":
      return page.locator(step.selector).first().waitFor({ state: "visible", timeout });
    case "wait-for-hidden":
      return page.locator(step.selector).first().waitFor({ state: "hidden", timeout });
    case "wait-for-function": {
      await page.waitForFunction(step.expression, void 0, { timeout });
      return;
    }
    case "wait-for-url":
      return page.waitForURL(step.glob, { timeout });
    case "wait": {
      if (step.ms > run.left()) throw new AttemptFailure(`waiting ${step.ms} ms would pass the ${run.budgetMs} ms page timeout (each step's budget); raise --timeout`, false);
      return sleep(step.ms);
    }
    case "css": {
      await page.addStyleTag({ content: step.css.text });
      return;
    }
    // The body of an async function, so `await` works; it runs in the page like the page's own scripts.
    case "js": {
      await page.evaluate(`(async () => {
${step.js.text}
})()`);
      return;
    }
    case "remove":
    case "hide": {
      const problem = await page.evaluate(addStyleRule, { selector: step.selector, kind: step.kind });
      if (problem) throw new AttemptFailure(problem, false);
      return;
    }
  }
}
function checkAnswer(response) {
  if (!response) return;
  const refused = response.headers()[REFUSED_HEADER];
  if (refused !== void 0) throw new AttemptFailure(`refused: ${decodeURIComponent(refused)}`, false);
  if (response.status() >= 400) throw new AttemptFailure(`the server answered HTTP ${response.status()}`, false);
}

// src/core/render/split-shot.ts
async function shootParts(rect, part, screenshot) {
  const parts = [];
  for (let y = rect.y; y < rect.y + rect.height; y += part) {
    const pageHeight = Math.min(part, rect.y + rect.height - y);
    const png = await screenshot({ x: rect.x, y, width: rect.width, height: pageHeight });
    parts.push({ png, y, pageHeight, ...pngSize(png) });
  }
  return parts;
}
async function partsVerdict(first2, parts) {
  if (!first2.blank || !parts) return first2;
  for (const part of parts.slice(1)) {
    const { verdict } = await inspectShot(part.png, part);
    if (!verdict.blank || verdict.colour !== first2.colour) return { blank: false, colour: null };
  }
  return first2;
}

// src/core/render/taken-shot.ts
function takenSize(taken) {
  if (!taken.bands) return pngSize(taken.png);
  return { width: taken.bands[0].width, height: taken.bands.reduce((sum, band) => sum + band.height, 0) };
}
async function inspectTaken(taken, keep) {
  return inspectShot(taken.png, takenSize(taken), keep && !taken.bands);
}
function sameImage(a, b) {
  const pieces = (t) => (t.parts ?? t.bands)?.map((p) => p.png) ?? [t.png];
  const [x, y] = [pieces(a), pieces(b)];
  return x.length === y.length && x.every((png, i) => png.equals(y[i]));
}

// src/core/render/in-page/scroll.ts
function scrollMeasure() {
  const b = document.body;
  return { height: Math.max(b ? b.scrollHeight : 0, document.documentElement.scrollHeight), viewport: window.innerHeight };
}
function scrollToPainted(y) {
  window.scrollTo({ top: y, left: 0, behavior: "instant" });
  return new Promise((resolve8) => requestAnimationFrame(() => requestAnimationFrame(() => resolve8(Math.round(window.scrollY)))));
}
function elementTop(selector) {
  const el = document.querySelector(selector);
  return el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : null;
}
function scrollToTop() {
  window.scrollTo({ top: 0, left: 0, behavior: "instant" });
}

// src/core/render/page-title.ts
var TITLE_WAIT_MS = 1e3;
async function pageTitle(page) {
  return await bounded(page.title(), TITLE_WAIT_MS) ?? "";
}

// src/core/video/plan.ts
var SCROLL_PX_PER_SECOND = 800;
var MIN_SCROLL_MS = 1500;
function easeInOutCubic(t) {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}
function scrollPlan(input) {
  const distance = Math.max(0, Math.round(input.distance));
  const pause = input.pauseMs;
  const scrollMs = input.durationMs !== null ? Math.max(0, input.durationMs - 2 * pause) : Math.min(VIDEO_LIMITS.maxDurationMs - 2 * pause, Math.max(MIN_SCROLL_MS, distance / SCROLL_PX_PER_SECOND * 1e3));
  const durationMs = Math.min(VIDEO_LIMITS.maxDurationMs, input.durationMs ?? scrollMs + 2 * pause);
  const frames = Math.max(1, Math.round(durationMs * input.fps / 1e3));
  const offsets = [];
  for (let i = 0; i < frames; i++) {
    const t = i * 1e3 / input.fps - pause;
    const progress = scrollMs <= 0 ? t >= 0 ? 1 : 0 : Math.min(1, Math.max(0, t / scrollMs));
    offsets.push(Math.round(distance * easeInOutCubic(progress)));
  }
  if (frames > 1 && durationMs > 2 * pause) offsets[frames - 1] = distance;
  return { fps: input.fps, offsets, durationMs };
}

// src/core/video/record.ts
async function recordScroll(page, cdp, video) {
  const start = await page.evaluate(scrollMeasure);
  const full = Math.max(0, start.height - start.viewport);
  const target = video.scrollTo === null ? full : Math.min(full, await elementTop2(page, video.scrollTo));
  const distance = Math.min(target, VIDEO_LIMITS.maxScrollPx);
  const plan = scrollPlan({ distance, fps: video.fps ?? defaultFps(video.format), durationMs: video.durationMs, pauseMs: video.pauseMs });
  const frames = [];
  const scrolled = [];
  const sequence = [];
  let last = null;
  for (const offset of plan.offsets) {
    if (offset !== last) {
      scrolled.push(await page.evaluate(scrollToPainted, offset));
      const { data } = await cdp.send("Page.captureScreenshot", { format: "png", optimizeForSpeed: true });
      frames.push(Buffer.from(data, "base64"));
      last = offset;
    }
    sequence.push(frames.length - 1);
  }
  const end = await page.evaluate(scrollMeasure);
  const cut = target > VIDEO_LIMITS.maxScrollPx ? `the page is ${start.height} px high: the video scrolls its first ${VIDEO_LIMITS.maxScrollPx + start.viewport} px (the cap)` : video.scrollTo === null && end.height > start.height + start.viewport ? `the page kept growing while it scrolled (${start.height} px, then ${end.height} px): the video ends at ${start.height} px` : null;
  return { plan, frames, sequence, scrolled, pageHeight: start.height, cut };
}
async function elementTop2(page, selector) {
  let top;
  try {
    top = await page.evaluate(elementTop, selector);
  } catch (err) {
    throw new AttemptFailure(`--video-scroll-to ${JSON.stringify(selector)} is not a valid CSS selector: ${firstLine(err.message)}`, false, { category: "selector" });
  }
  if (top === null) {
    throw new AttemptFailure(`--video-scroll-to ${JSON.stringify(selector)} matched no element on the page: check the selector, or leave it out to scroll to the bottom`, false, { slotHealthy: true, category: "selector" });
  }
  return Math.max(0, top);
}

// src/core/video/shot.ts
async function recordVideoShot(page, cdp, video, finalUrl) {
  if (!cdp) throw new AttemptFailure("a video needs the page's CDP session, which this browser did not give", false);
  const recorded = await recordScroll(page, cdp, video);
  const png = recorded.frames[0];
  const pixels = await decodePng(png);
  const verdict = blankPixels(pixels);
  if (verdict.blank) {
    throw new AttemptFailure(
      `blank capture: the page rendered as one flat colour (${verdict.colour}); check that it renders without JavaScript errors, or use --wait-for a selector of its content`,
      false,
      { finalUrl, slotHealthy: true, category: "blank" }
    );
  }
  await page.evaluate(scrollToTop);
  return { png, pixels, width: pixels.width, height: pixels.height, finalUrl, title: await pageTitle(page), video: recorded };
}

// src/core/render/race-lost.ts
var registries = /* @__PURE__ */ new WeakMap();
function registryOf(lost) {
  let registry = registries.get(lost);
  if (registry) return registry;
  const made = { waiting: /* @__PURE__ */ new Set(), lostWith: null };
  lost.catch((err) => {
    made.lostWith = { err };
    for (const reject of made.waiting) reject(err);
    made.waiting.clear();
  });
  registries.set(lost, made);
  registry = made;
  return registry;
}
function raceLost(what, lost) {
  const registry = registryOf(lost);
  if (registry.lostWith) {
    what.catch(() => void 0);
    return Promise.reject(registry.lostWith.err);
  }
  return new Promise((resolve8, reject) => {
    registry.waiting.add(reject);
    what.then(
      (value) => {
        registry.waiting.delete(reject);
        resolve8(value);
      },
      (err) => {
        registry.waiting.delete(reject);
        reject(err);
      }
    );
  });
}

// src/core/render/in-page/settle.ts
async function readiness(w, shown = (el) => {
  const work2 = w;
  if (work2.kind === "settle" ? work2.scroll : !work2.viewportOnly) return true;
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight * 1.5 && r.right > 0 && r.left < innerWidth;
}, imagesDecoded = async () => {
  const images = Array.from(document.images).filter(shown);
  await Promise.all(images.map((img) => img.complete ? null : new Promise((r) => {
    img.addEventListener("load", r, { once: true });
    img.addEventListener("error", r, { once: true });
  })));
  await Promise.all(images.map((img) => img.naturalWidth > 0 && img.decode ? img.decode().catch(() => null) : null));
  return true;
}, deepActive = () => {
  let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  return a;
}, within2 = (work2, ms) => Promise.race([
  Promise.resolve().then(work2).then(() => true, () => true),
  new Promise((r) => setTimeout(() => r(false), ms))
]), openShadowRoots = () => {
  const found = [];
  const queue = [document];
  for (let root = queue.pop(); root; root = queue.pop()) {
    for (const el of root.querySelectorAll("*")) if (el.shadowRoot) {
      found.push(el.shadowRoot);
      queue.push(el.shadowRoot);
    }
  }
  return found;
}, editing = (a = deepActive()) => !!a && (a.isContentEditable || a.tagName === "TEXTAREA" || a.tagName === "INPUT"), frame = (rest) => new Promise((r) => requestAnimationFrame(() => setTimeout(r, rest))), height = () => Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0), pass = async (s, rest, start) => {
  const step = Math.max(200, Math.floor(innerHeight * 0.85));
  let y = 0;
  while (y + innerHeight < height()) {
    if (performance.now() - start > s.limits.lazyMs || y + innerHeight >= s.limits.lazyMaxHeightPx) return false;
    y += step;
    window.scrollTo({ top: y, left: 0, behavior: "instant" });
    await frame(rest);
  }
  return true;
}) {
  if (w.kind === "before-shot") {
    await imagesDecoded();
    const active = deepActive();
    try {
      if (editing(active)) active.style.setProperty("caret-color", "transparent", "important");
    } catch {
    }
    for (const a of document.getAnimations ? document.getAnimations() : []) {
      try {
        const timing = a.effect ? a.effect.getComputedTiming() : null;
        if (timing && Number.isFinite(Number(timing.endTime))) a.finish();
        else a.cancel();
      } catch {
      }
    }
    return { title: document.title };
  }
  const s = w;
  const freeze = (document.getAnimations ? document.getAnimations().length > 0 : true) || editing();
  const css = (freeze ? `${s.freezeCss}
` : "") + s.css;
  if (css) {
    for (const root of [document.head || document.documentElement, ...openShadowRoots()]) {
      const style = document.createElement("style");
      style.textContent = css;
      root.appendChild(style);
    }
  }
  let lazy = true;
  if (s.lazy) {
    for (const el of document.querySelectorAll('img[loading="lazy"], iframe[loading="lazy"]')) {
      if (shown(el)) el.loading = "eager";
    }
    const still = !s.restEachStep && window[/* @__PURE__ */ Symbol.for("framecap.observes-intersections")] === false && window.frames.length === 0;
    if (s.scroll && !still) {
      const start = performance.now();
      const scrolled = await Promise.race([
        (async () => {
          let reacted = false;
          const seen = new MutationObserver(() => {
            reacted = true;
          });
          seen.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
          let complete = await pass(s, s.restEachStep ? s.restMs : 0, start);
          if (!s.restEachStep) {
            if (complete) await frame(s.restMs);
            if (reacted) complete = await pass(s, s.restMs, start);
          }
          seen.disconnect();
          window.scrollTo({ top: 0, left: 0, behavior: "instant" });
          await frame(s.restMs);
          return complete;
        })(),
        new Promise((r) => setTimeout(() => r(null), s.limits.lazyMs + 1e3))
      ]);
      lazy = scrolled === true;
    }
  }
  const images = await within2(imagesDecoded, s.limits.imagesMs);
  const fonts = await within2(() => document.fonts ? document.fonts.ready : null, s.limits.fontsMs);
  const busy = await within2(async () => {
    while (Array.from(document.querySelectorAll('[aria-busy="true"]')).some((el) => el.getClientRects().length > 0)) {
      await new Promise((r) => setTimeout(r, 100));
    }
  }, s.limits.busyMs);
  return { lazy, images, fonts, busy };
}
var settlePage = readiness;
var beforeShot = readiness;

// src/core/render/capture-page.ts
var BLANK_RECHECK_MS = 1e3;
var SIZE_WAIT_MS = 1e3;
var SCROLL_LISTENERS_MS = 1e3;
var BLOCKER_PASS_MS = 3e3;
var BACKSTOP_MS = 250;
function isHttpUrl(url) {
  return /^https?:\/\//i.test(url);
}
function hideCss(selectors) {
  return selectors.map((s) => `${s}{visibility:hidden!important}`).join("\n");
}
async function capturePage(input) {
  input.consent?.reset();
  input.blocking?.reset();
  input.network.restart();
  return navigateAndShoot(input, input.network);
}
async function navigateAndShoot(input, network) {
  const { finalUrl, httpStatus, response } = await navigate(input);
  network.navigated();
  const validators = input.options.recordValidators && response ? documentValidators(response) : null;
  try {
    const shot = await settleAndShoot(input, network);
    const document2 = validators ? await validators : null;
    return { ...shot, httpStatus, ...document2 ? { document: document2 } : {} };
  } catch (err) {
    const failure = classifyError(err);
    const { detail } = failure;
    throw new AttemptFailure(failure.message, failure.transient, {
      ...detail,
      finalUrl: detail.finalUrl ?? finalUrl,
      httpStatus: detail.httpStatus ?? httpStatus
    });
  }
}
async function navigate(input) {
  const { page, url, options: options2 } = input;
  const timeout = () => Math.max(1, input.deadline - Date.now());
  const navTimeout = `navigation timeout after ${options2.timeoutMs} ms (wait-until: ${options2.waitUntil})`;
  if (withoutHash(page.url()) === withoutHash(url)) {
    await guarded(page.goto("about:blank", { timeout: timeout() }), input, navTimeout);
  }
  const response = await guardedGoto(input, () => guarded(page.goto(url, { waitUntil: options2.waitUntil, timeout: timeout() }), input, navTimeout));
  const finalUrl = requireHttp(page.url());
  const httpStatus = response?.status() ?? null;
  const refused = input.refusalFor ? response?.headers()[REFUSED_HEADER] : void 0;
  if (refused !== void 0) {
    const reason = decodeURIComponent(refused);
    if (httpStatus === 403) throw new AttemptFailure(reason, false, { finalUrl, slotHealthy: true, category: "blocked" });
    throw new AttemptFailure(`could not reach ${new URL(finalUrl).host}: ${reason}`, true, { finalUrl, slotHealthy: true, category: "network" });
  }
  if (response && httpStatus !== null && httpStatus >= 400) {
    throw new AttemptFailure(httpStatusMessage(httpStatus, response.statusText()), isTransientStatus(httpStatus), {
      finalUrl,
      httpStatus,
      slotHealthy: true,
      retryAfterMs: parseRetryAfter(response.headers()["retry-after"])
    });
  }
  return { finalUrl, httpStatus, response };
}
async function guardedGoto(input, goto) {
  const refusalFor = input.refusalFor;
  if (!refusalFor) return goto();
  const { page } = input;
  let refusal = null;
  const onFailed = (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) refusal = refusalFor(request.url()) ?? refusal;
  };
  page.on("requestfailed", onFailed);
  try {
    return await goto();
  } catch (err) {
    if (refusal !== null) throw new AttemptFailure(refusal, false, { slotHealthy: true, category: "blocked" });
    throw err;
  } finally {
    page.off("requestfailed", onFailed);
  }
}
async function settleAndShoot(input, network) {
  const { page, options: options2 } = input;
  const budget = options2.timeoutMs;
  const left = () => Math.max(0, input.deadline - Date.now());
  const step = (what, timeoutMessage) => guarded(what, input, timeoutMessage);
  if (options2.waitFor) {
    const selector = options2.waitFor;
    await step(
      page.locator(selector).first().waitFor({ state: "visible", timeout: Math.max(1, left()) }).catch((err) => {
        if (err instanceof errors.TimeoutError) throw err;
        throw new AttemptFailure(`cannot wait for ${JSON.stringify(selector)}: ${firstLine(err instanceof Error ? err.message : String(err))}`, false);
      }),
      `${JSON.stringify(selector)} did not become visible within the ${budget} ms page timeout`
    );
  }
  if (options2.delay > 0) await sleep(Math.min(options2.delay, left()));
  const noTime = `the ${budget} ms page timeout ran out before the screenshot`;
  const consent = input.consent ? await step(input.consent.settle(left()), noTime) : null;
  const { blocking } = input;
  if (blocking) await step(blocking.hide(page, Math.min(BLOCKER_PASS_MS, left())), noTime);
  const settled = await settle(input, network, hideCss(options2.hide));
  const { log } = settled;
  if (blocking) await step(blocking.hide(page, Math.min(BLOCKER_PASS_MS, left())), noTime);
  if (options2.steps?.length) {
    const startBudget = () => {
      input.deadline = Date.now() + budget;
    };
    await runSteps(options2.steps, { page, left, budgetMs: budget, guard: step, startBudget });
    startBudget();
    const again = await settle(input, network, "");
    for (const condition of again.log.timedOut) log.record(condition, false);
    settled.title = again.title;
  }
  const region = options2.region ? await step(regionRect(page, options2.region, left()), noTime) : null;
  const finalUrl = requireHttp(page.url());
  if (options2.video) {
    input.deadline = Date.now() + budget;
    const shot = await step(recordVideoShot(page, input.cdp, options2.video, finalUrl), `recording the video took longer than the ${budget} ms page timeout: lower --video-fps or --video-duration, or raise --timeout`);
    return { ...shot, ...log.timedOut.length > 0 ? { readinessTimeouts: log.timedOut } : {}, ...consent ? { consent } : {}, ...blocking ? { blocking: blocking.report() } : {} };
  }
  const timedOut = `screenshot timed out (page timeout ${budget} ms)`;
  const omitBackground = options2.emulation?.omitBackground === true;
  const fastPng = !options2.fullPage && !region && usesCdpShot({ scale: options2.scale, omitBackground }, input.cdp);
  const fastFullPage = options2.fullPage && !region && usesFastFullPage({ scale: options2.scale, omitBackground, hasTouch: options2.hasTouch === true }, input.cdp);
  const shootFullPage = async () => {
    const size = await bounded(page.evaluate(documentSize), Math.min(SIZE_WAIT_MS, left())) ?? null;
    const clip = capClip(size, options2.pageCap);
    const fullHeight2 = clip?.fullHeight;
    const cdp = fastFullPage && size ? input.cdp : void 0;
    const take = (rect) => cdp && size ? shootDocumentRect(cdp, rect ?? { x: 0, y: 0, ...size }, size, options2.viewport) : page.screenshot({
      type: "png",
      fullPage: true,
      animations: "disabled",
      caret: "hide",
      timeout: Math.max(1, left()),
      omitBackground,
      ...rect ? { clip: rect } : {}
    });
    const pixels2 = (rect) => {
      const shown = rect ?? size;
      return shown ? shown.width * shown.height * options2.scale ** 2 : Number.POSITIVE_INFINITY;
    };
    const gate = input.fullPageShots;
    const screenshot = (rect) => gate ? gate.run(pixels2(rect), () => take(rect)) : take(rect);
    const taken2 = { fast: cdp !== void 0, ...fullHeight2 !== void 0 ? { fullHeight: fullHeight2 } : {} };
    const part = options2.pageCap?.part ?? null;
    if (part !== null && clip && clip.rect.height > part) {
      const parts2 = await shootParts(clip.rect, part, screenshot);
      return { png: parts2[0].png, parts: parts2, ...taken2 };
    }
    const whole = clip?.rect ?? (size ? { x: 0, y: 0, ...size } : null);
    const band = whole ? bandHeight(whole, options2.scale, gate?.capacity) : null;
    if (whole && band !== null) {
      const bands2 = await shootParts(whole, band, screenshot);
      return { png: bands2[0].png, bands: bands2, ...taken2 };
    }
    return { png: await screenshot(clip?.rect), ...taken2 };
  };
  const one = async (png2, fast2) => ({ png: await png2, fast: fast2 });
  const shoot = () => region ? one(step(page.screenshot({ type: "png", fullPage: true, clip: region, animations: "disabled", caret: "hide", timeout: Math.max(1, left()), omitBackground }), timedOut), false) : options2.fullPage ? step(shootFullPage(), timedOut) : !fastPng || !input.cdp ? one(step(page.screenshot({ type: "png", animations: "disabled", caret: "hide", timeout: Math.max(1, left()), omitBackground }), timedOut), false) : one(step(shootViewport(page, input.cdp, options2, left()), timedOut), true);
  let taken = options2.stable ? await stableShot(shoot, input, log) : await shoot();
  let inspected = await inspectTaken(taken, !options2.fullPage);
  const judge = async () => region ? { blank: false, colour: null } : partsVerdict(inspected.verdict, taken.parts ?? taken.bands);
  let verdict = await judge();
  let title = options2.stable ? null : settled.title;
  if (verdict.blank && left() > BLANK_RECHECK_MS) {
    title = null;
    await network.quiet(READINESS_LIMITS.networkQuietMs, BLANK_RECHECK_MS);
    taken = await shoot();
    inspected = await inspectTaken(taken, !options2.fullPage);
    verdict = await judge();
  }
  const { pixels } = inspected;
  if (verdict.blank) {
    throw new AttemptFailure(
      `blank capture: the page rendered as one flat colour (${verdict.colour}); check that it renders without JavaScript errors, or use --wait-for a selector of its content`,
      false,
      { finalUrl, slotHealthy: true, category: "blank" }
    );
  }
  const { png, fast, fullHeight, parts, bands } = taken;
  const { width, height } = takenSize(taken);
  title ??= await pageTitle(page);
  return {
    png,
    ...pixels ? { pixels } : {},
    width,
    height,
    finalUrl,
    title,
    ...fast ? { fastPng: true } : {},
    ...fullHeight !== void 0 ? { fullHeight } : {},
    ...parts ? { parts } : {},
    ...bands ? { bands } : {},
    ...log.timedOut.length > 0 ? { readinessTimeouts: log.timedOut } : {},
    ...consent ? { consent } : {},
    ...blocking ? { blocking: blocking.report() } : {}
  };
}
async function settle(input, network, css) {
  const { page, options: options2 } = input;
  const log = new ReadinessLog();
  const left = () => Math.max(0, input.deadline - Date.now());
  const wholePage = options2.fullPage || Boolean(options2.video);
  const lazy = options2.lazy !== false;
  const scrollListeners = wholePage && lazy && input.cdp ? await bounded(orLost(listensToScroll(input.cdp), input), Math.min(SCROLL_LISTENERS_MS, left())) ?? true : void 0;
  const spec = { css, lazy, scroll: wholePage, ...scrollListeners === void 0 ? {} : { scrollListeners } };
  const ms = Math.min(settleLimitMs(spec), left());
  const settled = ms > 0 ? await bounded(orLost(page.evaluate(settlePage, settleArgs(spec)), input), ms) : void 0;
  if (spec.lazy) log.record("lazy", settled?.lazy === true);
  log.record("images", settled?.images === true);
  log.record("fonts", settled?.fonts === true);
  log.record("busy", settled?.busy === true);
  const limits = READINESS_LIMITS;
  log.record("network", await orLost(network.quiet(limits.networkQuietMs, Math.min(limits.networkMs, left()), limits.networkQuietStaticMs), input));
  const before = Math.min(READINESS_LIMITS.imagesMs, left());
  const ready = before > 0 ? await bounded(orLost(page.evaluate(beforeShot, beforeShotArgs(!wholePage)), input), before) : void 0;
  log.record("images", ready !== void 0);
  return { log, title: ready?.title ?? null };
}
function capsPage(cap) {
  return cap !== void 0 && (cap.height !== null || cap.width !== null || (cap.part ?? null) !== null);
}
function capClip(size, cap) {
  if (!size || !cap || !capsPage(cap)) return null;
  const part = cap.part ?? null;
  const tall = cap.height !== null && size.height > cap.height;
  const wide = cap.width !== null && size.width > cap.width;
  if (!tall && !wide && !(part !== null && size.height > part)) return null;
  const rect = { x: 0, y: 0, width: wide ? cap.width : size.width, height: tall ? cap.height : size.height };
  return tall ? { rect, fullHeight: size.height } : { rect };
}
async function shootViewport(page, cdp, options2, timeoutMs) {
  const { data } = await cdp.send("Page.captureScreenshot", { format: "png", optimizeForSpeed: true });
  const png = Buffer.from(data, "base64");
  const { width, height } = pngSize(png);
  if (width === Math.round(options2.viewport.width * options2.scale) && height === Math.round(options2.viewport.height * options2.scale)) return png;
  return page.screenshot({ type: "png", animations: "disabled", caret: "hide", timeout: Math.max(1, timeoutMs) });
}
async function stableShot(shoot, input, log) {
  const until = Math.min(input.deadline - BACKSTOP_MS, Date.now() + READINESS_LIMITS.stableMs);
  let previous = await shoot();
  for (let shots = 1; shots < READINESS_LIMITS.stableMaxShots && Date.now() + READINESS_LIMITS.stableIntervalMs < until; shots++) {
    await sleep(READINESS_LIMITS.stableIntervalMs);
    const next = await shoot();
    if (sameImage(next, previous)) return next;
    previous = next;
  }
  log.record("stable", false);
  return previous;
}
function withoutHash(url) {
  const hash = url.indexOf("#");
  return hash < 0 ? url : url.slice(0, hash);
}
function requireHttp(url) {
  if (isHttpUrl(url)) return url;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1] ?? "unknown";
  throw new AttemptFailure(`refused: the page ended on a ${scheme}: URL, not http(s)`, false);
}
async function guarded(what, input, timeoutMessage) {
  what.catch(() => void 0);
  try {
    return await within(raceLost(what, input.lost), input.deadline - Date.now() + BACKSTOP_MS, () => timeoutFailure(timeoutMessage));
  } catch (err) {
    if (err instanceof errors.TimeoutError) throw timeoutFailure(timeoutMessage);
    throw err;
  }
}
function orLost(what, input) {
  what.catch(() => void 0);
  return raceLost(what, input.lost);
}

// src/core/render/login.ts
import { writeFile } from "node:fs/promises";
var MAX_RENEWALS = 3;
var LoginFailed = class extends UserError {
};
var LoginSession = class _LoginSession {
  constructor(login, options2, deps, first2) {
    this.login = login;
    this.options = options2;
    this.deps = deps;
    this.current = first2;
  }
  login;
  options;
  deps;
  current;
  renewing = null;
  renewals = 0;
  /** Logins made, the first one included. */
  logins = 1;
  /** Logs in; throws LoginFailed naming the step when it does not get through. */
  static async start(login, options2, deps) {
    const first2 = await logIn(login, options2, deps);
    for (const value of storageSecrets(first2.state)) deps.onSecret?.(value);
    return new _LoginSession(login, options2, deps, first2);
  }
  /** The storage state pages start with now. */
  get state() {
    return this.current;
  }
  /** The values of the session's cookies, for redactors. */
  secrets() {
    return storageSecrets(this.current.state);
  }
  /** Whether a page that ended on `url` was sent to the login page (its origin and path; query and fragment aside). */
  isLoginPage(url) {
    return samePage(url, this.login.url);
  }
  /**
   * A page made with `used` landed on the login page: log in again, once for
   * all the pages that noticed the same lost session. Throws LoginFailed when
   * the login fails or the run has renewed too often.
   */
  async renew(used) {
    if (used !== this.current) return this.current;
    if (this.renewing) return this.renewing;
    if (this.renewals >= MAX_RENEWALS) {
      throw new LoginFailed(`the session ended ${MAX_RENEWALS + 1} times in this run (pages kept landing on ${this.login.url}); check success-url and that the site keeps the session`);
    }
    this.renewals++;
    this.renewing = logIn(this.login, this.options, this.deps).then((state) => {
      for (const value of storageSecrets(state.state)) this.deps.onSecret?.(value);
      this.logins++;
      this.current = state;
      return state;
    }).finally(() => {
      this.renewing = null;
    });
    return this.renewing;
  }
};
async function logIn(login, options2, deps) {
  const browser = await deps.browser();
  const context = await browser.newContext({
    ...contextOptions(options2),
    // --storage-state is where a login starts from (a site may need both: a device cookie and a password).
    ...options2.storageState ? { storageState: options2.storageState.state } : {}
  });
  try {
    const page = await context.newPage();
    page.on("dialog", (d) => void d.dismiss().catch(() => void 0));
    const cdp = await context.newCDPSession(page);
    const headers = TargetOnlyHeaders.attach(cdp, originHeaders(options2));
    await headers?.sendTo(new URL(login.url).origin);
    const budgetMs = options2.timeoutMs;
    const guard = { deadline: Date.now() + budgetMs, lost: new Promise(() => void 0) };
    const startBudget = () => {
      guard.deadline = Date.now() + budgetMs;
    };
    const left = () => Math.max(0, guard.deadline - Date.now());
    const fail = (what, err) => {
      throw new LoginFailed(deps.redact(`login failed at ${what}: ${classifyError(err).message}`));
    };
    const opening = `opening ${login.url}`;
    try {
      checkAnswer(await guarded(page.goto(login.url, { waitUntil: options2.waitUntil, timeout: Math.max(1, left()) }), guard, outOfTime(opening, budgetMs)));
    } catch (err) {
      const failure = classifyError(err);
      if (failure.category === "timeout") throw new LoginFailed(deps.redact(`login failed at ${failure.message}`));
      fail(opening, failure);
    }
    try {
      await runSteps(login.steps, { page, left, budgetMs, startBudget, guard: (what, message) => guarded(what, guard, message) });
      startBudget();
    } catch (err) {
      throw new LoginFailed(deps.redact(`login failed at ${classifyError(err).message}`));
    }
    await arrived(page, login, Math.max(1, left())).catch((err) => fail("its last check", err));
    const state = await context.storageState();
    const named = { name: "login", state: { cookies: state.cookies, origins: state.origins } };
    if (login.saveState) await saveState(login.saveState, named.state);
    return named;
  } finally {
    await context.close().catch(() => void 0);
  }
}
async function arrived(page, login, timeout) {
  try {
    if (login.successUrl) await page.waitForURL(login.successUrl, { timeout });
    else await page.waitForURL((url) => !samePage(url.href, login.url), { timeout });
  } catch (err) {
    const at = withoutQuery(page.url());
    throw new Error(login.successUrl ? `the page is at ${at}, not at success-url ${login.successUrl} (wrong credentials, or a step missing?)` : `the page is still at the login page ${at} (wrong credentials, or a step missing? success-url says where a login lands)`, { cause: err });
  }
}
async function saveState(path, state) {
  try {
    await writeFile(path, `${JSON.stringify(state, null, 2)}
`, { mode: 384 });
  } catch (err) {
    throw new UserError(`cannot write the login's state to ${path}: ${err.code ?? err.message}; check that its folder exists and is writable`);
  }
}
function samePage(a, b) {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname === y.pathname;
  } catch {
    return false;
  }
}
function withoutQuery(url) {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url;
  }
}

// src/core/render/in-page/fonts.ts
function missingScripts(scripts) {
  const canvas = document.createElement("canvas");
  canvas.width = 480;
  canvas.height = 80;
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) return [];
  const missing = [];
  for (const s of scripts) {
    const shots = [];
    for (const text2 of [s.sample, "\u{10FFFD}".repeat([...s.sample].length)]) {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.font = "48px sans-serif";
      ctx.fillStyle = "#000";
      ctx.textBaseline = "top";
      ctx.fillText(text2, 4, 4);
      shots.push(ctx.getImageData(0, 0, canvas.width, canvas.height).data);
    }
    const [drawn, tofu] = shots;
    let ink = false;
    let coloured = false;
    let sameAsTofu = true;
    for (let i = 0; i < drawn.length; i += 4) {
      if (drawn[i + 3] !== 0) ink = true;
      if (drawn[i + 3] > 128 && (Math.abs(drawn[i] - drawn[i + 1]) > 24 || Math.abs(drawn[i + 1] - drawn[i + 2]) > 24)) coloured = true;
      for (let c = 0; c < 4; c++) if (drawn[i + c] !== tofu[i + c]) sameAsTofu = false;
    }
    if (!ink || sameAsTofu || s.colour === true && !coloured) missing.push(s.name);
  }
  return missing;
}

// src/core/render/font-check.ts
var FONT_SCRIPTS = [
  { name: "emoji", sample: "\u{1F600}\u{1F389}\u{1F44D}", pkg: "fonts-noto-color-emoji", colour: true },
  { name: "CJK", sample: "\u6F22\u5B57\u304B\u306A\u30AB\u30CA\uD55C\uAE00", pkg: "fonts-noto-cjk" },
  { name: "Latin/Cyrillic/Greek", sample: "\xC5\xE9\xDF\u0416\u03BB", pkg: "fonts-dejavu-core" },
  { name: "Arabic", sample: "\u0639\u0631\u0628\u064A", pkg: "fonts-noto-core" },
  { name: "Devanagari", sample: "\u0939\u093F\u0928\u094D\u0926\u0940", pkg: "fonts-noto-core" },
  { name: "Thai", sample: "\u0E20\u0E32\u0E29\u0E32\u0E44\u0E17\u0E22", pkg: "fonts-noto-core" }
];
var CHECK_TIMEOUT_MS = 1e4;
async function missingFontScripts(browser, scripts = FONT_SCRIPTS) {
  const context = await browser.newContext({ viewport: { width: 500, height: 100 } });
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8"><body></body>', { timeout: CHECK_TIMEOUT_MS });
    const result = await page.evaluate(missingScripts, scripts.map(({ name, sample, colour }) => ({ name, sample, ...colour ? { colour } : {} })));
    return Array.isArray(result) ? result.filter((n) => typeof n === "string") : [];
  } finally {
    await context.close().catch(() => void 0);
  }
}
function fontWarning(missing, scripts = FONT_SCRIPTS) {
  if (missing.length === 0) return null;
  const pkgs = [...new Set(scripts.filter((s) => missing.includes(s.name)).map((s) => s.pkg))];
  return `this machine has no font for ${missing.join(", ")}: pages using them will show empty boxes; install ${pkgs.join(" ")} (e.g. \`sudo apt-get install -y ${pkgs.join(" ")}\`)`;
}

// src/core/render/launch.ts
var CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run"
];
var LAUNCH_TIMEOUT_MS = 6e4;
var MAX_FAILED_RELAUNCHES = 3;
var PROXIED_ARGS = [
  "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
  "--webrtc-ip-handling-policy=disable_non_proxied_udp",
  "--disable-quic"
];
var sharedBrowserSource = null;
async function launchChromium(candidate, extraArgs = [], proxy = null) {
  const shared = await sharedBrowserSource?.(candidate, extraArgs, proxy);
  if (shared) return shared;
  try {
    return await chromium.launch({
      executablePath: candidate.path,
      headless: true,
      args: [...CHROMIUM_ARGS, ...proxy ? PROXIED_ARGS : [], ...extraArgs],
      ...proxy ? { proxy } : {},
      timeout: LAUNCH_TIMEOUT_MS,
      // The run owns shutdown (it must finish writing the ZIP); don't let Playwright close the browser under it.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false
    });
  } catch (err) {
    throw new UserError(
      `could not start the browser at ${candidate.path} (from ${candidate.source}): ${launchReason(err)}; check that \`${candidate.path} --headless --version\` runs, or point CHROME_PATH or --browser-path at another Chrome/Chromium`
    );
  }
}
function launchReason(err) {
  const message = err instanceof Error ? err.message : String(err);
  const logLine = message.split("\n").map((l) => l.replace(/^\s*(\[pid=\d+\]\s*)?(\[err\]\s*)?/, "").trim()).find((l) => /error while loading|cannot open|no such file|failed to|fatal/i.test(l));
  const first2 = firstLine(message);
  return (logLine && logLine !== first2 ? `${first2} (${logLine})` : first2).slice(0, 400);
}
var BrowserHost = class _BrowserHost {
  constructor(browser, candidate, extraArgs, warn, proxy) {
    this.candidate = candidate;
    this.extraArgs = extraArgs;
    this.warn = warn;
    this.proxy = proxy;
    this.live = { browser, generation: 1 };
    this.version = browser.version();
    this.watch(browser);
  }
  candidate;
  extraArgs;
  warn;
  proxy;
  live;
  alive = true;
  closing = false;
  relaunching = null;
  failedRelaunches = 0;
  lastLaunchError = null;
  version;
  static async start(candidate, warn, extraArgs = [], proxy = null) {
    return new _BrowserHost(await launchChromium(candidate, extraArgs, proxy), candidate, extraArgs, warn, proxy);
  }
  /** The live browser, relaunching it first if it died. */
  async get() {
    if (this.closing) throw new AttemptFailure("the renderer is closed", false);
    if (this.alive) return this.live;
    return this.relaunch();
  }
  /** Whether the browser behind `generation` is still the live one. */
  isCurrent(generation) {
    return this.alive && this.live.generation === generation;
  }
  async close() {
    this.closing = true;
    await this.relaunching?.catch(() => void 0);
    if (this.alive) await this.live.browser.close().catch(() => void 0);
  }
  watch(browser) {
    browser.on("disconnected", () => {
      if (this.closing || this.live.browser !== browser) return;
      this.alive = false;
    });
  }
  giveUp() {
    const reason = this.lastLaunchError?.message ?? "unknown error";
    return new AttemptFailure(`the browser died and could not be restarted ${MAX_FAILED_RELAUNCHES} times: ${reason}`, false);
  }
  relaunch() {
    if (this.relaunching) return this.relaunching;
    if (this.failedRelaunches >= MAX_FAILED_RELAUNCHES) {
      return Promise.reject(this.giveUp());
    }
    const generation = this.live.generation + 1;
    this.relaunching = (async () => {
      try {
        const browser = await launchChromium(this.candidate, this.extraArgs, this.proxy);
        if (this.closing) {
          await browser.close().catch(() => void 0);
          throw new AttemptFailure("the renderer is closed", false);
        }
        this.live = { browser, generation };
        this.alive = true;
        this.failedRelaunches = 0;
        this.watch(browser);
        this.warn(`the browser exited unexpectedly and was restarted (restart #${generation - 1})`);
        return this.live;
      } catch (err) {
        if (this.closing) throw err;
        this.failedRelaunches++;
        this.lastLaunchError = err;
        if (this.failedRelaunches >= MAX_FAILED_RELAUNCHES) throw this.giveUp();
        throw new AttemptFailure(`the browser died and restarting it failed: ${err.message}`, true);
      } finally {
        this.relaunching = null;
      }
    })();
    return this.relaunching;
  }
};

// src/util/semaphore.ts
var WeightedSemaphore = class {
  constructor(capacity) {
    this.capacity = capacity;
  }
  capacity;
  used = 0;
  waiting = [];
  /**
   * `task` once the weights running leave room for `weight`; one heavier than the capacity runs alone. First come,
   * first served: lighter tasks do not overtake a heavy one that waits, so it is never starved.
   */
  async run(weight, task) {
    const w = Math.min(Math.max(0, weight), this.capacity);
    if (this.waiting.length > 0 || this.used + w > this.capacity) await new Promise((start) => this.waiting.push({ weight: w, start }));
    else this.used += w;
    try {
      return await task();
    } finally {
      this.used -= w;
      this.startWaiting();
    }
  }
  startWaiting() {
    while (this.waiting.length > 0 && this.used + this.waiting[0].weight <= this.capacity) {
      const next = this.waiting.shift();
      this.used += next.weight;
      next.start();
    }
  }
};
function semaphore(max) {
  const gate = new WeightedSemaphore(max);
  return (task) => gate.run(1, task);
}

// src/core/render/index.ts
async function launchRenderer(options2, warn, hooks = {}) {
  const blocker = await createBlocker(options2, warn, hooks);
  const candidate = hooks.executablePath ? { path: hooks.executablePath, source: "explicit" } : await findBrowser(options2.browserPath, hooks.env ?? { HOME: homedir() }, void 0, options2.browser);
  const guard = options2.egress ? new EgressGuard(options2.egress) : null;
  const proxy = guard ? await startEgressProxy(guard) : null;
  let host;
  try {
    host = await BrowserHost.start(candidate, warn, hooks.extraArgs, proxy ? { server: proxy.url } : options2.emulation?.proxy ?? null);
  } catch (err) {
    await proxy?.close();
    throw err;
  }
  let fontCheck = null;
  const checkFonts = () => fontCheck ??= hooks.fontCheck === false ? Promise.resolve([]) : host.get().then(({ browser }) => missingFontScripts(browser)).catch(() => []).then((missing) => {
    const problem = fontWarning(missing);
    if (problem) warn(problem);
    return missing;
  });
  const concurrency = Math.max(1, Math.floor(options2.concurrency));
  const known = [...Object.values(options2.headers), ...options2.cookies.map((c) => c.value), ...credentialValues(options2)];
  let session = null;
  const redact = (text2) => makeRedactor([...known, ...session?.secrets() ?? []])(text2);
  if (options2.login) {
    try {
      if (guard) await refuseBlocked(guard, httpUrl(options2.login.url));
      session = await LoginSession.start(options2.login, options2, {
        browser: async () => (await host.get()).browser,
        redact,
        ...hooks.onSecret ? { onSecret: hooks.onSecret } : {}
      });
    } catch (err) {
      await host.close();
      await proxy?.close();
      if (err instanceof CaptureError) throw new UserError(`login: ${options2.login.url}: ${err.message}`);
      throw err;
    }
  }
  const fullPageShots = new WeightedSemaphore(FULL_PAGE_PIXELS_AT_ONCE);
  const pool = new SlotPool(host, options2, concurrency, hooks.recycleAfter, blocker, () => session?.state ?? options2.storageState ?? null, hooks.profilesPerSlot);
  const backoff = { ...DEFAULT_BACKOFF, ...hooks.backoff };
  const product = productName(await realpath(candidate.path).catch(() => candidate.path));
  const refusalFor = proxy ? refusalLookup(proxy) : null;
  let closed = false;
  let captures = 0;
  const capture = async (target, render = options2) => {
    if (closed) throw new CaptureError("the renderer is closed", { attempts: 0 });
    if (++captures > 1) void checkFonts();
    const url = httpUrl(target.url);
    if (guard) await refuseBlocked(guard, url);
    const slot = await pool.acquire(contextProfile(render).key);
    let renewed = false;
    try {
      for (let attempt2 = 1; ; attempt2++) {
        const deadline = Date.now() + render.timeoutMs;
        try {
          const open4 = await beforeDeadline(pool.pageFor(slot, url, render), deadline, render.timeoutMs);
          const shot = await capturePage({
            page: open4.page,
            lost: open4.lost,
            url: url.href,
            options: render,
            deadline,
            consent: open4.consent,
            blocking: open4.blocking,
            cdp: open4.cdp,
            network: open4.network,
            fullPageShots,
            ...refusalFor ? { refusalFor } : {}
          });
          pool.reused(slot);
          if (render.fullPage) await pool.releaseDocument(slot);
          if (session?.isLoginPage(shot.finalUrl)) {
            if (renewed) throw new CaptureError(`the page still lands on the login page after logging in again: check that the login's steps and success-url lead to a session this page accepts`, { attempts: attempt2, finalUrl: shot.finalUrl, httpStatus: shot.httpStatus, category: "login" });
            renewed = true;
            await session.renew(open4.storageState);
            attempt2--;
            continue;
          }
          return { shot, attempts: attempt2 };
        } catch (err) {
          if (err instanceof LoginFailed || err instanceof CaptureError) {
            throw err instanceof CaptureError ? new CaptureError(redact(err.message), { attempts: err.attempts, finalUrl: err.finalUrl, httpStatus: err.httpStatus, category: err.category }) : new CaptureError(err.message, { attempts: attempt2, category: "login" });
          }
          const failure = classifyError(err);
          if (failure.detail.slotHealthy) pool.reused(slot);
          else await pool.discard(slot);
          if (!failure.transient || attempt2 > options2.retries || closed) {
            const { finalUrl = null, httpStatus = null } = failure.detail;
            throw new CaptureError(redact(failure.message), { attempts: attempt2, finalUrl, httpStatus, transient: failure.transient, category: failure.category });
          }
          await sleep(backoffDelay(attempt2, backoff, failure.detail.retryAfterMs ?? null));
        }
      }
    } finally {
      pool.release(slot);
    }
  };
  return {
    capture,
    concurrency,
    get contextsOpened() {
      return pool.contextsOpened;
    },
    browserVersion: `${product} ${host.version}`,
    get missingFonts() {
      return checkFonts();
    },
    filterLists: blocker ? blocker.lists : null,
    get logins() {
      return session?.logins ?? 0;
    },
    async close() {
      if (closed) return;
      closed = true;
      await checkFonts();
      await pool.close();
      await host.close();
      await proxy?.close();
    }
  };
}
async function createBlocker(options2, warn, hooks) {
  const settings = { ads: options2.blockAds === true, trackers: options2.blockTrackers === true, filterLists: options2.filterLists ?? [] };
  if (!settings.ads && !settings.trackers) return null;
  const { Blocker } = await import("./blocker-XHML64PP.js");
  return Blocker.create(settings, { cacheDir: hooks.cacheDir ?? null, warn, ...hooks.filterListDirs ? { packageDirs: hooks.filterListDirs } : {} });
}
async function logInOnce(options2, warn, hooks = {}) {
  const login = options2.login;
  if (!login) throw new UserError("nothing to log in with: add a login: block (url, steps) to framecap.yml");
  const candidate = hooks.executablePath ? { path: hooks.executablePath, source: "explicit" } : await findBrowser(options2.browserPath, hooks.env ?? { HOME: homedir() });
  const host = await BrowserHost.start(candidate, warn, [], options2.emulation?.proxy ?? null);
  try {
    const redact = makeRedactor(credentialValues(options2));
    return await logIn(login, options2, { browser: async () => (await host.get()).browser, redact });
  } finally {
    await host.close();
  }
}
function credentialValues(options2) {
  return [
    ...options2.httpAuth ? [options2.httpAuth.password] : [],
    ...options2.login?.steps.flatMap((s) => s.kind === "fill" ? [s.value] : []) ?? [],
    ...options2.storageState?.state.cookies.map((c) => c.value) ?? [],
    ...options2.emulation?.proxy?.password ? [options2.emulation.proxy.password] : []
  ];
}
function httpUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new CaptureError("invalid URL", { attempts: 0, category: "other" });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new CaptureError(`refused: only http(s) URLs are captured, not ${url.protocol}`, { attempts: 0, category: "blocked" });
  }
  return url;
}
async function refuseBlocked(guard, url) {
  try {
    await guard.resolveUrl(url);
  } catch (err) {
    if (err instanceof EgressRefused) throw new CaptureError(err.message, { attempts: 0, category: "blocked" });
  }
}
function refusalLookup(proxy) {
  return (raw) => {
    try {
      const url = new URL(raw);
      return proxy.refusalFor(`${url.hostname}:${portOf(url)}`);
    } catch {
      return null;
    }
  };
}
function beforeDeadline(what, deadline, budget) {
  return within(what, deadline - Date.now(), () => timeoutFailure(`the browser did not open a page within the ${budget} ms page timeout`));
}
function productName(path) {
  if (/headless[_-]shell/i.test(path)) return "Chromium Headless Shell";
  if (/google-chrome|Google Chrome|\/opt\/google\/chrome/.test(path)) return "Chrome";
  return "Chromium";
}

// src/core/job.ts
import { randomBytes } from "node:crypto";
var CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
function ulid(now = Date.now()) {
  let time = "";
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(16);
  let rand = "";
  for (let i = 0; i < 16; i++) rand += CROCKFORD[bytes[i] % 32];
  return time + rand;
}
var newJobId = (now) => `job_${ulid(now)}`;
var newCaptureId = (now) => `cap_${ulid(now)}`;
function progressOf(total, completed, failed) {
  const ended = completed + failed;
  const percentage = total === 0 ? 100 : Math.min(100, Math.floor(ended / total * 100));
  return { total, completed, failed, percentage };
}
function finalStatus(progress) {
  if (progress.total === 0 || progress.completed === 0) return "failed";
  return progress.failed === 0 ? "completed" : "partial";
}
function newJob(type, now = /* @__PURE__ */ new Date()) {
  return {
    id: newJobId(now.getTime()),
    type,
    status: "pending",
    progress: progressOf(0, 0, 0),
    result: null,
    result_url: null,
    download_url: null,
    error: null,
    webhook_url: null,
    webhook_status: null,
    created_at: now.toISOString(),
    started_at: null,
    completed_at: null,
    expires_at: null
  };
}
function runFails(job, failOn) {
  if (failOn === "never") return false;
  return job.status === "failed" || job.status === "canceled" || job.status === "partial" && failOn === "partial";
}

// src/version.ts
var VERSION = "0.1.0";

// src/core/manifest.ts
var MAX_MANIFEST_WARNINGS = 500;
function settingsSummary(options2, browser, filterLists) {
  const { render, frame, output } = options2;
  return {
    viewport: `${render.viewport.width}x${render.viewport.height}`,
    scale: render.scale,
    full_page: render.fullPage,
    wait_until: render.waitUntil,
    color_scheme: render.colorScheme,
    device: frame.device,
    theme: frame.theme,
    background: frame.background,
    format: output.format,
    quality: output.quality,
    concurrency: render.concurrency,
    header_names: Object.keys(render.headers),
    cookie_names: render.cookies.map((c) => c.name),
    browser,
    lazy: render.lazy !== false,
    stable: render.stable === true,
    dismiss_consent: render.dismissConsent === true,
    ...frame.composite.layout === "responsive" ? { composite: [...frame.composite.devices] } : {},
    ...options2.variants?.length ? { variants: options2.variants.map(variantSummary) } : {},
    block_ads: render.blockAds === true,
    block_trackers: render.blockTrackers === true,
    filter_lists: filterLists ? filterLists.map((l) => ({ ...l })) : [],
    steps: (render.steps ?? []).map(stepSummary),
    region: render.region ? regionText(render.region) : null,
    split: output.split ?? null,
    ...render.video ? { video: videoText(render.video) } : {},
    ...authSummary(render),
    ...emulationSummary(render)
  };
}
function variantSummary(variant) {
  const { steps, region, ...render } = variant.set.render ?? {};
  const shown = {
    ...render,
    ...steps !== void 0 ? { steps: steps.map(stepSummary) } : {},
    ...region !== void 0 ? { region: region ? regionText(region) : null } : {}
  };
  const set = {};
  if (Object.keys(shown).length > 0) set.render = JSON.parse(JSON.stringify(shown));
  if (variant.set.frame) set.frame = JSON.parse(JSON.stringify(variant.set.frame));
  if (variant.set.output) set.output = JSON.parse(JSON.stringify(variant.set.output));
  return { name: variant.name, set };
}
function authSummary(render) {
  return {
    ...render.login ? { login: "used" } : {},
    ...render.storageState ? { storage_state: render.storageState.name } : {},
    ...render.httpAuth ? { http_auth: render.httpAuth.username } : {}
  };
}
function emulationSummary(render) {
  const e = render.emulation ?? {};
  return {
    ...e.timezone ? { timezone: e.timezone } : {},
    ...e.locale ? { locale: e.locale } : {},
    ...e.geolocation ? { geolocation: `${e.geolocation.latitude},${e.geolocation.longitude}` } : {},
    ...e.javaScript === false ? { javascript: false } : {},
    ...e.reducedMotion === false ? { reduced_motion: "off" } : {},
    ...e.omitBackground ? { omit_background: true } : {},
    ...e.proxy ? { proxy: e.proxy.server } : {}
  };
}
function buildManifest(job, settings, warnings, rows) {
  return {
    framecap: VERSION,
    job,
    settings,
    warnings: warnings.slice(0, MAX_MANIFEST_WARNINGS),
    warnings_dropped: Math.max(0, warnings.length - MAX_MANIFEST_WARNINGS),
    captures: rows
  };
}

// src/core/scale.ts
var DEFAULT_SCALE = 1;
function resolveScale(choice, deviceScale) {
  if (choice !== "device") return choice;
  return deviceScale ?? DEFAULT_SCALE;
}
function renderAt(render, scale) {
  return { ...render, scale };
}
function renderWithoutFrame(render) {
  return renderAt(render, resolveScale(render.scale, null));
}

// src/core/frame/background.ts
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";

// src/core/frame/css-colors.ts
var PACKED = [
  "aliceblue:f0f8ff antiquewhite:faebd7 aqua:00ffff aquamarine:7fffd4 azure:f0ffff beige:f5f5dc",
  "bisque:ffe4c4 black:000000 blanchedalmond:ffebcd blue:0000ff blueviolet:8a2be2 brown:a52a2a",
  "burlywood:deb887 cadetblue:5f9ea0 chartreuse:7fff00 chocolate:d2691e coral:ff7f50",
  "cornflowerblue:6495ed cornsilk:fff8dc crimson:dc143c cyan:00ffff darkblue:00008b darkcyan:008b8b",
  "darkgoldenrod:b8860b darkgray:a9a9a9 darkgreen:006400 darkgrey:a9a9a9 darkkhaki:bdb76b",
  "darkmagenta:8b008b darkolivegreen:556b2f darkorange:ff8c00 darkorchid:9932cc darkred:8b0000",
  "darksalmon:e9967a darkseagreen:8fbc8f darkslateblue:483d8b darkslategray:2f4f4f",
  "darkslategrey:2f4f4f darkturquoise:00ced1 darkviolet:9400d3 deeppink:ff1493 deepskyblue:00bfff",
  "dimgray:696969 dimgrey:696969 dodgerblue:1e90ff firebrick:b22222 floralwhite:fffaf0",
  "forestgreen:228b22 fuchsia:ff00ff gainsboro:dcdcdc ghostwhite:f8f8ff gold:ffd700 goldenrod:daa520",
  "gray:808080 green:008000 greenyellow:adff2f grey:808080 honeydew:f0fff0 hotpink:ff69b4",
  "indianred:cd5c5c indigo:4b0082 ivory:fffff0 khaki:f0e68c lavender:e6e6fa lavenderblush:fff0f5",
  "lawngreen:7cfc00 lemonchiffon:fffacd lightblue:add8e6 lightcoral:f08080 lightcyan:e0ffff",
  "lightgoldenrodyellow:fafad2 lightgray:d3d3d3 lightgreen:90ee90 lightgrey:d3d3d3 lightpink:ffb6c1",
  "lightsalmon:ffa07a lightseagreen:20b2aa lightskyblue:87cefa lightslategray:778899",
  "lightslategrey:778899 lightsteelblue:b0c4de lightyellow:ffffe0 lime:00ff00 limegreen:32cd32",
  "linen:faf0e6 magenta:ff00ff maroon:800000 mediumaquamarine:66cdaa mediumblue:0000cd",
  "mediumorchid:ba55d3 mediumpurple:9370db mediumseagreen:3cb371 mediumslateblue:7b68ee",
  "mediumspringgreen:00fa9a mediumturquoise:48d1cc mediumvioletred:c71585 midnightblue:191970",
  "mintcream:f5fffa mistyrose:ffe4e1 moccasin:ffe4b5 navajowhite:ffdead navy:000080 oldlace:fdf5e6",
  "olive:808000 olivedrab:6b8e23 orange:ffa500 orangered:ff4500 orchid:da70d6 palegoldenrod:eee8aa",
  "palegreen:98fb98 paleturquoise:afeeee palevioletred:db7093 papayawhip:ffefd5 peachpuff:ffdab9",
  "peru:cd853f pink:ffc0cb plum:dda0dd powderblue:b0e0e6 purple:800080 rebeccapurple:663399 red:ff0000",
  "rosybrown:bc8f8f royalblue:4169e1 saddlebrown:8b4513 salmon:fa8072 sandybrown:f4a460",
  "seagreen:2e8b57 seashell:fff5ee sienna:a0522d silver:c0c0c0 skyblue:87ceeb slateblue:6a5acd",
  "slategray:708090 slategrey:708090 snow:fffafa springgreen:00ff7f steelblue:4682b4 tan:d2b48c",
  "teal:008080 thistle:d8bfd8 tomato:ff6347 turquoise:40e0d0 violet:ee82ee wheat:f5deb3 white:ffffff",
  "whitesmoke:f5f5f5 yellow:ffff00 yellowgreen:9acd32"
].join(" ");
var CSS_COLOR_NAMES = new Map(
  PACKED.split(" ").map((pair) => {
    const [name = "", hex = ""] = pair.split(":");
    return [name, hex];
  })
);

// src/core/frame/color.ts
function parseColor(text2) {
  const value = text2.trim().toLowerCase();
  if (value === "transparent") return { r: 0, g: 0, b: 0, alpha: 0 };
  if (value.startsWith("#")) return parseHex(value.slice(1));
  const named = CSS_COLOR_NAMES.get(value);
  if (named) return parseHex(named);
  const fn = /^(rgba?|hsla?)\(\s*([^()]*)\)$/.exec(value);
  if (!fn) return null;
  const args = splitArgs(fn[2] ?? "");
  if (!args) return null;
  return fn[1].startsWith("rgb") ? fromRgbArgs(args) : fromHslArgs(args);
}
function svgRgb(c) {
  return `rgb(${c.r},${c.g},${c.b})`;
}
function isOpaque(c) {
  return c.alpha >= 1;
}
function parseHex(hex) {
  if (!/^[0-9a-f]+$/.test(hex)) return null;
  const expand = hex.length === 3 || hex.length === 4;
  if (!expand && hex.length !== 6 && hex.length !== 8) return null;
  const full = expand ? [...hex].map((ch) => ch + ch).join("") : hex;
  const byte = (i) => Number.parseInt(full.slice(i * 2, i * 2 + 2), 16);
  return { r: byte(0), g: byte(1), b: byte(2), alpha: full.length === 8 ? round3(byte(3) / 255) : 1 };
}
function splitArgs(inner) {
  const [main = "", alpha, extra] = inner.split("/").map((s) => s.trim());
  if (extra !== void 0) return null;
  const parts = main.includes(",") ? main.split(",").map((s) => s.trim()) : main.split(/\s+/);
  if (alpha !== void 0) {
    if (main.includes(",") || parts.length !== 3) return null;
    parts.push(alpha);
  }
  return parts.length === 3 || parts.length === 4 ? parts : null;
}
function fromRgbArgs(args) {
  const channels = args.slice(0, 3).map((a) => number(a, 255));
  const alpha = args[3] === void 0 ? 1 : number(args[3], 1);
  if (channels.some((c) => c === null) || alpha === null) return null;
  const [r, g, b] = channels.map((c) => Math.round(clamp(c, 0, 255)));
  return { r, g, b, alpha: round3(clamp(alpha, 0, 1)) };
}
function fromHslArgs(args) {
  const h = /^(-?\d*\.?\d+)(deg)?$/.exec(args[0] ?? "");
  const s = number(args[1] ?? "", 1, true);
  const l = number(args[2] ?? "", 1, true);
  const alpha = args[3] === void 0 ? 1 : number(args[3], 1);
  if (!h || s === null || l === null || alpha === null) return null;
  const hue = (Number(h[1]) % 360 + 360) % 360;
  const sat = clamp(s, 0, 1);
  const light = clamp(l, 0, 1);
  const f = (n) => {
    const k = (n + hue / 30) % 12;
    const a = sat * Math.min(light, 1 - light);
    return Math.round(255 * (light - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return { r: f(0), g: f(8), b: f(4), alpha: round3(clamp(alpha, 0, 1)) };
}
function number(text2, full, percentOnly = false) {
  const m = /^(-?\d*\.?\d+)(%?)$/.exec(text2);
  if (!m) return null;
  if (percentOnly && !m[2]) return null;
  const n = Number(m[1]);
  return m[2] ? n / 100 * full : n;
}
function clamp(n, lo, hi) {
  return Math.min(hi, Math.max(lo, n));
}
function round3(n) {
  return Math.round(n * 1e3) / 1e3;
}

// src/util/escape-html.ts
var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text2) {
  return text2.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

// src/core/frame/template.ts
var FUNCTIONS = {
  min: (a) => Math.min(...a),
  max: (a) => Math.max(...a),
  round: (a) => Math.round(a[0]),
  floor: (a) => Math.floor(a[0]),
  ceil: (a) => Math.ceil(a[0])
};
var ARITY = { min: [1, 99], max: [1, 99], round: [1, 1], floor: [1, 1], ceil: [1, 1] };
var TemplateError = class extends Error {
};
function parseExpr(source) {
  const tokens = source.match(/\d*\.\d+|\d+|[A-Za-z_][A-Za-z0-9_]*|[-+*/(),]|\S/g) ?? [];
  let pos = 0;
  const peek = () => tokens[pos];
  const fail = (why) => {
    throw new TemplateError(`bad expression "${source}": ${why}`);
  };
  const expect = (t) => {
    if (tokens[pos] !== t) fail(`expected "${t}"${tokens[pos] ? ` before "${tokens[pos]}"` : " at the end"}`);
    pos++;
  };
  const sum = () => {
    let left = product();
    while (peek() === "+" || peek() === "-") {
      const fn = tokens[pos++];
      left = { op: "bin", fn, left, right: product() };
    }
    return left;
  };
  const product = () => {
    let left = unary();
    while (peek() === "*" || peek() === "/") {
      const fn = tokens[pos++];
      left = { op: "bin", fn, left, right: unary() };
    }
    return left;
  };
  const unary = () => {
    if (peek() === "-") {
      pos++;
      return { op: "neg", arg: unary() };
    }
    return primary();
  };
  const primary = () => {
    const t = tokens[pos++];
    if (t === void 0) return fail("unexpected end");
    if (t === "(") {
      const inner = sum();
      expect(")");
      return inner;
    }
    if (/^(\d|\.\d)/.test(t)) return { op: "num", value: Number(t) };
    if (!/^[A-Za-z_]/.test(t)) return fail(`unexpected "${t}"`);
    if (peek() !== "(") return { op: "name", name: t };
    if (!Object.hasOwn(FUNCTIONS, t)) return fail(`unknown function ${t}() (known: ${Object.keys(FUNCTIONS).join(", ")})`);
    pos++;
    const args = [];
    if (peek() !== ")") {
      args.push(sum());
      while (peek() === ",") {
        pos++;
        args.push(sum());
      }
    }
    expect(")");
    const fn = t;
    const [lo, hi] = ARITY[fn];
    if (args.length < lo || args.length > hi) fail(`${fn}() takes ${lo === hi ? lo : `${lo} or more`} argument${hi === 1 ? "" : "s"}`);
    return { op: "call", fn, args };
  };
  const expr = sum();
  if (pos < tokens.length) fail(`unexpected "${tokens[pos]}"`);
  return expr;
}
function namesIn(expr, into = /* @__PURE__ */ new Set()) {
  switch (expr.op) {
    case "num":
      break;
    case "name":
      into.add(expr.name);
      break;
    case "neg":
      namesIn(expr.arg, into);
      break;
    case "bin":
      namesIn(expr.left, into);
      namesIn(expr.right, into);
      break;
    case "call":
      for (const a of expr.args) namesIn(a, into);
      break;
  }
  return into;
}
function evaluate(expr, scope) {
  switch (expr.op) {
    case "num":
      return expr.value;
    case "name":
      return scope.get(expr.name);
    case "neg":
      return -numeric(evaluate(expr.arg, scope), expr);
    case "bin": {
      const a = numeric(evaluate(expr.left, scope), expr.left);
      const b = numeric(evaluate(expr.right, scope), expr.right);
      if (expr.fn === "+") return a + b;
      if (expr.fn === "-") return a - b;
      if (expr.fn === "*") return a * b;
      return b === 0 ? 0 : a / b;
    }
    case "call":
      return FUNCTIONS[expr.fn](expr.args.map((a) => numeric(evaluate(a, scope), a)));
  }
}
function numeric(v, expr) {
  if (typeof v === "number") return v;
  throw new TemplateError(`"${expr.op === "name" ? expr.name : "a text value"}" is text; arithmetic needs a number`);
}
function compileTemplate(source) {
  const parts = [];
  const holes = [];
  const names = /* @__PURE__ */ new Set();
  let last = 0;
  for (const m of source.matchAll(/\{\{([^{}]*)\}\}/g)) {
    parts.push(source.slice(last, m.index));
    const expr = parseExpr(m[1] ?? "");
    holes.push(expr);
    namesIn(expr, names);
    last = m.index + m[0].length;
  }
  parts.push(source.slice(last));
  return { parts, holes, names };
}
function fillTemplate(t, scope) {
  let out = t.parts[0] ?? "";
  for (let i = 0; i < t.holes.length; i++) {
    const v = evaluate(t.holes[i], scope);
    out += typeof v === "number" ? formatNumber(v) : escapeXml(v);
    out += t.parts[i + 1] ?? "";
  }
  return out;
}
function formatNumber(n) {
  if (!Number.isFinite(n)) return "0";
  return String(Math.round(n * 1e3) / 1e3);
}
function escapeXml(text2) {
  return escapeHtml(text2.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ""));
}
var LazyScope = class {
  constructor(define) {
    this.define = define;
  }
  define;
  values = /* @__PURE__ */ new Map();
  busy = /* @__PURE__ */ new Set();
  get(name) {
    const known = this.values.get(name);
    if (known !== void 0) return known;
    if (this.busy.has(name)) throw new TemplateError(`"${name}" depends on itself`);
    this.busy.add(name);
    try {
      const v = this.define(name, this);
      if (v === void 0) throw new TemplateError(`unknown name "${name}"`);
      this.values.set(name, v);
      return v;
    } finally {
      this.busy.delete(name);
    }
  }
};

// src/core/frame/background.ts
var IMAGE_FILE = /\.(png|jpe?g|webp|avif|gif|tiff?|svg)$/i;
function resolveBackground(value, presets) {
  const key = value.trim().toLowerCase();
  const preset = presets.find((p) => p.name === key);
  if (preset) return preset.background;
  const color = parseColor(key);
  if (color) return color.alpha === 0 ? { kind: "transparent" } : { kind: "solid", color };
  const gradient = parseGradient(key);
  if (gradient) return gradient;
  if (IMAGE_FILE.test(value.trim())) {
    const path = resolve(value.trim());
    if (!existsSync(path) || !statSync(path).isFile()) {
      throw new UserError(`background image ${path} does not exist: give an existing PNG, JPEG, WebP, AVIF, GIF or SVG file`);
    }
    return { kind: "image", path };
  }
  throw new UserError(
    `unknown background "${value}": use a preset (${presets.map((p) => p.name).join(", ")}), a CSS colour such as "#1e293b", "rgb(30 41 59)" or "navy", "transparent", a gradient such as "linear-gradient(135deg, #ff0080, #7928ca)" or "#ff0080,#7928ca@135", or an image file`
  );
}
var SIDES = {
  "to top": 0,
  "to right": 90,
  "to bottom": 180,
  "to left": 270,
  "to top right": 45,
  "to right top": 45,
  "to bottom right": 135,
  "to right bottom": 135,
  "to bottom left": 225,
  "to left bottom": 225,
  "to top left": 315,
  "to left top": 315
};
function parseGradient(text2) {
  let angle = 180;
  let parts;
  const fn = /^linear-gradient\((.*)\)$/.exec(text2);
  if (fn) {
    parts = splitTopLevel(fn[1] ?? "");
    const first2 = parts[0] ?? "";
    const deg = /^(-?\d+(?:\.\d+)?)(deg|turn)?$/.exec(first2);
    if (deg) {
      angle = Number(deg[1]) * (deg[2] === "turn" ? 360 : 1);
      parts = parts.slice(1);
    } else if (Object.hasOwn(SIDES, first2.replace(/\s+/g, " "))) {
      angle = SIDES[first2.replace(/\s+/g, " ")];
      parts = parts.slice(1);
    }
  } else {
    const at = text2.lastIndexOf("@");
    const list = at >= 0 ? text2.slice(0, at) : text2;
    if (at >= 0) {
      const n = Number(text2.slice(at + 1).replace(/deg$/, ""));
      if (!Number.isFinite(n) || text2.slice(at + 1).trim() === "") return null;
      angle = n;
    }
    parts = splitTopLevel(list);
    if (parts.length < 2) return null;
  }
  if (parts.length < 2) return null;
  const stops = [];
  for (const [i, part] of parts.entries()) {
    const m = /^(.*?)(?:\s+(-?\d+(?:\.\d+)?)%)?$/.exec(part);
    const color = parseColor(m?.[1] ?? "");
    if (!color) return null;
    const even = i / (parts.length - 1);
    const offset = m?.[2] === void 0 ? even : Math.max(0, Math.min(1, Number(m[2]) / 100));
    stops.push({ color, offset: Math.max(offset, stops.at(-1)?.offset ?? 0) });
  }
  return { kind: "gradient", angle, stops };
}
function splitTopLevel(text2) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text2.length; i++) {
    const ch = text2[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "," && depth === 0) {
      out.push(text2.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text2.slice(start).trim());
  return out.filter((s) => s !== "");
}
function isOpaqueBackground(bg) {
  if (bg.kind === "transparent" || bg.kind === "image") return false;
  if (bg.kind === "solid") return isOpaque(bg.color);
  return bg.stops.every((s) => isOpaque(s.color));
}
function backgroundPaint(bg, width, height) {
  if (bg.kind === "transparent" || bg.kind === "image") return null;
  if (bg.kind === "solid") return { defs: "", fill: svgRgb(bg.color), opacity: formatNumber(bg.color.alpha) };
  const rad = bg.angle * Math.PI / 180;
  const dx = Math.sin(rad);
  const dy = -Math.cos(rad);
  const half = (Math.abs(width * dx) + Math.abs(height * dy)) / 2;
  const cx = width / 2;
  const cy = height / 2;
  const n = formatNumber;
  const stops = bg.stops.map((s) => `<stop offset="${n(s.offset)}" stop-color="${svgRgb(s.color)}" stop-opacity="${n(s.color.alpha)}"/>`).join("");
  const defs = `<linearGradient id="bg" gradientUnits="userSpaceOnUse" x1="${n(cx - dx * half)}" y1="${n(cy - dy * half)}" x2="${n(cx + dx * half)}" y2="${n(cy + dy * half)}">${stops}</linearGradient>`;
  return { defs, fill: "url(#bg)", opacity: "1" };
}

// src/core/frame/outline.ts
var CORNERS = ["tl", "tr", "bl", "br"];
function cornerRects(w, h, r) {
  return {
    tl: { x: 0, y: 0, width: r, height: r },
    tr: { x: w - r, y: 0, width: r, height: r },
    bl: { x: 0, y: h - r, width: r, height: r },
    br: { x: w - r, y: h - r, width: r, height: r }
  };
}
var MIRROR = {
  tl: () => "",
  tr: (r) => `translate(${r},0) scale(-1,1)`,
  bl: (r) => `translate(0,${r}) scale(1,-1)`,
  br: (r) => `translate(${r},${r}) scale(-1,-1)`
};
async function renderCornerArt(r, border) {
  const svg = (corner, body) => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${r}" height="${r}"><g transform="${MIRROR[corner](r)}">${body}</g></svg>`);
  const cutBody = `<path d="M0 0H${r}A${r} ${r} 0 0 0 0 ${r}Z" fill="#000"/>`;
  const cut = await rasterizeAll((c) => svg(c, cutBody));
  let ring = null;
  if (border && border.width > 0) {
    const h = border.width / 2;
    const body = `<path d="M${r} ${formatNumber(h)}A${formatNumber(r - h)} ${formatNumber(r - h)} 0 0 0 ${formatNumber(h)} ${r}" fill="none" stroke="${svgRgb(border.color)}" stroke-opacity="${formatNumber(border.color.alpha)}" stroke-width="${formatNumber(border.width)}"/>`;
    ring = await rasterizeAll((c) => svg(c, body));
  }
  return { cut, ring };
}
async function rasterizeAll(make) {
  const out = await Promise.all(CORNERS.map((c) => rasterize(make(c))));
  return { tl: out[0], tr: out[1], bl: out[2], br: out[3] };
}
async function rasterize(svg) {
  const { data, info } = await sharp(typeof svg === "string" ? Buffer.from(svg) : svg).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
function rawOverlay(raw, left, top, blend) {
  const o = { input: raw.data, raw: { width: raw.width, height: raw.height, channels: 4 }, left, top };
  if (blend) o.blend = blend;
  return o;
}
function borderStrips(box, r, width, color) {
  const strip = (x, y, w, h) => w > 0 && h > 0 ? { input: { create: { width: w, height: h, channels: 4, background: { r: color.r, g: color.g, b: color.b, alpha: color.alpha } } }, left: box.x + x, top: box.y + y } : null;
  const { width: W, height: H } = box;
  const v = r > 0 ? r : width;
  return [
    strip(r, 0, W - 2 * r, width),
    strip(r, H - width, W - 2 * r, width),
    strip(0, v, width, H - 2 * v),
    strip(W - width, v, width, H - 2 * v)
  ].filter((o) => o !== null);
}

// src/core/frame/shadow.ts
function mapAxis(axis, p) {
  if (p < axis.keep) return p;
  return p < axis.keep + axis.removed ? axis.keep : p - axis.removed;
}
function sliceAxis(start, length, reach, step) {
  const spare = length - 2 * reach - 1;
  const removed = spare > 0 ? Math.floor(spare / step) * step : 0;
  return { keep: start + reach, removed };
}
var SlicedShadow = class {
  constructor(template, x, y) {
    this.template = template;
    this.x = x;
    this.y = y;
  }
  template;
  x;
  y;
  /** The shadow's RGBA pixels for one rectangle of the real canvas. */
  cut(rect) {
    const { template: t } = this;
    const rowBytes = rect.width * 4;
    const out = Buffer.allocUnsafe(rowBytes * rect.height);
    const segments = columnSegments(this.x, rect.x, rect.width);
    let previous = -1;
    for (let y = 0; y < rect.height; y++) {
      const ty = mapAxis(this.y, rect.y + y);
      const at = y * rowBytes;
      if (ty === previous) {
        out.copy(out, at, at - rowBytes, at);
        continue;
      }
      previous = ty;
      const row = ty * t.width * 4;
      for (const s of segments) {
        const to = at + (s.from - rect.x) * 4;
        if (s.repeat) out.fill(t.data.subarray(row + s.source * 4, row + s.source * 4 + 4), to, to + s.length * 4);
        else t.data.copy(out, to, row + s.source * 4, row + (s.source + s.length) * 4);
      }
    }
    return { data: out, width: rect.width, height: rect.height };
  }
};
function columnSegments(axis, x, width) {
  const end = x + width;
  const bounds = [
    [x, Math.min(end, axis.keep), false],
    [Math.max(x, axis.keep), Math.min(end, axis.keep + axis.removed), true],
    [Math.max(x, axis.keep + axis.removed), end, false]
  ];
  return bounds.filter(([a, b]) => b > a).map(([from, to, repeat]) => ({ from, length: to - from, source: mapAxis(axis, from), repeat }));
}
function shadowSigmas(shadows, scale) {
  return shadows.map((s) => s.blur * scale / 2);
}
function shrinkFactor(sigmas) {
  const sharpest = sigmas.length ? Math.min(...sigmas) : Infinity;
  return Math.max(1, Math.min(8, Math.floor(sharpest / 2)));
}
function planShadow(layout, shadows, scale) {
  const visible = shadows.filter((s) => s.opacity > 0);
  if (visible.length === 0) return null;
  const sigmas = shadowSigmas(visible, scale);
  const factor = shrinkFactor(sigmas);
  const { window: win } = layout;
  const reachOf = (offset) => Math.ceil(Math.max(...visible.map((s, i) => Math.abs(offset(s) * scale) + Math.abs(s.spread * scale) + 3 * sigmas[i])) + layout.radius + 2 * factor + 2);
  const x = sliceAxis(win.x, win.width, reachOf((s) => s.offsetX), factor);
  const y = sliceAxis(win.y, win.height, reachOf((s) => s.offsetY), factor);
  const width = layout.width - x.removed;
  const height = layout.height - y.removed;
  const template = { ...layout, width, height, window: { ...win, width: win.width - x.removed, height: win.height - y.removed } };
  return { svg: shadowSvg(template, visible, sigmas, scale, factor), width, height, x, y };
}
async function paintTemplate(plan) {
  const small = await rasterize(plan.svg);
  const { data, info } = await sharp(small.data, { raw: { width: small.width, height: small.height, channels: 4 } }).resize(plan.width, plan.height, { fit: "fill", kernel: "cubic" }).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
function shadowSvg(layout, shadows, sigmas, scale, factor) {
  const { width: W, height: H, window: win } = layout;
  const w = Math.max(1, Math.ceil(W / factor));
  const h = Math.max(1, Math.ceil(H / factor));
  let defs = "";
  let body = "";
  shadows.forEach((s, i) => {
    const spread = s.spread * scale;
    const x = win.x + s.offsetX * scale - spread;
    const y = win.y + s.offsetY * scale - spread;
    const rx = Math.max(0, layout.radius + spread);
    defs += `<filter id="s${i}" filterUnits="userSpaceOnUse" x="0" y="0" width="${W}" height="${H}"><feGaussianBlur stdDeviation="${formatNumber(sigmas[i])}"/></filter>`;
    body += `<rect x="${formatNumber(x)}" y="${formatNumber(y)}" width="${formatNumber(win.width + 2 * spread)}" height="${formatNumber(win.height + 2 * spread)}" rx="${formatNumber(rx)}" fill="#000" fill-opacity="${formatNumber(s.opacity)}" filter="url(#s${i})"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none"><defs>${defs}</defs>${body}</svg>`;
}

// src/core/frame/backdrop.ts
var SVG_ROWS = 16384;
var TILE_ROWS = SVG_ROWS;
function tiled(rect) {
  const out = [];
  for (let y = rect.y; y < rect.y + rect.height; y += TILE_ROWS) out.push({ ...rect, y, height: Math.min(TILE_ROWS, rect.y + rect.height - y) });
  return out;
}
var KEEP = 4;
var KEEP_PIXELS_UP_TO = 32e6;
var Backdrop = class {
  constructor(background, shadows, scale) {
    this.background = background;
    this.shadows = shadows;
    this.scale = scale;
    const bg = background;
    this.extendColour = bg.kind === "solid" ? { r: bg.color.r, g: bg.color.g, b: bg.color.b, alpha: bg.color.alpha } : { r: 0, g: 0, b: 0, alpha: 0 };
  }
  background;
  shadows;
  scale;
  /** What shots are extended with: the background colour when it is solid, else transparent. */
  extendColour;
  shadowCache = /* @__PURE__ */ new Map();
  templates = /* @__PURE__ */ new Map();
  bandCache = /* @__PURE__ */ new Map();
  wholeCache = /* @__PURE__ */ new Map();
  patches = /* @__PURE__ */ new Map();
  /** Overlays for the canvas outside the window; none when the extend colour already is the backdrop. */
  bands(layout) {
    return cached(this.bandCache, layoutKey(layout), keepFor(layout), async () => {
      if (!await this.paints(layout)) return [];
      const { width: W, height: H, window: w } = layout;
      const rects = [
        { x: 0, y: 0, width: W, height: w.y },
        { x: 0, y: w.y + w.height, width: W, height: H - w.y - w.height },
        { x: 0, y: w.y, width: w.x, height: w.height },
        { x: w.x + w.width, y: w.y, width: W - w.x - w.width, height: w.height }
      ].filter((r) => r.width > 0 && r.height > 0);
      return this.tiles(layout, rects.flatMap(tiled), "over");
    });
  }
  /**
   * The whole backdrop as overlays to put under the frame ('dest-over'), in
   * horizontal tiles, for frames whose layers draw their own outline and may
   * leave parts of the window box transparent (devices). Empty when there is nothing to paint.
   */
  whole(layout) {
    return cached(this.wholeCache, layoutKey(layout), Math.min(2, keepFor(layout)), async () => {
      if (this.background.kind === "transparent" && !await this.shadow(layout)) return [];
      return this.tiles(layout, tiled({ x: 0, y: 0, width: layout.width, height: layout.height }), "dest-over");
    });
  }
  /**
   * Backdrop pixels for each rectangle, as overlays. Each is painted from
   * three buffers its size (background, shadow, their composite): one after
   * another, a tall page's bands never hold more than a tile's worth of those at once.
   */
  async tiles(layout, rects, blend) {
    const out = [];
    for (const r of rects) out.push(rawOverlay(await this.cut(layout, r), r.x, r.y, blend === "over" ? void 0 : blend));
    return out;
  }
  /** The backdrop's pixels under each window corner, for the outline's 'dest-over' step. */
  cornerPatches(layout, r) {
    return cached(this.patches, `${layoutKey(layout)}|${r}`, KEEP, async () => {
      const rects = cornerRects(layout.window.width, layout.window.height, r);
      const out = await Promise.all(CORNERS.map((c) => this.cut(layout, { x: layout.window.x + rects[c].x, y: layout.window.y + rects[c].y, width: r, height: r })));
      return { tl: out[0], tr: out[1], bl: out[2], br: out[3] };
    });
  }
  /** Whether the backdrop differs anywhere from the shot's extend colour. */
  async paints(layout) {
    return this.background.kind === "image" || this.background.kind === "gradient" || await this.shadow(layout) !== null;
  }
  /** Full-size backdrop pixels (RGBA) of one rectangle of the canvas. */
  async cut(layout, rect) {
    const [under, shadow] = await Promise.all([this.backgroundOf(layout, rect), this.shadow(layout)]);
    if (!shadow) return under;
    const over = shadow.cut(rect);
    if (this.background.kind === "transparent") return over;
    const { data, info } = await sharp(under.data, { raw: { width: rect.width, height: rect.height, channels: 4 } }).composite([{ input: over.data, raw: { width: rect.width, height: rect.height, channels: 4 } }]).raw().toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  }
  /** The background alone in one rectangle of the canvas, RGBA. */
  async backgroundOf(layout, rect) {
    const bg = this.background;
    if (bg.kind === "solid" || bg.kind === "transparent") {
      const data = Buffer.allocUnsafe(rect.width * rect.height * 4);
      const { r, g, b, alpha } = this.extendColour;
      data.fill(Buffer.from([r, g, b, Math.round(alpha * 255)]));
      return { data, width: rect.width, height: rect.height };
    }
    if (bg.kind === "image") {
      const { data, info } = await sharp(bg.path).resize(layout.width, layout.height, { fit: "cover", position: "centre" }).extract({ left: rect.x, top: rect.y, width: rect.width, height: rect.height }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height };
    }
    const paint = backgroundPaint(bg, layout.width, layout.height);
    const pieces = [];
    for (let y = rect.y; y < rect.y + rect.height; y += SVG_ROWS) {
      const rows = Math.min(SVG_ROWS, rect.y + rect.height - y);
      const piece = await rasterize(`<svg xmlns="http://www.w3.org/2000/svg" width="${rect.width}" height="${rows}" viewBox="${rect.x} ${y} ${rect.width} ${rows}"><defs>${paint.defs}</defs><rect width="${formatNumber(layout.width)}" height="${formatNumber(layout.height)}" fill="${paint.fill}" fill-opacity="${paint.opacity}"/></svg>`);
      pieces.push(piece.data);
    }
    return { data: pieces.length === 1 ? pieces[0] : Buffer.concat(pieces), width: rect.width, height: rect.height };
  }
  /** The window's shadows for this canvas, sliced; null without any. Tall pages of one width mostly share a template. */
  shadow(layout) {
    return cached(this.shadowCache, layoutKey(layout), KEEP, async () => {
      const plan = planShadow(layout, this.shadows, this.scale);
      if (!plan) return null;
      const template = await cached(this.templates, plan.svg, KEEP, () => paintTemplate(plan));
      return new SlicedShadow(template, plan.x, plan.y);
    });
  }
};
function layoutKey(l) {
  return `${l.width}x${l.height}|${l.window.x},${l.window.y},${l.window.width}x${l.window.height}|${l.radius}`;
}
function keepFor(layout) {
  return layout.width * layout.height > KEEP_PIXELS_UP_TO ? 0 : KEEP;
}
function cached(map, key, keep, make) {
  const hit = map.get(key);
  if (hit) return hit;
  const pending = make();
  if (keep === 0) return pending;
  map.set(key, pending);
  pending.catch(() => map.delete(key));
  while (map.size > keep) map.delete(map.keys().next().value);
  return pending;
}

// src/core/frame/encode.ts
var MAX_SIDE = { png: null, jpeg: 65500, webp: 16383, avif: 16384 };
var JPEG_MATTE = { r: 255, g: 255, b: 255 };
function encode(image, output) {
  switch (output.format) {
    case "png":
      return image.png({ compressionLevel: 6, adaptiveFiltering: false });
    case "jpeg":
      return image.flatten({ background: JPEG_MATTE }).jpeg({
        quality: output.quality,
        mozjpeg: false,
        chromaSubsampling: output.quality >= 90 ? "4:4:4" : "4:2:0"
      });
    case "webp":
      return image.webp({ quality: output.quality, effort: 2 });
    case "avif":
      return image.avif({ quality: output.quality, effort: 2 });
  }
}

// src/core/frame/limits.ts
var SVG_MAX_SIDE = 32767;
var ShotLimits = class {
  /**
   * @param drawRows the most shot rows (device px) the frame's artwork can be drawn around; null = any.
   * @param split --split's part height, CSS px; null = none.
   */
  constructor(format, chrome, scale, maxHeight, drawRows = null, split = null) {
    this.format = format;
    this.scale = scale;
    this.maxHeight = maxHeight;
    const side2 = MAX_SIDE[format];
    const byFormat = side2 === null ? null : side2 - chrome.height;
    const byFrame = drawRows !== null && (byFormat === null || drawRows < byFormat);
    this.formatRows = byFrame ? drawRows : byFormat;
    this.rowsReason = byFrame ? "frame" : format;
    this.formatColumns = side2 === null ? null : side2 - chrome.width;
    if (this.formatRows !== null && this.formatRows < 1 || this.formatColumns !== null && this.formatColumns < 1) {
      throw new UserError(`the frame's padding and chrome alone are larger than a ${format} image can be (${side2} px): use a smaller --padding or --scale, or --format png`);
    }
    const css = (rows) => rows === null ? null : Math.max(1, Math.floor(rows / scale));
    const formatHeight = css(this.formatRows);
    if (split !== null) checkSplit(split, format, scale);
    this.cap = {
      // Split pages are written in parts the format takes, so only --max-height bounds the page.
      height: split === null ? minOf(formatHeight, maxHeight) : maxHeight,
      width: css(this.formatColumns),
      // A part also leaves room for the frame's chrome (and its artwork's limit) inside the format's side.
      part: split === null ? null : minOf(split, formatHeight)
    };
  }
  format;
  scale;
  maxHeight;
  /** Device rows of shot the format (or the frame's artwork, whichever is less) can take under the frame's chrome; null = any. */
  formatRows;
  formatColumns;
  rowsReason;
  cap;
  /** Device rows of a shot that are framed, and the cut when that is fewer than it has. */
  keep(shot) {
    const byMax = this.maxHeight === null ? shot.height : Math.max(1, Math.round(this.maxHeight * this.scale));
    const byFormat = this.formatRows ?? shot.height;
    const rows = Math.max(1, Math.min(shot.height, byMax, byFormat));
    const full = shot.fullHeight ?? Math.round(shot.height / this.scale);
    const shown = Math.round(rows / this.scale);
    if (rows >= shot.height && shot.fullHeight === void 0) return { rows, cut: null };
    const reason = this.maxHeight !== null && this.cap.height === this.maxHeight ? "max-height" : this.rowsReason;
    return { rows, cut: { shown, full, reason } };
  }
  /** A shot wider than the format takes framed: say so before any work (the renderer clips full pages to cap.width). */
  checkWidth(width) {
    if (this.formatColumns !== null && width > this.formatColumns) {
      throw new UserError(`a ${width} px wide shot is wider framed than a ${this.format} image can be (${MAX_SIDE[this.format]} px): use a narrower --viewport, a smaller --scale, or --format png`);
    }
  }
};
function checkSplit(split, format, scale) {
  if (!(Number.isInteger(split) && split >= 1)) throw new UserError(`--split must be a whole number of CSS px, 1 or more, got ${split}: e.g. --split 8000`);
  const side2 = MAX_SIDE[format];
  if (side2 !== null && split * scale > side2) {
    const most = Math.floor(side2 / scale);
    throw new UserError(`--split ${split} is taller than a ${format.toUpperCase()} image can be (${side2.toLocaleString("en-US")} px${scale === 1 ? "" : ` at scale ${scale}`}): use --split ${most} or less, or --format png`);
  }
}
function minOf(a, b) {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}
function describeCut(cut) {
  const why = cut.reason === "max-height" ? "taller than --max-height" : cut.reason === "frame" ? `taller than this frame's artwork can be drawn around (${SVG_MAX_SIDE.toLocaleString("en-US")} px, librsvg's limit; a browser frame has none)` : `taller than a ${cut.reason.toUpperCase()} image can be framed (${MAX_SIDE[cut.reason].toLocaleString("en-US")} px on a side)`;
  return `page ${why}: cut at ${cut.shown} of ${cut.full} CSS px`;
}

// src/core/frame/prebuilt.ts
function paintBand(frame, layer) {
  const { width, height } = frame;
  if (layer.channels !== 4 || layer.width !== width || layer.height !== height) return null;
  const src = layer.data;
  const rgb = Buffer.allocUnsafe(width * height * 3);
  for (let i = 0, o = 0; i < src.length; i += 4, o += 3) {
    if (src[i + 3] !== 255) return null;
    rgb[o] = src[i];
    rgb[o + 1] = src[i + 1];
    rgb[o + 2] = src[i + 2];
  }
  return frame.paint({ data: rgb, width, height, channels: 3 }, height);
}
var KEEP_SPARE_CANVASES = 4;
var PrebuiltFrame = class _PrebuiltFrame {
  constructor(base, width, height, screen, special, regions) {
    this.base = base;
    this.width = width;
    this.height = height;
    this.screen = screen;
    this.special = special;
    this.regions = regions;
  }
  base;
  width;
  height;
  screen;
  special;
  regions;
  /** Canvases handed back by released loans. */
  spare = [];
  /**
   * From the pipeline's output (RGB) with an all-black and an all-white shot.
   * Null when the frame changes pixels outside the screen with the shot's
   * colour (it would not be linear there), or a region overlaps the screen.
   */
  static fromProbes(black, white, width, height, screen, regions) {
    if (regions.some((r) => overlaps(r.rect, screen))) return null;
    const row = width * 3;
    const left = screen.x * 3;
    const right = (screen.x + screen.width) * 3;
    for (let y = 0; y < height; y++) {
      const start = y * row;
      const inScreen = y >= screen.y && y < screen.y + screen.height;
      const same = inScreen ? black.compare(white, start, start + left, start, start + left) === 0 && black.compare(white, start + right, start + row, start + right, start + row) === 0 : black.compare(white, start, start + row, start, start + row) === 0;
      if (!same) return null;
    }
    const offsets = [];
    const bases = [];
    const gains = [];
    for (let y = screen.y; y < screen.y + screen.height; y++) {
      for (let o = y * row + left, end = y * row + right; o < end; o += 3) {
        if (black[o] === 0 && black[o + 1] === 0 && black[o + 2] === 0 && white[o] === 255 && white[o + 1] === 255 && white[o + 2] === 255) continue;
        offsets.push(o);
        for (let c = 0; c < 3; c++) {
          bases.push(black[o + c]);
          gains.push(white[o + c] - black[o + c]);
        }
      }
    }
    const special = { offset: Int32Array.from(offsets), base: Uint8Array.from(bases), gain: Int16Array.from(gains) };
    return new _PrebuiltFrame(black, width, height, { ...screen }, special, regions);
  }
  /**
   * The canvas with this shot in its screen (RGB), regions not yet redrawn;
   * null for pixels it cannot take (another size, or not 3 channels).
   */
  paint(pixels, rows) {
    if (!this.takes(pixels, rows)) return null;
    return this.paintInto(Buffer.allocUnsafe(this.base.length), pixels);
  }
  /**
   * paint() into a canvas the frame lends: a viewport run frames every shot
   * on the same frame, and a fresh 4 MB canvas a capture was most of the
   * external memory that set off node's full collections.
   */
  paintOnLoan(pixels, rows) {
    if (!this.takes(pixels, rows)) return null;
    const data = this.paintInto(this.spare.pop() ?? Buffer.allocUnsafe(this.base.length), pixels);
    let lent = true;
    return {
      data,
      width: this.width,
      height: this.height,
      release: () => {
        if (!lent) return;
        lent = false;
        if (this.spare.length < KEEP_SPARE_CANVASES) this.spare.push(data);
      }
    };
  }
  /** Whether paint() can take these pixels: the screen's size, RGB. */
  takes(pixels, rows) {
    const { screen } = this;
    return pixels.channels === 3 && pixels.width === screen.width && rows === screen.height && pixels.height >= rows;
  }
  paintInto(out, pixels) {
    const { screen } = this;
    this.base.copy(out);
    this.copyInto(out, screen, pixels.data);
    const { offset, base, gain } = this.special;
    for (let k = 0; k < offset.length; k++) {
      const o = offset[k];
      for (let c = 0; c < 3; c++) out[o + c] = base[k * 3 + c] + Math.round(gain[k * 3 + c] * out[o + c] / 255);
    }
    return out;
  }
  /** Write a region's redrawn pixels (RGB, the region's size) into a painted canvas. */
  place(out, region, pixels) {
    this.copyInto(out, region.rect, pixels);
  }
  /** Tightly packed RGB rows (rect's width) written into the canvas at rect. */
  copyInto(out, rect, pixels) {
    const rowBytes = rect.width * 3;
    for (let y = 0; y < rect.height; y++) {
      pixels.copy(out, ((rect.y + y) * this.width + rect.x) * 3, y * rowBytes, (y + 1) * rowBytes);
    }
  }
};
function overlaps(a, b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
function cropOverlay(o, rect) {
  const left = o.left ?? 0;
  const top = o.top ?? 0;
  const input = o.input;
  let size;
  if (Buffer.isBuffer(input) && o.raw) size = o.raw;
  else if (input && typeof input === "object" && "create" in input && input.create) size = input.create;
  else return void 0;
  const x0 = Math.max(left, rect.x);
  const y0 = Math.max(top, rect.y);
  const x1 = Math.min(left + size.width, rect.x + rect.width);
  const y1 = Math.min(top + size.height, rect.y + rect.height);
  if (x1 <= x0 || y1 <= y0) return null;
  const width = x1 - x0;
  const height = y1 - y0;
  const placed = { left: x0 - rect.x, top: y0 - rect.y, ...o.blend ? { blend: o.blend } : {} };
  if (Buffer.isBuffer(input) && o.raw) {
    const channels = o.raw.channels;
    const data = Buffer.allocUnsafe(width * height * channels);
    for (let y = 0; y < height; y++) {
      const from = ((y0 - top + y) * o.raw.width + (x0 - left)) * channels;
      input.copy(data, y * width * channels, from, from + width * channels);
    }
    return { ...placed, input: data, raw: { width, height, channels } };
  }
  const create = input.create;
  return { ...placed, input: { create: { ...create, width, height } } };
}

// src/core/frame/text.ts
import { domainToUnicode } from "node:url";
var FRAME_FONT = "Inter, Liberation Sans, Arial, Helvetica, sans-serif";
var ELLIPSIS = "\u2026";
var ASCII_WIDTHS = [
  281,
  288,
  466,
  633,
  642,
  982,
  644,
  300,
  365,
  365,
  501,
  662,
  288,
  460,
  288,
  360,
  // space ! " # $ % & ' ( ) * + , - . /
  631,
  407,
  610,
  618,
  646,
  593,
  620,
  566,
  619,
  620,
  288,
  302,
  662,
  662,
  662,
  511,
  // 0-9 : ; < = > ?
  966,
  690,
  654,
  730,
  722,
  601,
  590,
  746,
  743,
  269,
  571,
  672,
  565,
  903,
  753,
  765,
  // @ A-O
  639,
  765,
  644,
  642,
  646,
  744,
  690,
  985,
  682,
  679,
  629,
  365,
  360,
  365,
  471,
  456,
  // P-Z [ \ ] ^ _
  323,
  562,
  612,
  571,
  612,
  583,
  370,
  613,
  591,
  242,
  242,
  549,
  242,
  876,
  591,
  600,
  // ` a-o
  612,
  612,
  376,
  528,
  327,
  591,
  562,
  818,
  546,
  562,
  552,
  426,
  333,
  426,
  662
  // p-z { | } ~
];
function advance(codePoint) {
  if (codePoint >= 32 && codePoint <= 126) return ASCII_WIDTHS[codePoint - 32];
  if (codePoint === 8230) return 864;
  if (isWide(codePoint)) return 1e3;
  return 620;
}
function isWide(cp) {
  return cp >= 4352 && cp <= 4447 || cp >= 11904 && cp <= 42191 || cp >= 44032 && cp <= 55203 || cp >= 63744 && cp <= 64255 || cp >= 65072 && cp <= 65103 || cp >= 65280 && cp <= 65376 || cp >= 65504 && cp <= 65510 || cp >= 127744 && cp <= 129791 || cp >= 131072;
}
function textWidth(text2, fontSize) {
  let units = 0;
  for (const ch of text2) units += advance(ch.codePointAt(0));
  return units * fontSize / 1e3;
}
function fitText(text2, maxWidth, fontSize) {
  if (textWidth(text2, fontSize) <= maxWidth) return text2;
  const budget = maxWidth - textWidth(ELLIPSIS, fontSize);
  if (budget <= 0) return "";
  let used = 0;
  let kept = "";
  for (const ch of text2) {
    const w = advance(ch.codePointAt(0)) * fontSize / 1e3;
    if (used + w > budget) break;
    used += w;
    kept += ch;
  }
  return kept.trimEnd() + ELLIPSIS;
}
function displayUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return { text: url, secure: false };
  }
  const host = domainToUnicode(parsed.hostname) || parsed.hostname;
  const port = parsed.port ? `:${parsed.port}` : "";
  const rest = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  const path = rest === "/" ? "" : rest;
  let text2 = `${host}${port}${path}`;
  try {
    text2 = decodeURI(text2);
  } catch {
  }
  if (!/^https?:$/.test(parsed.protocol)) text2 = `${parsed.protocol}${text2}`;
  return { text: text2, secure: parsed.protocol === "https:" };
}

// src/core/frame/scope.ts
var PER_CAPTURE = /* @__PURE__ */ new Set(["url", "urlWidth", "title", "titleWidth", "secure"]);
var DEFAULT_TEXT = { maxWidth: parseExpr("width"), fontSize: 13 };
function frameScope(spec, colours, frame, area, text2) {
  const slot = (name) => spec.text.get(name) ?? DEFAULT_TEXT;
  const fitted = (name, scope) => {
    if (!text2) return void 0;
    const s = slot(name);
    const max = evaluate(s.maxWidth, scope);
    return fitText(text2[name], typeof max === "number" ? max : 0, s.fontSize);
  };
  return new LazyScope((name, scope) => {
    switch (name) {
      case "width":
        return area.width;
      case "height":
        return area.height;
      case "pixelWidth":
        return area.pixelWidth;
      case "pixelHeight":
        return area.pixelHeight;
      case "scale":
        return frame.scale;
      case "windowWidth":
        return frame.windowWidth;
      case "windowHeight":
        return frame.windowHeight;
      case "screenX":
        return frame.screenX;
      case "screenY":
        return frame.screenY;
      case "screenWidth":
        return frame.screenWidth;
      case "screenHeight":
        return frame.screenHeight;
      case "radius":
        return frame.radius;
      case "font":
        return FRAME_FONT;
      case "url":
        return fitted("url", scope);
      case "title":
        return fitted("title", scope);
      case "urlWidth":
        return text2 ? textWidth(scope.get("url"), slot("url").fontSize) : void 0;
      case "titleWidth":
        return text2 ? textWidth(scope.get("title"), slot("title").fontSize) : void 0;
      case "urlFontSize":
        return slot("url").fontSize;
      case "titleFontSize":
        return slot("title").fontSize;
      case "secure":
        return text2 ? text2.secure ? 1 : 0 : void 0;
    }
    const colour = colours.get(name);
    if (colour !== void 0) return colour;
    const expr = spec.vars.get(name);
    return expr ? evaluate(expr, scope) : void 0;
  });
}
function isPerCapture(spec, names, seen = /* @__PURE__ */ new Set()) {
  for (const name of names) {
    if (PER_CAPTURE.has(name)) return true;
    if (seen.has(name)) continue;
    seen.add(name);
    const expr = spec.vars.get(name);
    if (expr && isPerCapture(spec, namesIn(expr), seen)) return true;
  }
  return false;
}

// src/core/frame/compositor.ts
var DEFAULT_COMPOSE = { maxHeight: null, thumbnail: null, shadowStrength: 1, split: null };
function plainCompositor(output, settings = DEFAULT_COMPOSE, scale = 1) {
  const limits = new ShotLimits(output.format, { width: 0, height: 0 }, scale, settings.maxHeight, null, settings.split);
  return {
    viewport: null,
    scale,
    emulation: null,
    cap: limits.cap,
    checkWidth: (width) => limits.checkWidth(width),
    prepare: () => Promise.resolve(),
    videoCanvas: (width, height) => Promise.resolve({ width, height, paint: (shot) => rgbOf(shot, width, height) }),
    async compose(shot) {
      limits.checkWidth(shot.width);
      const { rows: keep, cut } = limits.keep(shot);
      const cropped = keep < shot.height;
      if (output.format === "png" && !cropped && !shot.fastPng && !shot.bands) {
        return finish({ data: shot.png, width: shot.width, height: shot.height, format: "png" }, cut, output, settings);
      }
      const { data, info } = await encode(decoded(shot, keep), output).toBuffer({ resolveWithObject: true });
      return finish({ data, width: info.width, height: info.height, format: output.format }, cut, output, settings);
    }
  };
}
var SCREEN_COLOUR = { light: "#ffffff", dark: "#202124" };
function rgbOf(shot, width, height) {
  if (shot.channels !== 3 || shot.width !== width || shot.height !== height) {
    throw new Error(`a video frame of ${shot.width}x${shot.height}x${shot.channels} for a ${width}x${height} RGB screen`);
  }
  return shot.data;
}
function decoded(shot, rows) {
  const top = (image, height) => rows < height ? image.extract({ left: 0, top: 0, width: shot.width, height: rows }) : image;
  if (shot.bands) {
    const joined = sharp(shot.bands.map((band) => band.png), { join: { across: 1, valign: "top" } });
    return top(joined, Math.max(...shot.bands.map((band) => band.height)) * shot.bands.length);
  }
  const p = shot.pixels;
  if (p && p.width === shot.width && p.data.length === p.width * p.height * p.channels) {
    return top(sharp(p.data, { raw: { width: p.width, height: p.height, channels: p.channels } }), p.height);
  }
  return top(sharp(shot.png), shot.height);
}
async function finish(capture, cut, output, settings) {
  const cropped = cut !== null;
  if (settings.thumbnail === null) return { ...capture, cropped, cut, thumbnail: null };
  const { data, info } = await encode(sharp(capture.data).resize({ width: settings.thumbnail, withoutEnlargement: true }), output).toBuffer({ resolveWithObject: true });
  return { ...capture, cropped, cut, thumbnail: { data, width: info.width, height: info.height } };
}
var KEEP_LAYERS = 8;
var KEEP_PREBUILT = 2;
var PREBUILT_MAX_PIXELS = 16e6;
var KEEP_SIGHTINGS = 256;
var SAMPLE_TEXT = { url: "example.com", secure: true, title: "" };
var TRANSPARENT = { r: 0, g: 0, b: 0, alpha: 0 };
function flatShot(width, height, value) {
  const pixels = { data: Buffer.alloc(width * height * 3, value), width, height, channels: 3 };
  return { png: Buffer.alloc(0), pixels, width, height, finalUrl: "https://example.com/", httpStatus: null, title: "" };
}
var FrameCompositor = class {
  constructor(spec, options2, background, output, scale, settings = DEFAULT_COMPOSE) {
    this.spec = spec;
    this.options = options2;
    this.output = output;
    this.scale = scale;
    this.settings = settings;
    const colours = spec.themes.get(options2.theme);
    if (!colours) {
      throw new UserError(`frame "${spec.id}" has no ${options2.theme} theme: use --theme ${[...spec.themes.keys()].join(" or ")}`);
    }
    this.colours = colours;
    this.viewport = spec.viewport ? { ...spec.viewport } : null;
    this.emulation = spec.emulation ? { ...spec.emulation } : null;
    this.opaque = isOpaqueBackground(background);
    const strength = settings.shadowStrength;
    const shadows = options2.shadow && options2.padding > 0 && strength > 0 ? spec.shadow.map((s) => ({ ...s, opacity: Math.min(1, s.opacity * strength) })) : [];
    this.backdrop = new Backdrop(background, shadows, scale);
    this.perCapture = spec.layers.map((l) => isPerCapture(spec, l.template.names));
    this.border = this.borderColour(colours);
    this.prebuildable = this.opaque && spec.clip && spec.layers.every((l, i) => !this.perCapture[i] || l.area === "top" || l.area === "bottom");
    const bare = this.layout({ width: 0, height: 0 });
    const tallLayers = spec.layers.some((l) => l.area === "window" || l.area === "screen");
    const drawRows = tallLayers ? SVG_MAX_SIDE - (bare.window.height - bare.screen.height) : null;
    this.limits = new ShotLimits(output.format, bare.canvas, scale, settings.maxHeight, drawRows, settings.split);
    this.cap = this.limits.cap;
    this.check();
  }
  spec;
  options;
  output;
  scale;
  settings;
  viewport;
  emulation;
  cap;
  limits;
  colours;
  backdrop;
  opaque;
  border;
  perCapture;
  layerCache = /* @__PURE__ */ new Map();
  cornerCache = /* @__PURE__ */ new Map();
  /** Whether a prebuilt frame can stand in for the composite (see prebuilt.ts). */
  prebuildable;
  prebuilt = /* @__PURE__ */ new Map();
  sightings = /* @__PURE__ */ new Map();
  /** Captures composed on a prebuilt frame and with the whole composite (tests read which path ran). */
  composed = { prebuilt: 0, full: 0 };
  /** Bands of prebuilt captures drawn from their layer alone, and composited whole (tests read which path ran). */
  bands = { painted: 0, composited: 0 };
  checkWidth(width) {
    this.limits.checkWidth(width);
  }
  async compose(original, url) {
    this.limits.checkWidth(original.width);
    const { rows: keep, cut } = this.limits.keep(original);
    const layout = this.layout({ width: original.width, height: keep });
    const shown = displayUrl(url);
    const text2 = { url: this.options.title ?? shown.text, secure: shown.secure, title: original.title };
    const prebuilt = original.pixels ? await this.prebuiltFor(original.width, keep) : null;
    const painted = prebuilt && original.pixels ? await this.composeOnPrebuilt(prebuilt, original.pixels, keep, layout, text2) : null;
    this.composed[painted ? "prebuilt" : "full"]++;
    let encoded;
    try {
      const image = painted ? sharp(painted.data, { raw: { width: painted.width, height: painted.height, channels: 3 } }) : this.pipeline(original, keep, layout, await this.overlays(layout, text2));
      encoded = await encode(image, this.output).toBuffer({ resolveWithObject: true });
    } finally {
      painted?.release();
    }
    const { data, info } = encoded;
    return finish({ data, width: info.width, height: info.height, format: this.output.format }, cut, this.output, this.settings);
  }
  /** The whole composite: the shot extended to the canvas, every overlay (from overlays()) over it. */
  pipeline(original, keep, layout, tagged) {
    const left = layout.window.x + layout.screen.x;
    const top = layout.window.y + layout.screen.y;
    const { width } = original;
    let image = decoded(original, keep);
    if (!original.pixels || original.pixels.channels === 4) image = image.flatten({ background: SCREEN_COLOUR[this.options.theme] });
    image = image.extend({
      left,
      top,
      right: layout.canvas.width - left - width,
      bottom: layout.canvas.height - top - keep,
      background: this.spec.clip ? this.backdrop.extendColour : TRANSPARENT
    }).composite(tagged.map((t) => t.overlay));
    return this.opaque ? image.removeAlpha() : image;
  }
  /**
   * Every overlay in compositing order. Clipped windows are opaque boxes: the
   * backdrop is needed only around them. Other frames draw their own outline,
   * so the backdrop goes under everything.
   */
  async overlays(layout, text2) {
    const backdropLayout = { width: layout.canvas.width, height: layout.canvas.height, window: layout.window, radius: layout.radius };
    const clip = this.spec.clip;
    const [screenCuts, around, layers, outline, under] = await Promise.all([
      this.screenCornerCuts(layout),
      clip ? this.backdrop.bands(backdropLayout) : [],
      this.layerOverlays(layout, text2),
      this.outlineOverlays(layout, backdropLayout),
      clip ? [] : this.backdrop.whole(backdropLayout)
    ]);
    const plain = (overlay) => ({ overlay });
    return [...screenCuts.map(plain), ...around.map(plain), ...layers, ...outline.map(plain), ...under.map(plain)];
  }
  /**
   * The prebuilt frame for shots of this size, once one is worth having:
   * every viewport shot of a run has the same size, full-page shots rarely
   * do, so a size gets one on its second shot (or when prepare() asks).
   */
  prebuiltFor(width, height, now = false) {
    if (!this.prebuildable) return null;
    const { canvas } = this.layout({ width, height });
    if (canvas.width * canvas.height > PREBUILT_MAX_PIXELS) return null;
    const key = `${width}x${height}`;
    const known = this.prebuilt.get(key);
    if (known) return known;
    const seen = (this.sightings.get(key) ?? 0) + 1;
    if (!now && seen < 2) {
      if (this.sightings.size >= KEEP_SIGHTINGS) this.sightings.clear();
      this.sightings.set(key, seen);
      return null;
    }
    const pending = this.buildPrebuilt(width, height).catch(() => null);
    this.prebuilt.set(key, pending);
    while (this.prebuilt.size > KEEP_PREBUILT) this.prebuilt.delete(this.prebuilt.keys().next().value);
    return pending;
  }
  async buildPrebuilt(width, height) {
    const layout = this.layout({ width, height });
    const tagged = await this.overlays(layout, SAMPLE_TEXT);
    const probe = (value) => this.pipeline(flatShot(width, height, value), height, layout, tagged).raw().toBuffer();
    const [black, white] = await Promise.all([probe(0), probe(255)]);
    const regions = await this.regions(layout, tagged);
    if (!regions) return null;
    const screen = { ...layout.screen, x: layout.window.x + layout.screen.x, y: layout.window.y + layout.screen.y };
    return PrebuiltFrame.fromProbes(black, white, layout.canvas.width, layout.canvas.height, screen, regions);
  }
  /** The bands of the per-capture layers, with the overlays that fall in each cut to it; null if one cannot be cut. */
  async regions(layout, tagged) {
    const areas = new Set(this.spec.layers.filter((_, i) => this.perCapture[i]).map((l) => l.area));
    const regions = [];
    for (const area of areas) {
      const inWindow = this.area(layout, area);
      const rect = { ...inWindow, x: layout.window.x + inWindow.x, y: layout.window.y + inWindow.y };
      const overlays = [];
      for (const t of tagged) {
        if (t.layer !== void 0) {
          if (this.spec.layers[t.layer].area === area) overlays.push(t.layer);
          continue;
        }
        const cut = cropOverlay(t.overlay, rect);
        if (cut === void 0) return null;
        if (cut) overlays.push(cut);
      }
      regions.push({ rect, overlays, frame: await this.bandFrame(rect, overlays) });
    }
    return regions;
  }
  /**
   * The band with its one per-capture layer as a shot (see Region.frame), from
   * the band composited with an opaque black and an opaque white layer; null
   * when the band has several per-capture layers. The band's composite (the
   * layer under ten small overlays: border strips, corner art) cost 4.5 ms CPU of
   * which 2.9 ms was the composite, not the layer's SVG; a whole compose on the
   * prebuilt frame went from 15.1 to 13.0 ms CPU (25.2 to 15.2 in a noisier run),
   * browser-macos, 20 Python-docs shots x 8 passes, both ways interleaved. The
   * band then matches its composite within one level (rounding), as the screen does.
   */
  async bandFrame(rect, overlays) {
    if (overlays.filter((o) => typeof o === "number").length !== 1) return null;
    const { width, height } = rect;
    const probe = (value) => {
      const layer = Buffer.alloc(width * height * 4, value);
      for (let a = 3; a < layer.length; a += 4) layer[a] = 255;
      return this.drawBand(rect, overlays, () => rawOverlay({ data: layer, width, height }, 0, 0)).raw().toBuffer();
    };
    const [black, white] = await Promise.all([probe(0), probe(255)]);
    return PrebuiltFrame.fromProbes(black, white, width, height, { x: 0, y: 0, width, height }, []);
  }
  /** A band's composite, the per-capture layers drawn by `layer` (overlays placed relative to the band). */
  drawBand(rect, overlays, layer) {
    const { r, g, b } = this.backdrop.extendColour;
    return sharp({ create: { width: rect.width, height: rect.height, channels: 3, background: { r, g, b } } }).composite(overlays.map((o) => typeof o === "number" ? layer(o) : o)).removeAlpha();
  }
  /** One band of this capture: its layer written into the band's frame when it rasterizes opaque, else the band's composite. */
  async band(region, layout, text2) {
    const { frame, rect, overlays } = region;
    const index = overlays.find((o) => typeof o === "number");
    if (frame && index !== void 0) {
      const { svg } = this.fill(this.spec.layers[index], layout, text2);
      const { data, info } = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
      const painted = paintBand(frame, { data, width: info.width, height: info.height, channels: info.channels });
      if (painted) {
        this.bands.painted++;
        return painted;
      }
    }
    this.bands.composited++;
    return this.drawBand(rect, overlays, (i) => this.perCaptureOverlay(i, layout, text2, rect)).raw().toBuffer();
  }
  /**
   * The shot written into a canvas lent by the prebuilt frame and the per-capture bands redrawn (RGB, the frame's
   * size; the caller releases it); null when the frame cannot take these pixels. The bands are drawn first, so
   * the canvas is only taken once nothing can fail before the encode.
   */
  async composeOnPrebuilt(prebuilt, pixels, rows, layout, text2) {
    if (!prebuilt.takes(pixels, rows)) return null;
    const drawn = await Promise.all(prebuilt.regions.map((region) => this.band(region, layout, text2)));
    const painted = prebuilt.paintOnLoan(pixels, rows);
    if (painted) prebuilt.regions.forEach((region, i) => prebuilt.place(painted.data, region, drawn[i]));
    return painted;
  }
  async videoCanvas(width, height, page) {
    if (!this.opaque) {
      throw new UserError("a video needs an opaque background (videos have no transparency): choose a --background colour, gradient or preset");
    }
    const layout = this.layout({ width, height });
    const shown = displayUrl(page.url);
    const text2 = { url: this.options.title ?? shown.text, secure: shown.secure, title: page.title };
    const tagged = await this.overlays(layout, text2);
    const probe = (value) => this.pipeline(flatShot(width, height, value), height, layout, tagged).raw().toBuffer();
    const [black, white] = await Promise.all([probe(0), probe(255)]);
    const screen = { ...layout.screen, x: layout.window.x + layout.screen.x, y: layout.window.y + layout.screen.y };
    const frame = PrebuiltFrame.fromProbes(black, white, layout.canvas.width, layout.canvas.height, screen, []);
    if (!frame) throw new UserError(`frame "${this.spec.id}" draws outside its screen differently per shot, so it cannot frame a video: choose another --device`);
    return {
      width: frame.width,
      height: frame.height,
      paint: (shot) => {
        const out = frame.paint(shot, height);
        if (!out) throw new Error(`a video frame of ${shot.width}x${shot.height}x${shot.channels} for a ${width}x${height} RGB screen`);
        return out;
      }
    };
  }
  async prepare(width, height) {
    if (await this.prebuiltFor(width, height, true)) return;
    const layout = this.layout({ width, height });
    await this.pipeline(flatShot(width, height, 255), height, layout, await this.overlays(layout, SAMPLE_TEXT)).raw().toBuffer();
  }
  layout(shot) {
    const s = this.scale;
    const { insets } = this.spec;
    const px = (css) => Math.round(css * s);
    const screen = { x: px(insets.left), y: px(insets.top), width: shot.width, height: shot.height };
    const winW = screen.x + shot.width + px(insets.right);
    const winH = screen.y + shot.height + px(insets.bottom);
    const pad = px(this.options.padding);
    const radiusCss = this.spec.radius === "option" ? this.options.radius : this.spec.radius;
    const radius = Math.max(0, Math.min(px(radiusCss), Math.floor(Math.min(winW, winH) / 2)));
    return {
      canvas: { width: winW + 2 * pad, height: winH + 2 * pad },
      window: { x: pad, y: pad, width: winW, height: winH },
      screen,
      radius,
      css: {
        scale: s,
        windowWidth: winW / s,
        windowHeight: winH / s,
        screenX: screen.x / s,
        screenY: screen.y / s,
        screenWidth: shot.width / s,
        screenHeight: shot.height / s,
        radius: radius / s
      }
    };
  }
  area(layout, area) {
    const { window: w, screen } = layout;
    switch (area) {
      case "window":
        return { x: 0, y: 0, width: w.width, height: w.height };
      case "top":
        return { x: 0, y: 0, width: w.width, height: screen.y };
      case "bottom":
        return { x: 0, y: screen.y + screen.height, width: w.width, height: w.height - screen.y - screen.height };
      case "screen":
        return { ...screen };
    }
  }
  fill(layer, layout, text2, colours = this.colours) {
    const rect = this.area(layout, layer.area);
    const geometry = { width: rect.width / this.scale, height: rect.height / this.scale, pixelWidth: rect.width, pixelHeight: rect.height };
    return { svg: fillTemplate(layer.template, frameScope(this.spec, colours, layout.css, geometry, text2)), rect };
  }
  async layerOverlays(layout, text2) {
    return Promise.all(this.spec.layers.map(async (layer, i) => {
      if (this.perCapture[i]) return { overlay: this.perCaptureOverlay(i, layout, text2), layer: i };
      const { svg, rect } = this.fill(layer, layout, null);
      return { overlay: rawOverlay(await this.staticLayer(svg, rect, layer), layout.window.x + rect.x, layout.window.y + rect.y) };
    }));
  }
  /** Layer `i` filled with this capture's text, as SVG placed on the canvas (or relative to `origin`'s corner). */
  perCaptureOverlay(i, layout, text2, origin = { x: 0, y: 0 }) {
    const { svg, rect } = this.fill(this.spec.layers[i], layout, text2);
    return { input: Buffer.from(svg), left: layout.window.x + rect.x - origin.x, top: layout.window.y + rect.y - origin.y };
  }
  staticLayer(svg, rect, layer) {
    let pending = this.layerCache.get(svg);
    if (!pending) {
      pending = rasterize(svg).then((raw) => {
        if (raw.width !== rect.width || raw.height !== rect.height) {
          throw new Error(`${layer.file} drew ${raw.width}x${raw.height} px for a ${rect.width}x${rect.height} px area`);
        }
        return raw;
      });
      this.layerCache.set(svg, pending);
      pending.catch(() => this.layerCache.delete(svg));
      while (this.layerCache.size > KEEP_LAYERS) this.layerCache.delete(this.layerCache.keys().next().value);
    }
    return pending;
  }
  async outlineOverlays(layout, backdropLayout) {
    const r = layout.radius;
    const { window: win } = layout;
    const overlays = [];
    const border = this.border ? { ...this.border, width: Math.max(1, Math.round(this.border.width * this.scale)) } : null;
    if (border) overlays.push(...borderStrips(win, r, border.width, border.color));
    if (r === 0) return overlays;
    const art = await this.cornerArt(r, border);
    const rects = cornerRects(win.width, win.height, r);
    if (art.ring) for (const c of CORNERS) overlays.push(rawOverlay(art.ring[c], win.x + rects[c].x, win.y + rects[c].y));
    if (this.spec.clip) {
      const patches = await this.backdrop.cornerPatches(backdropLayout, r);
      for (const c of CORNERS) overlays.push(rawOverlay(art.cut[c], win.x + rects[c].x, win.y + rects[c].y, "dest-out"));
      for (const c of CORNERS) overlays.push(rawOverlay(patches[c], win.x + rects[c].x, win.y + rects[c].y, "dest-over"));
    }
    return overlays;
  }
  /** Rounded display corners: the shot's corners are cut away first, so the backdrop (put under last) shows there. */
  async screenCornerCuts(layout) {
    const { top, bottom } = this.spec.screenCorners;
    const { window: win, screen } = layout;
    const max = Math.floor(Math.min(screen.width, screen.height) / 2);
    const overlays = [];
    for (const [css, corners] of [[top, ["tl", "tr"]], [bottom, ["bl", "br"]]]) {
      const r = Math.min(max, Math.round(css * this.scale));
      if (r <= 0) continue;
      const art = await this.cornerArt(r, null, "screen");
      const rects = cornerRects(screen.width, screen.height, r);
      for (const c of corners) overlays.push(rawOverlay(art.cut[c], win.x + screen.x + rects[c].x, win.y + screen.y + rects[c].y, "dest-out"));
    }
    return overlays;
  }
  cornerArt(r, border, use = "window") {
    const key = `${use}:${r}`;
    let pending = this.cornerCache.get(key);
    if (!pending) {
      pending = renderCornerArt(r, border);
      this.cornerCache.set(key, pending);
    }
    return pending;
  }
  borderColour(colours) {
    const b = this.spec.border;
    if (!b || b.width === 0) return null;
    const sample = this.layout({ width: 100, height: 100 });
    const text2 = fillTemplate(b.color, frameScope(this.spec, colours, sample.css, { width: 0, height: 0, pixelWidth: 0, pixelHeight: 0 }, null)).replace(/&amp;/g, "&");
    const color = parseColor(text2);
    if (!color) throw new UserError(`frame "${this.spec.id}": window.border.color "${text2}" is not a CSS colour`);
    return { width: b.width, color };
  }
  /**
   * Fill every layer of every theme once with a sample page, so a mistake in
   * frame data (unknown name, a cycle, wrong SVG size) stops the run before
   * the browser starts, with the file to fix.
   */
  check() {
    const vp = this.spec.viewport ?? { width: 1280, height: 800 };
    const layout = this.layout({ width: Math.round(vp.width * this.scale), height: Math.round(vp.height * this.scale) });
    const text2 = { url: "example.com/a/sample/page", secure: true, title: "Sample page" };
    for (const [theme, colours] of this.spec.themes) {
      if (theme !== this.options.theme) this.borderColour(colours);
      for (const layer of this.spec.layers) {
        let filled;
        try {
          filled = this.fill(layer, layout, text2, colours);
        } catch (err) {
          if (err instanceof TemplateError) throw new UserError(`${layer.file}: ${err.message}`);
          throw err;
        }
        const root = /<svg\b[^>]*>/.exec(filled.svg)?.[0] ?? "";
        const attr = (name) => new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1];
        if (attr("width") !== String(filled.rect.width) || attr("height") !== String(filled.rect.height)) {
          throw new UserError(`${layer.file}: the root <svg> needs width="{{pixelWidth}}" height="{{pixelHeight}}" (and viewBox="0 0 {{width}} {{height}}")`);
        }
      }
    }
  }
};

// src/core/frame/data.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { readdir as readdir2, readFile as readFile2 } from "node:fs/promises";
import { dirname as dirname2, join as join3 } from "node:path";
import { fileURLToPath } from "node:url";
var CATALOG_FILE = "catalog.json";
var FRAME_FILE = "frame.json";
var FORMAT = "framecap-frames/1";
var THEMES = ["light", "dark"];
var AREAS = ["window", "top", "bottom", "screen"];
var SLOTS = ["url", "title"];
var located = null;
function framesDir() {
  if (located) return located;
  const start = dirname2(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname2(dir)) {
    const candidate = join3(dir, "frames");
    if (existsSync2(join3(candidate, CATALOG_FILE))) return located = candidate;
    if (dirname2(dir) === dir) {
      throw new UserError(`framecap's frames/ folder (with ${CATALOG_FILE}) was not found above ${start}: reinstall framecap`);
    }
  }
}
var loaded = /* @__PURE__ */ new Map();
function loadFrameData(dir = framesDir()) {
  let pending = loaded.get(dir);
  if (!pending) {
    pending = readFrameData(dir);
    loaded.set(dir, pending);
    pending.catch(() => loaded.delete(dir));
  }
  return pending;
}
var presetsByDir = /* @__PURE__ */ new Map();
async function readFrameData(dir) {
  const catalogFile = join3(dir, CATALOG_FILE);
  let catalogText;
  try {
    catalogText = await readFile2(catalogFile, "utf8");
  } catch (err) {
    throw new UserError(`cannot read the frame catalog ${catalogFile}: ${err.message}`);
  }
  const presets = parseCatalog(readJson(catalogFile, catalogText), catalogFile);
  presetsByDir.set(dir, presets);
  const entries = await readdir2(dir, { withFileTypes: true });
  const frames = [];
  for (const entry2 of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const frameDir = join3(dir, entry2.name);
    const file = join3(frameDir, FRAME_FILE);
    if (!existsSync2(file)) continue;
    frames.push(await readFrame(frameDir, entry2.name, file));
  }
  return { dir, presets, frames };
}
function readJson(file, text2) {
  try {
    return JSON.parse(text2);
  } catch (err) {
    throw new UserError(`${file} is not valid JSON: ${err.message}`);
  }
}
var Reader = class {
  constructor(file) {
    this.file = file;
  }
  file;
  fail(field, want) {
    throw new UserError(`${this.file}: "${field}" ${want}`);
  }
  obj(v, field) {
    if (typeof v !== "object" || v === null || Array.isArray(v)) this.fail(field, "must be an object");
    return v;
  }
  str(v, field) {
    if (typeof v !== "string" || v === "") this.fail(field, "must be a non-empty string");
    return v;
  }
  num(v, field, min, max) {
    if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max) this.fail(field, `must be a number from ${min} to ${max}`);
    return v;
  }
  optNum(v, field, min, max, fallback) {
    return v === void 0 ? fallback : this.num(v, field, min, max);
  }
  color(v, field) {
    const c = parseColor(this.str(v, field));
    if (!c) this.fail(field, `is not a CSS colour: ${JSON.stringify(v)}`);
    return c;
  }
  expr(v, field) {
    const source = typeof v === "number" ? String(v) : this.str(v, field);
    try {
      return parseExpr(source);
    } catch (err) {
      return this.fail(field, err.message);
    }
  }
  template(source, field) {
    try {
      return compileTemplate(source);
    } catch (err) {
      if (err instanceof TemplateError) this.fail(field, err.message);
      throw err;
    }
  }
};
function parseCatalog(json, file) {
  const r = new Reader(file);
  const root = r.obj(json, "(root)");
  if (root.format !== FORMAT) r.fail("format", `must be "${FORMAT}"`);
  const backgrounds = r.obj(root.backgrounds, "backgrounds");
  const presets = [];
  for (const [name, raw] of Object.entries(backgrounds)) {
    const field = `backgrounds.${name}`;
    if (!/^[a-z][a-z0-9-]*$/.test(name)) r.fail(field, "name must be lowercase letters, digits and dashes");
    const spec = r.obj(raw, field);
    presets.push({ name, description: r.str(spec.description, `${field}.description`), background: parsePresetBackground(r, spec, field) });
  }
  if (!presets.some((p) => p.background.kind === "transparent" && p.name === "transparent")) r.fail("backgrounds.transparent", "must exist");
  return presets;
}
function parsePresetBackground(r, spec, field) {
  if (spec.transparent === true) return { kind: "transparent" };
  if (spec.color !== void 0) return { kind: "solid", color: r.color(spec.color, `${field}.color`) };
  if (spec.gradient === void 0) r.fail(field, 'needs "color", "gradient" or "transparent": true');
  const g = r.obj(spec.gradient, `${field}.gradient`);
  const angle = r.num(g.angle, `${field}.gradient.angle`, -360, 360);
  if (!Array.isArray(g.stops) || g.stops.length < 2) r.fail(`${field}.gradient.stops`, "must list two or more colours");
  const raw = g.stops;
  const stops = raw.map((s, i) => {
    const sf = `${field}.gradient.stops[${i}]`;
    const even = i / (raw.length - 1);
    if (typeof s === "string") return { color: r.color(s, sf), offset: even };
    const o = r.obj(s, sf);
    return { color: r.color(o.color, `${sf}.color`), offset: r.optNum(o.at, `${sf}.at`, 0, 1, even) };
  });
  for (let i = 1; i < stops.length; i++) {
    if (stops[i].offset < stops[i - 1].offset) r.fail(`${field}.gradient.stops`, 'must be in increasing "at" order');
  }
  return { kind: "gradient", angle, stops };
}
async function readFrame(frameDir, folder, file) {
  const r = new Reader(file);
  const root = r.obj(readJson(file, await readFile2(file, "utf8")), "(root)");
  const id = r.str(root.id, "id");
  if (id !== folder) r.fail("id", `must equal its folder name "${folder}"`);
  if (id === "none") r.fail("id", '"none" is reserved for the plain shot');
  const kind = root.kind;
  if (kind !== "browser" && kind !== "device") r.fail("kind", 'must be "browser" or "device"');
  let viewport = null;
  let emulation = null;
  if (kind === "device") {
    const v = r.obj(root.viewport, "viewport");
    viewport = { width: r.num(v.width, "viewport.width", 100, 1e4), height: r.num(v.height, "viewport.height", 100, 1e4) };
    const e = root.emulation === void 0 ? {} : r.obj(root.emulation, "emulation");
    for (const flag of ["isMobile", "hasTouch"]) {
      if (e[flag] !== void 0 && typeof e[flag] !== "boolean") r.fail(`emulation.${flag}`, "must be true or false");
    }
    emulation = {
      deviceScaleFactor: e.deviceScaleFactor === void 0 || e.deviceScaleFactor === null ? null : r.num(e.deviceScaleFactor, "emulation.deviceScaleFactor", 1, 4),
      isMobile: e.isMobile === true,
      hasTouch: e.hasTouch === true,
      userAgent: e.userAgent === void 0 || e.userAgent === null ? null : r.str(e.userAgent, "emulation.userAgent")
    };
  } else if (root.viewport !== void 0 && root.viewport !== null) {
    r.fail("viewport", "is only for devices (browser windows take the viewport the user asks for)");
  } else if (root.emulation !== void 0) {
    r.fail("emulation", "is only for devices");
  }
  const ins = root.insets === void 0 ? {} : r.obj(root.insets, "insets");
  const insets = {
    top: r.optNum(ins.top, "insets.top", 0, 2e3, 0),
    right: r.optNum(ins.right, "insets.right", 0, 2e3, 0),
    bottom: r.optNum(ins.bottom, "insets.bottom", 0, 2e3, 0),
    left: r.optNum(ins.left, "insets.left", 0, 2e3, 0)
  };
  const win = root.window === void 0 ? {} : r.obj(root.window, "window");
  const radius = win.radius === "option" || win.radius === void 0 ? "option" : r.num(win.radius, "window.radius", 0, 1e3);
  if (win.clip !== void 0 && typeof win.clip !== "boolean") r.fail("window.clip", "must be true or false");
  const clip = win.clip !== false;
  const sc = root.screenCorners === void 0 ? {} : r.obj(root.screenCorners, "screenCorners");
  const screenCorners = {
    top: r.optNum(sc.top, "screenCorners.top", 0, 500, 0),
    bottom: r.optNum(sc.bottom, "screenCorners.bottom", 0, 500, 0)
  };
  let border = null;
  if (win.border !== void 0 && win.border !== null) {
    const b = r.obj(win.border, "window.border");
    border = { width: r.num(b.width, "window.border.width", 0, 50), color: r.template(r.str(b.color, "window.border.color"), "window.border.color") };
  }
  const shadowList = root.shadow === void 0 ? [] : root.shadow;
  if (!Array.isArray(shadowList)) r.fail("shadow", "must be a list of shadows");
  const shadow = shadowList.map((s, i) => {
    const f = `shadow[${i}]`;
    const o = r.obj(s, f);
    return {
      offsetX: r.optNum(o.offsetX, `${f}.offsetX`, -500, 500, 0),
      offsetY: r.optNum(o.offsetY, `${f}.offsetY`, -500, 500, 0),
      blur: r.num(o.blur, `${f}.blur`, 0, 500),
      spread: r.optNum(o.spread, `${f}.spread`, -500, 500, 0),
      opacity: r.num(o.opacity, `${f}.opacity`, 0, 1)
    };
  });
  const text2 = /* @__PURE__ */ new Map();
  const textRoot = root.text === void 0 ? {} : r.obj(root.text, "text");
  for (const [slot, raw] of Object.entries(textRoot)) {
    if (!SLOTS.includes(slot)) r.fail(`text.${slot}`, `is not a text slot (known: ${SLOTS.join(", ")})`);
    const t = r.obj(raw, `text.${slot}`);
    text2.set(slot, { maxWidth: r.expr(t.maxWidth, `text.${slot}.maxWidth`), fontSize: r.num(t.fontSize, `text.${slot}.fontSize`, 4, 200) });
  }
  const vars = /* @__PURE__ */ new Map();
  const varsRoot = root.vars === void 0 ? {} : r.obj(root.vars, "vars");
  for (const [name, raw] of Object.entries(varsRoot)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) r.fail(`vars.${name}`, "name must be letters, digits and _");
    vars.set(name, r.expr(raw, `vars.${name}`));
  }
  const themesRoot = r.obj(root.themes, "themes");
  const themes = /* @__PURE__ */ new Map();
  let firstKeys = null;
  for (const [theme, raw] of Object.entries(themesRoot)) {
    if (!THEMES.includes(theme)) r.fail(`themes.${theme}`, `is not a theme (known: ${THEMES.join(", ")})`);
    const colours = /* @__PURE__ */ new Map();
    for (const [key, value] of Object.entries(r.obj(raw, `themes.${theme}`))) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) r.fail(`themes.${theme}.${key}`, "name must be letters, digits and _");
      colours.set(key, r.str(value, `themes.${theme}.${key}`));
    }
    const keys = [...colours.keys()].sort().join(",");
    if (firstKeys !== null && keys !== firstKeys) r.fail(`themes.${theme}`, "must define the same names as the other themes");
    firstKeys = keys;
    themes.set(theme, colours);
  }
  if (themes.size === 0) r.fail("themes", "must define at least one theme");
  if (!Array.isArray(root.layers)) r.fail("layers", "must be a list");
  const layers = [];
  for (const [i, raw] of root.layers.entries()) {
    const f = `layers[${i}]`;
    const o = r.obj(raw, f);
    const svgName = r.str(o.svg, `${f}.svg`);
    if (svgName.includes("/") || svgName.includes("\\") || !svgName.endsWith(".svg")) r.fail(`${f}.svg`, "must be an .svg file name in the frame folder");
    const area = o.area ?? "window";
    if (!AREAS.includes(area)) r.fail(`${f}.area`, `must be one of ${AREAS.join(", ")}`);
    if (area === "top" && insets.top === 0) r.fail(`${f}.area`, 'is "top" but insets.top is 0');
    if (area === "bottom" && insets.bottom === 0) r.fail(`${f}.area`, 'is "bottom" but insets.bottom is 0');
    const svgFile = join3(frameDir, svgName);
    let source;
    try {
      source = await readFile2(svgFile, "utf8");
    } catch (err) {
      return r.fail(`${f}.svg`, `cannot be read: ${err.message}`);
    }
    layers.push({ file: svgFile, area, template: new Reader(svgFile).template(source, "template") });
  }
  return {
    id,
    kind,
    description: r.str(root.description, "description"),
    viewport,
    emulation,
    insets,
    radius,
    clip,
    screenCorners,
    border,
    shadow,
    text: text2,
    vars,
    layers,
    themes
  };
}

// src/core/frame/fonts.ts
import { readdir as readdir3 } from "node:fs/promises";
import { join as join4 } from "node:path";
var FONTS_FOLDER = "fonts";
var registered = /* @__PURE__ */ new Map();
function registerFrameFonts(framesDir2) {
  const dir = join4(framesDir2, FONTS_FOLDER);
  let pending = registered.get(dir);
  if (!pending) {
    pending = register(dir);
    registered.set(dir, pending);
  }
  return pending;
}
async function register(dir) {
  let names;
  try {
    names = (await readdir3(dir)).filter((n) => /\.(ttf|otf)$/i.test(n)).sort();
  } catch {
    return [];
  }
  const files = names.map((n) => join4(dir, n));
  for (const fontfile of files) await sharp({ text: { text: ".", fontfile } }).png().toBuffer();
  return files;
}

// src/core/frame/index.ts
var NONE = {
  id: "none",
  kind: "none",
  themes: ["light", "dark"],
  description: "the plain screenshot: no frame, background or padding",
  viewport: null,
  emulation: null
};
var THEME_ORDER = ["light", "dark"];
async function loadCatalog(dir) {
  const data = await loadFrameData(dir);
  const frames = data.frames.map((spec) => ({
    id: spec.id,
    kind: spec.kind,
    themes: THEME_ORDER.filter((t) => spec.themes.has(t)),
    description: spec.description,
    viewport: spec.viewport ? { ...spec.viewport } : null,
    emulation: spec.emulation ? { ...spec.emulation } : null
  }));
  frames.push({ ...NONE, themes: [...NONE.themes] });
  const backgrounds = data.presets.map((p) => ({ name: p.name, kind: p.background.kind, description: p.description }));
  return { frames, backgrounds };
}
async function frameScale(device, choice, dir) {
  if (device === "none" || choice !== "device") return resolveScale(choice, null);
  const spec = (await loadFrameData(dir)).frames.find((f) => f.id === device);
  return resolveScale(choice, spec?.emulation?.deviceScaleFactor ?? null);
}
async function createCompositor(frame, output, scaleChoice, dir) {
  if (scaleChoice !== "device" && !(Number.isFinite(scaleChoice) && scaleChoice > 0)) throw new UserError(`scale must be a positive number, got ${scaleChoice}`);
  const settings = { maxHeight: frame.maxHeight, thumbnail: frame.thumbnail, shadowStrength: frame.shadowStrength, split: output.split ?? null };
  if (settings.maxHeight !== null && !(settings.maxHeight >= 1)) throw new UserError(`max height must be at least 1 CSS px, got ${settings.maxHeight}`);
  if (settings.thumbnail !== null && !(Number.isInteger(settings.thumbnail) && settings.thumbnail >= 16)) {
    throw new UserError(`thumbnail width must be a whole number of px, 16 or more, got ${settings.thumbnail}`);
  }
  if (!(settings.shadowStrength >= 0 && settings.shadowStrength <= 3)) throw new UserError(`shadow strength must be from 0 to 3, got ${settings.shadowStrength}`);
  const data = await loadFrameData(dir);
  await registerFrameFonts(data.dir);
  const background = resolveBackground(frame.background, data.presets);
  if (frame.device === "none") return plainCompositor(output, settings, resolveScale(scaleChoice, null));
  const spec = data.frames.find((f) => f.id === frame.device);
  if (!spec) {
    const known = [...data.frames.map((f) => f.id), "none"].join(", ");
    throw new UserError(`unknown frame "${frame.device}": use one of ${known} (framecap devices lists them)`);
  }
  const scale = resolveScale(scaleChoice, spec.emulation?.deviceScaleFactor ?? null);
  return new FrameCompositor(spec, frame, background, output, scale, settings);
}

// src/core/plan.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { createHash } from "node:crypto";
var MAX_SHARDS = 1e3;
var MAX_STEM_LENGTH = 120;
var MAX_SEGMENT_LENGTH = 60;
var COLLISION_SUFFIX_LENGTH = 9;
var BASE_STEM_LENGTH = MAX_STEM_LENGTH - COLLISION_SUFFIX_LENGTH;
var BASE_SEGMENT_LENGTH = MAX_SEGMENT_LENGTH - COLLISION_SUFFIX_LENGTH;
var MAX_INVALID_WARNINGS = 20;
var sha1 = (text2) => createHash("sha1").update(text2).digest("hex");
function normalizeUrl(raw) {
  const url = parseHttpUrl(raw);
  return url ? canonical(url) : null;
}
function isHashRoute(hash) {
  return /^#(\/|!)/.test(hash) && !/^#(\/|!\/?)$/.test(hash);
}
function canonical(parsed, keepFragment) {
  const url = new URL(parsed.href);
  url.username = "";
  url.password = "";
  if (!isHashRoute(url.hash) && !(url.hash !== "" && keepFragment?.(url))) url.hash = "";
  if (url.search === "") url.search = "";
  return url.href;
}
function parseHttpUrl(raw) {
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.hostname === "") return null;
  return url;
}
function describeRaw(raw) {
  const clipped = raw.length > 200 ? `${raw.slice(0, 200)}\u2026` : raw;
  return JSON.stringify(clipped.replace(/\/\/[^/?#\s]*@/g, "//***@"));
}
function shardOf(normalizedUrl, count2) {
  if (!Number.isInteger(count2) || count2 < 1) throw new RangeError(`shard count must be a positive integer, got ${count2}`);
  if (count2 === 1) return 1;
  const h = Number.parseInt(sha1(normalizedUrl).slice(0, 12), 16);
  return h % count2 + 1;
}
function parseShard(text2) {
  const m = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text2);
  const index = m ? Number(m[1]) : NaN;
  const count2 = m ? Number(m[2]) : NaN;
  if (!(index >= 1 && count2 >= index && count2 <= MAX_SHARDS)) {
    throw new UserError(
      `invalid shard ${JSON.stringify(text2)}: write k/n with 1 <= k <= n <= ${MAX_SHARDS}, e.g. 2/4 for the second of four shards`
    );
  }
  return { index, count: count2 };
}
var WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
var MAX_SEGMENT_INPUT = 1024;
function cleanSegment(raw, isFolder) {
  let text2 = percentDecode(raw.slice(0, MAX_SEGMENT_INPUT));
  if (isFolder) text2 = text2.replace(/\./g, "-");
  const cleaned = text2.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/-{2,}/g, "-").replace(/\.{2,}/g, ".");
  return trimDotsAndDashes(cleaned);
}
function percentDecode(segment) {
  if (!segment.includes("%")) return segment;
  const bytes = [];
  for (let i = 0; i < segment.length; i++) {
    const hex = segment[i] === "%" ? segment.slice(i + 1, i + 3) : "";
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(segment.charCodeAt(i) & 255);
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function trimDotsAndDashes(text2) {
  let start = 0;
  let end = text2.length;
  while (start < end && (text2[start] === "." || text2[start] === "-")) start++;
  while (end > start && (text2[end - 1] === "." || text2[end - 1] === "-")) end--;
  return text2.slice(start, end);
}
function unreserve(segment) {
  const dot = segment.indexOf(".");
  const base = dot === -1 ? segment : segment.slice(0, dot);
  return WINDOWS_RESERVED.test(base) ? `${base}_${segment.slice(base.length)}` : segment;
}
function capSegment(segment, max) {
  if (segment.length <= max) return segment;
  return `${segment.slice(0, max - COLLISION_SUFFIX_LENGTH).replace(/[.-]+$/, "")}-${sha1(segment).slice(0, 8)}`;
}
function fileStem(normalizedUrl, primaryHost) {
  const url = new URL(normalizedUrl);
  const route = isHashRoute(url.hash) ? url.hash.replace(/^#!?\/?/, "") : "";
  const routeQuery = route.includes("?");
  const raw = [...url.pathname.split("/"), ...route.replace(/\?.*$/, "").split("/")].filter((s) => s !== "");
  const last = raw.length - 1;
  const segments = raw.map((rawSegment, i) => {
    let s = i === last ? cleanSegment(rawSegment.replace(/\.html?$/i, ""), false) : cleanSegment(rawSegment, true);
    if (s === "") s = sha1(rawSegment.slice(0, MAX_SEGMENT_INPUT)).slice(0, 6);
    return s;
  });
  if (segments.length === 0) segments.push("index");
  const foreignHost = primaryHost !== void 0 && url.host !== primaryHost;
  const keptFragment2 = url.hash !== "" && !isHashRoute(url.hash);
  if (url.search !== "" || routeQuery || foreignHost || keptFragment2) segments[segments.length - 1] += `-${sha1(url.href).slice(0, 6)}`;
  let stem = segments.map((s) => capSegment(unreserve(s), BASE_SEGMENT_LENGTH)).join("/");
  if (stem.length > BASE_STEM_LENGTH) {
    let keep = stem.slice(0, BASE_STEM_LENGTH - COLLISION_SUFFIX_LENGTH);
    const lastStart = keep.lastIndexOf("/") + 1;
    keep = keep.slice(0, lastStart + BASE_SEGMENT_LENGTH - COLLISION_SUFFIX_LENGTH).replace(/[./-]+$/, "");
    stem = `${keep}-${sha1(stem).slice(0, 8)}`;
  }
  return stem;
}
var ID_SEGMENT = /^(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{12,})$/i;
function urlTemplate(normalizedUrl) {
  const url = new URL(normalizedUrl);
  const trailingSlash = url.pathname.length > 1 && url.pathname.endsWith("/");
  const segments = url.pathname.split("/").filter((s) => s !== "");
  const general = segments.map((s, i) => ID_SEGMENT.test(s) || i === segments.length - 1 && segments.length > 1 ? "*" : s);
  const path = `/${general.join("/")}${trailingSlash ? "/" : ""}`;
  return `${url.host}${path}${url.search ? "?*" : ""}`;
}
function compileMatcher(patterns) {
  const pathGlobs = patterns.filter((p) => !/^https?:/i.test(p));
  const urlGlobs = patterns.filter((p) => /^https?:/i.test(p));
  const opts = { dot: true };
  const onPath = pathGlobs.length > 0 ? (0, import_picomatch.default)(pathGlobs, opts) : null;
  const onUrl = urlGlobs.length > 0 ? (0, import_picomatch.default)(urlGlobs, opts) : null;
  if (!onPath && !onUrl) return null;
  return (url) => {
    if (onUrl?.(url.href)) return true;
    if (!onPath) return false;
    const candidates = [url.pathname];
    if (url.search) candidates.push(url.pathname + url.search);
    for (const c of [...candidates]) {
      const decoded2 = safeDecode(c);
      if (decoded2 !== c) candidates.push(decoded2);
    }
    return candidates.some((c) => onPath(c));
  };
}
function safeDecode(text2) {
  try {
    return decodeURI(text2);
  } catch {
    return text2;
  }
}
function planScope(options2) {
  const include = compileMatcher(options2.include);
  const exclude = compileMatcher(options2.exclude);
  const { shard } = options2;
  return (normalizedUrl) => {
    const url = new URL(normalizedUrl);
    if (include && !include(url) || exclude?.(url)) return false;
    return !shard || shardOf(normalizedUrl, shard.count) === shard.index;
  };
}
function createPlanner(options2, warn, keepFragment) {
  const include = compileMatcher(options2.include);
  const exclude = compileMatcher(options2.exclude);
  const { limit, shard } = options2;
  const perPattern = options2.perPattern ?? null;
  if (limit !== null && !(Number.isInteger(limit) && limit >= 0)) throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  if (perPattern !== null && !(Number.isInteger(perPattern) && perPattern >= 1)) throw new RangeError(`per-pattern must be a positive integer, got ${perPattern}`);
  const perTemplate = /* @__PURE__ */ new Map();
  const seenUrls = /* @__PURE__ */ new Set();
  const takenStems = /* @__PURE__ */ new Set();
  const warnedCredentialHosts = /* @__PURE__ */ new Set();
  let primaryHost;
  let accepted = 0;
  const stats = { seen: 0, invalid: 0, duplicates: 0, excluded: 0, overLimit: 0, otherShard: 0, planned: 0 };
  if (perPattern !== null) stats.overPattern = 0;
  const claimStem = (url) => {
    const base = fileStem(url, primaryHost);
    let stem = base;
    for (let attempt2 = 0; takenStems.has(stem); attempt2++) {
      stem = `${base}-${sha1(attempt2 === 0 ? url : `${url}
${attempt2}`).slice(0, 8)}`;
    }
    takenStems.add(stem);
    return stem;
  };
  return {
    get full() {
      return limit !== null && accepted >= limit;
    },
    get stats() {
      return { ...stats };
    },
    seen: (normalizedUrl) => seenUrls.has(normalizedUrl),
    add(d) {
      stats.seen++;
      const parsed = parseHttpUrl(d.url);
      if (!parsed) {
        stats.invalid++;
        if (stats.invalid <= MAX_INVALID_WARNINGS) {
          warn(`skipped ${describeRaw(d.url)} from ${d.source}: not an absolute http(s) URL`);
          if (stats.invalid === MAX_INVALID_WARNINGS) warn("more invalid URLs are skipped without a warning (see the run stats)");
        }
        return null;
      }
      if ((parsed.username !== "" || parsed.password !== "") && !warnedCredentialHosts.has(parsed.host)) {
        warnedCredentialHosts.add(parsed.host);
        warn(
          `removed user:password from URLs on ${parsed.host}: framecap does not send URL credentials; pass them as an Authorization header instead`
        );
      }
      const normalized = canonical(parsed, keepFragment);
      if (seenUrls.has(normalized)) {
        stats.duplicates++;
        return null;
      }
      seenUrls.add(normalized);
      const url = new URL(normalized);
      if (include && !include(url) || exclude?.(url)) {
        stats.excluded++;
        return null;
      }
      if (perPattern !== null && !(limit !== null && accepted >= limit)) {
        const template = urlTemplate(normalized);
        const taken = perTemplate.get(template) ?? 0;
        if (taken >= perPattern) {
          stats.overPattern++;
          return null;
        }
        perTemplate.set(template, taken + 1);
      }
      if (limit !== null && accepted >= limit) {
        stats.overLimit++;
        return null;
      }
      accepted++;
      primaryHost ??= url.host;
      const name = claimStem(normalized);
      if (shard && shardOf(normalized, shard.count) !== shard.index) {
        stats.otherShard++;
        return null;
      }
      const target = { index: stats.planned, url: normalized, name };
      if (d.lastmod !== void 0) target.lastmod = d.lastmod;
      stats.planned++;
      return target;
    }
  };
}

// src/core/sink/entry-name.ts
function safeEntryName(name) {
  const problem = entryNameProblem(name);
  if (problem) throw new Error(`unsafe output file name ${JSON.stringify(name)}: ${problem}`);
  return name;
}
function entryNameProblem(name) {
  if (typeof name !== "string" || name.length === 0) return "it is empty";
  if (name.length > 1024) return "it is longer than 1024 characters";
  if (/[\u0000-\u001f\u007f]/.test(name)) return "it contains control characters";
  if (name.includes("\\")) return "it contains a backslash";
  if (name.includes(":")) return 'it contains ":" (a drive or stream name on Windows)';
  if (name.startsWith("/")) return "it is absolute";
  for (const segment of name.split("/")) {
    if (segment === "") return "it has an empty path segment";
    if (segment === "." || segment === "..") return `it has a "${segment}" segment`;
  }
  return null;
}

// src/core/recipe.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { createHash as createHash2 } from "node:crypto";
var EMULATION_DEFAULTS = {
  timezone: null,
  locale: null,
  geolocation: null,
  javaScript: true,
  reducedMotion: true,
  omitBackground: false
};
var VARIANT_NAME = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/;
var MAX_VARIANTS = 20;
var MAX_PAGE_RULES = 100;
function runRecipe(options2) {
  const { render: r, frame: f, output: o } = options2;
  return {
    render: {
      viewport: { ...r.viewport },
      scale: r.scale,
      fullPage: r.fullPage,
      waitUntil: r.waitUntil,
      waitFor: r.waitFor,
      delay: r.delay,
      hide: [...r.hide],
      colorScheme: r.colorScheme,
      timeoutMs: r.timeoutMs,
      steps: r.steps ?? [],
      region: r.region ?? null,
      video: r.video ?? null,
      ...pageEmulation(r.emulation)
    },
    frame: {
      device: f.device,
      theme: f.theme,
      background: f.background,
      padding: f.padding,
      radius: f.radius,
      shadow: f.shadow,
      title: f.title,
      shadowStrength: f.shadowStrength,
      maxHeight: f.maxHeight,
      composite: f.composite.layout === "responsive" ? { layout: "responsive", devices: [...f.composite.devices] } : { layout: "none" }
    },
    output: { format: o.format, quality: o.quality, split: o.split ?? null }
  };
}
function pageEmulation(e) {
  const d = EMULATION_DEFAULTS;
  return {
    timezone: e?.timezone ?? d.timezone,
    locale: e?.locale ?? d.locale,
    geolocation: e?.geolocation ? { latitude: e.geolocation.latitude, longitude: e.geolocation.longitude } : d.geolocation,
    javaScript: e?.javaScript ?? d.javaScript,
    reducedMotion: e?.reducedMotion ?? d.reducedMotion,
    omitBackground: e?.omitBackground ?? d.omitBackground
  };
}
function renderFor(run, render, scale) {
  const { timezone, locale, geolocation, javaScript, reducedMotion, omitBackground, scale: _choice, ...rest } = render;
  return { ...run, ...rest, scale, emulation: { ...run.emulation, timezone, locale, geolocation, javaScript, reducedMotion, omitBackground } };
}
function applyOverrides(recipe, set) {
  return {
    render: { ...recipe.render, ...given(set.render) },
    frame: { ...recipe.frame, ...given(set.frame) },
    output: { ...recipe.output, ...given(set.output) }
  };
}
function given(fields) {
  if (!fields) return {};
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== void 0));
}
function createRecipeBook(options2) {
  const base = runRecipe(options2);
  const rules = (options2.pages ?? []).map((rule) => ({ rule, test: compileMatch(rule) }));
  const variants = options2.variants ?? [];
  checkVariants(variants);
  const fragmentRules = rules.filter(({ rule }) => rule.keepFragment);
  return {
    variants,
    forPage(normalizedUrl) {
      const url = new URL(normalizedUrl);
      let recipe = base;
      const matched = [];
      for (const { rule, test } of rules) {
        if (!test(url)) continue;
        recipe = applyOverrides(recipe, rule.set);
        matched.push(rule.label);
      }
      return { recipe, rules: matched };
    },
    keepsFragment(url) {
      return fragmentRules.some(({ test }) => test(url));
    }
  };
}
function checkVariants(variants) {
  if (variants.length > MAX_VARIANTS) throw new UserError(`at most ${MAX_VARIANTS} variants, got ${variants.length}`);
  const seen = /* @__PURE__ */ new Set();
  for (const v of variants) {
    if (!VARIANT_NAME.test(v.name)) {
      throw new UserError(`variant name ${JSON.stringify(v.name)}: use 1-32 lower-case letters, digits and dashes (it goes into file names)`);
    }
    if (seen.has(v.name)) throw new UserError(`variant name "${v.name}" is given twice: each variant needs its own name`);
    seen.add(v.name);
  }
}
function compileMatch(rule) {
  const { match } = rule;
  if ("url" in match) {
    const wanted = new URL(match.url);
    const wantedHash = wanted.hash;
    wanted.hash = "";
    return (url) => {
      const bare = new URL(url.href);
      bare.hash = "";
      return bare.href === wanted.href && (url.hash === "" || wantedHash === "" || url.hash === wantedHash);
    };
  }
  let test;
  if ("glob" in match) {
    let isMatch;
    try {
      isMatch = (0, import_picomatch2.default)(match.glob, { dot: true, strictBrackets: true });
    } catch (err) {
      throw new UserError(`${rule.label}: match: ${JSON.stringify(match.glob)} is not a valid glob (${err.message})`);
    }
    test = (text2) => isMatch(text2);
  } else {
    let re;
    try {
      re = new RegExp(match.regex, "u");
    } catch (err) {
      throw new UserError(`${rule.label}: regex: ${JSON.stringify(match.regex)} is not a valid regular expression (${err.message})`);
    }
    test = (text2) => re.test(text2);
  }
  return (url) => pathCandidates(url).some(test);
}
function pathCandidates(url) {
  const out = [url.pathname];
  if (url.search) out.push(url.pathname + url.search);
  for (const c of [...out]) {
    try {
      const decoded2 = decodeURI(c);
      if (decoded2 !== c) out.push(decoded2);
    } catch {
    }
  }
  return out;
}
function recipeDigest(target) {
  if (target.variant === null && target.rules.length === 0) return null;
  return createHash2("sha256").update(recipeKey(target.recipe)).digest("hex").slice(0, 16);
}
function loadsPerPage(options2) {
  const devices = (c) => c.layout === "responsive" ? c.devices.length : 1;
  const fromRules = Math.max(devices(options2.frame.composite), ...(options2.pages ?? []).map((r) => r.set.frame?.composite ? devices(r.set.frame.composite) : 1));
  const variants = options2.variants ?? [];
  if (variants.length === 0) return fromRules;
  return variants.reduce((sum, v) => sum + (v.set.frame?.composite ? devices(v.set.frame.composite) : fromRules), 0);
}
function recipeKey(recipe) {
  return JSON.stringify(recipe, function(key, value) {
    if ((key === "video" || key === "split") && value === null) return void 0;
    if (key === "composite" && value.layout === "none") return void 0;
    if (this === recipe.render && Object.hasOwn(EMULATION_DEFAULTS, key) && value === EMULATION_DEFAULTS[key]) return void 0;
    return value;
  });
}
function targetsOf(page, choice, variants, firstIndex) {
  const common = { url: page.url, page: page.index, rules: choice.rules, ...page.lastmod !== void 0 ? { lastmod: page.lastmod } : {} };
  if (variants.length === 0) return [{ ...common, index: firstIndex, name: page.name, variant: null, recipe: choice.recipe }];
  return variants.map((v, i) => ({
    ...common,
    index: firstIndex + i,
    name: `${page.name}@${v.name}`,
    variant: v.name,
    recipe: applyOverrides(choice.recipe, v.set)
  }));
}
function contextGroup(recipe) {
  const { viewport, scale, colorScheme, timezone, locale, geolocation, javaScript, reducedMotion } = recipe.render;
  const { composite } = recipe.frame;
  const look = composite.layout === "responsive" ? composite.devices : recipe.frame.device;
  return JSON.stringify([viewport.width, viewport.height, scale, colorScheme, look, timezone, locale, geolocation, javaScript, reducedMotion]);
}
function contextOrder(targets, current = null) {
  const groups = /* @__PURE__ */ new Map();
  if (current !== null) groups.set(current, []);
  for (const t of targets) {
    const key = contextGroup(t.recipe);
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()].flat();
}

// src/core/output/limits.ts
var MAX_MANIFEST_BYTES = 256 * 1024 * 1024;
var MAX_MANIFEST_ROWS = 1e6;
var MAX_FILE_BYTES = 256 * 1024 * 1024;
var MAX_OUTPUT_ENTRIES = 2e6;
var MAX_OUTPUT_BYTES = 1024 ** 4;
var MAX_DOWNLOAD_BYTES = 4 * 1024 * 1024 * 1024;
var OUTPUT_ZIP_LIMITS = { maxEntries: MAX_OUTPUT_ENTRIES, maxEntryBytes: MAX_FILE_BYTES, maxTotalBytes: MAX_OUTPUT_BYTES };

// src/core/output/manifest-check.ts
var MAX_URL_LENGTH = 8192;
var MAX_VALIDATOR_LENGTH2 = 1024;
var MAX_SIDE2 = 1e6;
var MAX_SHORT_TEXT = 200;
var MAX_TEXT = 64 * 1024;
var MAX_LIST = 1e4;
var JOB_TYPES = ["capture", "batch", "sitemap"];
var JOB_STATUSES = ["pending", "processing", "completed", "partial", "failed", "canceled"];
var WEBHOOK_STATUSES = ["pending", "delivered", "failed"];
var CATEGORIES = ["timeout", "http_4xx", "http_5xx", "dns", "tls", "network", "crash", "blocked", "blank", "step", "selector", "login", "other"];
var READINESS = ["lazy", "images", "fonts", "busy", "network", "stable"];
var CHANGES = ["new", "changed", "unchanged", "removed"];
var LIST_SOURCES = ["file", "os-package", "download"];
function isSafeOutputFile(name) {
  return typeof name === "string" && entryNameProblem(name) === null;
}
function checkManifest(data, label, hint = "") {
  let doc;
  try {
    doc = JSON.parse(typeof data === "string" ? data : data.toString("utf8"));
  } catch (err) {
    throw new UserError(`${label}: manifest.json is not valid JSON (${err.message})${hint}`);
  }
  const notOurs = (why) => new UserError(`${label}: manifest.json is not a framecap manifest (${why})${hint}`);
  if (!isObject2(doc)) throw notOurs("not an object");
  if (!Array.isArray(doc.captures)) throw notOurs('no "captures" list');
  if (doc.captures.length > MAX_MANIFEST_ROWS) throw notOurs(`more than ${MAX_MANIFEST_ROWS} captures, more than framecap reads`);
  const faults = [];
  const captures = [];
  let dropped = 0;
  doc.captures.forEach((raw, i) => {
    const row = checkRow(raw, (f) => faults.push(`captures[${i}]${f}`));
    if (row) captures.push(row);
    else dropped++;
  });
  const framecap = shortText(doc.framecap);
  if (framecap === null) faults.push('no "framecap" version');
  const job = checkJob(doc.job, (f) => faults.push(`job${f}`));
  const settings = isObject2(doc.settings) ? checkSettings(doc.settings, (f) => faults.push(`settings${f}`)) : null;
  if (!settings) faults.push('no "settings"');
  let warnings = [];
  if (doc.warnings !== void 0) {
    if (Array.isArray(doc.warnings) && doc.warnings.length <= MAX_LIST && doc.warnings.every((w) => text(w) !== null)) warnings = doc.warnings;
    else faults.push('"warnings" is not a list of strings');
  }
  const warningsDropped = count(doc.warnings_dropped) ?? 0;
  const rawJob = isObject2(doc.job) ? doc.job : {};
  const jobId = typeof rawJob.id === "string" && /^[\w.:-]{1,200}$/.test(rawJob.id) ? rawJob.id : null;
  return { framecap, job, jobId, settings, look: lookOf(settings ?? {}), warnings, warnings_dropped: warningsDropped, captures, dropped, faults };
}
function completeManifest(checked, label, hint = "") {
  const { framecap, job, settings } = checked;
  const missing = settings ? SETTINGS_REQUIRED.filter((key) => settings[key] === void 0).map((key) => `settings.${key} is missing`) : [];
  const problems = [...checked.faults, ...missing];
  if (problems.length > 0 || framecap === null || job === null || settings === null || !isCompleteSettings(settings)) {
    const more = problems.length > 1 ? ` and ${problems.length - 1} more problem(s)` : "";
    throw new UserError(`${label}: manifest.json is not a framecap manifest (${problems[0] ?? "incomplete"}${more})${hint}`);
  }
  return { framecap, job, settings, warnings: checked.warnings, warnings_dropped: checked.warnings_dropped, captures: checked.captures };
}
function checkRow(raw, fault) {
  if (!isObject2(raw)) return drop(fault, " is not a row");
  const url = typeof raw.url === "string" && raw.url.length <= MAX_URL_LENGTH && /^https?:\/\//i.test(raw.url) ? raw.url : null;
  if (!url) return drop(fault, ".url is not an http(s) URL");
  const status = raw.status === "ok" || raw.status === "failed" ? raw.status : null;
  if (!status) return drop(fault, '.status is neither "ok" nor "failed"');
  let file = null;
  if (raw.file !== null && raw.file !== void 0) {
    const problem = typeof raw.file === "string" ? entryNameProblem(raw.file) : "it is not a string";
    if (problem) return drop(fault, `.file: unsafe output file name ${JSON.stringify(raw.file)} (${problem})`);
    file = raw.file;
  }
  const video = raw.kind === "video";
  const format = IMAGE_FORMATS.includes(raw.format) ? raw.format : video && VIDEO_FORMATS.includes(raw.format) ? raw.format : null;
  const width = side(raw.width);
  const height = side(raw.height);
  if (status === "ok") {
    if (file === null) return drop(fault, ' is "ok" but names no file');
    if (format === null || width === null || height === null) return drop(fault, ' is "ok" but has no format, width or height');
  }
  const nullable = (key, value, check) => {
    if (value === null || value === void 0) return null;
    const checked = check(value);
    if (checked === null) fault(`.${key} is not valid`);
    return checked;
  };
  const row = {
    url,
    final_url: nullable("final_url", raw.final_url, (v) => typeof v === "string" && v.length <= MAX_URL_LENGTH ? v : null),
    http_status: nullable("http_status", raw.http_status, (v) => Number.isInteger(v) && v >= 100 && v <= 599 ? v : null),
    status,
    file,
    width: status === "ok" ? width : nullable("width", raw.width, side),
    height: status === "ok" ? height : nullable("height", raw.height, side),
    format: status === "ok" ? format : nullable("format", raw.format, () => format),
    bytes: nullable("bytes", raw.bytes, count),
    sha256: nullable("sha256", raw.sha256, sha256),
    duration_ms: orDefault("duration_ms", raw.duration_ms, 0, (v) => typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : null, fault),
    attempts: orDefault("attempts", raw.attempts, 0, count, fault),
    error: nullable("error", raw.error, text)
  };
  optional(row, "variant", raw, fault, (v) => typeof v === "string" && VARIANT_NAME.test(v) ? v : void 0);
  optional(row, "rules", raw, fault, (v) => Array.isArray(v) && v.length <= MAX_PAGE_RULES * 2 && v.every((r) => shortText(r) !== null) ? v.map(String) : void 0);
  optional(row, "recipe", raw, fault, (v) => typeof v === "string" && /^[0-9a-f]{16}$/.test(v) ? v : void 0);
  optional(row, "composite", raw, fault, (v) => Array.isArray(v) && v.length <= 3 && v.every((d) => shortText(d) !== null) ? v.map(String) : void 0);
  optional(row, "category", raw, fault, (v) => v === null ? null : CATEGORIES.includes(v) ? v : void 0);
  optional(row, "readiness_timeouts", raw, fault, (v) => Array.isArray(v) && v.every((c) => READINESS.includes(c)) ? [...v] : void 0);
  optional(row, "consent", raw, fault, (v) => v === null ? null : shortText(v) ?? void 0);
  optional(row, "change", raw, fault, (v) => CHANGES.includes(v) ? v : void 0);
  optional(row, "changed_share", raw, fault, (v) => typeof v === "number" && v >= 0 && v <= 1 ? v : void 0);
  optional(row, "reused", raw, fault, (v) => typeof v === "boolean" ? v : void 0);
  optional(row, "diff", raw, fault, (v) => isSafeOutputFile(v) ? v : void 0);
  optional(row, "side_by_side", raw, fault, (v) => isSafeOutputFile(v) ? v : void 0);
  optional(row, "validators", raw, fault, (v) => checkValidators(v, (f) => fault(`.validators${f}`)) ?? void 0);
  optional(row, "blocked_requests", raw, fault, (v) => count(v) ?? void 0);
  optional(row, "hidden_elements", raw, fault, (v) => count(v) ?? void 0);
  optional(row, "parts", raw, fault, (v) => checkParts(v) ?? void 0);
  optional(row, "kind", raw, fault, (v) => v === "video" ? v : void 0);
  optional(row, "poster", raw, fault, (v) => isSafeOutputFile(v) ? v : void 0);
  optional(row, "poster_sha256", raw, fault, (v) => sha256(v) ?? void 0);
  optional(row, "video_duration_ms", raw, fault, (v) => count(v) ?? void 0);
  optional(row, "frames", raw, fault, (v) => count(v) ?? void 0);
  optional(row, "fps", raw, fault, (v) => count(v) ?? void 0);
  optional(row, "video_cut", raw, fault, (v) => text(v) ?? void 0);
  return row;
}
var MAX_PARTS = 1e4;
function checkParts(raw) {
  if (!Array.isArray(raw) || raw.length < 2 || raw.length > MAX_PARTS) return null;
  const parts = [];
  for (const p of raw) {
    if (!isObject2(p) || !isSafeOutputFile(p.file)) return null;
    const y = count(p.y);
    const pageHeight = side(p.page_height);
    const width = side(p.width);
    const height = side(p.height);
    const bytes = count(p.bytes);
    const hash = sha256(p.sha256);
    const format = IMAGE_FORMATS.includes(p.format) ? p.format : null;
    if (y === null || pageHeight === null || width === null || height === null || bytes === null || hash === null || format === null) return null;
    parts.push({ file: p.file, y, page_height: pageHeight, width, height, format, bytes, sha256: hash });
  }
  return parts;
}
function drop(fault, why) {
  fault(why);
  return null;
}
function orDefault(key, value, fallback, check, fault) {
  const checked = check(value);
  if (checked === null) fault(`.${key} is not valid`);
  return checked ?? fallback;
}
function optional(row, key, raw, fault, check) {
  if (!(key in raw) || raw[key] === void 0) return;
  const checked = check(raw[key]);
  if (checked === void 0) fault(`.${key} is not valid`);
  else row[key] = checked;
}
function checkValidators(raw, fault) {
  if (!isObject2(raw)) return null;
  const out = {};
  for (const [key, v] of Object.entries(raw)) {
    if (key !== "lastmod" && key !== "etag" && key !== "last_modified" && key !== "content_hash") {
      fault(`.${key} is not a validator`);
      continue;
    }
    const ok = typeof v === "string" && v.length > 0 && v.length <= MAX_VALIDATOR_LENGTH2 && !/[\u0000-\u001f\u007f]/.test(v) && (key !== "content_hash" || sha256(v) !== null);
    if (ok) out[key] = v;
    else if (v !== void 0) fault(`.${key} is not valid`);
  }
  return Object.keys(out).length > 0 ? out : null;
}
function checkJob(raw, fault) {
  if (!isObject2(raw)) return drop(fault, " is missing");
  const id = shortText(raw.id);
  const type = JOB_TYPES.includes(raw.type) ? raw.type : null;
  const status = JOB_STATUSES.includes(raw.status) ? raw.status : null;
  if (id === null || type === null || status === null) return drop(fault, " has no valid id, type and status");
  const field = (key, check) => {
    const v = raw[key];
    if (v === null || v === void 0) return null;
    const checked = check(v);
    if (checked === null) fault(`.${key} is not valid`);
    return checked;
  };
  const progress = checkProgress(raw.progress);
  if (!progress) fault(".progress is not valid");
  const createdAt = text(raw.created_at);
  if (createdAt === null) fault(".created_at is not valid");
  return {
    id,
    type,
    status,
    progress: progress ?? { total: 0, completed: 0, failed: 0, percentage: 0 },
    result: field("result", checkResult),
    result_url: field("result_url", text),
    download_url: field("download_url", text),
    error: field("error", text),
    webhook_url: field("webhook_url", text),
    webhook_status: field("webhook_status", (v) => WEBHOOK_STATUSES.includes(v) ? v : null),
    created_at: createdAt ?? "",
    started_at: field("started_at", shortText),
    completed_at: field("completed_at", shortText),
    expires_at: field("expires_at", shortText)
  };
}
function checkProgress(raw) {
  if (!isObject2(raw)) return null;
  const [total, completed, failed, percentage] = [count(raw.total), count(raw.completed), count(raw.failed), count(raw.percentage)];
  if (total === null || completed === null || failed === null || percentage === null) return null;
  return { total, completed, failed, percentage };
}
function checkResult(raw) {
  if (!isObject2(raw)) return null;
  const [id, url, pageUrl, format] = [shortText(raw.id), urlText(raw.url), urlText(raw.page_url), shortText(raw.format)];
  const [width, height] = [side(raw.width), side(raw.height)];
  if (id === null || url === null || pageUrl === null || format === null || width === null || height === null) return null;
  return { id, url, page_url: pageUrl, width, height, format };
}
var SETTINGS_TEXT = ["viewport", "wait_until", "color_scheme", "device", "theme", "background", "format", "browser"];
var SETTINGS_FLAGS = ["full_page", "lazy", "stable", "dismiss_consent", "block_ads", "block_trackers"];
var SETTINGS_REQUIRED = [...SETTINGS_TEXT, "scale", "full_page", "quality", "concurrency", "header_names", "cookie_names"];
function checkSettings(raw, fault) {
  const out = {};
  const take = (key, check) => {
    if (raw[key] === void 0) return;
    const checked = check(raw[key]);
    if (checked === null) fault(`.${key} is not valid`);
    else out[key] = checked;
  };
  for (const key of SETTINGS_TEXT) take(key, shortText);
  for (const key of SETTINGS_FLAGS) take(key, (v) => typeof v === "boolean" ? v : null);
  for (const key of ["scale", "quality", "concurrency"]) take(key, (v) => typeof v === "number" && Number.isFinite(v) ? v : null);
  for (const key of ["header_names", "cookie_names", "composite"]) {
    take(key, (v) => Array.isArray(v) && v.length <= MAX_LIST && v.every((s) => shortText(s) !== null) ? [...v] : null);
  }
  if (raw.region === null) out.region = null;
  else take("region", shortText);
  if (raw.split === null) out.split = null;
  else take("split", (v) => Number.isInteger(v) && v >= 1 ? v : null);
  take("steps", (v) => {
    if (!Array.isArray(v) || v.length > MAX_LIST) return null;
    const steps = v.map(checkStepSummary);
    return steps.every((s) => s !== null) ? steps : null;
  });
  for (const key of ["storage_state", "http_auth", "timezone", "locale", "geolocation", "proxy", "video"]) take(key, shortText);
  take("login", (v) => v === "used" ? "used" : null);
  take("javascript", (v) => v === false ? false : null);
  take("reduced_motion", (v) => v === "off" ? "off" : null);
  take("omit_background", (v) => v === true ? true : null);
  take("variants", checkVariantSummaries);
  take("filter_lists", (v) => {
    if (!Array.isArray(v) || v.length > MAX_LIST) return null;
    const lists = v.map(checkFilterList);
    return lists.every((l) => l !== null) ? lists : null;
  });
  return out;
}
var MAX_VARIANT_SUMMARY_CHARS = 16e3;
function checkVariantSummaries(raw) {
  if (!Array.isArray(raw) || raw.length > MAX_VARIANTS) return null;
  const out = [];
  for (const v of raw) {
    if (!isObject2(v) || typeof v.name !== "string" || !VARIANT_NAME.test(v.name) || !isObject2(v.set)) return null;
    const set = v.set;
    if (Object.keys(set).some((k) => !["render", "frame", "output"].includes(k) || !isObject2(set[k]))) return null;
    if (JSON.stringify(set).length > MAX_VARIANT_SUMMARY_CHARS) return null;
    out.push({ name: v.name, set });
  }
  return out;
}
function checkStepSummary(raw) {
  if (!isObject2(raw) || !STEP_KINDS.includes(raw.kind)) return null;
  const out = { kind: raw.kind };
  for (const key of ["selector", "file"]) {
    if (raw[key] === void 0) continue;
    const text2 = shortText(raw[key]);
    if (text2 === null) return null;
    out[key] = text2;
  }
  return out;
}
function checkFilterList(raw) {
  if (!isObject2(raw)) return null;
  const name = shortText(raw.name);
  const source = LIST_SOURCES.includes(raw.source) ? raw.source : null;
  const hash = sha256(raw.sha256);
  return name !== null && source !== null && hash !== null ? { name, source, sha256: hash } : null;
}
function isCompleteSettings(settings) {
  return SETTINGS_REQUIRED.every((key) => settings[key] !== void 0);
}
function lookOf(settings) {
  const look = { video: settings.video ?? null };
  for (const key of ["viewport", "device", "theme", "background", "format"]) if (settings[key] !== void 0) look[key] = settings[key];
  if (settings.scale !== void 0) look.scale = settings.scale;
  if (settings.full_page !== void 0) look.full_page = settings.full_page;
  if (settings.region !== void 0) look.region = settings.region;
  if (settings.split !== void 0) look.split = settings.split;
  return look;
}
function side(v) {
  return Number.isInteger(v) && v > 0 && v <= MAX_SIDE2 ? v : null;
}
function count(v) {
  return Number.isSafeInteger(v) && v >= 0 ? v : null;
}
function sha256(v) {
  return typeof v === "string" && /^[0-9a-f]{64}$/.test(v) ? v : null;
}
function urlText(v) {
  return typeof v === "string" && v.length <= MAX_URL_LENGTH ? v : null;
}
function text(v) {
  return typeof v === "string" && v.length <= MAX_TEXT ? v : null;
}
function shortText(v) {
  return typeof v === "string" && v.length <= MAX_SHORT_TEXT ? v : null;
}
function isObject2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/core/output/open-output.ts
import { constants as constants2 } from "node:fs";
import { lstat, mkdtemp, open, readdir as readdir4, readFile as readFile3, realpath as realpath2, rm, stat as stat2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname as dirname3, join as join5, relative, resolve as resolve2, sep } from "node:path";

// src/util/zip-read.ts
var import_yauzl = __toESM(require_yauzl(), 1);
import { Transform } from "node:stream";
var ZipReadError = class extends Error {
  name = "ZipReadError";
};
async function openZipReader(path, limits) {
  let zip;
  try {
    zip = await import_yauzl.default.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true, decodeStrings: true });
  } catch (err) {
    throw new ZipReadError(err.message);
  }
  const byName = /* @__PURE__ */ new Map();
  const skipped = [];
  try {
    if (zip.entryCount > limits.maxEntries) throw new ZipReadError(`it has ${zip.entryCount} entries, more than the ${limits.maxEntries} framecap reads`);
    let total = 0;
    for await (const entry2 of zip.eachEntry()) {
      total += entry2.uncompressedSize;
      if (total > limits.maxTotalBytes) throw new ZipReadError(`its entries unpack to more than ${limits.maxTotalBytes} bytes`);
      const name = entry2.fileName;
      if (name.endsWith("/")) continue;
      const problem = entryNameProblem(name);
      if (problem) skipped.push({ name, problem });
      else if (byName.has(name)) skipped.push({ name, problem: "a second entry of this name (the first is read)" });
      else byName.set(name, entry2);
    }
  } catch (err) {
    zip.close();
    throw err instanceof ZipReadError ? err : new ZipReadError(err.message);
  }
  const checked = (name, max) => {
    const entry2 = byName.get(name);
    if (!entry2) throw new ZipReadError(`${name} is not in the ZIP`);
    if (entry2.uncompressedSize > max) throw new ZipReadError(`${name} is larger than ${max} bytes (${entry2.uncompressedSize})`);
    return entry2;
  };
  const openEntry = async (name, max) => {
    const entry2 = checked(name, max);
    try {
      return await zip.openReadStreamPromise(entry2);
    } catch (err) {
      throw new ZipReadError(`cannot read ${name}: ${err.message}`);
    }
  };
  const read = async (name, max) => {
    const data = await openEntry(name, max);
    return new Promise((done, fail) => {
      const chunks = [];
      let seen = 0;
      data.on("data", (chunk) => {
        seen += chunk.length;
        if (seen <= max) chunks.push(chunk);
        else data.destroy(new ZipReadError(`${name} is larger than ${max} bytes`));
      });
      data.once("error", (err) => fail(err instanceof ZipReadError ? err : new ZipReadError(`cannot read ${name}: ${err.message}`)));
      data.once("end", () => done(Buffer.concat(chunks, seen)));
    });
  };
  const stream = async (name, max) => {
    const data = await openEntry(name, max);
    let seen = 0;
    const cap = new Transform({
      transform(chunk, _enc, done) {
        seen += chunk.length;
        done(seen > max ? new ZipReadError(`${name} is larger than ${max} bytes`) : null, chunk);
      }
    });
    data.once("error", (err) => cap.destroy(new ZipReadError(`cannot read ${name}: ${err.message}`)));
    cap.once("close", () => data.destroy());
    return data.pipe(cap);
  };
  const infos = [...byName.values()].map((e) => ({ name: e.fileName, size: e.uncompressedSize, compressionMethod: e.compressionMethod }));
  return {
    path,
    entries: () => infos,
    names: () => [...byName.keys()],
    skipped,
    has: (name) => byName.has(name),
    read: (name, max = limits.maxEntryBytes) => read(name, max),
    stream: (name, max = limits.maxEntryBytes) => stream(name, max),
    close: () => zip.close()
  };
}

// src/core/output/download.ts
import { createWriteStream } from "node:fs";
import { Readable, Transform as Transform2 } from "node:stream";
import { pipeline } from "node:stream/promises";
var FETCH_TIMEOUT_MS = 12e4;
function redactedUrl(raw) {
  try {
    const url = new URL(raw);
    url.username = "";
    url.password = "";
    url.search = "";
    url.hash = "";
    return url.href;
  } catch {
    return "(invalid URL)";
  }
}
function requestInit(url) {
  const clean = new URL(url.href);
  const headers = {};
  if (url.username || url.password) {
    headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString("base64")}`;
    clean.username = "";
    clean.password = "";
  }
  return { url: clean, init: { headers, redirect: "follow", signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) } };
}
async function download(url, file, max, label, doFetch) {
  const { url: clean, init } = requestInit(url);
  let response;
  try {
    response = await doFetch(clean, init);
  } catch (err) {
    throw new UserError(`${label}: cannot download it (${err.cause instanceof Error ? err.cause.message : err.message})`);
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => void 0);
    const hint = response.status === 404 ? ": no such file; check the URL, or run once without --baseline to make one" : "";
    throw new UserError(`${label}: HTTP ${response.status}${hint}`);
  }
  if (Number(response.headers.get("content-length") ?? 0) > max) {
    await response.body.cancel().catch(() => void 0);
    throw new UserError(`${label}: larger than ${max} bytes`);
  }
  let seen = 0;
  const cap = new Transform2({
    transform(chunk, _enc, done) {
      seen += chunk.length;
      done(seen > max ? new UserError(`${label}: larger than ${max} bytes`) : null, chunk);
    }
  });
  try {
    await pipeline(Readable.fromWeb(response.body), cap, createWriteStream(file));
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${label}: the download broke off (${err.message})`);
  }
}
async function fetchBytes(url, max, doFetch) {
  const { url: clean, init } = requestInit(url);
  const response = await doFetch(clean, init);
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => void 0);
    throw new Error(`HTTP ${response.status}`);
  }
  const chunks = [];
  let seen = 0;
  for await (const chunk of Readable.fromWeb(response.body)) {
    seen += chunk.length;
    if (seen > max) throw new Error(`larger than ${max} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

// src/core/output/open-output.ts
var MANIFEST = "manifest.json";
async function openOutput(location, options2 = {}) {
  const remote = /^https?:\/\//i.test(location);
  const path = remote ? redactedUrl(location) : location;
  const ctx = { path, label: options2.role ? `${options2.role} ${path}` : path, hint: options2.hint ?? "" };
  if (remote) return openRemote(location, ctx, options2.fetch ?? fetch);
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(location)) throw new UserError(`${ctx.label}: only local paths and http(s) URLs can be read${ctx.hint}`);
  const full = resolve2(location);
  const info = await stat2(full).catch((err) => {
    throw new UserError(`cannot read ${ctx.label}: ${err.code === "ENOENT" ? "no such file or folder" : err.code}${ctx.hint}`);
  });
  if (info.isDirectory()) return openFolder(full, MANIFEST, ctx);
  if (await startsLikeZip(full)) return openZip(full, ctx, async () => {
  });
  if (await startsLikeJson(full)) return openFolder(dirname3(full), basename(full), ctx);
  throw new UserError(`${ctx.label} is not a readable ZIP or manifest.json${ctx.hint}`);
}
async function openFolder(dir, manifestName, ctx) {
  const root = await realpath2(dir);
  const locate = async (name) => {
    if (!isSafeOutputFile(name)) return null;
    const real = await realpath2(join5(root, name)).catch(() => null);
    if (real === null || !real.startsWith(root + sep)) return null;
    return (await lstat(real).catch(() => null))?.isFile() ? real : null;
  };
  const read = async (name, max = MAX_FILE_BYTES) => {
    const real = await locate(name);
    if (!real) throw new UserError(`${ctx.label}: ${name} is not a file in the folder (missing, or a link that leads out of it)`);
    const handle = await open(real, constants2.O_RDONLY | (constants2.O_NOFOLLOW ?? 0)).catch((err) => {
      throw new UserError(`${ctx.label}: cannot read ${name} (${err.message})`);
    });
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw new UserError(`${ctx.label}: ${name} is not a regular file`);
      if (info.size > max) throw new UserError(`${ctx.label}: ${name} is larger than ${max} bytes (${info.size})`);
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  };
  if (!await locate(manifestName)) {
    throw new UserError(`${ctx.label} has no ${manifestName}: it is not a framecap output folder${ctx.hint}`);
  }
  const manifest = checkManifest(await read(manifestName, MAX_MANIFEST_BYTES).catch((err) => {
    throw new UserError(`${err.message}${ctx.hint}`);
  }), ctx.label, ctx.hint);
  const files = [];
  const skipped = [];
  for (const e of await readdir4(root, { recursive: true, withFileTypes: true })) {
    const name = relative(root, join5(e.parentPath, e.name)).split(sep).join("/");
    if (!e.isFile() && !e.isSymbolicLink()) continue;
    const problem = entryNameProblem(name);
    if (problem) skipped.push({ name, problem });
    else if (e.isFile() || await locate(name) !== null) files.push(name);
    else {
      const target = await realpath2(join5(root, name)).catch(() => null);
      if (target === null) skipped.push({ name, problem: "a link that leads nowhere" });
      else if (!target.startsWith(root + sep)) skipped.push({ name, problem: "a link that leads out of the folder" });
    }
    if (files.length > MAX_OUTPUT_ENTRIES) throw new UserError(`${ctx.label} holds more than ${MAX_OUTPUT_ENTRIES} files, more than framecap reads${ctx.hint}`);
  }
  return {
    path: ctx.path,
    label: ctx.label,
    kind: "dir",
    manifest,
    skipped,
    names: () => files,
    has: async (name) => await locate(name) !== null,
    read,
    close: async () => {
    }
  };
}
async function startsLikeJson(path) {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return /^\s*\{/.test(head.subarray(0, bytesRead).toString("utf8"));
  } finally {
    await handle.close();
  }
}
async function openZip(file, ctx, cleanup) {
  let zip;
  try {
    zip = await openZipReader(file, OUTPUT_ZIP_LIMITS);
  } catch (err) {
    await cleanup();
    throw new UserError(`${ctx.label} is not a readable ZIP (${err.message})${ctx.hint}`);
  }
  const read = (name, max) => zip.read(name, max).catch((err) => {
    throw err instanceof ZipReadError ? new UserError(`${ctx.label}: ${err.message}`) : err;
  });
  let manifest;
  try {
    if (!zip.has(MANIFEST)) throw new UserError(`${ctx.label} has no manifest.json: it is not a framecap ZIP${ctx.hint}`);
    manifest = checkManifest(await read(MANIFEST, MAX_MANIFEST_BYTES).catch((err) => {
      throw new UserError(`${err.message}${ctx.hint}`);
    }), ctx.label, ctx.hint);
  } catch (err) {
    zip.close();
    await cleanup();
    throw err;
  }
  return {
    path: ctx.path,
    label: ctx.label,
    kind: "zip",
    manifest,
    skipped: zip.skipped,
    names: () => zip.names(),
    has: async (name) => zip.has(name),
    read,
    async close() {
      zip.close();
      await cleanup();
    }
  };
}
async function openRemote(location, ctx, doFetch) {
  const url = new URL(location);
  if (url.pathname.endsWith("/")) url.pathname += MANIFEST;
  const temp = await mkdtemp(join5(tmpdir(), "framecap-output-"));
  const cleanup = () => rm(temp, { recursive: true, force: true });
  try {
    const file = join5(temp, "download");
    await download(url, file, MAX_DOWNLOAD_BYTES, ctx.label, doFetch);
    if (await startsLikeZip(file)) return await openZip(file, ctx, cleanup);
    if (!await startsLikeJson(file)) throw new UserError(`${ctx.label}: the URL answered neither a ZIP nor a manifest.json${ctx.hint}`);
    const info = await lstat(file);
    if (info.size > MAX_MANIFEST_BYTES) throw new UserError(`${ctx.label}: manifest.json is larger than ${MAX_MANIFEST_BYTES} bytes${ctx.hint}`);
    const manifest = checkManifest(await readFile3(file), ctx.label, ctx.hint);
    await cleanup();
    const listed = [MANIFEST, ...new Set(manifest.captures.flatMap((r) => [r.file, ...(r.parts ?? []).map((p) => p.file), r.diff, r.side_by_side]).filter((f) => typeof f === "string"))];
    const fileUrl = (name) => new URL(name.split("/").map(encodeURIComponent).join("/"), url);
    return {
      path: ctx.path,
      label: ctx.label,
      kind: "url",
      manifest,
      skipped: [],
      names: () => listed,
      // Asking is a request per file; reading it is the real test.
      has: async (name) => isSafeOutputFile(name),
      async read(name, max = MAX_FILE_BYTES) {
        const target = isSafeOutputFile(name) ? fileUrl(name) : null;
        if (!target || target.origin !== url.origin) throw new UserError(`${ctx.label}: ${name} is not in the output`);
        return fetchBytes(target, max, doFetch).catch((err) => {
          throw new UserError(`${ctx.label}: cannot fetch ${name} (${err.message})`);
        });
      },
      async close() {
      }
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

// src/core/compare/baseline.ts
var HINT = "; pass a previous run's ZIP, manifest.json or output folder";
function isSafeBaselineFile(name) {
  return isSafeOutputFile(name) && /\.(png|jpe?g|webp|avif|gif|mp4|webm)$/i.test(name);
}
async function openBaseline(location, io = {}) {
  const output = await openOutput(location, { role: "baseline", hint: HINT, ...io.fetch ? { fetch: io.fetch } : {} });
  const notHere = (file) => new Error(`${file} is not in the baseline`);
  return {
    label: output.path,
    ...baselineManifest(output.manifest),
    has: async (file) => isSafeBaselineFile(file) && output.has(file),
    read: (file) => isSafeBaselineFile(file) ? output.read(file) : Promise.reject(notHere(file)),
    close: () => output.close()
  };
}
function baselineManifest(checked) {
  const rows = /* @__PURE__ */ new Map();
  let dropped = checked.dropped;
  for (const row of checked.captures) {
    const usable = baselineRow(row);
    if (!usable) dropped++;
    else if (!rows.has(captureKey(usable))) rows.set(captureKey(usable), usable);
  }
  return { jobId: checked.jobId, look: checked.look, rows, dropped };
}
function keptFragment(raw, normalized) {
  if (normalized === null) return null;
  const hash = new URL(raw).hash;
  const url = new URL(normalized);
  if (hash === "" || url.hash !== "") return normalized;
  url.hash = hash;
  return url.href;
}
function baselineRow(row) {
  const url = row.rules?.length ? keptFragment(row.url, normalizeUrl(row.url)) : normalizeUrl(row.url);
  if (!url || row.file !== null && !isSafeBaselineFile(row.file)) return null;
  if (row.parts && !row.parts.every((p) => isSafeBaselineFile(p.file))) return null;
  if (row.kind === "video" && !isSafeBaselineFile(row.poster)) return null;
  const usable = {
    url,
    final_url: row.final_url === null ? null : normalizeUrl(row.final_url),
    http_status: row.http_status,
    status: row.status,
    file: row.file,
    width: row.width,
    height: row.height,
    format: row.format,
    bytes: row.bytes,
    sha256: row.sha256,
    duration_ms: 0,
    attempts: 0,
    error: null
  };
  if (row.variant) usable.variant = row.variant;
  if (row.rules) usable.rules = [...row.rules];
  if (row.recipe) usable.recipe = row.recipe;
  if (row.validators) usable.validators = row.validators;
  if (row.parts) usable.parts = row.parts.map((p) => ({ ...p }));
  if (row.kind === "video") {
    Object.assign(usable, { kind: "video", poster: row.poster, video_duration_ms: row.video_duration_ms, frames: row.frames, fps: row.fps });
    if (row.video_cut) usable.video_cut = row.video_cut;
    if (row.poster_sha256) usable.poster_sha256 = row.poster_sha256;
  }
  return usable;
}

// src/core/compare/diff.ts
import { setImmediate as nextTurn } from "node:timers/promises";

// node_modules/pixelmatch/index.js
function pixelmatch(img1, img2, output, width, height, options2 = {}) {
  const {
    threshold = 0.1,
    alpha = 0.1,
    aaColor = [255, 255, 0],
    diffColor = [255, 0, 0],
    checkerboard = true,
    includeAA,
    diffColorAlt,
    diffMask
  } = options2;
  if (!isPixelData(img1) || !isPixelData(img2) || output && !isPixelData(output))
    throw new Error("Image data: Uint8Array, Uint8ClampedArray or Buffer expected.");
  if (img1.length !== img2.length || output && output.length !== img1.length)
    throw new Error(`Image sizes do not match. Image 1 size: ${img1.length}, image 2 size: ${img2.length}`);
  if (img1.length !== width * height * 4) throw new Error(`Image data size does not match width/height. Expecting ${width * height * 4}. Got ${img1.length}`);
  const len = width * height;
  const a32 = new Uint32Array(img1.buffer, img1.byteOffset, len);
  const b32 = new Uint32Array(img2.buffer, img2.byteOffset, len);
  let identical = true;
  for (let i = 0; i < len; i++) {
    if (a32[i] !== b32[i]) {
      identical = false;
      break;
    }
  }
  if (identical) {
    if (output && !diffMask) {
      for (let i = 0, pos = 0; i < len; i++, pos += 4) drawGrayPixel(img1, pos, alpha, output);
    }
    return 0;
  }
  const maxDelta = 35215 * threshold * threshold;
  const [aaR, aaG, aaB] = aaColor;
  const [diffR, diffG, diffB] = diffColor;
  const [altR, altG, altB] = diffColorAlt || diffColor;
  let diff = 0;
  for (let i = 0, pos = 0; i < len; i++, pos += 4) {
    const delta = a32[i] === b32[i] ? 0 : colorDelta(img1, img2, pos, pos, checkerboard);
    if (Math.abs(delta) > maxDelta) {
      const x = i % width;
      const y = i / width | 0;
      const isExcludedAA = !includeAA && (antialiased(img1, x, y, width, height, a32, b32, checkerboard) || antialiased(img2, x, y, width, height, b32, a32, checkerboard));
      if (isExcludedAA) {
        if (output && !diffMask) drawPixel(output, pos, aaR, aaG, aaB);
      } else {
        if (output) {
          if (delta < 0) {
            drawPixel(output, pos, altR, altG, altB);
          } else {
            drawPixel(output, pos, diffR, diffG, diffB);
          }
        }
        diff++;
      }
    } else if (output && !diffMask) {
      drawGrayPixel(img1, pos, alpha, output);
    }
  }
  return diff;
}
function isPixelData(arr) {
  return ArrayBuffer.isView(arr) && arr.BYTES_PER_ELEMENT === 1;
}
function antialiased(img, x1, y1, width, height, a32, b32, checkerboard) {
  const x0 = Math.max(x1 - 1, 0);
  const y0 = Math.max(y1 - 1, 0);
  const x2 = Math.min(x1 + 1, width - 1);
  const y2 = Math.min(y1 + 1, height - 1);
  const pos4 = (y1 * width + x1) * 4;
  const cr = img[pos4];
  const cg = img[pos4 + 1];
  const cb = img[pos4 + 2];
  const ca = img[pos4 + 3];
  let zeroes = x1 === x0 || x1 === x2 || y1 === y0 || y1 === y2 ? 1 : 0;
  let min = 0;
  let max = 0;
  let minX = 0;
  let minY = 0;
  let maxX = 0;
  let maxY = 0;
  for (let x = x0; x <= x2; x++) {
    for (let y = y0; y <= y2; y++) {
      if (x === x1 && y === y1) continue;
      const delta = brightnessDelta(img, pos4, (y * width + x) * 4, cr, cg, cb, ca, checkerboard);
      if (delta === 0) {
        zeroes++;
        if (zeroes > 2) return false;
      } else if (delta < min) {
        min = delta;
        minX = x;
        minY = y;
      } else if (delta > max) {
        max = delta;
        maxX = x;
        maxY = y;
      }
    }
  }
  if (min === 0 || max === 0) return false;
  return hasManySiblings(a32, minX, minY, width, height) && hasManySiblings(b32, minX, minY, width, height) || hasManySiblings(a32, maxX, maxY, width, height) && hasManySiblings(b32, maxX, maxY, width, height);
}
function hasManySiblings(img, x1, y1, width, height) {
  const x0 = Math.max(x1 - 1, 0);
  const y0 = Math.max(y1 - 1, 0);
  const x2 = Math.min(x1 + 1, width - 1);
  const y2 = Math.min(y1 + 1, height - 1);
  const val = img[y1 * width + x1];
  let zeroes = x1 === x0 || x1 === x2 || y1 === y0 || y1 === y2 ? 1 : 0;
  for (let x = x0; x <= x2; x++) {
    for (let y = y0; y <= y2; y++) {
      if (x === x1 && y === y1) continue;
      zeroes += +(val === img[y * width + x]);
      if (zeroes > 2) return true;
    }
  }
  return false;
}
function colorDelta(img1, img2, k, m, checkerboard) {
  const r1 = img1[k];
  const g1 = img1[k + 1];
  const b1 = img1[k + 2];
  const a1 = img1[k + 3];
  const r2 = img2[m];
  const g2 = img2[m + 1];
  const b2 = img2[m + 2];
  const a2 = img2[m + 3];
  let dr = r1 - r2;
  let dg = g1 - g2;
  let db = b1 - b2;
  const da = a1 - a2;
  if (a1 < 255 || a2 < 255) {
    let rb = 255, gb = 255, bb = 255;
    if (checkerboard) {
      rb = 48 + 159 * (k % 2);
      gb = 48 + 159 * ((k / 1.618033988749895 | 0) % 2);
      bb = 48 + 159 * ((k / 2.618033988749895 | 0) % 2);
    }
    dr = (r1 * a1 - r2 * a2 - rb * da) / 255;
    dg = (g1 * a1 - g2 * a2 - gb * da) / 255;
    db = (b1 * a1 - b2 * a2 - bb * da) / 255;
  }
  const y = dr * 0.29889531 + dg * 0.58662247 + db * 0.11448223;
  const i = dr * 0.59597799 - dg * 0.2741761 - db * 0.32180189;
  const q = dr * 0.21147017 - dg * 0.52261711 + db * 0.31114694;
  const delta = 0.5053 * y * y + 0.299 * i * i + 0.1957 * q * q;
  return y > 0 ? -delta : delta;
}
function brightnessDelta(img, k, m, r1, g1, b1, a1, checkerboard) {
  const r2 = img[m];
  const g2 = img[m + 1];
  const b2 = img[m + 2];
  const a2 = img[m + 3];
  let dr = r1 - r2;
  let dg = g1 - g2;
  let db = b1 - b2;
  const da = a1 - a2;
  if (!dr && !dg && !db && !da) return 0;
  if (a1 < 255 || a2 < 255) {
    let rb = 255, gb = 255, bb = 255;
    if (checkerboard) {
      rb = 48 + 159 * (k % 2);
      gb = 48 + 159 * ((k / 1.618033988749895 | 0) % 2);
      bb = 48 + 159 * ((k / 2.618033988749895 | 0) % 2);
    }
    dr = (r1 * a1 - r2 * a2 - rb * da) / 255;
    dg = (g1 * a1 - g2 * a2 - gb * da) / 255;
    db = (b1 * a1 - b2 * a2 - bb * da) / 255;
  }
  return dr * 0.29889531 + dg * 0.58662247 + db * 0.11448223;
}
function drawPixel(output, pos, r, g, b) {
  output[pos] = r;
  output[pos + 1] = g;
  output[pos + 2] = b;
  output[pos + 3] = 255;
}
function drawGrayPixel(img, i, alpha, output) {
  const val = 255 + (img[i] * 0.29889531 + img[i + 1] * 0.58662247 + img[i + 2] * 0.11448223 - 255) * alpha * img[i + 3] / 255;
  drawPixel(output, i, val, val, val);
}

// src/core/compare/diff.ts
var MAX_COMPARE_PIXELS = 4e7;
var MAX_SIDE_BY_SIDE_WIDTH = 2400;
var BAND_ROWS = 128;
var BAND_MARGIN = 2;
var GAP = 24;
var LABEL_HEIGHT = 40;
async function decodeRgba(image, scale = 1) {
  let pipeline2 = sharp(image, { limitInputPixels: false }).ensureAlpha();
  if (scale < 1) {
    const meta = await sharp(image, { limitInputPixels: false }).metadata();
    pipeline2 = pipeline2.resize({ width: Math.max(1, Math.round((meta.width ?? 1) * scale)), kernel: "lanczos3" });
  }
  const { data, info } = await pipeline2.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
async function compareScale(a, b) {
  const [ma, mb] = await Promise.all([sharp(a, { limitInputPixels: false }).metadata(), sharp(b, { limitInputPixels: false }).metadata()]);
  const pixels = Math.max((ma.width ?? 0) * (ma.height ?? 0), (mb.width ?? 0) * (mb.height ?? 0));
  return pixels > MAX_COMPARE_PIXELS ? Math.sqrt(MAX_COMPARE_PIXELS / pixels) : 1;
}
async function diffRgba(a, b, threshold, output) {
  const width = Math.min(a.width, b.width);
  const height = Math.min(a.height, b.height);
  const total = Math.max(a.width, b.width) * Math.max(a.height, b.height);
  const outside = total - width * height;
  const left = crop(a, width, height);
  const right = crop(b, width, height);
  let mismatched = 0;
  if (!left.equals(right) || output && outside > 0) {
    const rowBytes = width * 4;
    for (let y0 = 0; y0 < height; y0 += BAND_ROWS) {
      const y1 = Math.min(height, y0 + BAND_ROWS);
      const from = Math.max(0, y0 - BAND_MARGIN);
      const to = Math.min(height, y1 + BAND_MARGIN);
      const band = Buffer.alloc((to - from) * rowBytes);
      pixelmatch(left.subarray(from * rowBytes, to * rowBytes), right.subarray(from * rowBytes, to * rowBytes), band, width, to - from, { threshold, includeAA: false });
      const inner = band.subarray((y0 - from) * rowBytes, (y1 - from) * rowBytes);
      mismatched += countDiffPixels(inner);
      if (output) inner.copy(output, y0 * rowBytes);
      if (y1 < height) await nextTurn();
    }
  }
  mismatched += outside;
  return { mismatched, total, share: total === 0 ? 0 : mismatched / total };
}
function countDiffPixels(out) {
  let n = 0;
  for (let i = 0; i < out.length; i += 4) if (out[i] === 255 && out[i + 1] === 0 && out[i + 2] === 0) n++;
  return n;
}
function crop(img, width, height) {
  if (img.width === width && img.data.byteOffset % 4 === 0) return img.data.subarray(0, width * height * 4);
  const out = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) img.data.copy(out, y * width * 4, y * img.width * 4, (y * img.width + width) * 4);
  return out;
}
async function compareImages(baseline, current, threshold) {
  const scale = await compareScale(baseline, current);
  const [a, b] = await Promise.all([decodeRgba(baseline, scale), decodeRgba(current, scale)]);
  const width = Math.min(a.width, b.width);
  const height = Math.min(a.height, b.height);
  const common = Buffer.alloc(width * height * 4);
  const result = await diffRgba(a, b, threshold, common);
  if (result.mismatched === 0) return { ...result, images: null };
  const [diff, side2] = await Promise.all([diffImage(common, width, height, a, b), sideBySide(a, b)]);
  return { ...result, images: { diff, side: side2 } };
}
async function diffImage(common, width, height, a, b) {
  const W = Math.max(a.width, b.width);
  const H = Math.max(a.height, b.height);
  if (W === width && H === height) {
    return sharp(common, { raw: { width, height, channels: 4 } }).png().toBuffer();
  }
  return sharp({ create: { width: W, height: H, channels: 4, background: { r: 255, g: 0, b: 0, alpha: 0.6 } } }).composite([{ input: common, raw: { width, height, channels: 4 }, left: 0, top: 0 }]).png().toBuffer();
}
async function sideBySide(a, b) {
  const width = a.width + b.width + GAP * 3;
  const height = Math.max(a.height, b.height) + LABEL_HEIGHT + GAP;
  const label = (text2, x) => `<text x="${x}" y="${LABEL_HEIGHT - 12}" font-family="sans-serif" font-size="20" font-weight="600" fill="#374151">${text2}</text>`;
  const labels = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${LABEL_HEIGHT}">${label("baseline", GAP)}${label("current", GAP * 2 + a.width)}</svg>`);
  const { data, info } = await sharp({ create: { width, height, channels: 4, background: { r: 243, g: 244, b: 246, alpha: 1 } } }).composite([
    { input: labels, left: 0, top: 0 },
    { input: a.data, raw: { width: a.width, height: a.height, channels: 4 }, left: GAP, top: LABEL_HEIGHT },
    { input: b.data, raw: { width: b.width, height: b.height, channels: 4 }, left: GAP * 2 + a.width, top: LABEL_HEIGHT }
  ]).raw().toBuffer({ resolveWithObject: true });
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 4 } }).resize({ width: Math.min(info.width, MAX_SIDE_BY_SIDE_WIDTH), withoutEnlargement: true }).png().toBuffer();
}

// src/core/compare/report.ts
function hasChanges(changes) {
  return !!changes && changes.counts.new + changes.counts.changed + changes.counts.removed > 0;
}

// src/core/compare/index.ts
import { basename as basename2, dirname as dirname4, resolve as resolve3 } from "node:path";

// src/core/split/output.ts
function partFile(name, k, ext) {
  return `${name}.part-${k}.${ext}`;
}
async function writeParts(input) {
  const { shot, name } = input;
  const parts = [];
  const data = [];
  let thumbnail = null;
  for (const [i, part] of shot.parts.entries()) {
    const own = {
      png: part.png,
      width: part.width,
      height: part.height,
      finalUrl: shot.finalUrl,
      httpStatus: shot.httpStatus,
      title: shot.title,
      ...i === 0 && shot.pixels ? { pixels: shot.pixels } : {},
      // Every part comes from the same encoder as the first: stored as it is only when that was not the fast one.
      ...shot.fastPng ? { fastPng: true } : {}
    };
    const framed = await input.compositor.compose(own, input.url);
    const ext = FORMAT_FILES[framed.format].ext;
    const file = partFile(name, i + 1, ext);
    await input.write(file, framed.data);
    if (i === 0 && framed.thumbnail) {
      thumbnail = `${name}.part-1.thumb.${ext}`;
      await input.write(thumbnail, framed.thumbnail.data);
    }
    parts.push({
      file,
      y: part.y,
      page_height: part.pageHeight,
      width: framed.width,
      height: framed.height,
      format: framed.format,
      bytes: framed.data.length,
      sha256: sha256Hex(framed.data)
    });
    data.push(framed.data);
  }
  const first2 = parts[0];
  const shown = parts.reduce((sum, p) => sum + p.page_height, 0);
  const cut = shot.fullHeight !== void 0 ? { shown, full: shot.fullHeight, reason: "max-height" } : null;
  return {
    fields: { file: first2.file, width: first2.width, height: first2.height, format: first2.format, bytes: first2.bytes, sha256: first2.sha256, parts },
    data,
    thumbnail,
    cut
  };
}

// src/core/compare/unchanged.ts
import { createHash as createHash3 } from "node:crypto";
var MAX_CHECK_BODY_BYTES = 10 * 1024 * 1024;
async function checkUnchanged(url, lastmod, baseline, options2) {
  if (!baseline) return { unchanged: false, reason: "the baseline recorded nothing to compare with" };
  if (lastmod !== void 0 && baseline.lastmod !== void 0) {
    return lastmod === baseline.lastmod ? { unchanged: true, reason: "lastmod", validators: { ...baseline, lastmod } } : { unchanged: false, reason: "sitemap lastmod differs" };
  }
  if (!baseline.etag && !baseline.last_modified && !baseline.content_hash) {
    return { unchanged: false, reason: "the baseline recorded nothing to compare with" };
  }
  if (!/^https?:\/\//i.test(url)) return { unchanged: false, reason: "not an http(s) URL" };
  const headers = { ...options2.headers, "user-agent": options2.userAgent, accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8" };
  const cookie = cookieHeader(new URL(url), options2.cookies);
  if (cookie) headers.cookie = cookie;
  if (baseline.etag) headers["if-none-match"] = baseline.etag;
  if (baseline.last_modified) headers["if-modified-since"] = baseline.last_modified;
  let response;
  try {
    response = await (options2.fetch ?? fetch)(url, { headers, redirect: "manual", signal: AbortSignal.timeout(options2.timeoutMs) });
  } catch (err) {
    return { unchanged: false, reason: `check failed: ${err.name}` };
  }
  const carried = { ...baseline, ...lastmod !== void 0 ? { lastmod } : {} };
  if (response.status === 304) {
    await response.body?.cancel().catch(() => void 0);
    return { unchanged: true, reason: "not-modified", validators: carried };
  }
  if (response.status !== 200) {
    await response.body?.cancel().catch(() => void 0);
    return { unchanged: false, reason: `HTTP ${response.status}` };
  }
  const etag = response.headers.get("etag");
  if (baseline.etag && etag && etag === baseline.etag && !isWeak(etag)) {
    await response.body?.cancel().catch(() => void 0);
    return { unchanged: true, reason: "etag", validators: carried };
  }
  const lastModified = response.headers.get("last-modified");
  if (!baseline.content_hash && baseline.last_modified && lastModified === baseline.last_modified) {
    await response.body?.cancel().catch(() => void 0);
    return { unchanged: true, reason: "last-modified", validators: carried };
  }
  if (!baseline.content_hash) {
    await response.body?.cancel().catch(() => void 0);
    return { unchanged: false, reason: "validators differ" };
  }
  const hash = await bodyHash(response, MAX_CHECK_BODY_BYTES).catch(() => null);
  if (hash === baseline.content_hash) return { unchanged: true, reason: "content-hash", validators: carried };
  return { unchanged: false, reason: hash === null ? "could not read the page" : "content differs" };
}
function isWeak(etag) {
  return /^W\//.test(etag);
}
async function bodyHash(response, max) {
  if (!response.body) return sha256Hex(Buffer.alloc(0));
  const hash = createHash3("sha256");
  let seen = 0;
  const reader = response.body.getReader();
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    seen += value.length;
    if (seen > max) {
      await reader.cancel().catch(() => void 0);
      return null;
    }
    hash.update(value);
  }
  return hash.digest("hex");
}
function cookieHeader(url, cookies) {
  return cookies.filter((c) => cookieForHost(c, url.hostname) && url.pathname.startsWith(c.path ?? "/")).map((c) => `${c.name}=${c.value}`).join("; ");
}

// src/core/compare/index.ts
var MAX_PARALLEL_COMPARES = 2;
var CHECK_TIMEOUT_MS2 = 15e3;
async function openChangeSession(options2) {
  refuseOwnOutput(options2.compare.baseline, options2.output);
  const baseline = await openBaseline(options2.compare.baseline, options2.io);
  const { warn, write } = options2;
  if (baseline.dropped > 0) warn(`baseline ${baseline.label}: ${baseline.dropped} manifest rows were unusable and are ignored (their pages count as new)`);
  const differences = lookDifferences(baseline, options2.settings);
  const canReuse = differences.length === 0;
  if (!canReuse) {
    warn(`baseline ${baseline.label} was captured with other settings (${differences.join(", ")}): every page is rendered and compared`);
  }
  const limit = semaphore(MAX_PARALLEL_COMPARES);
  const reuse = async (target, file, companion) => {
    const started = Date.now();
    const before = baseline.rows.get(captureKey(target));
    if (!canReuse || !before || before.status !== "ok" || !before.file) return null;
    if (before.kind === "video" !== (target.recipe.render.video !== null)) return null;
    if ((before.recipe ?? null) !== recipeDigest(target)) return null;
    const verdict = await checkUnchanged(target.url, target.lastmod, before.validators, {
      headers: options2.headers,
      cookies: options2.cookies,
      userAgent: options2.userAgent,
      timeoutMs: Math.min(options2.timeoutMs, CHECK_TIMEOUT_MS2),
      ...options2.io?.fetch ? { fetch: options2.io.fetch } : {}
    });
    if (!verdict.unchanged) return null;
    const ext = file.slice(file.lastIndexOf(".") + 1);
    const files = imagesOf(before).map((f, i) => ({ ...f, file: i === 0 ? before.file : f.file, to: before.parts ? partFile(target.name, i + 1, ext) : file }));
    const companionTo = companion && before.parts ? files[0].to.replace(/\.(\w+)$/, ".thumb.$1") : companion;
    const companionSource = before.kind === "video" ? before.poster : before.file.replace(/\.(\w+)$/, ".thumb.$1");
    const data = [];
    let extra = null;
    try {
      for (const f of files) data.push(await baseline.read(f.file));
      if (companionTo && companionSource) extra = await baseline.has(companionSource) ? await baseline.read(companionSource) : null;
    } catch (err) {
      warn(`${target.url}: cannot read its capture from the baseline (${err.message}); rendering it`);
      return null;
    }
    if (files.some((f, i) => f.sha256 && sha256Hex(data[i]) !== f.sha256)) {
      warn(`${target.url}: its capture in the baseline does not match the manifest's sha256; rendering it`);
      return null;
    }
    if (companionTo && !extra) return null;
    if (before.kind === "video" && extra && before.poster_sha256 && sha256Hex(extra) !== before.poster_sha256) {
      warn(`${target.url}: its video's poster in the baseline does not match the manifest's poster_sha256; recording it`);
      return null;
    }
    for (const [i, f] of files.entries()) await write(f.to, data[i]);
    if (companionTo && extra) await write(companionTo, extra);
    const parts = before.parts?.map((p, i) => ({ ...p, file: files[i].to }));
    const row = reusedRow(before, target, files[0].to, data[0], verdict.validators, Date.now() - started, parts);
    return before.kind === "video" ? { ...row, ...videoFieldsOf(before), poster: companion } : row;
  };
  const compare = async (target, row, images) => {
    const before = baseline.rows.get(captureKey(target));
    const beforeImage = before?.kind === "video" ? before.poster : before?.file;
    if (!before || before.status !== "ok" || !beforeImage) return { change: "new" };
    const then = imagesOf(before);
    const now = imagesOf(row);
    if (then.length === now.length && then.every((f, i) => f.sha256 !== null && f.sha256 === now[i].sha256)) return { change: "unchanged", changed_share: 0 };
    return limit(async () => {
      let changedPixels = 0;
      let pixels = 0;
      let shown = null;
      let shownPart = 0;
      for (let i = 0; i < Math.max(then.length, now.length); i++) {
        const size = now[i] ?? then[i];
        const area = (size.width ?? 0) * (size.height ?? 0) || 1;
        pixels += area;
        if (!then[i] || !now[i]) {
          changedPixels += area;
          continue;
        }
        if (then[i].sha256 !== null && then[i].sha256 === now[i].sha256) continue;
        let old;
        try {
          old = await baseline.read(then[i].file);
        } catch (err) {
          warn(`${target.url}: cannot read its capture from the baseline (${err.message}); counted as new`);
          return { change: "new" };
        }
        let result;
        try {
          result = await compareImages(old, images[i], options2.compare.threshold);
        } catch (err) {
          warn(`${target.url}: cannot compare with the baseline's capture (${err.message}); counted as changed`);
          return { change: "changed", changed_share: 1 };
        }
        changedPixels += result.share * area;
        if (result.images && !shown) {
          shown = result.images;
          shownPart = i + 1;
        }
      }
      if (changedPixels === 0) return { change: "unchanged", changed_share: 0 };
      const share = roundShare(changedPixels / pixels);
      if (!shown) return { change: "changed", changed_share: share };
      const stem = row.parts ? `${target.name}.part-${shownPart}` : target.name;
      const diff = `changes/${stem}.diff.png`;
      const side2 = `changes/${stem}.side.png`;
      await write(diff, shown.diff);
      await write(side2, shown.side);
      return { change: "changed", changed_share: share, diff, side_by_side: side2 };
    });
  };
  return { baseline, canReuse, reuse, compare, close: () => baseline.close() };
}
function imagesOf(row) {
  return row.parts ?? [{ file: (row.kind === "video" ? row.poster : row.file) ?? row.file, sha256: row.sha256, width: row.width, height: row.height }];
}
function videoFieldsOf(before) {
  return {
    kind: "video",
    video_duration_ms: before.video_duration_ms,
    frames: before.frames,
    fps: before.fps,
    ...before.video_cut ? { video_cut: before.video_cut } : {},
    // The carried-over poster is the baseline's, so its digest is too.
    ...before.poster_sha256 ? { poster_sha256: before.poster_sha256 } : {}
  };
}
function reusedRow(before, target, file, data, validators, ms, parts) {
  return {
    url: target.url,
    ...target.variant !== null ? { variant: target.variant } : {},
    ...target.rules.length > 0 ? { rules: [...target.rules] } : {},
    ...before.recipe ? { recipe: before.recipe } : {},
    final_url: before.final_url,
    http_status: before.http_status,
    status: "ok",
    file,
    width: before.width,
    height: before.height,
    format: before.format,
    bytes: data.length,
    sha256: before.sha256 ?? sha256Hex(data),
    duration_ms: ms,
    attempts: 0,
    error: null,
    // The carried-over image is the same cut page.
    ...before.cropped ? { cropped: true, cut_at: before.cut_at, full_height: before.full_height } : {},
    ...parts ? { parts } : {},
    change: "unchanged",
    changed_share: 0,
    reused: true,
    validators
  };
}
function refuseOwnOutput(baseline, output) {
  if (/^https?:\/\//i.test(baseline) || /\.zip$/i.test(output)) return;
  const path = resolve3(baseline);
  const folder = basename2(path) === "manifest.json" ? dirname4(path) : path;
  if (folder === resolve3(output)) {
    throw new UserError(`--baseline ${baseline} is this run's output folder: write this run elsewhere (-o) and keep the previous output as the baseline`);
  }
}
function lookDifferences(baseline, now) {
  const out = [];
  for (const key of ["viewport", "scale", "full_page", "device", "theme", "background", "format", "region", "split"]) {
    const then = baseline.look[key];
    if (then !== void 0 && then !== now[key]) out.push(`${key.replace("_", "-")} ${JSON.stringify(then)} then, ${JSON.stringify(now[key])} now`);
  }
  const [videoThen, videoNow] = [baseline.look.video, now.video ?? null];
  if (videoThen !== videoNow) out.push(`video ${JSON.stringify(videoThen ?? "none")} then, ${JSON.stringify(videoNow ?? "none")} now`);
  return out;
}
function changeReport(baseline, rows, removed) {
  const counts = { new: 0, changed: 0, unchanged: 0, removed: removed.length, reused: 0 };
  for (const row of rows) {
    if (!row) continue;
    if (row.change === "new" || row.change === "changed" || row.change === "unchanged") counts[row.change]++;
    if (row.reused) counts.reused++;
  }
  return { baseline: baseline.label, baseline_job_id: baseline.jobId, counts, removed };
}
function removedPages(baseline, inScope, seen) {
  const out = [];
  for (const row of baseline.rows.values()) {
    if (inScope(row.url) && !seen(row.url)) out.push({ url: row.url, file: row.file });
  }
  return out;
}
function roundShare(share) {
  return share > 0 ? Math.max(1e-6, Math.round(share * 1e6) / 1e6) : 0;
}

// src/core/capture-result.ts
function captureResultOf(id, row) {
  if (row?.status !== "ok" || !row.file || row.width == null || row.height == null || !row.format) return null;
  const result = { id, url: row.file, page_url: row.url, width: row.width, height: row.height, format: row.format };
  if (row.parts) result.parts = row.parts.map((p) => ({ url: p.file, y: p.y, page_height: p.page_height, width: p.width, height: p.height }));
  return result;
}

// src/core/sink/gallery.ts
var GALLERY = "index.html";
var escape = escapeHtml;
var href = (file) => file.split("/").map(encodeURIComponent).join("/");
var pageLink = (url) => /^https?:\/\//i.test(url) ? `<a href="${escape(url)}" rel="noreferrer">${escape(url)}</a>` : escape(url);
var cutNote = (c) => c.cropped && c.cut_at !== void 0 && c.full_height !== void 0 ? ` \xB7 cut at ${c.cut_at} of ${c.full_height} px` : "";
var partsNote = (c) => c.parts ? ` \xB7 parts ${c.parts.map((p, i) => `<a href="${href(p.file)}" title="page ${p.y}\u2013${p.y + p.page_height} px">${i + 1}</a>`).join(" ")}` : "";
function byPage(rows) {
  const groups = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const group = groups.get(row.url);
    if (group) group.push(row);
    else groups.set(row.url, [row]);
  }
  return [...groups.values()];
}
function galleryHtml(manifest, written = /* @__PURE__ */ new Set()) {
  const { job, captures } = manifest;
  const { total, completed, failed } = job.progress;
  const failures = captures.filter((c) => c.status === "failed");
  const shown = captures.filter((c) => c.status === "ok" && c.file);
  const card = (c, note = "") => {
    const thumb = c.file.replace(/\.(\w+)$/, ".thumb.$1");
    const hasThumb = written.has(thumb);
    const media = c.kind === "video" && (c.format === "mp4" || c.format === "webm") ? `<video src="${href(c.file)}"${c.poster ? ` poster="${href(c.poster)}"` : ""} muted loop autoplay playsinline preload="metadata" width="${c.width}" height="${c.height}" aria-label="${escape(c.url)}"></video>` : `<img loading="lazy" src="${href(hasThumb ? thumb : c.file)}" alt="${escape(c.url)}" width="${c.width}" height="${c.height}">`;
    return `<figure><a href="${href(c.file)}">${media}</a>
<figcaption>${pageLink(c.url)}<span>${note}${c.http_status ?? ""} \xB7 ${c.width}\xD7${c.height} \xB7 ${Math.round((c.bytes ?? 0) / 1024)} KB${cutNote(c)}${partsNote(c)}</span></figcaption></figure>`;
  };
  const changes = manifest.changes;
  const changed = changes ? shown.filter((c) => c.change === "changed") : [];
  const added = changes ? shown.filter((c) => c.change === "new") : [];
  const rest = shown.filter((c) => !changes || c.change !== "changed" && c.change !== "new");
  const cards = byPage(rest).map((group) => {
    const one = (c) => card(c, `${c.variant ? `<b>${escape(c.variant)}</b> \xB7 ` : ""}${c.reused ? "reused \xB7 " : ""}`);
    if (group.length === 1 && !group[0].variant) return one(group[0]);
    return `<section class="page"><h3>${pageLink(group[0].url)}</h3><div class="variants">
${group.map(one).join("\n")}
</div></section>`;
  });
  const changedCards = changed.map((c) => {
    const image = c.diff ?? c.file;
    const share = `${((c.changed_share ?? 0) * 100).toFixed(2)}% of pixels changed`;
    const links = [c.side_by_side ? `<a href="${href(c.side_by_side)}">side by side</a>` : "", `<a href="${href(c.file)}">capture</a>`].filter(Boolean).join(" \xB7 ");
    return `<figure><a href="${href(c.side_by_side ?? image)}"><img loading="lazy" src="${href(image)}" alt="${escape(`changes on ${c.url}`)}"></a>
<figcaption>${pageLink(c.url)}<span>${share} \xB7 ${links}</span></figcaption></figure>`;
  });
  const removedRows = (changes?.removed ?? []).map((r) => `<tr><td>${pageLink(r.url)}</td><td>${escape(r.file ?? "")}</td></tr>`);
  const changeSections = changes ? `<p class="changes">Since the baseline ${escape(changes.baseline)}: ${changes.counts.changed} changed, ${changes.counts.new} new, ${changes.counts.removed} removed, ${changes.counts.unchanged} unchanged${changes.counts.reused ? ` (${changes.counts.reused} reused)` : ""}</p>
${changedCards.length ? `<h2>Changed</h2>
<div class="grid">
${changedCards.join("\n")}
</div>` : ""}
${added.length ? `<h2>New</h2>
<div class="grid">
${added.map((c) => card(c)).join("\n")}
</div>` : ""}
${removedRows.length ? `<h2>Removed</h2><table><tr><th>URL</th><th>file in the baseline</th></tr>
${removedRows.join("\n")}
</table>` : ""}
` : "";
  const failedRows = failures.map((c) => `<tr><td>${pageLink(c.url)}${c.variant ? ` @${escape(c.variant)}` : ""}</td><td>${c.http_status ?? ""}</td><td>${escape(c.category ?? "")}</td><td>${escape(c.error ?? "")}</td></tr>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'">
<title>framecap \xB7 ${escape(job.status)} \xB7 ${completed}/${total}</title>
<style>
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f5f6fa;color:#1d2433}
header{padding:24px 32px;background:#111827;color:#fff}header h1{margin:0 0 4px;font-size:20px}
header p{margin:0;color:#c7cbe0}.status-completed{color:#4ade80}.status-partial{color:#fbbf24}.status-failed{color:#f87171}
main{padding:24px 32px}.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:20px}
figure{margin:0;background:#fff;border-radius:10px;box-shadow:0 1px 3px #0002;overflow:hidden}
figure img,figure video{display:block;width:100%;height:auto;background:#e5e7eb}
figcaption{padding:10px 12px;font-size:13px;word-break:break-all}figcaption span{display:block;color:#6b7280}
table{border-collapse:collapse;width:100%;background:#fff;margin-top:8px}td,th{border-bottom:1px solid #e5e7eb;padding:6px 10px;text-align:left;font-size:13px;vertical-align:top}
a{color:#4338ca}.changes{font-weight:600}
.page{grid-column:1/-1}.page h3{margin:0 0 8px;font-size:14px;font-weight:500;word-break:break-all}
.variants{display:flex;gap:16px;align-items:flex-start;overflow-x:auto}.variants figure{flex:1 1 0;min-width:160px}
</style></head><body>
<header><h1>framecap <span class="status-${escape(job.status)}">${escape(job.status)}</span></h1>
<p>${completed} of ${total} pages captured${failed ? `, ${failed} failed` : ""} \xB7 job ${escape(job.id)} \xB7 ${escape(job.completed_at ?? job.created_at)} \xB7 <a href="manifest.json" style="color:#a5b4fc">manifest.json</a></p></header>
<main>
${changeSections}${failedRows.length ? `<h2>Failed</h2><table><tr><th>URL</th><th>HTTP</th><th>category</th><th>error</th></tr>
${failedRows.join("\n")}
</table>` : ""}
<h2>Captures</h2>
<div class="grid">
${cards.join("\n")}
</div>
</main></body></html>
`;
}

// src/core/run/types.ts
var CANCELED = "cancelled";

// src/core/run/finish.ts
async function finishRun(f) {
  const { job, options: options2, outcome, tally } = f;
  const rows = tally.rows();
  settleJob(job, f.signal, outcome, tally, rows, options2.maxFailures ?? null, f.planner.stats);
  let report = null;
  if (f.changes) {
    const complete = !outcome.discoveryError && f.signal?.aborted !== true && !f.planner.full && !outcome.discoveryPartial;
    if (!complete) f.warn("removed pages are not reported: discovery did not read every page (--limit reached, a sitemap skipped or capped, an error, or an interruption)");
    const removed = complete ? removedPages(f.changes.baseline, planScope(options2.plan), (url) => f.planner.seen(url)) : [];
    report = changeReport(f.changes.baseline, rows, removed);
  }
  const manifest = buildManifest(job, settingsSummary({ ...options2, render: f.render }, f.renderer.browserVersion, f.renderer.filterLists), f.warnings(), rows);
  if (report) manifest.changes = report;
  const { sink } = f.output;
  if (outcome.fatal) {
    await sink.abort();
    throw outcome.fatal;
  }
  try {
    await f.output.write("manifest.json", Buffer.from(JSON.stringify(manifest, null, 2) + "\n"));
    await f.output.write(GALLERY, Buffer.from(galleryHtml(manifest, tally.thumbnails)));
    await sink.close();
  } catch (err) {
    await sink.abort();
    throw err;
  }
  return manifest;
}
function settleJob(job, signal, outcome, tally, rows, maxFailures, stats) {
  const { fatal, discoveryError } = outcome;
  const { planned, completed, failed } = tally;
  job.progress = tally.progress;
  job.completed_at = (/* @__PURE__ */ new Date()).toISOString();
  const interrupted = signal?.aborted === true;
  const canceled = interrupted && signal.reason === CANCELED && !fatal;
  job.status = canceled ? "canceled" : discoveryError || interrupted || fatal ? completed > 0 ? "partial" : "failed" : finalStatus(job.progress);
  const overBudget = job.status === "partial" && exceedsBudget(failed, planned, maxFailures);
  if (overBudget) job.status = "failed";
  job.error = canceled ? canceledMessage(job.progress) : overBudget ? `${failed} of ${planned} pages failed, more than --max-failures ${budgetText(maxFailures)} allows` : errorSummary({ fatal, discoveryError, interrupted, rows, planned, stats });
  if (job.type === "capture") job.result = captureResultOf(newCaptureId(), rows[0]);
}
function exceedsBudget(failed, planned, budget) {
  if (!budget) return false;
  if (budget.kind === "count") return failed > budget.max;
  return planned > 0 && failed / planned * 100 > budget.max;
}
function budgetText(budget) {
  return budget.kind === "count" ? String(budget.max) : `${budget.max}%`;
}
function canceledMessage(progress) {
  if (progress.completed === 0) return "canceled before any page was captured";
  return `canceled after ${progress.completed + progress.failed} of ${progress.total} pages: the results hold the ${progress.completed} captured before the cancel`;
}
function errorSummary(s) {
  if (s.fatal) return s.fatal.message;
  if (s.interrupted) return "interrupted: the run was stopped before every page was captured";
  if (s.discoveryError && s.planned === 0) return s.discoveryError.message;
  if (s.planned === 0) {
    const { seen, excluded, otherShard } = s.stats;
    if (seen === 0) return "no URLs found: the sources listed no http(s) pages";
    return `no URLs to capture: ${seen} found, ${excluded} excluded by include/exclude, ${otherShard} in other shards`;
  }
  const failedRows = s.rows.filter((r) => r.status === "failed");
  if (s.discoveryError) return `discovery stopped early: ${s.discoveryError.message}`;
  if (failedRows.length === s.planned) {
    return `all ${s.planned} pages failed; first error: ${failedRows[0]?.error ?? "unknown"}`;
  }
  return null;
}

// src/core/channel.ts
var Channel = class {
  constructor(capacity) {
    this.capacity = capacity;
  }
  capacity;
  items = [];
  closed = false;
  takers = [];
  pushers = [];
  async push(item) {
    while (!this.closed && this.items.length >= this.capacity && this.takers.length === 0) {
      await new Promise((resolve8) => this.pushers.push(resolve8));
    }
    if (this.closed) throw new Error("push to a closed channel");
    const taker = this.takers.shift();
    if (taker) taker({ value: item, done: false });
    else this.items.push(item);
  }
  /** Next item, or done once closed and drained. */
  take() {
    const item = this.items.shift();
    if (item !== void 0) {
      this.pushers.shift()?.();
      return Promise.resolve({ value: item, done: false });
    }
    if (this.closed) return Promise.resolve({ value: void 0, done: true });
    return new Promise((resolve8) => this.takers.push(resolve8));
  }
  /** No more pushes; takers drain what is left. */
  close() {
    this.closed = true;
    for (const t of this.takers.splice(0)) t({ value: void 0, done: true });
    for (const p of this.pushers.splice(0)) p();
  }
  /** Remove and return what is still queued (used when a run is interrupted). */
  drain() {
    const rest = this.items.splice(0);
    for (const p of this.pushers.splice(0)) p();
    return rest;
  }
};

// src/core/composite/renderer.ts
function deviceRender(base, device) {
  const { viewport, scale, emulation } = device.compositor;
  return {
    ...base,
    ...viewport ? { viewport } : {},
    scale,
    userAgent: base.userAgent ?? emulation?.userAgent ?? null,
    isMobile: emulation?.isMobile ?? false,
    hasTouch: emulation?.hasTouch ?? false
  };
}
async function captureComposite(renderer, composite, target, render) {
  const shots = [];
  let attempts = 0;
  for (const device of composite.devices) {
    try {
      const done = await renderer.capture(target, deviceRender(render, device));
      shots.push(done.shot);
      attempts = Math.max(attempts, done.attempts);
    } catch (err) {
      if (!(err instanceof CaptureError)) throw err;
      throw new CaptureError(`on ${device.id}: ${err.message}`, err);
    }
  }
  const page = shots[0];
  const image = await composite.compose(shots, page.finalUrl);
  const { png, pixels, width, height } = image;
  return { shot: { ...page, png, pixels, width, height, fastPng: true }, attempts };
}

// src/core/net/fetch.ts
import http2 from "node:http";
import https from "node:https";
import { Readable as Readable2 } from "node:stream";
var MAX_REDIRECTS = 20;
var NULL_BODY = /* @__PURE__ */ new Set([101, 103, 204, 205, 304]);
function guardedFetch(guard) {
  return async (url, init = {}) => {
    let current = new URL(url);
    let method = (init.method ?? "GET").toUpperCase();
    let body = init.body;
    for (let hop = 0; ; hop++) {
      const res = await once(guard, current, method, init.headers ?? {}, body, init.signal);
      const location = res.headers.get("location");
      if (init.redirect === "manual" || !location || res.status < 300 || res.status > 399 || res.status === 304) return res;
      await res.body?.cancel().catch(() => void 0);
      if (hop >= MAX_REDIRECTS) throw new TypeError("fetch failed", { cause: new Error(`more than ${MAX_REDIRECTS} redirects`) });
      current = new URL(location, current);
      if (current.protocol !== "http:" && current.protocol !== "https:") {
        throw new TypeError("fetch failed", { cause: new Error(`redirected to a ${current.protocol} URL`) });
      }
      if (res.status === 303 || (res.status === 301 || res.status === 302) && method === "POST") {
        method = "GET";
        body = void 0;
      }
    }
  };
}
async function once(guard, url, method, headers, body, signal) {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError(`fetch failed: ${url.protocol} URLs are not fetched`);
  signal?.throwIfAborted();
  const { address } = await guard.resolveUrl(url).catch((err) => {
    if (err instanceof EgressRefused) throw err;
    throw new TypeError("fetch failed", { cause: err });
  });
  const secure = url.protocol === "https:";
  return new Promise((resolve8, reject) => {
    const request = (secure ? https : http2).request({
      host: address,
      port: portOf(url),
      method,
      path: `${url.pathname}${url.search}`,
      headers: { ...headers, host: url.host, ...body !== void 0 ? { "content-length": String(Buffer.byteLength(body)) } : {} },
      // The certificate is checked against the name, not the address we connect to (an IP literal is not sent as one).
      ...secure && ipLiteral(url.hostname) === null ? { servername: url.hostname } : {},
      signal
    });
    request.on("error", (err) => reject(err.name === "AbortError" && signal?.reason instanceof Error ? signal.reason : new TypeError("fetch failed", { cause: err })));
    request.on("response", (res) => {
      const responseHeaders = new Headers();
      for (const [k, v] of Object.entries(res.headers)) {
        if (v === void 0) continue;
        for (const one of Array.isArray(v) ? v : [v]) responseHeaders.append(k, one);
      }
      const status = res.statusCode ?? 502;
      const stream = NULL_BODY.has(status) ? null : Readable2.toWeb(res);
      if (!stream) res.resume();
      resolve8(new Response(stream, { status: status < 200 ? 502 : status, statusText: res.statusMessage ?? "", headers: responseHeaders }));
    });
    request.end(body);
  });
}

// src/core/discover/errors.ts
var SourceError = class extends Error {
  constructor(message, failure) {
    super(message);
    this.failure = failure;
  }
  failure;
  name = "SourceError";
};
function networkReason(err, timeoutMs) {
  if (err instanceof Error) {
    if (err.name === "TimeoutError") return `timed out after ${timeoutMs} ms`;
    const cause = err.cause;
    const code = errorCode(cause) ?? errorCode(err);
    if (code && !code.startsWith("UND_ERR")) return code;
    if (cause instanceof Error && cause.message) return cause.message;
    return err.message;
  }
  return String(err);
}
function errorCode(err) {
  if (err && typeof err === "object" && "code" in err && typeof err.code === "string") return err.code;
  return null;
}
function explain(where, err) {
  switch (err.failure) {
    case "missing":
      return `${err.message}: ${where}`;
    case "http":
      return `could not fetch sitemap ${where}: ${err.message}. Check the URL, or pass the page URLs directly.`;
    case "network":
      return `could not fetch ${where}: ${err.message}; is the site up?`;
    case "refused":
      return `could not fetch ${where}: ${err.message}`;
    case "not-sitemap":
      return `${where} ${err.message}. Point --sitemap at the sitemap (XML, text, RSS or Atom), or pass a list of page URLs instead.`;
  }
}

// src/core/discover/location.ts
import { dirname as dirname5, resolve as resolve4 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var MAX_URL_LENGTH2 = 2048;
var SCHEME = /^([a-z][a-z0-9+.-]*):/i;
function parseLocation(raw) {
  const value = raw.trim();
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme === "http" || scheme === "https") {
    const url = httpUrl2(value);
    if (!url) throw new UserError(`not a valid sitemap URL: ${value}`);
    return { kind: "url", url };
  }
  if (scheme === "file") return { kind: "file", path: fileURLToPath2(value) };
  if (scheme && scheme.length > 1) {
    throw new UserError(`cannot read a sitemap over ${scheme}: (${value}); use an http(s) URL or a local file path`);
  }
  return { kind: "file", path: value };
}
function httpUrl2(value) {
  if (!/^https?:\/\//i.test(value)) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}
function resolveChild(raw, parent) {
  if (raw === "") return { reason: "empty <loc>" };
  if (raw.length > MAX_URL_LENGTH2) return { reason: `longer than ${MAX_URL_LENGTH2} characters` };
  const url = httpUrl2(raw);
  if (url) return { kind: "url", url };
  if (parent.kind === "file" && !SCHEME.test(raw)) {
    return { kind: "file", path: resolve4(dirname5(parent.path), raw) };
  }
  return { reason: SCHEME.test(raw) ? "not an http(s) URL" : "relative URL; <loc> must be absolute" };
}
function locationKey(loc) {
  if (loc.kind === "file") return `file:${resolve4(loc.path)}`;
  const url = new URL(loc.url.href);
  url.hash = "";
  return url.href;
}
function describe(loc) {
  return loc.kind === "url" ? loc.url.href : loc.path;
}

// src/core/discover/fetch-source.ts
import { open as open2 } from "node:fs/promises";
import { once as once2 } from "node:events";
import { createGunzip } from "node:zlib";
var ACCEPT = "application/xml, text/xml, application/rss+xml, application/atom+xml, text/plain;q=0.9, */*;q=0.5";
async function readLocation(loc, limits, fetchFn) {
  return loc.kind === "file" ? readFile4(loc.path, limits) : readUrl(loc.url, limits, fetchFn);
}
async function readUrl(url, limits, fetchFn) {
  const done = new AbortController();
  const signal = AbortSignal.any([limits.signal, done.signal, AbortSignal.timeout(limits.timeoutMs)]);
  try {
    let res;
    try {
      res = await fetchFn(url.href, { signal, headers: { "user-agent": limits.userAgent, accept: ACCEPT } });
    } catch (err) {
      if (err instanceof EgressRefused) throw new SourceError(err.message, "refused");
      throw new SourceError(networkReason(err, limits.timeoutMs), "network");
    }
    if (!res.ok) {
      throw new SourceError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`, "http");
    }
    if (!res.body) return { text: "", cutAtCap: false, damaged: null };
    try {
      return await readCapped(res.body, limits.maxBytes);
    } catch (err) {
      if (err instanceof SourceError) throw err;
      throw new SourceError(networkReason(err, limits.timeoutMs), "network");
    }
  } finally {
    done.abort();
  }
}
async function readFile4(path, limits) {
  let handle;
  try {
    handle = await open2(path, "r");
  } catch (err) {
    const code = err.code;
    throw new SourceError(code === "ENOENT" ? "file not found" : `cannot read file (${code ?? String(err)})`, "missing");
  }
  const stream = handle.createReadStream();
  try {
    return await readCapped(stream, limits.maxBytes);
  } catch (err) {
    if (err instanceof SourceError) throw err;
    const code = err.code;
    throw new SourceError(`cannot read file (${code ?? String(err)})`, "missing");
  } finally {
    stream.destroy();
  }
}
async function readCapped(source, maxBytes) {
  const input = source[Symbol.asyncIterator]();
  let head = Buffer.alloc(0);
  while (head.length < 2) {
    const next = await input.next();
    if (next.done) break;
    head = Buffer.concat([head, next.value]);
  }
  const raw = prepend(head, input);
  const gzipped = head[0] === 31 && head[1] === 139;
  const bytes = gzipped ? gunzip(raw) : raw;
  const chunks = [];
  let total = 0;
  let cutAtCap = false;
  let damaged = null;
  try {
    for await (const chunk of bytes) {
      const room = maxBytes - total;
      if (chunk.length > room) {
        chunks.push(toBuffer(chunk.subarray(0, room)));
        total += room;
        cutAtCap = true;
        break;
      }
      chunks.push(toBuffer(chunk));
      total += chunk.length;
    }
  } catch (err) {
    if (!isZlibError(err)) throw err;
    if (total === 0) throw new SourceError(`is not valid gzip data (${err.message})`, "not-sitemap");
    damaged = err.message;
  }
  const text2 = new TextDecoder("utf-8").decode(Buffer.concat(chunks, total));
  return { text: text2, cutAtCap, damaged };
}
async function* prepend(head, rest) {
  try {
    if (head.length > 0) yield head;
    for (; ; ) {
      const next = await rest.next();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await rest.return?.();
  }
}
async function* gunzip(input) {
  const zlib2 = createGunzip();
  const stop = new AbortController();
  const feeding = (async () => {
    for await (const chunk of input) {
      if (!zlib2.write(chunk)) await once2(zlib2, "drain", { signal: stop.signal });
    }
    zlib2.end();
  })();
  feeding.catch((err) => {
    if (!stop.signal.aborted) zlib2.destroy(err instanceof Error ? err : new Error(String(err)));
  });
  try {
    for await (const out of zlib2) yield out;
  } finally {
    stop.abort();
    zlib2.destroy();
  }
}
function isZlibError(err) {
  const code = err instanceof Error ? err.code : void 0;
  return typeof code === "string" && code.startsWith("Z_");
}
function toBuffer(chunk) {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

// src/core/discover/robots.ts
function sitemapsInRobots(text2, robotsUrl) {
  const found = /* @__PURE__ */ new Map();
  for (const line of text2.split(/\r\n|\r|\n/)) {
    const match = /^\s*sitemap\s*:\s*(\S+)/i.exec(line);
    if (!match?.[1]) continue;
    let url;
    try {
      url = httpUrl2(new URL(match[1], robotsUrl).href);
    } catch {
      url = null;
    }
    if (url && !found.has(url.href)) found.set(url.href, url);
  }
  return [...found.values()];
}

// src/core/discover/parse-text.ts
function parseText(text2, cutShort) {
  const lines = text2.split(/\r\n|\r|\n/);
  if (cutShort) lines.pop();
  const entries = [];
  for (const line of lines) {
    const value = line.trim();
    if (value === "" || value.startsWith("#")) continue;
    entries.push({ loc: value, lastmod: null, problem: null });
  }
  if (entries.length > 0 && !entries.some((entry2) => /^https?:\/\//i.test(entry2.loc))) {
    return { kind: "not-sitemap", looksLike: "it is plain text without any http(s) URL" };
  }
  return { kind: "pages", entries };
}

// node_modules/fast-xml-parser/src/util.js
var nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
var nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
var nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*";
var regexName = new RegExp("^" + nameRegexp + "$");
function getAllMatches(string, regex) {
  const matches = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches.push(allmatches);
    match = regex.exec(string);
  }
  return matches;
}
var isName = function(string) {
  const match = regexName.exec(string);
  return !(match === null || typeof match === "undefined");
};
function isExist(v) {
  return typeof v !== "undefined";
}
var DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__"
];
var criticalProperties = ["__proto__", "constructor", "prototype"];

// node_modules/fast-xml-parser/src/validator.js
var defaultOptions = {
  allowBooleanAttributes: false,
  //A tag can have attributes without any value
  unpairedTags: []
};
function validate(xmlData, options2) {
  options2 = Object.assign({}, defaultOptions, options2);
  const tags = [];
  let tagFound = false;
  let reachedRoot = false;
  if (xmlData[0] === "\uFEFF") {
    xmlData = xmlData.substr(1);
  }
  for (let i = 0; i < xmlData.length; i++) {
    if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === "<") {
      let tagStartPos = i;
      i++;
      if (xmlData[i] === "!") {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === "/") {
          closingTag = true;
          i++;
        }
        let tagName = "";
        for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== "\n" && xmlData[i] !== "\r"; i++) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        if (tagName[tagName.length - 1] === "/") {
          tagName = tagName.substring(0, tagName.length - 1);
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
        }
        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;
        if (attrStr[attrStr.length - 1] === "/") {
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options2);
          if (isValid === true) {
            tagFound = true;
          } else {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject(
                "InvalidTag",
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos)
              );
            }
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options2);
          if (isValid !== true) {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }
          if (reachedRoot === true) {
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          } else if (options2.unpairedTags.indexOf(tagName) !== -1) {
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === "<") {
            if (xmlData[i + 1] === "!") {
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === "?") {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === "&") {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        }
        if (xmlData[i] === "<") {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }
  if (!tagFound) {
    return getErrorObject("InvalidXml", "Start tag expected.", 1);
  } else if (tags.length == 1) {
    return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
  }
  return true;
}
function isWhiteSpace(char) {
  return char === " " || char === "	" || char === "\n" || char === "\r";
}
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == "?" || xmlData[i] == " ") {
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === "xml") {
        return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}
function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "<") {
        angleBracketsCount++;
      } else if (xmlData[i] === ">") {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  }
  return i;
}
var doubleQuote = '"';
var singleQuote = "'";
function readAttributeStr(xmlData, i) {
  let attrStr = "";
  let startChar = "";
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === "") {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
      } else {
        startChar = "";
      }
    } else if (xmlData[i] === ">") {
      if (startChar === "") {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== "") {
    return false;
  }
  return {
    value: attrStr,
    index: i,
    tagClosed
  };
}
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;
  while (i < len) {
    const tokenStart = i;
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i++;
      continue;
    }
    const leadingWs = attrStr.slice(tokenStart, i);
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== "=") i++;
    const name = attrStr.slice(nameStart, i);
    let equalsGroup;
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === "=") {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
    }
    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== void 0 ? true : void 0;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }
  return tokens;
}
function validateAttributeString(attrStr, options2) {
  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};
  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] !== void 0 && matches[i][4] === void 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === void 0 && !options2.allowBooleanAttributes) {
      return getErrorObject("InvalidAttr", "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      attrNames[attrName] = 1;
    } else {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }
  return true;
}
function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === "x") {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ";")
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}
function validateAmpersand(xmlData, i) {
  i++;
  if (xmlData[i] === ";")
    return -1;
  if (xmlData[i] === "#") {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count2 = 0;
  for (; i < xmlData.length; i++, count2++) {
    if (xmlData[i].match(/\w/) && count2 < 20)
      continue;
    if (xmlData[i] === ";")
      break;
    return -1;
  }
  return i;
}
function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col
    }
  };
}
function validateAttrName(attrName) {
  return isName(attrName);
}
function validateTagName(tagname) {
  return isName(tagname);
}
function getLineNumberForPosition(xmlData, index) {
  const lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,
    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}

// node_modules/@nodable/entities/src/entities.js
var CURRENCY = {
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  euro: "\u20AC",
  dollar: "$",
  fnof: "\u0192",
  inr: "\u20B9",
  af: "\u060B",
  birr: "\u1265\u122D",
  peso: "\u20B1",
  rub: "\u20BD",
  won: "\u20A9",
  yuan: "\xA5",
  cedil: "\xB8"
};
var XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: '"'
};
var COMMON_HTML = {
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  laquo: "\xAB",
  raquo: "\xBB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bull: "\u2022",
  para: "\xB6",
  sect: "\xA7",
  deg: "\xB0",
  frac12: "\xBD",
  frac14: "\xBC",
  frac34: "\xBE"
};

// node_modules/@nodable/entities/src/EntityDecoder.js
var ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: "allow",
  /** Silently skip this entity — it will not be registered. */
  BLOCK: "block",
  /** Throw an error, aborting entity registration entirely. */
  THROW: "throw"
});
var SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
function validateEntityName(name) {
  if (name[0] === "#") {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}
function mergeEntityMaps(...maps) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === "string") {
        out[key] = raw;
      } else if (raw && typeof raw === "object" && raw.val !== void 0) {
        const val = raw.val;
        if (typeof val === "string") {
          out[key] = val;
        }
      }
    }
  }
  return out;
}
var LIMIT_TIER_EXTERNAL = "external";
var LIMIT_TIER_BASE = "base";
var LIMIT_TIER_ALL = "all";
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return /* @__PURE__ */ new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return /* @__PURE__ */ new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
var NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });
var XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var EntityDecoder = class {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options2 = {}) {
    this._limit = options2.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options2.postCheck === "function" ? options2.postCheck : (r) => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options2.numericAllowed ?? true;
    this._baseMap = mergeEntityMaps(XML, options2.namedEntities || null);
    this._externalMap = /* @__PURE__ */ Object.create(null);
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    this._removeSet = new Set(options2.remove && Array.isArray(options2.remove) ? options2.remove : []);
    this._leaveSet = new Set(options2.leave && Array.isArray(options2.leave) ? options2.leave : []);
    const ncrCfg = parseNCRConfig(options2.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;
    this._onExternalEntity = typeof options2.onExternalEntity === "function" ? options2.onExternalEntity : null;
    this._onInputEntity = typeof options2.onInputEntity === "function" ? options2.onInputEntity : null;
  }
  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------
  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return true;
    const action = hook(name, value);
    if (action === ENTITY_ACTION.BLOCK) return false;
    if (action === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    }
    return true;
  }
  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------
  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key of Object.keys(map)) {
        validateEntityName(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name, value, "external")) {
        filtered[name] = value;
      }
    }
    this._externalMap = filtered;
  }
  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    validateEntityName(key);
    if (typeof value === "string" && value.indexOf("&") === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value, "external")) {
        this._externalMap[key] = value;
      }
    }
  }
  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------
  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name, value, "input")) {
        filtered[name] = value;
      }
    }
    this._inputMap = filtered;
  }
  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------
  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }
  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------
  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
  }
  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------
  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str !== "string" || str.length === 0) return str;
    if (str.indexOf("&") === -1) return str;
    const original = str;
    const chunks = [];
    const len = str.length;
    let last = 0;
    let i = 0;
    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;
    while (i < len) {
      if (str.charCodeAt(i) !== 38) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < len && str.charCodeAt(j) !== 59 && j - i <= 32) j++;
      if (j >= len || str.charCodeAt(j) !== 59) {
        i++;
        continue;
      }
      const token = str.slice(i + 1, j);
      if (token.length === 0) {
        i++;
        continue;
      }
      let replacement;
      let tier;
      if (this._removeSet.has(token)) {
        replacement = "";
        if (tier === void 0) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token)) {
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35) {
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === void 0) {
          i++;
          continue;
        }
        replacement = ncrResult;
        tier = LIMIT_TIER_BASE;
      } else {
        const resolved = this._resolveName(token);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }
      if (replacement === void 0) {
        i++;
        continue;
      }
      if (i > last) chunks.push(str.slice(last, i));
      chunks.push(replacement);
      last = j + 1;
      i = last;
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }
    if (last < len) chunks.push(str.slice(last));
    const result = chunks.length === 0 ? str : chunks.join("");
    return this._postCheck(result, original);
  }
  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------
  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }
  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------
  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
    return void 0;
  }
  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    if (cp === 0) return this._ncrNullLevel;
    if (cp >= 55296 && cp <= 57343) return NCR_LEVEL.remove;
    if (this._ncrXmlVersion === 1) {
      if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }
    return -1;
  }
  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow:
        return String.fromCodePoint(cp);
      case NCR_LEVEL.remove:
        return "";
      case NCR_LEVEL.leave:
        return void 0;
      // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
        );
      default:
        return String.fromCodePoint(cp);
    }
  }
  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 || second === 88) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }
    if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
    const minimum = this._classifyNCR(cp);
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return void 0;
    const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
    return this._applyNCRAction(effective, token, cp);
  }
};

// node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js
var defaultOnDangerousProperty = (name) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return "__" + name;
  }
  return name;
};
var defaultOptions2 = {
  preserveOrder: false,
  attributeNamePrefix: "@_",
  attributesGroupName: false,
  textNodeName: "#text",
  ignoreAttributes: true,
  removeNSPrefix: false,
  // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false,
  //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true,
  //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function(tagName, val) {
    return val;
  },
  attributeValueProcessor: function(attrName, val) {
    return val;
  },
  stopNodes: [],
  //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function(tagName, jPath, attrs) {
    return tagName;
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true,
  // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== "string") {
    return;
  }
  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
  if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}
function normalizeProcessEntities(value, htmlEntities) {
  if (typeof value === "boolean") {
    return {
      enabled: value,
      // true or false
      maxEntitySize: 1e4,
      maxExpansionDepth: 1e4,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 1e5,
      maxEntityCount: 1e3,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all"
    };
  }
  if (typeof value === "object" && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all"
    };
  }
  return normalizeProcessEntities(true);
}
var buildOptions = function(options2) {
  const built = Object.assign({}, defaultOptions2, options2);
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
    { value: built.attributesGroupName, name: "attributesGroupName" },
    { value: built.textNodeName, name: "textNodeName" },
    { value: built.cdataPropName, name: "cdataPropName" },
    { value: built.commentPropName, name: "commentPropName" }
  ];
  for (const { value, name } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name);
    }
  }
  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map((node) => {
      if (typeof node === "string" && node.startsWith("*.")) {
        return ".." + node.substring(2);
      }
      return node;
    });
  }
  return built;
};

// node_modules/fast-xml-parser/src/xmlparser/xmlNode.js
var METADATA_SYMBOL;
if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
}
var XmlNode = class {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = [];
    this[":@"] = /* @__PURE__ */ Object.create(null);
  }
  add(key, val) {
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    if (node.tagname === "__proto__") node.tagname = "#__proto__";
    if (node[":@"] && Object.keys(node[":@"]).length > 0) {
      this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
    } else {
      this.child.push({ [node.tagname]: node.child });
    }
    this.addStartIndex(startIndex);
  }
  addStartIndex(startIndex) {
    if (startIndex !== void 0) {
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }
  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    if (lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
};

// node_modules/xml-naming/src/index.js
var nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD";
var nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040";
var nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
var nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040";
var buildRegexes = (startChar, char, flags = "") => {
  const ncStart = startChar.replace(":", "");
  const ncChar = char.replace(":", "");
  const ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
};
var regexes10 = buildRegexes(nameStartChar10, nameChar10);
var regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
var nameStartCharAscii = ":A-Za-z_";
var nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
var regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
var getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === "1.1" ? regexes11 : regexes10;
};
var qName = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str);
var PRODUCTIONS = ["name", "ncName", "qName", "nmToken", "nmTokens"];
var createValidator = (production, { xmlVersion = "1.0", asciiOnly = false, maxCacheSize = 2048 } = {}) => {
  if (!PRODUCTIONS.includes(production)) {
    throw new TypeError(
      `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(", ")}`
    );
  }
  const regex = getRegexes(xmlVersion, asciiOnly)[production];
  let cache = /* @__PURE__ */ new Map();
  const validator = (str) => {
    const cached2 = cache.get(str);
    if (cached2 !== void 0) return cached2;
    const result = regex.test(str);
    if (cache.size < maxCacheSize) cache.set(str, result);
    return result;
  };
  validator.reset = () => {
    cache = /* @__PURE__ */ new Map();
  };
  return validator;
};

// node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js
var DocTypeReader = class {
  constructor(options2, xmlVersion) {
    this.suppressValidationErr = !options2;
    this.options = options2;
    this.xmlVersion = xmlVersion || 1;
  }
  setXmlVersion(xmlVersion = 1) {
    this.xmlVersion = xmlVersion;
  }
  readDocType(xmlData, i) {
    const entities = /* @__PURE__ */ Object.create(null);
    let entityCount = 0;
    if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
      i = i + 9;
      let angleBracketsCount = 1;
      let hasBody = false, comment = false;
      let quoteChar = null;
      let exp = "";
      for (; i < xmlData.length; i++) {
        if (quoteChar !== null) {
          if (xmlData[i] === quoteChar) quoteChar = null;
          exp += xmlData[i];
          continue;
        }
        if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
          quoteChar = xmlData[i];
          exp += xmlData[i];
          continue;
        }
        if (xmlData[i] === "<" && !comment) {
          if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
            i += 7;
            let entityName, val;
            [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
            if (val.indexOf("&") === -1) {
              if (this.options.enabled !== false && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount) {
                throw new Error(
                  `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                );
              }
              entities[entityName] = val;
              entityCount++;
            }
          } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
            i += 8;
            const { index } = this.readElementExp(xmlData, i + 1);
            i = index;
          } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
            i += 8;
          } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
            i += 9;
            const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
            i = index;
          } else if (hasSeq(xmlData, "!--", i)) comment = true;
          else throw new Error(`Invalid DOCTYPE`);
          angleBracketsCount++;
          exp = "";
        } else if (xmlData[i] === ">") {
          if (comment) {
            if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
              comment = false;
              angleBracketsCount--;
            }
          } else {
            angleBracketsCount--;
          }
          if (angleBracketsCount === 0) {
            break;
          }
        } else if (xmlData[i] === "[") {
          hasBody = true;
        } else {
          exp += xmlData[i];
        }
      }
      if (quoteChar !== null || angleBracketsCount !== 0) {
        throw new Error(`Unclosed DOCTYPE`);
      }
    } else {
      throw new Error(`Invalid Tag instead of DOCTYPE`);
    }
    return { entities, i };
  }
  readEntityExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
      i++;
    }
    let entityName = xmlData.substring(startIndex, i);
    validateEntityName2(entityName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    if (!this.suppressValidationErr) {
      if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
        throw new Error("External entities are not supported");
      } else if (xmlData[i] === "%") {
        throw new Error("Parameter entities are not supported");
      }
    }
    let entityValue = "";
    [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");
    if (this.options.enabled !== false && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize) {
      throw new Error(
        `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
      );
    }
    i--;
    return [entityName, entityValue, i];
  }
  readNotationExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let notationName = xmlData.substring(startIndex, i);
    !this.suppressValidationErr && validateEntityName2(notationName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    const identifierType = xmlData.substring(i, i + 6).toUpperCase();
    if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
      throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
    }
    i += identifierType.length;
    i = skipWhitespace(xmlData, i);
    let publicIdentifier = null;
    let systemIdentifier = null;
    if (identifierType === "PUBLIC") {
      [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] === '"' || xmlData[i] === "'") {
        [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      }
    } else if (identifierType === "SYSTEM") {
      [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      if (!this.suppressValidationErr && !systemIdentifier) {
        throw new Error("Missing mandatory system identifier for SYSTEM notation");
      }
    }
    return { notationName, publicIdentifier, systemIdentifier, index: --i };
  }
  readIdentifierVal(xmlData, i, type) {
    let identifierVal = "";
    const startChar = xmlData[i];
    if (startChar !== '"' && startChar !== "'") {
      throw new Error(`Expected quoted string, found "${startChar}"`);
    }
    i++;
    const startIndex = i;
    while (i < xmlData.length && xmlData[i] !== startChar) {
      i++;
    }
    identifierVal = xmlData.substring(startIndex, i);
    if (xmlData[i] !== startChar) {
      throw new Error(`Unterminated ${type} value`);
    }
    i++;
    return [i, identifierVal];
  }
  readElementExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid element name: "${elementName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let contentModel = "";
    if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
    else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
    else if (xmlData[i] === "(") {
      i++;
      const startIndex2 = i;
      while (i < xmlData.length && xmlData[i] !== ")") {
        i++;
      }
      contentModel = xmlData.substring(startIndex2, i);
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated content model");
      }
    } else if (!this.suppressValidationErr) {
      throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
    }
    return {
      elementName,
      contentModel: contentModel.trim(),
      index: i
    };
  }
  readAttlistExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    validateEntityName2(elementName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let attributeName = xmlData.substring(startIndex, i);
    if (!validateEntityName2(attributeName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid attribute name: "${attributeName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let attributeType = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
      attributeType = "NOTATION";
      i += 8;
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] !== "(") {
        throw new Error(`Expected '(', found "${xmlData[i]}"`);
      }
      i++;
      let allowedNotations = [];
      while (i < xmlData.length && xmlData[i] !== ")") {
        const startIndex2 = i;
        while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
          i++;
        }
        let notation = xmlData.substring(startIndex2, i);
        notation = notation.trim();
        if (!validateEntityName2(notation, { xmlVersion: this.xmlVersion })) {
          throw new Error(`Invalid notation name: "${notation}"`);
        }
        allowedNotations.push(notation);
        if (xmlData[i] === "|") {
          i++;
          i = skipWhitespace(xmlData, i);
        }
      }
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated list of notations");
      }
      i++;
      attributeType += " (" + allowedNotations.join("|") + ")";
    } else {
      const startIndex2 = i;
      while (i < xmlData.length && !/\s/.test(xmlData[i])) {
        i++;
      }
      attributeType += xmlData.substring(startIndex2, i);
      const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
      if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
        throw new Error(`Invalid attribute type: "${attributeType}"`);
      }
    }
    i = skipWhitespace(xmlData, i);
    let defaultValue = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
      defaultValue = "#REQUIRED";
      i += 8;
    } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
      defaultValue = "#IMPLIED";
      i += 7;
    } else {
      [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
    }
    return {
      elementName,
      attributeName,
      attributeType,
      defaultValue,
      index: i
    };
  }
};
var skipWhitespace = (data, index) => {
  while (index < data.length && /\s/.test(data[index])) {
    index++;
  }
  return index;
};
function hasSeq(data, seq, i) {
  for (let j = 0; j < seq.length; j++) {
    if (seq[j] !== data[i + j + 1]) return false;
  }
  return true;
}
function validateEntityName2(name, xmlVersion) {
  if (qName(name, { xmlVersion }))
    return name;
  else
    throw new Error(`Invalid entity name ${name}`);
}

// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  48,
  // 0-9
  // Arabic scripts
  1632,
  // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  1776,
  // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳
  // Indic scripts
  2406,
  // Devanagari ०१२३४५६७८९
  2534,
  // Bengali ০১২৩৪৫৬৭৮৯
  2662,
  // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  2790,
  // Gujarati ૦૧૨૩૪૫૬૭૮૯
  2918,
  // Odia ୦୧୨୩୪୫୬୭୮୯
  3046,
  // Tamil ௦௧௨௩௪௫௬௭௮௯
  3174,
  // Telugu ౦౧౨౩౪౫౬౭౮౯
  3302,
  // Kannada ೦೧೨೩೪೫೬೭೮೯
  3430,
  // Malayalam ൦൧൨൩൪൫൬൭൮൯
  3558,
  // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯
  // Southeast Asian scripts
  3664,
  // Thai ๐๑๒๓๔๕๖๗๘๙
  3792,
  // Lao ໐໑໒໓໔໕໖໗໘໙
  3872,
  // Tibetan ༠༡༢༣༤༥༦༧༨༩
  4160,
  // Myanmar ၀၁၂၃၄၅၆၇၈၉
  4240,
  // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  6112,
  // Khmer ០១២៣៤៥៦៧៨៩
  6160,
  // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  6470,
  // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  6608,
  // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  6784,
  // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  6800,
  // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  6992,
  // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  7088,
  // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  7232,
  // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  7248,
  // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙
  // Fullwidth (CJK context)
  65296,
  // Fullwidth ０１２３４５６７８９
  // Mathematical digit variants (Unicode math block)
  120782,
  // Mathematical Bold
  120792,
  // Mathematical Double-Struck
  120802,
  // Mathematical Sans-Serif
  120812,
  // Mathematical Sans-Serif Bold
  120822,
  // Mathematical Monospace
  // Other scripts
  66720,
  // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  68912,
  // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  69734,
  // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  69872,
  // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  69942,
  // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  70096,
  // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  70384,
  // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  70736,
  // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  70864,
  // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  71248,
  // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  71360,
  // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  71472,
  // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  71904,
  // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  72016,
  // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  72688,
  // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  72784,
  // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  73040,
  // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  73120,
  // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  73552,
  // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  92768,
  // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  92864,
  // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  93008,
  // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  123200,
  // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  123632,
  // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  124144,
  // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  125264,
  // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  130032
  // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];
var NOT_DIGIT = 255;
var HIGH_MAP = /* @__PURE__ */ new Map();
var LOW_MAX = 65535;
var LOW_MIN = 1632;
var TABLE_OFFSET = LOW_MIN;
var TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
var TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}

// node_modules/anynum/anynum.js
var CHAR_0 = 48;
var CHAR_9 = 57;
var CHAR_MINUS = 45;
var MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
function anynum(str) {
  if (typeof str !== "string") return str;
  const len = str.length;
  if (len === 0) return str;
  let firstHit = -1;
  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) continue;
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) {
        firstHit = i;
        break;
      }
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          if (HIGH_MAP.has(cp)) {
            firstHit = i;
            break;
          }
        }
      }
      continue;
    }
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }
  if (firstHit === -1) return str;
  const chars = [];
  if (firstHit > 0) chars.push(str.slice(0, firstHit));
  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? "-" : str[i]);
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          const d2 = HIGH_MAP.get(cp);
          if (d2 !== void 0) {
            chars.push(String.fromCharCode(d2 + 48));
            i++;
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }
    if (MINUS_SET.has(cc)) {
      chars.push("-");
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }
  return chars.join("");
}
var anynum_default = anynum;

// node_modules/strnum/strnum.js
var hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
var binRegex = /^0b[01]+$/;
var octRegex = /^0o[0-7]+$/;
var numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;
var consider = {
  hex: true,
  binary: false,
  octal: false,
  leadingZeros: true,
  decimalPoint: ".",
  eNotation: true,
  //skipLike: /regex/,
  infinity: "original",
  // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
  unicode: false
};
function toNumber(str, options2 = {}) {
  options2 = Object.assign({}, consider, options2);
  if (!str || typeof str !== "string") return str;
  let trimmedStr = str.trim();
  if (trimmedStr.length === 0) return str;
  else if (options2.skipLike !== void 0 && options2.skipLike.test(trimmedStr)) return str;
  else if (trimmedStr === "0") return 0;
  if (options2.unicode) {
    trimmedStr = anynum_default(trimmedStr);
    if (trimmedStr === "0") return 0;
  }
  if (options2.hex && hexRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 16);
  } else if (options2.binary && binRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 2);
  } else if (options2.octal && octRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 8);
  } else if (!isFinite(trimmedStr)) {
    const num = Number(trimmedStr);
    if (Number.isNaN(num)) return str;
    return handleInfinity(str, num, options2);
  } else if (trimmedStr.includes("e") || trimmedStr.includes("E")) {
    return resolveEnotation(str, trimmedStr, options2);
  } else {
    const match = numRegex.exec(trimmedStr);
    if (match) {
      const sign = match[1] || "";
      const leadingZeros = match[2];
      let numTrimmedByZeros = trimZeros(match[3]);
      const decimalAdjacentToLeadingZeros = sign ? (
        // 0., -00., 000.
        trimmedStr[leadingZeros.length + 1] === "."
      ) : trimmedStr[leadingZeros.length] === ".";
      if (!options2.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros)) {
        return str;
      } else {
        const num = Number(trimmedStr);
        const parsedStr = String(num);
        if (num === 0) return num;
        if (parsedStr.search(/[eE]/) !== -1) {
          if (options2.eNotation) return num;
          else return str;
        } else if (trimmedStr.indexOf(".") !== -1) {
          if (parsedStr === "0") return num;
          else if (parsedStr === numTrimmedByZeros) return num;
          else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
          else return str;
        }
        let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
        if (leadingZeros) {
          return n === parsedStr || sign + n === parsedStr ? num : str;
        } else {
          return n === parsedStr || n === sign + parsedStr ? num : str;
        }
      }
    } else {
      return str;
    }
  }
}
var eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options2) {
  if (!options2.eNotation) return str;
  const notation = trimmedStr.match(eNotationRegx);
  if (notation) {
    let sign = notation[1] || "";
    const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
    const leadingZeros = notation[2];
    const eAdjacentToLeadingZeros = sign ? (
      // 0E.
      trimmedStr[leadingZeros.length + 1] === eChar
    ) : trimmedStr[leadingZeros.length] === eChar;
    if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
    else if (leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
      return Number(trimmedStr);
    } else if (leadingZeros.length > 0) {
      if (options2.leadingZeros && !eAdjacentToLeadingZeros) {
        return Number(trimmedStr);
      } else return str;
    } else {
      return Number(trimmedStr);
    }
  } else {
    return str;
  }
}
function trimZeros(numStr) {
  if (numStr && numStr.indexOf(".") !== -1) {
    let end = numStr.length;
    while (end > 0 && numStr.charCodeAt(end - 1) === 48) end--;
    numStr = numStr.slice(0, end);
    if (numStr === ".") numStr = "0";
    else if (numStr[0] === ".") numStr = "0" + numStr;
    else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
    return numStr;
  }
  return numStr;
}
function parse_int(numStr, base) {
  const str = numStr.trim();
  if (base === 2 || base === 8) numStr = str.substring(2);
  if (parseInt) return parseInt(numStr, base);
  else if (Number.parseInt) return Number.parseInt(numStr, base);
  else if (window && window.parseInt) return window.parseInt(numStr, base);
  else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str, num, options2) {
  const isPositive = num === Infinity;
  switch (options2.infinity.toLowerCase()) {
    case "null":
      return null;
    case "infinity":
      return num;
    // Return Infinity or -Infinity
    case "string":
      return isPositive ? "Infinity" : "-Infinity";
    case "original":
    default:
      return str;
  }
}

// node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}

// node_modules/path-expression-matcher/src/Expression.js
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options2 = {}, data) {
    this.pattern = pattern;
    this.separator = options2.separator || ".";
    this.segments = this._parse(pattern);
    this.data = data;
    this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
    this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
    this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];
    let i = 0;
    let currentPart = "";
    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = "";
          }
          segments.push({ type: "deep-wildcard" });
          i += 2;
        } else {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = "";
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }
    return segments;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: "tag" };
    let bracketContent = null;
    let withoutBrackets = part;
    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }
    let namespace = void 0;
    let tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      const nsIndex = withoutBrackets.indexOf("::");
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }
    let tag = void 0;
    let positionMatch = null;
    if (tagAndPosition.includes(":")) {
      const colonIndex = tagAndPosition.lastIndexOf(":");
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();
      const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }
    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }
    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }
    if (bracketContent) {
      if (bracketContent.includes("=")) {
        const eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = "nth";
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet = class {
  constructor() {
    this._byDepthAndTag = /* @__PURE__ */ new Map();
    this._wildcardByDepth = /* @__PURE__ */ new Map();
    this._deepWildcards = [];
    this._deepByTerminalTag = /* @__PURE__ */ new Map();
    this._patterns = /* @__PURE__ */ new Set();
    this._sealed = false;
  }
  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
      );
    }
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);
    if (expression.hasDeepWildcard()) {
      const lastSeg2 = expression.segments[expression.segments.length - 1];
      if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
        const tag2 = lastSeg2.tag;
        if (!this._deepByTerminalTag.has(tag2)) this._deepByTerminalTag.set(tag2, []);
        this._deepByTerminalTag.get(tag2).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }
    const depth = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;
    if (!tag || tag === "*") {
      if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
      this._wildcardByDepth.get(depth).push(expression);
    } else {
      const key = `${depth}:${tag}`;
      if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
      this._byDepthAndTag.get(key).push(expression);
    }
    return this;
  }
  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }
  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }
  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }
  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }
  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }
  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
  * Find and return the first Expression that matches the matcher's current path.
  *
  * Uses the same evaluation order as matchesAny (cheapest → most expensive):
  *  1. Exact depth + tag bucket
  *  2. Depth-only wildcard bucket
  *  3. Deep-wildcard list
  *
  * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
  * @returns {import('./Expression.js').default | null} the first matching Expression, or null
  *
  * @example
  * const expr = stopNodes.findMatch(matcher);
  * if (expr) {
  *   // access expr.config, expr.pattern, etc.
  * }
  */
  findMatch(matcher) {
    const depth = matcher.getDepth();
    const tag = matcher.getCurrentTag();
    const exactKey = `${depth}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }
    const wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }
    return null;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return void 0;
    return path[path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return false;
    const current = path[path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
};
var Matcher = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options2 = {}) {
    this.separator = options2.separator || ".";
    this.path = [];
    this.siblingStacks = [];
    this._pathStringCache = null;
    this._view = new MatcherView(this);
    this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options2 = null) {
    this._pathStringCache = null;
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = void 0;
    }
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      level = { counts: /* @__PURE__ */ new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
    const counter = level.counts.get(siblingKey) || 0;
    const position = level.total;
    level.counts.set(siblingKey, counter + 1);
    level.total++;
    const node = {
      tag: tagName,
      position,
      counter
    };
    if (namespace !== null && namespace !== void 0) {
      node.namespace = namespace;
    }
    if (attrValues !== null && attrValues !== void 0) {
      node.values = attrValues;
    }
    this.path.push(node);
    const depth = this.path.length;
    const keep = options2 !== null ? options2.keep : null;
    if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== void 0) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return void 0;
    this._pathStringCache = null;
    const node = this.path.pop();
    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }
    const poppedDepth = this.path.length + 1;
    while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
      this._keptAttrs.pop();
    }
    return node;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== void 0) {
        current.values = attrValues;
      }
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return void 0;
    return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return void 0;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep4 = separator || this.separator;
    const isDefault = sep4 === this.separator && includeNamespace === true;
    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep4);
      this._pathStringCache = result;
      return result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep4);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;
    if (segments.length === 0) {
      return false;
    }
    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }
    return this._matchSimple(segments);
  }
  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }
    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }
    return true;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;
    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];
      if (segment.type === "deep-wildcard") {
        segIdx--;
        if (segIdx < 0) {
          return true;
        }
        const nextSeg = segments[segIdx];
        let found = false;
        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node.tag) {
      return false;
    }
    if (segment.namespace !== void 0) {
      if (segment.namespace !== "*" && segment.namespace !== node.namespace) {
        return false;
      }
    }
    if (segment.attrName !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }
      if (segment.attrValue !== void 0) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }
    if (segment.position !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      const counter = node.counter ?? 0;
      if (segment.position === "first" && counter !== 0) {
        return false;
      } else if (segment.position === "odd" && counter % 2 !== 1) {
        return false;
      } else if (segment.position === "even" && counter % 2 !== 0) {
        return false;
      } else if (segment.position === "nth" && counter !== segment.positionValue) {
        return false;
      }
    }
    return true;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node) => ({ ...node })),
      siblingStacks: this.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map((entry2) => ({ ...entry2 }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map((node) => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map((entry2) => ({ ...entry2 }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS = [
  {
    id: "html-script-open",
    description: "<script opening tag",
    pattern: /<script[\s>/]/i
  },
  {
    id: "html-script-close",
    description: "</script closing tag",
    pattern: /<\/script[\s>]/i
  },
  {
    id: "html-javascript-protocol",
    description: "javascript: URI scheme (with optional whitespace/encoding)",
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
  },
  {
    id: "html-vbscript-protocol",
    description: "vbscript: URI scheme",
    pattern: /vbscript[\t\n\r ]*:/i
  },
  {
    id: "html-data-html",
    description: "data:text/html URI \u2014 can execute scripts in browsers",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
  },
  {
    id: "html-data-xhtml",
    description: "data:application/xhtml+xml URI",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
  },
  {
    id: "html-data-svg",
    description: "data:image/svg+xml URI \u2014 can execute scripts",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
  },
  {
    id: "html-inline-event-handler",
    description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "html-entity-obfuscated-script",
    description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
  },
  {
    id: "html-entity-obfuscated-javascript",
    description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
  },
  {
    id: "html-style-expression",
    description: "CSS expression() \u2014 IE-era code execution in style attributes",
    pattern: /style[\s\S]{0,20}expression\s*\(/i
  },
  {
    id: "html-object-embed",
    description: "<object or <embed tags that can load active content",
    pattern: /<(?:object|embed)[\s>/]/i
  },
  {
    id: "html-base-tag",
    description: "<base href= \u2014 can hijack all relative URLs on a page",
    pattern: /<base[\s>]/i
  },
  {
    id: "html-meta-refresh",
    description: '<meta http-equiv="refresh" \u2014 can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
  },
  {
    id: "html-srcdoc",
    description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
    pattern: /srcdoc\s*=/i
  },
  {
    id: "html-iframe",
    description: "<iframe tag",
    pattern: /<iframe[\s>/]/i
  },
  {
    id: "html-form",
    description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
    pattern: /<form[\s>/]/i
  }
];
var html_default = HTML_PATTERNS;

// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS = [
  {
    id: "xml-cdata-injection",
    description: "CDATA section injection: <![CDATA[ breaks out of text node context",
    pattern: /<!\[CDATA\[/i
  },
  {
    id: "xml-cdata-close",
    description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
    pattern: /\]\]>/
  },
  {
    id: "xml-processing-instruction",
    description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
    pattern: /<\?(?:xml[\- ]|php|asp)/i
  },
  {
    id: "xml-doctype-injection",
    description: "DOCTYPE declaration embedded in content \u2014 can define entities",
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i
  },
  {
    id: "xml-entity-system",
    description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bSYSTEM\s+["']/i
  },
  {
    id: "xml-entity-public",
    description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bPUBLIC\s+["']/i
  },
  {
    id: "xml-entity-declaration",
    description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
    pattern: /<!ENTITY[\s%]/i
  },
  {
    id: "xml-billion-laughs",
    description: "Entity reference chaining / billion laughs: repeated &eX; style references",
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/
  },
  {
    id: "xml-namespace-confusion",
    description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i
  },
  {
    id: "xml-comment-injection",
    description: "<!-- comment injection \u2014 can hide content from some parsers",
    pattern: /<!--/
  },
  {
    id: "xml-comment-close",
    description: "--> closes an enclosing XML comment",
    pattern: /-->/
  },
  {
    id: "xml-pi-close",
    description: "?> closes an enclosing processing instruction",
    pattern: /\?>/
  }
];
var xml_default = XML_PATTERNS;

// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS = [
  {
    id: "svg-script-element",
    description: "<script element inside SVG executes JavaScript",
    pattern: /<script[\s>/]/i
  },
  {
    id: "svg-xlink-href-javascript",
    description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-href-javascript",
    description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-foreignobject",
    description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
    pattern: /<foreignObject[\s>/]/i
  },
  {
    id: "svg-use-external",
    description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
  },
  {
    id: "svg-animate-href",
    description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
  },
  {
    id: "svg-animate-xlinkhref",
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
  },
  {
    id: "svg-set-javascript",
    description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-event-handler",
    description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
  },
  {
    id: "svg-handler-generic",
    description: "Generic on* handler catch-all for SVG attributes",
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "svg-filter-feimage",
    description: "<feImage href= \u2014 filter primitive that can load external resources",
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
  },
  {
    id: "svg-image-external",
    description: "<image xlink:href with http/https or javascript protocol",
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
  },
  {
    id: "svg-style-javascript",
    description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
  }
];
var svg_default = SVG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS = [
  {
    id: "sql-block-comment-open",
    description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
    pattern: /\/\*/
  },
  {
    id: "sql-union-select",
    description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
  },
  {
    id: "sql-drop-table",
    description: "DROP TABLE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}TABLE\b/i
  },
  {
    id: "sql-drop-database",
    description: "DROP DATABASE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}DATABASE\b/i
  },
  {
    id: "sql-insert-into",
    description: "INSERT INTO \u2014 data injection",
    pattern: /\bINSERT\s{1,20}INTO\b/i
  },
  {
    id: "sql-delete-from",
    description: "DELETE FROM \u2014 data deletion injection",
    pattern: /\bDELETE\s{1,20}FROM\b/i
  },
  {
    id: "sql-update-set",
    description: "UPDATE ... SET \u2014 data modification injection",
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
  },
  {
    id: "sql-exec-xp",
    description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
  },
  {
    id: "sql-tautology-string",
    description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
  },
  {
    id: "sql-tautology-numeric",
    description: "Numeric tautology: OR 1=1",
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
  },
  {
    id: "sql-always-true-zero",
    description: "Numeric tautology: OR 0=0",
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
  },
  {
    id: "sql-sleep-benchmark",
    description: "Time-based blind injection: SLEEP() or BENCHMARK()",
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
  },
  {
    id: "sql-waitfor-delay",
    description: "MSSQL time-based blind injection: WAITFOR DELAY",
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i
  },
  {
    id: "sql-char-function",
    description: "CHAR() function \u2014 used to obfuscate injected strings",
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i
  },
  {
    id: "sql-information-schema",
    description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
    pattern: /\bINFORMATION_SCHEMA\b/i
  }
];
var sql_default = SQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS = [
  {
    id: "shell-path-traversal-unix",
    description: "Unix path traversal: ../  \u2014 climbing the directory tree",
    pattern: /\.\.\//
  },
  {
    id: "shell-path-traversal-windows",
    description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
    pattern: /\.\.\\/
  },
  {
    id: "shell-path-traversal-encoded",
    description: "URL-encoded path traversal: %2e%2e or %2f variants",
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
  },
  {
    id: "shell-null-byte",
    description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
    pattern: /\x00|%00/
  },
  {
    id: "shell-semicolon",
    description: "Semicolon command separator: cmd1; cmd2",
    pattern: /;/
  },
  {
    id: "shell-pipe",
    description: "Pipe operator: cmd1 | cmd2",
    pattern: /\|/
  },
  {
    id: "shell-and-operator",
    description: "AND operator: cmd1 && cmd2",
    pattern: /&&/
  },
  {
    id: "shell-or-operator",
    description: "OR operator: cmd1 || cmd2",
    pattern: /\|\|/
  },
  {
    id: "shell-backtick",
    description: "Backtick command substitution: `cmd`",
    pattern: /`/
  },
  {
    id: "shell-dollar-paren",
    description: "Dollar-paren command substitution: $(cmd)",
    pattern: /\$\(/
  },
  {
    id: "shell-dollar-brace",
    description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
    pattern: /\$\{/
  },
  {
    id: "shell-redirect-out",
    description: "Output redirection: cmd > file or cmd >> file",
    pattern: />{1,2}/
  },
  {
    id: "shell-redirect-in",
    description: "Input redirection: cmd < file",
    pattern: /</
  },
  {
    id: "shell-newline-injection",
    description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
    pattern: /[\n\r]/
  },
  {
    id: "shell-glob-star",
    description: "Glob expansion: * or ? \u2014 can expand to unintended files",
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/
  },
  {
    id: "shell-absolute-root",
    description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
    pattern: /^(?:\/|\\\\)/
  },
  {
    id: "shell-windows-drive",
    description: "Windows drive letter path injection: C:\\ or D:/",
    pattern: /^[a-zA-Z]:[/\\]/
  },
  {
    id: "shell-curl-wget",
    description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
  }
];
var shell_default = SHELL_PATTERNS;

// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS = [
  {
    id: "redos-nested-quantifier-plus",
    description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/
  },
  {
    id: "redos-nested-quantifier-star",
    description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
    pattern: /\([^)]*\*[^)]*\)[*+]/
  },
  {
    id: "redos-nested-groups",
    description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
  },
  {
    id: "redos-alternation-overlap",
    description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
  },
  {
    id: "redos-star-plus-concat",
    description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
  },
  {
    id: "redos-dot-star-greedy",
    description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
    pattern: /\(\.[*+]\)\{?\d/
  },
  {
    id: "redos-large-repetition",
    description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/
  },
  {
    id: "redos-catastrophic-alternation",
    description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
  }
];
var redos_default = REDOS_PATTERNS;

// node_modules/is-unsafe/src/contexts/nosql.js
var sep2 = `["'\\s]*:`;
var NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep2}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne \u2014 "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep2}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt \u2014 "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep2}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte \u2014 "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep2}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex \u2014 can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep2}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or \u2014 logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep2}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and \u2014 logical AND operator injection",
    pattern: new RegExp(`\\$and${sep2}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor \u2014 logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep2}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists \u2014 can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep2}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in \u2014 matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep2}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep2}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep2}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep2}`, "i")
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: "nosql-proto-pollution",
    description: "__proto__ \u2014 prototype pollution via object key injection",
    pattern: /__proto__/
  },
  {
    id: "nosql-constructor-prototype",
    description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i
  },
  {
    id: "nosql-proto-bracket",
    description: '["__proto__"] \u2014 bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/
  }
];
var nosql_default = NOSQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: "log-crlf-injection",
    description: "CRLF injection: literal \\r or \\n embeds fake log lines",
    pattern: /[\r\n]/
  },
  {
    id: "log-url-encoded-crlf",
    description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
    pattern: /%0[dDaA]/
  },
  {
    id: "log-unicode-newline",
    description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
    pattern: /[\u2028\u2029]/
  },
  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: "log-log4shell-jndi",
    description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
    pattern: /\$\{jndi\s*:/i
  },
  {
    id: "log-log4shell-obfuscated",
    description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/
  },
  {
    id: "log-log4j-lookup",
    description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
  },
  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: "log-ssti-double-brace",
    description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
    pattern: /\{\{[\s\S]{0,80}\}\}/
  },
  {
    id: "log-ssti-hash-brace",
    description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
    pattern: /#\{[\s\S]{0,80}\}/
  },
  {
    id: "log-ssti-dollar-brace",
    description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
  },
  {
    id: "log-ssti-percent-tag",
    description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
    pattern: /<%=[\s\S]{0,80}%>/
  },
  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: "log-null-byte",
    description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
    pattern: /\x00|%00/
  },
  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: "log-ansi-escape",
    description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
    pattern: /\x1b\[/
  }
];
var log_default = LOG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA = [
  {
    id: "sql-line-comment",
    description: "SQL line comment: -- followed by whitespace or end of string",
    pattern: /--(?:\s|$)/
  },
  {
    id: "sql-stacked-query",
    description: "Stacked queries: semicolon immediately followed by a SQL keyword",
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
  },
  {
    id: "sql-hex-encoding",
    description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
    pattern: /\b0x[0-9a-f]{4,}/i
  }
];
var SQL_STRICT_PATTERNS = [...sql_default, ...SQL_STRICT_EXTRA];
var sql_strict_default = SQL_STRICT_PATTERNS;

// node_modules/is-unsafe/src/util/decode-entities.js
var NAMED = Object.freeze({
  colon: ":",
  Tab: "	",
  NewLine: "\n"
});
var ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
function decodeEntities(input) {
  if (input.indexOf("&") === -1) return input;
  return input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== void 0) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 1114111) return match;
    return String.fromCodePoint(cp);
  });
}

// node_modules/is-unsafe/src/index.js
html_default.label = "HTML";
xml_default.label = "XML";
svg_default.label = "SVG";
html_default.decodeEntities = true;
xml_default.decodeEntities = true;
svg_default.decodeEntities = true;
sql_default.label = "SQL";
sql_strict_default.label = "SQL-STRICT";
shell_default.label = "SHELL";
redos_default.label = "REDOS";
nosql_default.label = "NOSQL";
log_default.label = "LOG";
var VALID_CONTEXTS = Object.freeze({
  HTML: html_default,
  XML: xml_default,
  SVG: svg_default,
  SQL: sql_default,
  "SQL-STRICT": sql_strict_default,
  SHELL: shell_default,
  REDOS: redos_default,
  NOSQL: nosql_default,
  LOG: log_default
});
function assertString(value) {
  if (typeof value !== "string") {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}
function assertContext(context) {
  if (context instanceof RegExp) return;
  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError("is-unsafe: context must not be an empty array");
    }
    if (Array.isArray(context[0])) {
      for (const list of context) {
        if (!Array.isArray(list) || list.length === 0) {
          throw new TypeError(
            "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
          );
        }
      }
    }
    return;
  }
  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}
function decodedCopy(value, list) {
  if (!list.decodeEntities) return null;
  const decoded2 = decodeEntities(value);
  return decoded2 === value ? null : decoded2;
}
function matchList(value, list) {
  const label = list.label ?? "CUSTOM";
  const decoded2 = decodedCopy(value, list);
  for (const rule of list) {
    if (rule.pattern.test(value) || decoded2 !== null && rule.pattern.test(decoded2)) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);
  const { lists, regex } = normalise(context);
  if (regex) return regex.test(value);
  for (const list of lists) {
    if (matchList(value, list) !== null) return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js
function extractRawAttributes(prefixedAttrs, options2) {
  if (!prefixedAttrs) return {};
  const attrs = options2.attributesGroupName ? prefixedAttrs[options2.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(options2.attributeNamePrefix)) {
      const rawName = key.substring(options2.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== "string") return void 0;
  const colonIndex = rawTagName.indexOf(":");
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    if (ns !== "xmlns") {
      return ns;
    }
  }
  return void 0;
}
var OrderedObjParser = class {
  constructor(options2, externalEntities) {
    this.options = options2;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...XML };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder;
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
      this.entityDecoder = new EntityDecoder({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name, value) => (
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          isUnsafe(value, [html_default, xml_default]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
        )
        //postCheck: resolved => resolved
      });
    }
    this.matcher = new Matcher();
    this.readonlyMatcher = this.matcher.readOnly();
    this.isCurrentNodeStopNode = false;
    this.stopNodeExpressionsSet = new ExpressionSet();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === "string") {
          this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
        } else if (stopNodeExp instanceof Expression) {
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }
};
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options2 = this.options;
  if (val !== void 0) {
    if (options2.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);
      const jPathOrMatcher = options2.jPath ? jPath.toString() : jPath;
      const newval = options2.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === void 0) {
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        return newval;
      } else if (options2.trimValues) {
        return parseValue(val, options2.parseTagValue, options2.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options2.parseTagValue, options2.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}
function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(":");
    const prefix = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns") {
      return "";
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}
var attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
function attrValue(match) {
  return match[3] !== void 0 ? match[3] : match[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options2 = this.options;
  if (force === true || options2.ignoreAttributes !== true && typeof attrStr === "string") {
    const matches = getAllMatches(attrStr, attrsRegx);
    const len = matches.length;
    const attrs = {};
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = attrValue(matches[i]);
      if (attrName.length && oldVal !== void 0) {
        let val = oldVal;
        if (options2.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;
        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }
    if (hasRawAttrs && typeof jPath === "object" && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }
    const jPathStr = options2.jPath ? jPath.toString() : this.readonlyMatcher;
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options2.attributeNamePrefix + attrName;
      if (attrName.length) {
        if (options2.transformAttributeName) {
          aName = options2.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options2);
        if (attrValue(matches[i]) !== void 0) {
          const oldVal = processedVals[i];
          const newVal = options2.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === void 0) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options2.parseAttributeValue, options2.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options2.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }
    if (!hasAttrs) return;
    if (options2.attributesGroupName && !options2.preserveOrder) {
      const attrCollection = {};
      attrCollection[options2.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
var parseXml = function(xmlData) {
  const options2 = this.options;
  const crlfPositions = options2.captureMetaData ? [] : void 0;
  xmlData = xmlData.replace(/\r\n?/g, options2.captureMetaData ? (newline, index) => {
    if (newline.length === 2) {
      crlfPositions.push(index - crlfPositions.length);
    }
    return "\n";
  } : "\n");
  const xmlObj = new XmlNode("!xml");
  let currentNode = xmlObj;
  let textData = "";
  this.matcher.reset();
  this.entityDecoder.reset();
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const docTypeReader = new DocTypeReader(options2.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {
    const ch = xmlData[i];
    if (ch === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
        let tagName = xmlData.substring(i + 2, closeIndex).trim();
        if (options2.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }
        tagName = transformTagName(options2.transformTagName, tagName, "", options2).tagName;
        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options2.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options2.unpairedTagsSet.has(lastTagName)) {
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        this.matcher.pop();
        this.isCurrentNodeStopNode = false;
        currentNode = this.tagsNodeStack.pop() || xmlObj;
        if (options2.captureMetaData && currentNode) {
          currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) {
        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1);
          docTypeReader.setXmlVersion(Number(ver) || 1);
        }
        if (options2.ignoreDeclaration && tagData.tagName === "?xml" || options2.ignorePiTags) {
        } else {
          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options2.textNodeName, "");
          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options2.ignoreAttributes !== true) {
            childNode[":@"] = attsMap;
          }
          const startIndex = options2.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options2.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }
        i = tagData.closeIndex + 1;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options2.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
          currentNode.add(options2.commentPropName, [{ [options2.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities);
        i = result.i;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == void 0) val = "";
        if (options2.cdataPropName) {
          currentNode.add(options2.cdataPropName, [{ [options2.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options2.textNodeName, val);
        }
        i = closeIndex + 2;
      } else {
        let result = readTagExp(xmlData, i, options2.removeNSPrefix);
        if (!result) {
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }
        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;
        ({ tagName, tagExp } = transformTagName(options2.transformTagName, tagName, tagExp, options2));
        if (options2.strictReservedNames && (tagName === options2.commentPropName || tagName === options2.cdataPropName || tagName === options2.textNodeName || tagName === options2.attributesGroupName)) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }
        if (currentNode && textData) {
          if (currentNode.tagname !== "!xml") {
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }
        const lastTag = currentNode;
        if (lastTag && options2.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }
          attrExpPresent = tagName !== tagExp;
        }
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = void 0;
        namespace = extractNamespace(rawTagName);
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }
        if (tagName !== tagExp && attrExpPresent) {
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);
          if (prefixedAttrs) {
            rawAttrs = extractRawAttributes(prefixedAttrs, options2);
          }
        }
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }
        const startIndex = options2.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";
          if (isSelfClosing) {
            i = result.closeIndex;
          } else if (options2.unpairedTagsSet.has(tagName)) {
            i = result.closeIndex;
          } else {
            const result2 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result2) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result2.i;
            tagContent = result2.tagContent;
          }
          const childNode = new XmlNode(tagName);
          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }
          childNode.add(options2.textNodeName, tagContent);
          this.matcher.pop();
          this.isCurrentNodeStopNode = false;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options2.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options2.transformTagName, tagName, tagExp, options2));
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options2.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
          } else if (options2.unpairedTagsSet.has(tagName)) {
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options2.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
            i = result.closeIndex;
            continue;
          } else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options2.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
};
function getOriginalIndex(index, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return index + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
  if (!this.options.captureMetaData) startIndex = void 0;
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  if (result === false) {
  } else if (typeof result === "string") {
    childNode.tagname = result;
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;
  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher);
    if (!allowed) {
      return val;
    }
  }
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val;
    }
  }
  return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) {
    if (isLeafNode === void 0) isLeafNode = parentNode.child.length === 0;
    textData = this.parseTextData(
      textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode
    );
    if (textData !== void 0 && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;
  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;
  let result = "";
  let segmentStart = i;
  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);
    if (code === 34 || code === 39) {
      index = xmlData.indexOf(xmlData[index], index + 1);
      if (index === -1) return;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code === 9) {
      result += xmlData.substring(segmentStart, index) + " ";
      segmentStart = index + 1;
    }
  }
}
function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg);
  } else {
    return closingIndex + str.length - 1;
  }
}
function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }
  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }
  return {
    tagName,
    tagExp,
    closeIndex,
    attrExpPresent,
    rawTagName
  };
}
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  let openTagCount = 1;
  let lenient = false;
  let nextGt = -1;
  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            };
          }
        }
        i = closeIndex;
      } else if (c1 === 63) {
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? void 0 : readTagExp(xmlData, i, false);
        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return;
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) {
            const exp = xmlData.substring(i + 1, nextGt);
            const sep4 = exp.search(/\s/);
            const name = sep4 === -1 ? exp : exp.substring(0, sep4);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          }
        }
      }
    }
  }
}
function parseValue(val, shouldParse, options2) {
  if (shouldParse && typeof val === "string") {
    const newval = val.trim();
    if (newval === "true") return true;
    else if (newval === "false") return false;
    else return toNumber(val, options2);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return "";
    }
  }
}
function transformTagName(fn, tagName, tagExp, options2) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName;
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options2);
  return { tagName, tagExp };
}
function sanitizeName(name, options2) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options2.onDangerousProperty(name);
  }
  return name;
}

// node_modules/fast-xml-parser/src/xmlparser/node2json.js
var METADATA_SYMBOL2 = XmlNode.getMetaDataSymbol();
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== "object") return {};
  if (!prefix) return attrs;
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function prettify(node, options2, matcher, readonlyMatcher) {
  return compress(node, options2, matcher, readonlyMatcher);
}
function compress(arr, options2, matcher, readonlyMatcher) {
  let text2;
  const compressedObj = {};
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);
    if (property !== void 0 && property !== options2.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options2.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }
    if (property === options2.textNodeName) {
      if (text2 === void 0) text2 = tagObj[property];
      else text2 += "" + tagObj[property];
    } else if (property === void 0) {
      continue;
    } else if (tagObj[property]) {
      let val = compress(tagObj[property], options2, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options2);
      if (Object.keys(val).length === 0 && options2.alwaysCreateTextNode) {
        val[options2.textNodeName] = "";
      }
      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options2);
      } else if (Object.keys(val).length === 1 && val[options2.textNodeName] !== void 0 && !options2.alwaysCreateTextNode) {
        val = val[options2.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options2.alwaysCreateTextNode) val[options2.textNodeName] = "";
        else val = "";
      }
      if (tagObj[METADATA_SYMBOL2] !== void 0 && typeof val === "object" && val !== null) {
        val[METADATA_SYMBOL2] = tagObj[METADATA_SYMBOL2];
      }
      if (compressedObj[property] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        const jPathOrMatcher = options2.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options2.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }
      if (property !== void 0 && property !== options2.textNodeName) {
        matcher.pop();
      }
    }
  }
  if (typeof text2 === "string") {
    if (text2.length > 0) compressedObj[options2.textNodeName] = text2;
  } else if (text2 !== void 0) compressedObj[options2.textNodeName] = text2;
  return compressedObj;
}
function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}
function assignAttributes(obj, attrMap, readonlyMatcher, options2) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length;
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];
      const rawAttrName = atrrName.startsWith(options2.attributeNamePrefix) ? atrrName.substring(options2.attributeNamePrefix.length) : atrrName;
      const jPathOrMatcher = options2.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      if (options2.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}
function isLeafTag(obj, options2) {
  const { textNodeName } = options2;
  const propCount = Object.keys(obj).length;
  if (propCount === 0) {
    return true;
  }
  if (propCount === 1 && (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)) {
    return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
var XMLParser = class {
  constructor(options2) {
    this.externalEntities = {};
    this.options = buildOptions(options2);
  }
  /**
   * Parse XML dats to JS object 
   * @param {string|Uint8Array} xmlData 
   * @param {boolean|Object} validationOption 
   */
  parse(xmlData, validationOption) {
    if (typeof xmlData !== "string" && xmlData.toString) {
      if (xmlData instanceof Uint8Array && !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
        xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
      } else {
        xmlData = xmlData.toString();
      }
    } else if (typeof xmlData !== "string") {
      throw new Error("XML data is accepted in String or Bytes[] form.");
    }
    if (validationOption) {
      if (validationOption === true) validationOption = {};
      const result = validate(xmlData, validationOption);
      if (result !== true) {
        throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`);
      }
    }
    const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
    const orderedResult = orderedObjParser.parseXml(xmlData);
    if (this.options.preserveOrder || orderedResult === void 0) return orderedResult;
    else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
  }
  /**
   * Add Entity which is not by default supported by this library
   * @param {string} key 
   * @param {string} value 
   */
  addEntity(key, value) {
    if (value.indexOf("&") !== -1) {
      throw new Error("Entity value can't have '&'");
    } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
      throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
    } else if (value === "&") {
      throw new Error("An entity with value '&' is not permitted");
    } else {
      this.externalEntities[key] = value;
    }
  }
  /**
   * Returns a Symbol that can be used to access the metadata
   * property on a node.
   * 
   * If Symbol is not available in the environment, an ordinary property is used
   * and the name of the property is here returned.
   * 
   * The XMLMetaData property is only present when `captureMetaData`
   * is true in the options.
   */
  static getMetaDataSymbol() {
    return XmlNode.getMetaDataSymbol();
  }
};

// node_modules/fast-xml-builder/src/util.js
function valToStr(val) {
  return typeof val === "number" && Object.is(val, -0) ? "-0" : String(val);
}
function safeComment(val) {
  return valToStr(val).replace(/--/g, "- -").replace(/--/g, "- -").replace(/-$/, "- ");
}
function safeCdata(val) {
  return valToStr(val).replace(/\]\]>/g, "]]]]><![CDATA[>");
}
function escapeAttribute(val) {
  return valToStr(val).replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function resolveName(name, isAttribute2, options2, matcher, validator) {
  if (!options2.sanitizeName) return name;
  const isPI = !isAttribute2 && name[0] === "?";
  const bare = isPI ? name.slice(1) : name;
  if (validator(bare)) return name;
  const result = options2.sanitizeName(bare, { isAttribute: isAttribute2, matcher: matcher.readOnly() });
  if (typeof result !== "string" || !validator(result)) {
    throw new Error(`sanitizeName returned an invalid XML name for "${bare}"`);
  }
  return isPI ? "?" + result : result;
}

// node_modules/fast-xml-builder/src/orderedJs2Xml.js
var EOL = "\n";
function detectXmlVersionFromArray(jArray, options2) {
  if (!Array.isArray(jArray) || jArray.length === 0) return "1.0";
  const first2 = jArray[0];
  const firstKey = propName2(first2);
  if (firstKey === "?xml") {
    const attrs = first2[":@"];
    if (attrs) {
      const versionKey = options2.attributeNamePrefix + "version";
      if (attrs[versionKey]) return attrs[versionKey];
    }
  }
  return "1.0";
}
function toXml(jArray, options2) {
  let indentation = "";
  if (options2.format) {
    indentation = EOL;
  }
  const stopNodeExpressions = [];
  if (options2.stopNodes && Array.isArray(options2.stopNodes)) {
    for (let i = 0; i < options2.stopNodes.length; i++) {
      const node = options2.stopNodes[i];
      if (typeof node === "string") {
        stopNodeExpressions.push(new Expression(node));
      } else if (node instanceof Expression) {
        stopNodeExpressions.push(node);
      }
    }
  }
  const xmlVersion = detectXmlVersionFromArray(jArray, options2);
  const qNameValidator = createValidator("qName", { xmlVersion });
  const matcher = new Matcher();
  return arrToStr(jArray, options2, indentation, matcher, stopNodeExpressions, qNameValidator);
}
function arrToStr(arr, options2, indentation, matcher, stopNodeExpressions, qNameValidator) {
  let xmlStr = "";
  let isPreviousElementTag = false;
  if (options2.maxNestedTags && matcher.getDepth() > options2.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  if (!Array.isArray(arr)) {
    if (arr !== void 0 && arr !== null) {
      let text2 = valToStr(arr);
      text2 = replaceEntitiesValue2(text2, options2);
      return text2;
    }
    return "";
  }
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const rawTagName = propName2(tagObj);
    if (rawTagName === void 0) continue;
    const isSpecialName = rawTagName === options2.textNodeName || rawTagName === options2.cdataPropName || rawTagName === options2.commentPropName;
    const tagName = isSpecialName ? rawTagName : resolveName(rawTagName, false, options2, matcher, qNameValidator);
    const attrValues = extractAttributeValues(tagObj[":@"], options2);
    matcher.push(tagName, attrValues);
    const isStopNode = checkStopNode(matcher, stopNodeExpressions);
    if (tagName === options2.textNodeName) {
      let tagText = tagObj[rawTagName];
      if (!isStopNode) {
        tagText = options2.tagValueProcessor(tagName, tagText);
        tagText = replaceEntitiesValue2(tagText, options2);
      }
      tagText = valToStr(tagText);
      if (isPreviousElementTag) {
        xmlStr += indentation;
      }
      xmlStr += tagText;
      isPreviousElementTag = false;
      matcher.pop();
      continue;
    } else if (tagName === options2.cdataPropName) {
      if (isPreviousElementTag) {
        xmlStr += indentation;
      }
      const val = tagObj[rawTagName][0][options2.textNodeName];
      const safeVal = safeCdata(val);
      xmlStr += `<![CDATA[${safeVal}]]>`;
      isPreviousElementTag = false;
      matcher.pop();
      continue;
    } else if (tagName === options2.commentPropName) {
      const val = tagObj[rawTagName][0][options2.textNodeName];
      const safeVal = safeComment(val);
      xmlStr += indentation + `<!--${safeVal}-->`;
      isPreviousElementTag = true;
      matcher.pop();
      continue;
    } else if (tagName[0] === "?") {
      const attStr2 = attr_to_str(tagObj[":@"], options2, isStopNode, matcher, qNameValidator);
      const tempInd = tagName === "?xml" ? "" : indentation;
      xmlStr += tempInd + `<${tagName}${attStr2}?>`;
      isPreviousElementTag = true;
      matcher.pop();
      continue;
    }
    let newIdentation = indentation;
    if (newIdentation !== "") {
      newIdentation += options2.indentBy;
    }
    const attStr = attr_to_str(tagObj[":@"], options2, isStopNode, matcher, qNameValidator);
    const tagStart = indentation + `<${tagName}${attStr}`;
    let tagValue;
    if (isStopNode) {
      tagValue = getRawContent(tagObj[rawTagName], options2, matcher.getDepth());
    } else {
      tagValue = arrToStr(tagObj[rawTagName], options2, newIdentation, matcher, stopNodeExpressions, qNameValidator);
    }
    if (options2.unpairedTags.indexOf(tagName) !== -1) {
      if (options2.suppressUnpairedNode) xmlStr += tagStart + ">";
      else xmlStr += tagStart + "/>";
    } else if ((!tagValue || tagValue.length === 0) && options2.suppressEmptyNode) {
      xmlStr += tagStart + "/>";
    } else if (tagValue && tagValue.endsWith(">")) {
      xmlStr += tagStart + `>${tagValue}${indentation}</${tagName}>`;
    } else {
      xmlStr += tagStart + ">";
      if (tagValue && indentation !== "" && (tagValue.includes("/>") || tagValue.includes("</"))) {
        xmlStr += indentation + options2.indentBy + tagValue + indentation;
      } else {
        xmlStr += tagValue;
      }
      xmlStr += `</${tagName}>`;
    }
    isPreviousElementTag = true;
    matcher.pop();
  }
  return xmlStr;
}
function extractAttributeValues(attrMap, options2) {
  if (!attrMap || options2.ignoreAttributes) return null;
  const attrValues = {};
  let hasAttrs = false;
  for (let attr in attrMap) {
    if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
    const cleanAttrName = attr.startsWith(options2.attributeNamePrefix) ? attr.substr(options2.attributeNamePrefix.length) : attr;
    attrValues[cleanAttrName] = escapeAttribute(attrMap[attr]);
    hasAttrs = true;
  }
  return hasAttrs ? attrValues : null;
}
function getRawContent(arr, options2, depth = 0) {
  if (options2.maxNestedTags && depth > options2.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  if (!Array.isArray(arr)) {
    if (arr !== void 0 && arr !== null) {
      return valToStr(arr);
    }
    return "";
  }
  let content = "";
  for (let i = 0; i < arr.length; i++) {
    const item = arr[i];
    const tagName = propName2(item);
    if (tagName === options2.textNodeName) {
      content += valToStr(item[tagName]);
    } else if (tagName === options2.cdataPropName) {
      content += item[tagName][0][options2.textNodeName];
    } else if (tagName === options2.commentPropName) {
      content += item[tagName][0][options2.textNodeName];
    } else if (tagName && tagName[0] === "?") {
      continue;
    } else if (tagName) {
      const attStr = attr_to_str_raw(item[":@"], options2);
      const nestedContent = getRawContent(item[tagName], options2, depth + 1);
      if (!nestedContent || nestedContent.length === 0) {
        content += `<${tagName}${attStr}/>`;
      } else {
        content += `<${tagName}${attStr}>${nestedContent}</${tagName}>`;
      }
    }
  }
  return content;
}
function attr_to_str_raw(attrMap, options2) {
  let attrStr = "";
  if (attrMap && !options2.ignoreAttributes) {
    for (let attr in attrMap) {
      if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
      let attrVal = attrMap[attr];
      if (attrVal === true && options2.suppressBooleanAttributes) {
        attrStr += ` ${attr.substr(options2.attributeNamePrefix.length)}`;
      } else {
        attrStr += ` ${attr.substr(options2.attributeNamePrefix.length)}="${escapeAttribute(attrVal)}"`;
      }
    }
  }
  return attrStr;
}
function propName2(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
    if (key !== ":@") return key;
  }
}
function attr_to_str(attrMap, options2, isStopNode, matcher, qNameValidator) {
  let attrStr = "";
  if (attrMap && !options2.ignoreAttributes) {
    for (let attr in attrMap) {
      if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
      const cleanAttrName = attr.substr(options2.attributeNamePrefix.length);
      const resolvedAttrName = isStopNode ? cleanAttrName : resolveName(cleanAttrName, true, options2, matcher, qNameValidator);
      let attrVal;
      if (isStopNode) {
        attrVal = attrMap[attr];
      } else {
        attrVal = options2.attributeValueProcessor(attr, attrMap[attr]);
        attrVal = replaceEntitiesValue2(attrVal, options2);
      }
      if (attrVal === true && options2.suppressBooleanAttributes) {
        attrStr += ` ${resolvedAttrName}`;
      } else {
        attrStr += ` ${resolvedAttrName}="${escapeAttribute(attrVal)}"`;
      }
    }
  }
  return attrStr;
}
function checkStopNode(matcher, stopNodeExpressions) {
  if (!stopNodeExpressions || stopNodeExpressions.length === 0) return false;
  for (let i = 0; i < stopNodeExpressions.length; i++) {
    if (matcher.matches(stopNodeExpressions[i])) {
      return true;
    }
  }
  return false;
}
function replaceEntitiesValue2(textValue, options2) {
  if (textValue && textValue.length > 0 && options2.processEntities) {
    for (let i = 0; i < options2.entities.length; i++) {
      const entity = options2.entities[i];
      textValue = textValue.replace(entity.regex, entity.val);
    }
  }
  return textValue;
}

// node_modules/fast-xml-builder/src/ignoreAttributes.js
function getIgnoreAttributesFn2(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}

// node_modules/fast-xml-builder/src/fxb.js
var defaultOptions3 = {
  attributeNamePrefix: "@_",
  attributesGroupName: false,
  textNodeName: "#text",
  ignoreAttributes: true,
  cdataPropName: false,
  format: false,
  indentBy: "  ",
  suppressEmptyNode: false,
  suppressUnpairedNode: true,
  suppressBooleanAttributes: true,
  tagValueProcessor: function(key, a) {
    return a;
  },
  attributeValueProcessor: function(attrName, a) {
    return a;
  },
  preserveOrder: false,
  commentPropName: false,
  unpairedTags: [],
  entities: [
    { regex: new RegExp("&", "g"), val: "&amp;" },
    //it must be on top
    { regex: new RegExp(">", "g"), val: "&gt;" },
    { regex: new RegExp("<", "g"), val: "&lt;" },
    { regex: new RegExp("'", "g"), val: "&apos;" },
    { regex: new RegExp('"', "g"), val: "&quot;" }
  ],
  processEntities: true,
  stopNodes: [],
  // transformTagName: false,
  // transformAttributeName: false,
  oneListGroup: false,
  maxNestedTags: 100,
  jPath: true,
  // When true, callbacks receive string jPath; when false, receive Matcher instance
  sanitizeName: false
  // false = allow all names as-is (default, backward-compatible).
  // Set to a function (name, { isAttribute, matcher }) => string to
  // validate/sanitize tag and attribute names. Throw inside the function
  // to reject an invalid name.
};
function Builder(options2) {
  this.options = Object.assign({}, defaultOptions3, options2);
  if (this.options.stopNodes && Array.isArray(this.options.stopNodes)) {
    this.options.stopNodes = this.options.stopNodes.map((node) => {
      if (typeof node === "string" && node.startsWith("*.")) {
        return ".." + node.substring(2);
      }
      return node;
    });
  }
  this.stopNodeExpressions = [];
  if (this.options.stopNodes && Array.isArray(this.options.stopNodes)) {
    for (let i = 0; i < this.options.stopNodes.length; i++) {
      const node = this.options.stopNodes[i];
      if (typeof node === "string") {
        this.stopNodeExpressions.push(new Expression(node));
      } else if (node instanceof Expression) {
        this.stopNodeExpressions.push(node);
      }
    }
  }
  if (this.options.ignoreAttributes === true || this.options.attributesGroupName) {
    this.isAttribute = function() {
      return false;
    };
  } else {
    this.ignoreAttributesFn = getIgnoreAttributesFn2(this.options.ignoreAttributes);
    this.attrPrefixLen = this.options.attributeNamePrefix.length;
    this.isAttribute = isAttribute;
  }
  this.processTextOrObjNode = processTextOrObjNode;
  if (this.options.format) {
    this.indentate = indentate;
    this.tagEndChar = ">\n";
    this.newLine = "\n";
  } else {
    this.indentate = function() {
      return "";
    };
    this.tagEndChar = ">";
    this.newLine = "";
  }
}
function detectXmlVersionFromObj(jObj, options2) {
  const decl = jObj["?xml"];
  if (decl && typeof decl === "object") {
    if (options2.attributesGroupName && decl[options2.attributesGroupName]) {
      const v2 = decl[options2.attributesGroupName][options2.attributeNamePrefix + "version"];
      if (v2) return v2;
    }
    const v = decl[options2.attributeNamePrefix + "version"];
    if (v) return v;
  }
  return "1.0";
}
Builder.prototype.build = function(jObj) {
  if (this.options.preserveOrder) {
    return toXml(jObj, this.options);
  } else {
    if (Array.isArray(jObj) && this.options.arrayNodeName && this.options.arrayNodeName.length > 1) {
      jObj = {
        [this.options.arrayNodeName]: jObj
      };
    }
    const matcher = new Matcher();
    const xmlVersion = detectXmlVersionFromObj(jObj, this.options);
    const qNameValidator = createValidator("qName", { xmlVersion });
    return this.j2x(jObj, 0, matcher, qNameValidator).val;
  }
};
Builder.prototype.j2x = function(jObj, level, matcher, qNameValidator) {
  let attrStr = "";
  let val = "";
  if (this.options.maxNestedTags && matcher.getDepth() >= this.options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  const jPath = this.options.jPath ? matcher.toString() : matcher;
  const isCurrentStopNode = this.checkStopNode(matcher);
  for (let key in jObj) {
    if (!Object.prototype.hasOwnProperty.call(jObj, key)) continue;
    const isSpecialKey = key === this.options.textNodeName || key === this.options.cdataPropName || key === this.options.commentPropName || this.options.attributesGroupName && key === this.options.attributesGroupName || this.isAttribute(key);
    const resolvedKey = isSpecialKey ? key : resolveName(key, false, this.options, matcher, qNameValidator);
    if (typeof jObj[key] === "undefined") {
      if (this.isAttribute(key)) {
        val += "";
      }
    } else if (jObj[key] === null) {
      if (this.isAttribute(key)) {
        val += "";
      } else if (resolvedKey === this.options.cdataPropName || resolvedKey === this.options.commentPropName) {
        val += "";
      } else if (resolvedKey[0] === "?") {
        val += this.indentate(level) + "<" + resolvedKey + "?" + this.tagEndChar;
      } else {
        val += this.indentate(level) + "<" + resolvedKey + "/" + this.tagEndChar;
      }
    } else if (jObj[key] instanceof Date) {
      val += this.buildTextValNode(jObj[key], resolvedKey, "", level, matcher);
    } else if (typeof jObj[key] !== "object") {
      const attr = this.isAttribute(key);
      if (attr && !this.ignoreAttributesFn(attr, jPath)) {
        const resolvedAttr = resolveName(attr, true, this.options, matcher, qNameValidator);
        attrStr += this.buildAttrPairStr(resolvedAttr, valToStr(jObj[key]), isCurrentStopNode);
      } else if (!attr) {
        if (key === this.options.textNodeName) {
          let newval = this.options.tagValueProcessor(key, valToStr(jObj[key]));
          val += this.replaceEntitiesValue(newval);
        } else {
          matcher.push(resolvedKey);
          const isStopNode = this.checkStopNode(matcher);
          matcher.pop();
          if (isStopNode) {
            const textValue = valToStr(jObj[key]);
            if (textValue === "") {
              val += this.indentate(level) + "<" + resolvedKey + this.closeTag(resolvedKey) + this.tagEndChar;
            } else {
              val += this.indentate(level) + "<" + resolvedKey + ">" + textValue + "</" + resolvedKey + this.tagEndChar;
            }
          } else {
            val += this.buildTextValNode(jObj[key], resolvedKey, "", level, matcher);
          }
        }
      }
    } else if (Array.isArray(jObj[key])) {
      const arrLen = jObj[key].length;
      let listTagVal = "";
      let listTagAttr = "";
      for (let j = 0; j < arrLen; j++) {
        const item = jObj[key][j];
        if (typeof item === "undefined") {
        } else if (item === null) {
          if (resolvedKey[0] === "?") val += this.indentate(level) + "<" + resolvedKey + "?" + this.tagEndChar;
          else val += this.indentate(level) + "<" + resolvedKey + "/" + this.tagEndChar;
        } else if (typeof item === "object") {
          if (this.options.oneListGroup) {
            matcher.push(resolvedKey);
            const result = this.j2x(item, level + 1, matcher, qNameValidator);
            matcher.pop();
            listTagVal += result.val;
            if (this.options.attributesGroupName && item.hasOwnProperty(this.options.attributesGroupName)) {
              listTagAttr += result.attrStr;
            }
          } else {
            listTagVal += this.processTextOrObjNode(item, resolvedKey, level, matcher, qNameValidator);
          }
        } else {
          if (this.options.oneListGroup) {
            let textValue = this.options.tagValueProcessor(resolvedKey, item);
            textValue = this.replaceEntitiesValue(textValue);
            textValue = valToStr(textValue);
            listTagVal += textValue;
          } else {
            matcher.push(resolvedKey);
            const isStopNode = this.checkStopNode(matcher);
            matcher.pop();
            if (isStopNode) {
              const textValue = valToStr(item);
              if (textValue === "") {
                listTagVal += this.indentate(level) + "<" + resolvedKey + this.closeTag(resolvedKey) + this.tagEndChar;
              } else {
                listTagVal += this.indentate(level) + "<" + resolvedKey + ">" + textValue + "</" + resolvedKey + this.tagEndChar;
              }
            } else {
              listTagVal += this.buildTextValNode(item, resolvedKey, "", level, matcher);
            }
          }
        }
      }
      if (this.options.oneListGroup) {
        listTagVal = this.buildObjectNode(listTagVal, resolvedKey, listTagAttr, level);
      }
      val += listTagVal;
    } else {
      if (this.options.attributesGroupName && key === this.options.attributesGroupName) {
        const Ks = Object.keys(jObj[key]);
        const L = Ks.length;
        for (let j = 0; j < L; j++) {
          const resolvedAttr = resolveName(Ks[j], true, this.options, matcher, qNameValidator);
          attrStr += this.buildAttrPairStr(resolvedAttr, valToStr(jObj[key][Ks[j]]), isCurrentStopNode);
        }
      } else {
        val += this.processTextOrObjNode(jObj[key], resolvedKey, level, matcher, qNameValidator);
      }
    }
  }
  return { attrStr, val };
};
Builder.prototype.buildAttrPairStr = function(attrName, val, isStopNode) {
  if (!isStopNode) {
    val = this.options.attributeValueProcessor(attrName, valToStr(val));
    val = this.replaceEntitiesValue(val);
  }
  if (this.options.suppressBooleanAttributes && val === "true") {
    return " " + attrName;
  } else return " " + attrName + '="' + escapeAttribute(val) + '"';
};
function processTextOrObjNode(object, key, level, matcher, qNameValidator) {
  const attrValues = this.extractAttributes(object);
  matcher.push(key, attrValues);
  const isStopNode = this.checkStopNode(matcher);
  if (isStopNode) {
    const rawContent = this.buildRawContent(object, matcher.getDepth());
    const attrStr = this.buildAttributesForStopNode(object);
    matcher.pop();
    return this.buildObjectNode(rawContent, key, attrStr, level);
  }
  const result = this.j2x(object, level + 1, matcher, qNameValidator);
  matcher.pop();
  if (key[0] === "?") {
    return this.buildTextValNode("", key, result.attrStr, level, matcher);
  } else if (object[this.options.textNodeName] !== void 0 && Object.keys(object).length === 1) {
    return this.buildTextValNode(object[this.options.textNodeName], key, result.attrStr, level, matcher);
  } else {
    return this.buildObjectNode(result.val, key, result.attrStr, level);
  }
}
Builder.prototype.extractAttributes = function(obj) {
  if (!obj || typeof obj !== "object") return null;
  const attrValues = {};
  let hasAttrs = false;
  if (this.options.attributesGroupName && obj[this.options.attributesGroupName]) {
    const attrGroup = obj[this.options.attributesGroupName];
    for (let attrKey in attrGroup) {
      if (!Object.prototype.hasOwnProperty.call(attrGroup, attrKey)) continue;
      const cleanKey = attrKey.startsWith(this.options.attributeNamePrefix) ? attrKey.substring(this.options.attributeNamePrefix.length) : attrKey;
      attrValues[cleanKey] = escapeAttribute(attrGroup[attrKey]);
      hasAttrs = true;
    }
  } else {
    for (let key in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
      const attr = this.isAttribute(key);
      if (attr) {
        attrValues[attr] = escapeAttribute(obj[key]);
        hasAttrs = true;
      }
    }
  }
  return hasAttrs ? attrValues : null;
};
Builder.prototype.buildRawContent = function(obj, depth = 0) {
  if (this.options.maxNestedTags && depth >= this.options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  if (typeof obj === "string") {
    return obj;
  }
  if (typeof obj !== "object" || obj === null) {
    return String(obj);
  }
  if (obj[this.options.textNodeName] !== void 0) {
    return obj[this.options.textNodeName];
  }
  let content = "";
  for (let key in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
    if (this.isAttribute(key)) continue;
    if (this.options.attributesGroupName && key === this.options.attributesGroupName) continue;
    const value = obj[key];
    if (key === this.options.textNodeName) {
      content += value;
    } else if (Array.isArray(value)) {
      for (let item of value) {
        if (typeof item === "string" || typeof item === "number") {
          content += `<${key}>${item}</${key}>`;
        } else if (typeof item === "object" && item !== null) {
          const nestedContent = this.buildRawContent(item, depth + 1);
          const nestedAttrs = this.buildAttributesForStopNode(item);
          if (nestedContent === "") {
            content += `<${key}${nestedAttrs}/>`;
          } else {
            content += `<${key}${nestedAttrs}>${nestedContent}</${key}>`;
          }
        }
      }
    } else if (typeof value === "object" && value !== null) {
      const nestedContent = this.buildRawContent(value, depth + 1);
      const nestedAttrs = this.buildAttributesForStopNode(value);
      if (nestedContent === "") {
        content += `<${key}${nestedAttrs}/>`;
      } else {
        content += `<${key}${nestedAttrs}>${nestedContent}</${key}>`;
      }
    } else {
      content += `<${key}>${value}</${key}>`;
    }
  }
  return content;
};
Builder.prototype.buildAttributesForStopNode = function(obj) {
  if (!obj || typeof obj !== "object") return "";
  let attrStr = "";
  if (this.options.attributesGroupName && obj[this.options.attributesGroupName]) {
    const attrGroup = obj[this.options.attributesGroupName];
    for (let attrKey in attrGroup) {
      if (!Object.prototype.hasOwnProperty.call(attrGroup, attrKey)) continue;
      const cleanKey = attrKey.startsWith(this.options.attributeNamePrefix) ? attrKey.substring(this.options.attributeNamePrefix.length) : attrKey;
      const val = attrGroup[attrKey];
      if (val === true && this.options.suppressBooleanAttributes) {
        attrStr += " " + cleanKey;
      } else {
        attrStr += " " + cleanKey + '="' + escapeAttribute(val) + '"';
      }
    }
  } else {
    for (let key in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
      const attr = this.isAttribute(key);
      if (attr) {
        const val = obj[key];
        if (val === true && this.options.suppressBooleanAttributes) {
          attrStr += " " + attr;
        } else {
          attrStr += " " + attr + '="' + escapeAttribute(val) + '"';
        }
      }
    }
  }
  return attrStr;
};
Builder.prototype.buildObjectNode = function(val, key, attrStr, level) {
  if (val === "") {
    if (key[0] === "?") return this.indentate(level) + "<" + key + attrStr + "?" + this.tagEndChar;
    else {
      return this.indentate(level) + "<" + key + attrStr + this.closeTag(key) + this.tagEndChar;
    }
  } else if (key[0] === "?") {
    return this.indentate(level) + "<" + key + attrStr + "?" + this.tagEndChar;
  } else {
    let tagEndExp = "</" + key + this.tagEndChar;
    let piClosingChar = "";
    if (key[0] === "?") {
      piClosingChar = "?";
      tagEndExp = "";
    }
    if ((attrStr || attrStr === "") && val.indexOf("<") === -1) {
      return this.indentate(level) + "<" + key + attrStr + piClosingChar + ">" + val + tagEndExp;
    } else if (this.options.commentPropName !== false && key === this.options.commentPropName && piClosingChar.length === 0) {
      return this.indentate(level) + `<!--${safeComment(val)}-->` + this.newLine;
    } else {
      return this.indentate(level) + "<" + key + attrStr + piClosingChar + this.tagEndChar + val + this.indentate(level) + tagEndExp;
    }
  }
};
Builder.prototype.closeTag = function(key) {
  let closeTag = "";
  if (this.options.unpairedTags.indexOf(key) !== -1) {
    if (!this.options.suppressUnpairedNode) closeTag = "/";
  } else if (this.options.suppressEmptyNode) {
    closeTag = "/";
  } else {
    closeTag = `></${key}`;
  }
  return closeTag;
};
Builder.prototype.checkStopNode = function(matcher) {
  if (!this.stopNodeExpressions || this.stopNodeExpressions.length === 0) return false;
  for (let i = 0; i < this.stopNodeExpressions.length; i++) {
    if (matcher.matches(this.stopNodeExpressions[i])) {
      return true;
    }
  }
  return false;
};
Builder.prototype.buildTextValNode = function(val, key, attrStr, level, matcher) {
  if (this.options.cdataPropName !== false && key === this.options.cdataPropName) {
    const safeVal = safeCdata(val);
    return this.indentate(level) + `<![CDATA[${safeVal}]]>` + this.newLine;
  } else if (this.options.commentPropName !== false && key === this.options.commentPropName) {
    const safeVal = safeComment(val);
    return this.indentate(level) + `<!--${safeVal}-->` + this.newLine;
  } else if (key[0] === "?") {
    return this.indentate(level) + "<" + key + attrStr + "?" + this.tagEndChar;
  } else {
    let textValue = this.options.tagValueProcessor(key, val);
    textValue = this.replaceEntitiesValue(textValue);
    textValue = valToStr(textValue);
    if (textValue === "") {
      return this.indentate(level) + "<" + key + attrStr + this.closeTag(key) + this.tagEndChar;
    } else {
      return this.indentate(level) + "<" + key + attrStr + ">" + textValue + "</" + key + this.tagEndChar;
    }
  }
};
Builder.prototype.replaceEntitiesValue = function(textValue) {
  if (textValue && textValue.length > 0 && this.options.processEntities) {
    for (let i = 0; i < this.options.entities.length; i++) {
      const entity = this.options.entities[i];
      textValue = textValue.replace(entity.regex, entity.val);
    }
  }
  return textValue;
};
function indentate(level) {
  return this.options.indentBy.repeat(level);
}
function isAttribute(name) {
  if (name.startsWith(this.options.attributeNamePrefix) && name !== this.options.textNodeName) {
    return name.substr(this.attrPrefixLen);
  } else {
    return false;
  }
}

// node_modules/fast-xml-parser/src/xmlbuilder/json2xml.js
var json2xml_default = Builder;

// node_modules/fast-xml-parser/src/fxp.js
var XMLValidator = {
  validate
};

// src/core/discover/xml-prolog.ts
function readProlog(input) {
  let text2 = input;
  let doctypeName = null;
  let declaresEntities = false;
  let pos = 0;
  for (; ; ) {
    while (pos < text2.length && isSpace(text2.charCodeAt(pos))) pos++;
    if (pos >= text2.length || text2[pos] !== "<") break;
    if (text2.startsWith("<?", pos)) {
      const end = text2.indexOf("?>", pos + 2);
      if (end < 0) break;
      pos = end + 2;
    } else if (text2.startsWith("<!--", pos)) {
      const end = text2.indexOf("-->", pos + 4);
      if (end < 0) break;
      pos = end + 3;
    } else if (/^<!doctype/i.test(text2.slice(pos, pos + 9))) {
      const end = doctypeEnd(text2, pos + 9);
      const decl = text2.slice(pos, end);
      doctypeName = /^<!doctype\s+([^\s[>]+)/i.exec(decl)?.[1] ?? "";
      declaresEntities = /<!ENTITY/i.test(decl);
      text2 = text2.slice(0, pos) + text2.slice(end);
    } else {
      const name = /^<([^\s/>!?]+)/.exec(text2.slice(pos, pos + 256))?.[1] ?? null;
      return { root: name, doctypeName, declaresEntities, text: text2 };
    }
  }
  return { root: null, doctypeName, declaresEntities, text: text2 };
}
function doctypeEnd(text2, from) {
  let quote2 = "";
  let inSubset = false;
  for (let i = from; i < text2.length; i++) {
    const ch = text2[i];
    if (quote2) {
      if (ch === quote2) quote2 = "";
    } else if (inSubset && text2.startsWith("<!--", i)) {
      const end = text2.indexOf("-->", i + 4);
      if (end < 0) return text2.length;
      i = end + 2;
    } else if (ch === '"' || ch === "'") {
      quote2 = ch;
    } else if (ch === "[") {
      inSubset = true;
    } else if (ch === "]") {
      inSubset = false;
    } else if (ch === ">" && !inSubset) {
      return i + 1;
    }
  }
  return text2.length;
}
function isSpace(code) {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 65279;
}

// src/core/discover/xml-tree.ts
var ATTRS = ":@";
var TEXT = "#text";
var CDATA = "#cdata";
var ATTR_PREFIX = "@_";
function tagOf(node) {
  for (const key of Object.keys(node)) if (key !== ATTRS) return key;
  return null;
}
function localName(tag) {
  return tag.slice(tag.indexOf(":") + 1);
}
function prefixOf(tag) {
  const colon = tag.indexOf(":");
  return colon < 0 ? "" : tag.slice(0, colon);
}
function rawChildren(node) {
  const tag = tagOf(node);
  if (tag === null || !Object.hasOwn(node, tag)) return [];
  const value = node[tag];
  return Array.isArray(value) ? value.filter(isNode) : [];
}
function isNode(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function elements(node) {
  return rawChildren(node).filter((child) => {
    const tag = tagOf(child);
    return tag !== null && tag !== TEXT && tag !== CDATA && !tag.startsWith("?");
  });
}
function childrenNamed(node, local, prefix) {
  const named = elements(node).filter((child) => localName(tagOf(child) ?? "") === local);
  if (prefix === void 0) return named;
  const same = named.filter((child) => prefixOf(tagOf(child) ?? "") === prefix);
  return same.length > 0 ? same : named;
}
function textOf(node) {
  let value = "";
  let unexpandedEntity = null;
  for (const child of rawChildren(node)) {
    if (Object.hasOwn(child, TEXT)) {
      const decoded2 = decodeEntities2(String(child[TEXT]));
      value += decoded2.value;
      unexpandedEntity ??= decoded2.unexpandedEntity;
    } else if (Object.hasOwn(child, CDATA)) {
      const parts = child[CDATA];
      if (Array.isArray(parts)) {
        for (const part of parts) if (isNode(part) && Object.hasOwn(part, TEXT)) value += String(part[TEXT]);
      }
    }
  }
  return { value: value.trim(), unexpandedEntity };
}
function attributeOf(node, local) {
  if (!Object.hasOwn(node, ATTRS)) return null;
  const attrs = node[ATTRS];
  if (!isNode(attrs)) return null;
  for (const key of Object.keys(attrs)) {
    if (key.startsWith(ATTR_PREFIX) && localName(key.slice(ATTR_PREFIX.length)) === local) {
      const decoded2 = decodeEntities2(String(attrs[key]));
      return { value: decoded2.value.trim(), unexpandedEntity: decoded2.unexpandedEntity };
    }
  }
  return null;
}
var NAMED2 = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
var ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z_][\w.-]{0,63});/g;
function decodeEntities2(raw) {
  if (!raw.includes("&")) return { value: raw, unexpandedEntity: null };
  let unexpandedEntity = null;
  const value = raw.replace(ENTITY, (match, name) => {
    if (name.startsWith("#")) {
      const hex = name[1] === "x" || name[1] === "X";
      const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
      if (code > 0 && code <= 1114111 && !(code >= 55296 && code <= 57343)) return String.fromCodePoint(code);
      unexpandedEntity ??= match;
      return match;
    }
    if (Object.hasOwn(NAMED2, name)) return NAMED2[name];
    unexpandedEntity ??= match;
    return match;
  });
  return { value, unexpandedEntity };
}

// src/core/discover/parse-xml.ts
var ROOTS = {
  urlset: { format: "urlset", entry: "url" },
  sitemapindex: { format: "sitemapindex", entry: "sitemap" },
  rss: { format: "rss", entry: "item" },
  RDF: { format: "rss", entry: "item" },
  feed: { format: "atom", entry: "entry" }
};
var RESERVED = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var parser = new XMLParser({
  preserveOrder: true,
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  cdataPropName: CDATA,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 100,
  strictReservedNames: true,
  // No callback reads the path; skipping it saves a string per tag.
  jPath: false,
  // Atom XHTML content can nest arbitrarily; we never read it.
  stopNodes: ["*.content", "*.summary"],
  transformTagName: (name) => RESERVED.has(name) ? `${name}_` : name
});
function parseXml2(input, where, warn, cutShort) {
  const { root, doctypeName, declaresEntities, text: text2 } = readProlog(input);
  if (doctypeName?.toLowerCase() === "html" || root?.toLowerCase() === "html") {
    return { kind: "not-sitemap", looksLike: "looks like HTML" };
  }
  if (root === null) return { kind: "not-sitemap", looksLike: "no root element found" };
  const known = Object.hasOwn(ROOTS, localName(root)) ? ROOTS[localName(root)] : void 0;
  if (!known) return { kind: "not-sitemap", looksLike: `XML with root element <${root}>` };
  if (declaresEntities) {
    warn(`${where} declares entities in a DOCTYPE; they are not expanded, and entries that use them are skipped`);
  }
  let body = text2;
  if (cutShort || !hasClosingTag(text2, root)) {
    body = text2.slice(0, lastEntryEnd(text2, known.entry));
    if (!cutShort) warn(`${where} is incomplete (no closing </${root}>); kept the complete <${known.entry}> entries`);
  }
  const nodes = parse(body, () => text2.slice(0, lastEntryEnd(text2, known.entry)), where, warn);
  if ("error" in nodes) return { kind: "not-sitemap", looksLike: `it is not well-formed XML: ${nodes.error}` };
  const rootNode = nodes.find((node) => {
    const tag = tagOf(node);
    return tag !== null && localName(tag) === localName(root);
  });
  const entries = rootNode ? extract(known.format, rootNode) : [];
  return { kind: known.format === "sitemapindex" ? "index" : "pages", entries };
}
function parse(body, fallback, where, warn) {
  try {
    return parser.parse(body);
  } catch (first2) {
    const error = first2 instanceof Error ? first2.message : String(first2);
    const shorter = fallback();
    if (shorter.length >= body.length) return { error };
    try {
      const nodes = parser.parse(shorter);
      warn(`${where} has an XML error (${error}); kept the complete entries before it`, "incomplete");
      return nodes;
    } catch {
      return { error };
    }
  }
}
function hasClosingTag(text2, root) {
  const at = text2.lastIndexOf(`</${root}`);
  return at >= 0 && /^\s*>/.test(text2.slice(at + 2 + root.length, at + root.length + 64));
}
function lastEntryEnd(text2, entry2) {
  const closing = new RegExp(`^</(?:[\\w.-]+:)?${entry2}\\s*>`);
  for (let at = text2.lastIndexOf("</"); at >= 0; at = at === 0 ? -1 : text2.lastIndexOf("</", at - 1)) {
    const match = closing.exec(text2.slice(at, at + entry2.length + 128));
    if (match) return at + match[0].length;
  }
  return 0;
}
function extract(format, root) {
  const prefix = prefixOf(tagOf(root) ?? "");
  switch (format) {
    case "urlset":
      return childrenNamed(root, "url", prefix).map((node) => sitemapEntry(node));
    case "sitemapindex":
      return childrenNamed(root, "sitemap", prefix).map((node) => sitemapEntry(node));
    case "rss": {
      const items = [root, ...childrenNamed(root, "channel")].flatMap((parent) => childrenNamed(parent, "item"));
      return items.map(rssEntry);
    }
    case "atom":
      return childrenNamed(root, "entry", prefix).map(atomEntry);
  }
}
function first(node, local) {
  const child = childrenNamed(node, local, prefixOf(tagOf(node) ?? ""))[0];
  return child ? textOf(child) : null;
}
function entry(loc, lastmod, missing) {
  if (!loc || loc.value === "") return { loc: "", lastmod, problem: missing };
  const problem = loc.unexpandedEntity ? `uses the entity ${loc.unexpandedEntity}, which is not expanded` : null;
  return { loc: loc.value, lastmod, problem };
}
function sitemapEntry(node) {
  return entry(first(node, "loc"), first(node, "lastmod")?.value ?? null, "has no <loc>");
}
function rssEntry(item) {
  const prefix = prefixOf(tagOf(item) ?? "");
  let loc = childrenNamed(item, "link", prefix).map(textOf).find((link) => link.value !== "") ?? null;
  if (!loc) {
    const guid = childrenNamed(item, "guid")[0];
    if (guid && attributeOf(guid, "isPermaLink")?.value !== "false") loc = textOf(guid);
  }
  const pubDate = first(item, "pubDate")?.value;
  const dcDate = childrenNamed(item, "date")[0];
  const lastmod = pubDate ? rfc822ToIso(pubDate) : dcDate ? textOf(dcDate).value : null;
  return entry(loc, lastmod, "has no <link>");
}
function atomEntry(node) {
  const links = childrenNamed(node, "link", prefixOf(tagOf(node) ?? ""));
  const page = links.find((link) => {
    const rel = attributeOf(link, "rel")?.value;
    return rel === void 0 || rel === "" || rel === "alternate";
  });
  const href2 = page ? attributeOf(page, "href") : null;
  const lastmod = first(node, "updated")?.value ?? first(node, "published")?.value ?? null;
  return entry(href2, lastmod, "has no <link href> to the page");
}
function rfc822ToIso(value) {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

// src/core/discover/document.ts
function parseDocument(text2, where, warn, cutShort) {
  const start = text2.search(/[^\s\uFEFF]/);
  if (start < 0) return { kind: "not-sitemap", looksLike: "it is empty" };
  if (text2[start] === "<") return parseXml2(text2.slice(start), where, warn, cutShort);
  return parseText(text2, cutShort);
}

// src/core/discover/entries.ts
var SCHEME2 = /^([a-z][a-z0-9+.-]*):/i;
function checkPageUrl(raw) {
  if (raw === "") return { reason: "empty URL" };
  if (raw.length > MAX_URL_LENGTH2) return { reason: `longer than ${MAX_URL_LENGTH2} characters` };
  const scheme = SCHEME2.exec(raw)?.[1]?.toLowerCase();
  if (!scheme) return { reason: "relative URL; it must be absolute (https://...)" };
  if (scheme !== "http" && scheme !== "https") return { reason: `not an http(s) URL (${scheme}:)` };
  let url;
  try {
    url = new URL(raw);
  } catch {
    return { reason: "not a valid URL" };
  }
  if (url.href.length > MAX_URL_LENGTH2) return { reason: `longer than ${MAX_URL_LENGTH2} characters once encoded` };
  return { url: url.href };
}
var W3C_DATETIME = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?)?)?$/;
function isW3cDatetime(value) {
  return W3C_DATETIME.test(value) && !Number.isNaN(Date.parse(value));
}
var SHOWN = 3;
var SkipLog = class {
  constructor(where, warn) {
    this.where = where;
    this.warn = warn;
  }
  where;
  warn;
  skipped = 0;
  badLastmod = 0;
  firstBadLastmod = "";
  skip(value, reason) {
    this.skipped++;
    if (this.skipped > SHOWN) return;
    const what = value === "" ? "an entry" : quote(value);
    this.warn(`${this.where}: skipped ${what}: ${reason}`);
  }
  /** A usable lastmod, or undefined (counted once per file when junk). */
  lastmod(value) {
    if (value === null || value === "") return void 0;
    if (isW3cDatetime(value)) return value;
    if (this.badLastmod++ === 0) this.firstBadLastmod = value;
    return void 0;
  }
  flush() {
    if (this.skipped > SHOWN) {
      this.warn(`${this.where}: skipped ${this.skipped - SHOWN} more invalid entries (${this.skipped} in all)`);
    }
    if (this.badLastmod > 0) {
      const count2 = this.badLastmod === 1 ? "a <lastmod>" : `${this.badLastmod} <lastmod> values`;
      this.warn(`${this.where}: ignored ${count2} that are not W3C datetimes (e.g. ${quote(this.firstBadLastmod)})`);
    }
  }
};
function quote(value) {
  const short2 = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return JSON.stringify(short2);
}

// src/core/discover/sitemap.ts
async function loadSitemap(loc, ctx) {
  const { maxBytesPerFile, fetchTimeoutMs, userAgent } = ctx.options;
  const where = describe(loc);
  const limits = { maxBytes: maxBytesPerFile, timeoutMs: fetchTimeoutMs, userAgent, signal: ctx.signal };
  const body = await readLocation(loc, limits, ctx.fetch);
  if (body.cutAtCap) {
    ctx.warn(
      `${where} is larger than ${maxBytesPerFile} bytes (uncompressed); read only that much (maxBytesPerFile) and kept the complete entries`,
      "incomplete"
    );
  }
  if (body.damaged !== null) {
    ctx.warn(`${where}: the gzip data is damaged or cut short (${body.damaged}); kept the complete entries`, "incomplete");
  }
  const doc = parseDocument(body.text, where, ctx.warn, body.cutAtCap || body.damaged !== null);
  if (doc.kind === "not-sitemap") throw new SourceError(`is not a sitemap (${doc.looksLike})`, "not-sitemap");
  return doc;
}
async function* walkSitemap(doc, loc, depth, ctx) {
  const where = describe(loc);
  const log = new SkipLog(where, ctx.warn);
  const { maxUrlsPerFile, maxDepth } = ctx.options;
  let entries = doc.entries;
  if (entries.length > maxUrlsPerFile) {
    ctx.warn(`${where} lists ${entries.length} entries; kept the first ${maxUrlsPerFile} (maxUrlsPerFile)`, "incomplete");
    entries = entries.slice(0, maxUrlsPerFile);
  }
  if (doc.kind === "pages") {
    for (const entry2 of entries) {
      const checked = entry2.problem ? { reason: entry2.problem } : checkPageUrl(entry2.loc);
      if ("reason" in checked) {
        log.skip(entry2.loc, checked.reason);
        continue;
      }
      const lastmod = log.lastmod(entry2.lastmod);
      yield lastmod === void 0 ? { url: checked.url, source: where } : { url: checked.url, lastmod, source: where };
    }
    log.flush();
    return;
  }
  if (depth > maxDepth) {
    ctx.warn(`not following sitemap index ${where}: it is nested deeper than maxDepth (${maxDepth})`, "incomplete");
    return;
  }
  for (const entry2 of entries) {
    const child = entry2.problem ? { reason: entry2.problem } : resolveChild(entry2.loc, loc);
    if ("reason" in child) {
      log.skip(entry2.loc, child.reason);
      continue;
    }
    const key = locationKey(child);
    if (ctx.visited.has(key)) {
      ctx.warn(`${where} lists ${describe(child)}, which was already read (a sitemap index cycle or duplicate); skipped`);
      continue;
    }
    ctx.visited.add(key);
    let childDoc;
    try {
      childDoc = await loadSitemap(child, ctx);
    } catch (err) {
      if (!(err instanceof SourceError)) throw err;
      ctx.warn(`skipped sitemap ${describe(child)} (listed in ${where}): ${err.message}`, "incomplete");
      continue;
    }
    yield* walkSitemap(childDoc, child, depth + 1, ctx);
  }
  log.flush();
}

// src/core/discover/site.ts
var ROBOTS_MAX_BYTES = 512 * 1024;
async function* discoverSite(root, ctx) {
  const base = httpUrl2(root.trim());
  if (!base) throw new UserError(`not a valid site URL: ${root} (expected http:// or https://)`);
  const tried = [];
  const robotsUrl = new URL("/robots.txt", base);
  let listed = [];
  try {
    const limits = {
      maxBytes: Math.min(ROBOTS_MAX_BYTES, ctx.options.maxBytesPerFile),
      timeoutMs: ctx.options.fetchTimeoutMs,
      userAgent: ctx.options.userAgent,
      signal: ctx.signal
    };
    const robots = await readLocation({ kind: "url", url: robotsUrl }, limits, ctx.fetch);
    listed = sitemapsInRobots(robots.text, robotsUrl);
    if (listed.length === 0) tried.push(`${robotsUrl.href}: no Sitemap: lines`);
  } catch (err) {
    if (!(err instanceof SourceError)) throw err;
    if (err.failure === "network" || err.failure === "refused") throw new UserError(explain(robotsUrl.href, err));
    tried.push(`${robotsUrl.href}: ${err.message}`);
  }
  let found = false;
  for (const url of listed) {
    const doc = await attempt({ kind: "url", url }, ctx, tried, "always");
    if (!doc) continue;
    found = true;
    yield* walkSitemap(doc, { kind: "url", url }, 0, ctx);
  }
  if (found) return;
  for (const url of guesses(base)) {
    const doc = await attempt({ kind: "url", url }, ctx, tried, "when-not-sitemap");
    if (!doc) continue;
    yield* walkSitemap(doc, { kind: "url", url }, 0, ctx);
    return;
  }
  throw new UserError(
    `found no sitemap for ${base.href}: tried ${tried.join("; ")}. Pass the sitemap explicitly (--sitemap <url or file>), or give a list of page URLs instead.`
  );
}
function guesses(base) {
  const folder = new URL(base.href.endsWith("/") ? base.href : `${base.href}/`);
  folder.search = "";
  folder.hash = "";
  const names = ["sitemap.xml", "sitemap_index.xml"];
  const urls = folder.pathname === "/" ? [] : names.map((name) => new URL(name, folder));
  urls.push(...names.map((name) => new URL(`/${name}`, base)));
  return urls;
}
async function attempt(loc, ctx, tried, warnOn) {
  const where = describe(loc);
  const key = locationKey(loc);
  if (ctx.visited.has(key)) return null;
  ctx.visited.add(key);
  try {
    return await loadSitemap(loc, ctx);
  } catch (err) {
    if (!(err instanceof SourceError)) throw err;
    tried.push(`${where}: ${err.message}`);
    if (err.failure === "not-sitemap") ctx.warn(`${where} ${err.message}; skipped`);
    else if (warnOn === "always") ctx.warn(`could not read ${where} (${err.message}); skipped`, "incomplete");
    return null;
  }
}

// src/core/discover/url-list.ts
import { open as open3 } from "node:fs/promises";
import { createInterface } from "node:readline";
function* urlsFromList(urls, warn) {
  const log = new SkipLog("URL list", warn);
  for (const raw of urls) {
    const checked = checkPageUrl(raw.trim());
    if ("reason" in checked) log.skip(raw, checked.reason);
    else yield { url: checked.url, source: "argv" };
  }
  log.flush();
}
async function* urlsFromFile(path, stdin, warn) {
  const source = path === "-" ? "stdin" : path;
  let input;
  let close = () => {
  };
  if (path === "-") {
    input = stdin();
  } else {
    let handle;
    try {
      handle = await open3(path, "r");
    } catch (err) {
      const code = err.code;
      throw new UserError(
        code === "ENOENT" ? `URL list file not found: ${path}` : `cannot read URL list file ${path} (${code ?? String(err)})`
      );
    }
    const stream = handle.createReadStream({ encoding: "utf8" });
    input = stream;
    close = () => stream.destroy();
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  const log = new SkipLog(source, warn);
  try {
    let first2 = true;
    for await (const line of lines) {
      const value = (first2 ? line.replace(/^\uFEFF/, "") : line).trim();
      first2 = false;
      if (value === "" || value.startsWith("#")) continue;
      const checked = checkPageUrl(value);
      if ("reason" in checked) log.skip(value, checked.reason);
      else yield { url: checked.url, source };
    }
    log.flush();
  } catch (err) {
    const code = err.code;
    if (typeof code !== "string") throw err;
    throw new UserError(`cannot read URL list ${source} (${code})`);
  } finally {
    lines.close();
    close();
  }
}

// src/core/discover/index.ts
var defaultIO = {
  // The timeout signal is made by the caller (fetch-source), per file.
  fetch: (url, init) => fetch(url, { signal: init.signal, headers: init.headers, redirect: "follow" }),
  stdin: () => process.stdin
};
async function* discover(sources, options2, warn, io = {}) {
  const stopped = new AbortController();
  const guarded2 = options2.egress ? guardedFetch(new EgressGuard(options2.egress)) : null;
  const fetchFn = io.fetch ?? guarded2 ?? defaultIO.fetch;
  const stdin = io.stdin ?? defaultIO.stdin;
  let count2 = 0;
  try {
    for (const source of sources) {
      const ctx = { options: options2, warn, fetch: fetchFn, signal: stopped.signal, visited: /* @__PURE__ */ new Set() };
      for await (const found of fromSource(source, ctx, stdin)) {
        if (count2 >= options2.maxUrls) {
          warn(`found more than ${options2.maxUrls} URLs; kept the first ${options2.maxUrls} (maxUrls)`, "incomplete");
          return;
        }
        count2++;
        yield found;
      }
    }
  } finally {
    stopped.abort();
  }
}
function fromSource(source, ctx, stdin) {
  switch (source.kind) {
    case "sitemap":
      return fromSitemap(source.location, ctx);
    case "site":
      return discoverSite(source.root, ctx);
    case "urls":
      return toAsync(urlsFromList(source.urls, ctx.warn));
    case "url-file":
      return urlsFromFile(source.path, stdin, ctx.warn);
  }
}
async function* fromSitemap(location, ctx) {
  const loc = parseLocation(location);
  ctx.visited.add(locationKey(loc));
  let doc;
  try {
    doc = await loadSitemap(loc, ctx);
  } catch (err) {
    if (err instanceof SourceError) throw new UserError(explain(describe(loc), err));
    throw err;
  }
  yield* walkSitemap(doc, loc, 0, ctx);
}
async function* toAsync(items) {
  yield* items;
}

// src/core/video/encode.ts
import { spawn } from "node:child_process";
import { mkdtemp as mkdtemp2, readFile as readFile5, rm as rm2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join6 } from "node:path";
var NO_FFMPEG = (format) => `--video-format ${format} needs ffmpeg, which was not found: install the ffmpeg package (apt-get install ffmpeg; GitHub's Ubuntu runners have it), or use --video-format webp`;
function checkVideoSize(spec) {
  const pixels = spec.width * spec.height * spec.frames;
  const cap = VIDEO_LIMITS.maxPixels[spec.format];
  if (pixels > cap) {
    throw new UserError(
      `the video would be ${spec.frames} frames of ${spec.width}x${spec.height} px (${Math.round(pixels / 1e6)} Mpx), over the ${cap / 1e6} Mpx cap for ${spec.format}: lower --video-fps or --video-duration, use a smaller --viewport or --scale` + (spec.format === "webp" || spec.format === "gif" ? ", or --video-format mp4" : "")
    );
  }
}
function checkVideoBytes(bytes) {
  if (bytes > VIDEO_LIMITS.maxBytes) {
    throw new UserError(`the video is ${Math.round(bytes / 1e6)} MB, over the ${VIDEO_LIMITS.maxBytes / 1e6} MB cap: lower --video-fps or --video-duration, or use --video-format mp4`);
  }
}
function videoEncoder(spec) {
  checkVideoSize(spec);
  return spec.format === "webp" || spec.format === "gif" ? animatedImage(spec) : ffmpegVideo(spec);
}
function animatedImage(spec) {
  const frameBytes = spec.width * spec.height * 3;
  const stack = Buffer.allocUnsafe(frameBytes * spec.frames);
  let count2 = 0;
  return {
    add(frame) {
      if (count2 >= spec.frames) throw new Error(`more than the ${spec.frames} frames planned`);
      frame.copy(stack, count2 * frameBytes);
      count2++;
      return Promise.resolve();
    },
    async finish() {
      const image = sharp(stack.subarray(0, count2 * frameBytes), {
        raw: { width: spec.width, height: spec.height * count2, channels: 3, pageHeight: spec.height },
        limitInputPixels: false
      });
      const delay = Array.from({ length: count2 }, (_, i) => frameDelay(i, spec.fps, spec.format));
      const out = spec.format === "webp" ? image.webp({ quality: spec.quality, effort: 2, loop: 0, delay }) : image.gif({ loop: 0, delay, effort: 7, dither: 0.5, reuse: false });
      const data = await out.toBuffer();
      checkVideoBytes(data.length);
      return data;
    },
    abort: () => Promise.resolve()
  };
}
function frameDelay(i, fps, format) {
  const unit = format === "gif" ? 10 : 1;
  const at = (k) => Math.round(k * 1e3 / fps / unit) * unit;
  return at(i + 1) - at(i);
}
function encodedSize(format, width, height) {
  if (format === "webp" || format === "gif") return { width, height };
  return { width: width + width % 2, height: height + height % 2 };
}
function evenSidesFilter(width, height) {
  const [right, bottom] = [width % 2, height % 2];
  if (right === 0 && bottom === 0) return "setsar=1";
  return `format=gbrp,pad=${width + right}:${height + bottom}:0:0,fillborders=right=${right}:bottom=${bottom}:mode=smear,setsar=1`;
}
function ffmpegVideo(spec) {
  const dirPromise = mkdtemp2(join6(tmpdir2(), "framecap-video-"));
  const ext = spec.format;
  const codec = spec.format === "mp4" ? ["-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p", "-movflags", "+faststart"] : ["-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "32", "-deadline", "realtime", "-cpu-used", "8", "-row-mt", "1", "-pix_fmt", "yuv420p"];
  const started = dirPromise.then((dir) => {
    const file = join6(dir, `video.${ext}`);
    const child = spawn(spec.ffmpeg ?? "ffmpeg", [
      "-hide_banner",
      "-loglevel",
      "error",
      "-nostdin",
      "-y",
      "-f",
      "rawvideo",
      "-pix_fmt",
      "rgb24",
      "-s",
      `${spec.width}x${spec.height}`,
      "-r",
      String(spec.fps),
      "-i",
      "pipe:0",
      // Even sides by copying the edge rather than scaling (no blur).
      "-vf",
      evenSidesFilter(spec.width, spec.height),
      "-r",
      String(spec.fps),
      "-an",
      ...codec,
      file
    ], { stdio: ["pipe", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr = (stderr + d.toString()).slice(-2e3);
    });
    const exited = new Promise((resolve8, reject) => {
      child.on("error", (err) => reject(err.code === "ENOENT" ? new UserError(NO_FFMPEG(spec.format)) : err));
      child.on("close", (code, signal) => code === 0 ? resolve8() : reject(new Error(`ffmpeg stopped (${signal ?? `exit ${code}`}) encoding ${spec.format}: ${stderr.trim() || "no message"}`)));
    });
    exited.catch(() => void 0);
    child.stdin.on("error", () => void 0);
    return { dir, file, child, exited };
  });
  return {
    async add(frame) {
      const { child, exited } = await started;
      if (!child.stdin.write(frame)) {
        await Promise.race([new Promise((resolve8) => child.stdin.once("drain", resolve8)), exited]);
      }
    },
    async finish() {
      const { dir, file, child, exited } = await started;
      child.stdin.end();
      try {
        await exited;
        const data = await readFile5(file);
        checkVideoBytes(data.length);
        return data;
      } finally {
        await rm2(dir, { recursive: true, force: true });
      }
    },
    async abort() {
      const { dir, child, exited } = await started;
      child.kill("SIGKILL");
      await exited.catch(() => void 0);
      await rm2(dir, { recursive: true, force: true });
    }
  };
}

// src/core/video/make-video.ts
async function decodeFrame(png) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: 3 };
}
async function makeVideo(input) {
  const { recorded, compositor, video, output } = input;
  const first2 = await decodeFrame(recorded.frames[0]);
  const canvas = await compositor.videoCanvas(first2.width, first2.height, input.page);
  const { plan } = recorded;
  const encoder = videoEncoder({
    format: video.format,
    width: canvas.width,
    height: canvas.height,
    fps: plan.fps,
    frames: recorded.sequence.length,
    quality: output.quality,
    ffmpeg: input.ffmpeg ?? null
  });
  let posterFrame = null;
  try {
    let paintedIndex = -1;
    let painted = null;
    for (const index of recorded.sequence) {
      if (painted === null || paintedIndex !== index) {
        const shot = index === 0 ? first2 : await decodeFrame(recorded.frames[index]);
        painted = canvas.paint(shot);
        paintedIndex = index;
        posterFrame ??= painted;
      }
      await encoder.add(painted);
    }
    const data = await encoder.finish();
    const size = encodedSize(video.format, canvas.width, canvas.height);
    let posterImage = sharp(posterFrame, { raw: { width: canvas.width, height: canvas.height, channels: 3 } });
    if (size.width !== canvas.width || size.height !== canvas.height) {
      posterImage = posterImage.extend({ right: size.width - canvas.width, bottom: size.height - canvas.height, extendWith: "copy" });
    }
    const poster = await encode(posterImage, output).toBuffer();
    return {
      data,
      width: size.width,
      height: size.height,
      frames: recorded.sequence.length,
      fps: plan.fps,
      durationMs: plan.durationMs,
      poster: { data: poster, format: output.format }
    };
  } catch (err) {
    await encoder.abort();
    throw err;
  }
}

// src/core/video/output.ts
function videoFiles(name, video, still) {
  return { file: `${name}.${VIDEO_FILES[video.format].ext}`, poster: `${name}.poster.${FORMAT_FILES[still].ext}` };
}
async function writeVideo(input) {
  const { shot, video } = input;
  const made = await makeVideo({
    recorded: shot.video,
    compositor: input.compositor,
    video,
    output: input.output,
    page: { url: shot.finalUrl, title: shot.title }
  });
  const { file, poster } = videoFiles(input.name, video, made.poster.format);
  await input.write(file, made.data);
  await input.write(poster, made.poster.data);
  const fields = {
    file,
    width: made.width,
    height: made.height,
    format: video.format,
    bytes: made.data.length,
    sha256: sha256Hex(made.data),
    kind: "video",
    poster,
    poster_sha256: sha256Hex(made.poster.data),
    video_duration_ms: made.durationMs,
    frames: made.frames,
    fps: made.fps,
    ...shot.video.cut ? { video_cut: shot.video.cut } : {}
  };
  return { fields, poster: made.poster.data };
}

// src/core/run/rows.ts
function recipeFields(target) {
  const digest = recipeDigest(target);
  const { composite } = target.recipe.frame;
  return {
    ...target.variant !== null ? { variant: target.variant } : {},
    ...target.rules.length > 0 ? { rules: [...target.rules] } : {},
    ...digest !== null ? { recipe: digest } : {},
    ...composite.layout === "responsive" ? { composite: [...composite.devices] } : {}
  };
}
function okRow(target, shot, written, how) {
  const validators = validatorsOf(target, shot);
  const cut = how.kind.still ? how.kind.cut : null;
  return {
    url: target.url,
    ...recipeFields(target),
    final_url: shot.finalUrl,
    http_status: shot.httpStatus,
    status: "ok",
    ...written,
    duration_ms: how.durationMs,
    attempts: how.attempts,
    error: null,
    ...cut ? { cropped: true, cut_at: cut.shown, full_height: cut.full } : {},
    ...shot.readinessTimeouts?.length ? { readiness_timeouts: shot.readinessTimeouts } : {},
    ...shot.consent ? { consent: shot.consent } : {},
    ...validators ? { validators } : {},
    ...shot.blocking ? { blocked_requests: shot.blocking.blockedRequests, hidden_elements: shot.blocking.hiddenElements } : {}
  };
}
function validatorsOf(target, shot) {
  const out = { ...target.lastmod !== void 0 ? { lastmod: target.lastmod } : {}, ...shot.document };
  return Object.keys(out).length > 0 ? out : null;
}
function failedRow(target, error, durationMs, attempts, finalUrl = null, httpStatus = null) {
  return {
    url: target.url,
    ...recipeFields(target),
    final_url: finalUrl,
    http_status: httpStatus,
    status: "failed",
    file: null,
    width: null,
    height: null,
    format: null,
    bytes: null,
    sha256: null,
    duration_ms: durationMs,
    attempts,
    error
  };
}
function interruptedMessage(fatal) {
  return fatal ? `not captured: the run stopped (${fatal.message})` : "not captured: the run was interrupted";
}

// src/core/composite/layout.ts
var ROLES = ["back", "left", "right"];
var SHAPES2 = {
  left: { height: 0.72, overlap: 0.5 },
  right: { height: 0.52, overlap: 0.6 }
};
var FLOOR_DROP = 0.05;
function responsiveLayout(devices, margin) {
  if (devices.length < 2 || devices.length > 3) throw new Error(`a responsive composite takes two or three devices, got ${devices.length}`);
  const roles = devices.length === 2 ? ["back", "right"] : [...ROLES];
  const back = devices[0];
  const floor = back.body.height * (1 + FLOOR_DROP);
  const bodies = devices.map((d, i) => {
    const role = roles[i];
    if (role === "back") return { x: 0, y: 0, width: back.body.width, height: back.body.height };
    const shape = SHAPES2[role];
    const height = back.body.height * shape.height;
    const width = d.body.width * (height / d.body.height);
    const x = role === "left" ? -width * (1 - shape.overlap) : back.body.width - width * shape.overlap;
    return { x, y: floor - height, width, height };
  });
  const images = devices.map((d, i) => {
    const body = bodies[i];
    const k = body.height / d.body.height;
    return { x: body.x - d.body.x * k, y: body.y - d.body.y * k, width: d.image.width * k, height: d.image.height * k };
  });
  const left = Math.min(...bodies.map((b) => b.x - margin));
  const top = Math.min(...bodies.map((b) => b.y - margin));
  const right = Math.max(...bodies.map((b) => b.x + b.width + margin));
  const bottom = Math.max(...bodies.map((b) => b.y + b.height + margin));
  const canvas = { width: Math.round(right - left), height: Math.round(bottom - top) };
  const shift = (b, onCanvas) => {
    const [x0, y0] = [Math.round(b.x - left), Math.round(b.y - top)];
    const width = Math.max(1, Math.round(b.x + b.width - left) - x0);
    const height = Math.max(1, Math.round(b.y + b.height - top) - y0);
    const x = onCanvas ? Math.max(0, Math.min(x0, canvas.width - width)) : x0;
    const y = onCanvas ? Math.max(0, Math.min(y0, canvas.height - height)) : y0;
    return { x, y, width, height };
  };
  return {
    canvas,
    images: images.map((b) => shift(b, false)),
    bodies: bodies.map((b) => shift(b, true))
  };
}

// src/core/composite/compose.ts
var ResponsiveCompositor = class _ResponsiveCompositor {
  constructor(devices, background, padding) {
    this.devices = devices;
    this.padding = padding;
    this.backdrop = new Backdrop(background, [], devices[0].compositor.scale);
    this.opaque = isOpaqueBackground(background);
  }
  devices;
  padding;
  /** Paints the background under the arrangement, as under a device frame, with no shadow of its own; kept, as every page's canvas has one size. */
  backdrop;
  opaque;
  /**
   * `frame`: the run's frame settings (theme, background, padding, shadow…);
   * each device gets them with its own id and a transparent background.
   * Throws UserError for an unknown frame, as a single frame would.
   */
  static async create(devices, frame, scale, dir) {
    const data = await loadFrameData(dir);
    const background = resolveBackground(frame.background, data.presets);
    const framed = [];
    for (const id of devices) {
      const shadows = frame.shadow ? data.frames.find((f) => f.id === id)?.shadow ?? [] : [];
      const room = Math.ceil(Math.max(0, ...shadows.map((s) => Math.max(Math.abs(s.offsetX), Math.abs(s.offsetY)) + s.blur + Math.max(0, s.spread))));
      const own = {
        ...frame,
        device: id,
        background: "transparent",
        padding: room,
        thumbnail: null,
        maxHeight: null,
        composite: { layout: "none" }
      };
      framed.push({ id, room, compositor: await createCompositor(own, { format: "png", quality: 90 }, scale, dir) });
    }
    return new _ResponsiveCompositor(framed, background, frame.padding);
  }
  /** `shots[i]` is the page as devices[i] rendered it; `url` goes in address bars. */
  async compose(shots, url) {
    if (shots.length !== this.devices.length) throw new Error(`the composite has ${this.devices.length} devices, got ${shots.length} shots`);
    const framed = await Promise.all(this.devices.map((d, i) => d.compositor.compose(shots[i], url)));
    const images = framed.map((f, i) => {
      const pad = Math.round(this.devices[i].room * this.devices[i].compositor.scale);
      return { image: { width: f.width, height: f.height }, body: { x: pad, y: pad, width: f.width - 2 * pad, height: f.height - 2 * pad } };
    });
    const backScale = this.devices[0].compositor.scale;
    const placement = responsiveLayout(images, Math.round(this.padding * backScale));
    const { canvas } = placement;
    const overlays = await Promise.all(framed.map(async (f, i) => {
      const box = placement.images[i];
      const scaled = await sharp(f.data).resize(box.width, box.height, { fit: "fill", kernel: "lanczos3" }).ensureAlpha().raw().toBuffer();
      const x0 = Math.max(0, box.x);
      const y0 = Math.max(0, box.y);
      const width = Math.min(canvas.width, box.x + box.width) - x0;
      const height = Math.min(canvas.height, box.y + box.height) - y0;
      const { data: data2, info: info2 } = await sharp(scaled, { raw: { width: box.width, height: box.height, channels: 4 } }).extract({ left: x0 - box.x, top: y0 - box.y, width, height }).raw().toBuffer({ resolveWithObject: true });
      return { input: data2, raw: { width: info2.width, height: info2.height, channels: 4 }, left: x0, top: y0 };
    }));
    const under = await this.backdrop.whole({ width: canvas.width, height: canvas.height, window: { x: 0, y: 0, width: 0, height: 0 }, radius: 0 });
    let image = sharp({ create: { width: canvas.width, height: canvas.height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).composite([...overlays, ...under]);
    const raw = await image.raw().toBuffer({ resolveWithObject: true });
    image = sharp(raw.data, { raw: { width: raw.info.width, height: raw.info.height, channels: 4 } });
    if (this.opaque) image = image.removeAlpha();
    const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
    const channels = info.channels;
    const png = await sharp(data, { raw: { width: info.width, height: info.height, channels } }).png({ compressionLevel: 1 }).toBuffer();
    return { png, pixels: { data, width: info.width, height: info.height, channels }, width: info.width, height: info.height, placement };
  }
};

// src/core/video/ffmpeg.ts
import { accessSync, constants as constants3 } from "node:fs";
import { delimiter as delimiter2, join as join7 } from "node:path";
function findFfmpeg(path = process.env.PATH ?? "") {
  for (const dir of path.split(delimiter2)) {
    if (!dir) continue;
    const file = join7(dir, "ffmpeg");
    try {
      accessSync(file, constants3.X_OK);
      return file;
    } catch {
    }
  }
  return null;
}
function requireVideoEncoder(format, path) {
  if ((format === "mp4" || format === "webm") && findFfmpeg(path) === null) throw new UserError(NO_FFMPEG(format));
}

// src/core/recipe-runtime.ts
var RecipeRuntime = class {
  constructor(options2) {
    this.options = options2;
  }
  options;
  compositors = /* @__PURE__ */ new Map();
  composites = /* @__PURE__ */ new Map();
  prepared = /* @__PURE__ */ new Map();
  /**
   * Throws a UserError when the recipe's frame cannot be made (unknown device, bad background), its viewport
   * cannot be framed, or it asks for a composite video.
   */
  prepare(recipe) {
    const key = recipeKey(recipe);
    let found = this.prepared.get(key);
    if (!found) {
      found = this.build(recipe);
      this.prepared.set(key, found);
    }
    return found;
  }
  /** Distinct compositors made so far. */
  get compositorCount() {
    return this.compositors.size;
  }
  async build(recipe) {
    const composite = recipe.frame.composite.layout === "responsive" ? await this.composite(recipe, recipe.frame.composite.devices) : null;
    if (composite && recipe.render.video) {
      throw new UserError("composite responsive is one still per page, not a video: leave out video: scroll where the composite is set (or set video: none there)");
    }
    const look = composite ? { ...recipe, frame: { ...recipe.frame, device: "none", composite: { layout: "none" } } } : recipe;
    const compositor = await this.compositor(look);
    const run = this.options.render;
    const render = {
      // The given scale, or a phone's or tablet's own when none was given (src/core/scale.ts).
      ...renderFor(run, recipe.render, compositor.scale),
      ...compositor.viewport ? { viewport: compositor.viewport } : {},
      userAgent: run.userAgent ?? compositor.emulation?.userAgent ?? null,
      ...compositor.emulation ? { isMobile: compositor.emulation.isMobile, hasTouch: compositor.emulation.hasTouch } : {},
      // Every run records what its pages' servers said, so any run can be the next one's baseline.
      recordValidators: true,
      // A full page is shot only as far down as its framed image can be encoded (and max-height lets it).
      ...recipe.render.fullPage && !composite ? { pageCap: compositor.cap } : {},
      // A composite shows each device's screen: a full-page from the run or an earlier rule does not reach it
      // (one that sets both is refused where it is read, src/config/settings.ts).
      ...composite ? { fullPage: false } : {}
    };
    compositor.checkWidth(Math.round(render.viewport.width * render.scale));
    if (render.video) requireVideoEncoder(render.video.format);
    return { compositor, render, composite };
  }
  compositor(recipe) {
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
  composite(recipe, devices) {
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
};

// src/core/sink/dir-sink.ts
import { realpath as realpath3, rename, rm as rm3, stat as stat4, writeFile as writeFile2 } from "node:fs/promises";
import { basename as basename3, dirname as dirname7, join as join8, resolve as resolve6, sep as sep3 } from "node:path";

// src/util/make-folders.ts
import { mkdir, stat as stat3 } from "node:fs/promises";
import { dirname as dirname6, resolve as resolve5 } from "node:path";
async function makeFolders(path, mode) {
  const missing = [];
  for (let at = resolve5(path); ; at = dirname6(at)) {
    const found = await stat3(at).catch((err) => {
      if (err.code === "ENOENT") return null;
      throw err;
    });
    if (found?.isDirectory()) break;
    if (found) throw notAFolder(at);
    missing.unshift(at);
    if (dirname6(at) === at) break;
  }
  for (const folder of missing) {
    try {
      await mkdir(folder, mode);
    } catch (err) {
      if (err.code === "EEXIST" && (await stat3(folder).catch(() => null))?.isDirectory()) continue;
      throw err;
    }
  }
  return missing[0];
}
function notAFolder(path) {
  return Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${path}'`), { code: "ENOTDIR", errno: -20, syscall: "mkdir", path });
}

// src/core/sink/dir-sink.ts
var DirSink = class _DirSink {
  constructor(path, realRoot, createdTop) {
    this.path = path;
    this.realRoot = realRoot;
    this.createdTop = createdTop;
  }
  path;
  realRoot;
  createdTop;
  kind = "dir";
  state = "open";
  names = /* @__PURE__ */ new Set();
  /** Files we wrote, and the topmost folders we created: what abort() removes. */
  written = [];
  createdDirs = /* @__PURE__ */ new Set();
  inFlight = /* @__PURE__ */ new Set();
  tempCounter = 0;
  static async open(path) {
    const root = resolve6(path);
    const existing = await stat4(root).catch(() => null);
    if (existing && !existing.isDirectory()) {
      throw new UserError(`cannot write screenshots to the folder ${root}: a file has that name; choose another output path`);
    }
    try {
      const created = await makeFolders(root);
      return new _DirSink(root, await realpath3(root), created);
    } catch (err) {
      const problem = isSystemError(err) ? systemProblem(err) : `${err.message}: check the output path`;
      throw new UserError(`cannot create the output folder ${root}: ${problem}`, { cause: err });
    }
  }
  add(name, data) {
    const job = this.write(name, data).catch((err) => {
      throw isSystemError(err) ? new UserError(`cannot write ${resolve6(this.path, name)}: ${systemProblem(err)}`, { cause: err }) : err;
    });
    this.inFlight.add(job);
    const forget = () => {
      this.inFlight.delete(job);
    };
    job.then(forget, forget);
    return job;
  }
  async write(name, data) {
    if (this.state !== "open") throw new Error(`cannot add ${JSON.stringify(name)}: the output folder is ${this.state}`);
    safeEntryName(name);
    if (this.names.has(name)) throw new Error(`duplicate output file ${JSON.stringify(name)}`);
    this.names.add(name);
    const target = resolve6(this.path, name);
    if (!target.startsWith(this.path + sep3)) throw new Error(`refusing to write ${JSON.stringify(name)} outside ${this.path}`);
    const folder = dirname7(target);
    const created = await makeFolders(folder);
    if (created !== void 0) this.createdDirs.add(created);
    const realFolder = await realpath3(folder);
    if (realFolder !== this.realRoot && !realFolder.startsWith(this.realRoot + sep3)) {
      throw new Error(`refusing to write ${JSON.stringify(name)}: ${folder} leads outside ${this.path}`);
    }
    const temp = join8(realFolder, `.${basename3(target)}.${process.pid}-${++this.tempCounter}.partial`);
    try {
      await writeFile2(temp, data, { flag: "wx" });
      await rename(temp, join8(realFolder, basename3(target)));
    } catch (err) {
      await rm3(temp, { force: true });
      throw err;
    }
    this.written.push(target);
  }
  async close() {
    if (this.state !== "open") throw new Error(`cannot close the output folder: it is already ${this.state}`);
    this.state = "closed";
    await Promise.allSettled([...this.inFlight]);
  }
  async abort() {
    if (this.state === "aborted") return;
    const wasClosed = this.state === "closed";
    this.state = "aborted";
    if (wasClosed) return;
    await Promise.allSettled([...this.inFlight]);
    if (this.createdTop !== void 0) {
      await rm3(this.createdTop, { recursive: true, force: true });
      return;
    }
    await Promise.all(this.written.map((f) => rm3(f, { force: true })));
    await Promise.all([...this.createdDirs].map((d) => rm3(d, { recursive: true, force: true })));
  }
};

// src/core/sink/zip-sink.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { createWriteStream as createWriteStream2 } from "node:fs";
import { rename as rename2, rm as rm4, stat as stat5 } from "node:fs/promises";
import { basename as basename4, dirname as dirname8, join as join9, resolve as resolve7 } from "node:path";

// src/core/sink/crc32.ts
import * as zlib from "node:zlib";
var table;
function makeTable() {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}
function crc32Js(data, previous = 0) {
  table ??= makeTable();
  let c = (previous ^ 4294967295) >>> 0;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}
var native = zlib.crc32;
var crc322 = typeof native === "function" ? (data) => native(data) >>> 0 : (data) => crc32Js(data);

// src/core/sink/zip-writer.ts
var MAX16 = 65535;
var MAX32 = 4294967295;
var UTF8_NAMES = 2048;
var STORED = 0;
var VERSION_DEFAULT = 20;
var VERSION_ZIP64 = 45;
var MADE_BY_UNIX = 3 << 8;
var REGULAR_FILE_644 = 33188 << 16 >>> 0;
var SIG_LOCAL = 67324752;
var SIG_CENTRAL = 33639248;
var SIG_ZIP64_END = 101075792;
var SIG_ZIP64_LOCATOR = 117853008;
var SIG_END = 101010256;
function dosDateTime(date) {
  const year = date.getFullYear();
  if (year < 1980) return { time: 0, date: 1 << 5 | 1 };
  if (year > 2107) return { time: 23 << 11 | 59 << 5 | 29, date: 127 << 9 | 12 << 5 | 31 };
  return {
    time: date.getHours() << 11 | date.getMinutes() << 5 | date.getSeconds() >> 1,
    date: year - 1980 << 9 | date.getMonth() + 1 << 5 | date.getDate()
  };
}
var ZipWriter = class {
  out;
  force;
  stamp;
  names = /* @__PURE__ */ new Set();
  records = [];
  offset = 0;
  /** Writes run one at a time, in call order; this is the end of that line. */
  tail = Promise.resolve();
  failure = null;
  finished = false;
  constructor(out, options2 = {}) {
    this.out = out;
    this.force = options2.forceZip64 === true;
    this.stamp = dosDateTime(options2.date ?? /* @__PURE__ */ new Date());
    out.on("error", (err) => {
      this.failure ??= err;
    });
  }
  get entryCount() {
    return this.records.length;
  }
  /** Bytes written so far (the archive size once finish() has resolved). */
  get size() {
    return this.offset;
  }
  /**
   * Append one file. Calls may overlap: they are written in call order, and
   * each resolves once its bytes are handed to the OS, so at most the entries
   * of the callers currently waiting are held in memory.
   */
  add(name, data) {
    if (this.finished) return Promise.reject(new Error(`cannot add ${JSON.stringify(name)}: the ZIP is already finished`));
    if (this.names.has(name)) return Promise.reject(new Error(`duplicate ZIP entry ${JSON.stringify(name)}`));
    const nameBytes = Buffer.from(name, "utf8");
    if (nameBytes.length === 0 || nameBytes.length > MAX16) {
      return Promise.reject(new Error(`ZIP entry name must be 1-${MAX16} bytes, got ${nameBytes.length}`));
    }
    this.names.add(name);
    return this.enqueue(() => this.writeEntry(nameBytes, data));
  }
  /** Write the central directory and end records, then end the stream. */
  finish() {
    if (this.finished) return Promise.reject(new Error("the ZIP is already finished"));
    this.finished = true;
    return this.enqueue(async () => {
      await this.writeCentralDirectory();
      await new Promise((resolve8, reject) => {
        this.out.end((err) => err ? reject(err) : resolve8());
      });
    });
  }
  enqueue(job) {
    const run = this.tail.then(async () => {
      if (this.failure) throw this.failure;
      try {
        await job();
      } catch (err) {
        this.failure ??= err;
        throw this.failure;
      }
    });
    this.tail = run.catch(() => void 0);
    return run;
  }
  async writeEntry(name, data) {
    const size = data.length;
    const crc = crc322(data);
    const offset = this.offset;
    const zip64Sizes = this.force || size >= MAX32;
    const zip64Entry = zip64Sizes || offset >= MAX32;
    const header = Buffer.alloc(30 + name.length + (zip64Sizes ? 20 : 0));
    header.writeUInt32LE(SIG_LOCAL, 0);
    header.writeUInt16LE(zip64Entry ? VERSION_ZIP64 : VERSION_DEFAULT, 4);
    header.writeUInt16LE(UTF8_NAMES, 6);
    header.writeUInt16LE(STORED, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(zip64Sizes ? MAX32 : size, 18);
    header.writeUInt32LE(zip64Sizes ? MAX32 : size, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(zip64Sizes ? 20 : 0, 28);
    name.copy(header, 30);
    if (zip64Sizes) {
      const at = 30 + name.length;
      header.writeUInt16LE(1, at);
      header.writeUInt16LE(16, at + 2);
      header.writeBigUInt64LE(BigInt(size), at + 4);
      header.writeBigUInt64LE(BigInt(size), at + 12);
    }
    await Promise.all(size > 0 ? [this.write(header), this.write(data)] : [this.write(header)]);
    this.records.push({ name, crc, size, offset });
  }
  async writeCentralDirectory() {
    const start = this.offset;
    let batch = [];
    let batched = 0;
    for (const r of this.records) {
      const rec = this.centralRecord(r);
      batch.push(rec);
      batched += rec.length;
      if (batched >= 64 * 1024) {
        await this.write(Buffer.concat(batch, batched));
        batch = [];
        batched = 0;
      }
    }
    if (batched > 0) await this.write(Buffer.concat(batch, batched));
    const count2 = this.records.length;
    const cdSize = this.offset - start;
    const zip64 = this.force || count2 >= MAX16 || start >= MAX32 || cdSize >= MAX32;
    const tail = [];
    if (zip64) {
      const end64At = this.offset;
      const end64 = Buffer.alloc(56);
      end64.writeUInt32LE(SIG_ZIP64_END, 0);
      end64.writeBigUInt64LE(44n, 4);
      end64.writeUInt16LE(MADE_BY_UNIX | VERSION_ZIP64, 12);
      end64.writeUInt16LE(VERSION_ZIP64, 14);
      end64.writeUInt32LE(0, 16);
      end64.writeUInt32LE(0, 20);
      end64.writeBigUInt64LE(BigInt(count2), 24);
      end64.writeBigUInt64LE(BigInt(count2), 32);
      end64.writeBigUInt64LE(BigInt(cdSize), 40);
      end64.writeBigUInt64LE(BigInt(start), 48);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(SIG_ZIP64_LOCATOR, 0);
      locator.writeUInt32LE(0, 4);
      locator.writeBigUInt64LE(BigInt(end64At), 8);
      locator.writeUInt32LE(1, 16);
      tail.push(end64, locator);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(SIG_END, 0);
    end.writeUInt16LE(0, 4);
    end.writeUInt16LE(0, 6);
    end.writeUInt16LE(zip64 ? MAX16 : count2, 8);
    end.writeUInt16LE(zip64 ? MAX16 : count2, 10);
    end.writeUInt32LE(zip64 ? MAX32 : cdSize, 12);
    end.writeUInt32LE(zip64 ? MAX32 : start, 16);
    end.writeUInt16LE(0, 20);
    tail.push(end);
    await this.write(Buffer.concat(tail));
  }
  centralRecord(r) {
    const bigSize = this.force || r.size >= MAX32;
    const bigOffset = this.force || r.offset >= MAX32;
    const fields = (bigSize ? 2 : 0) + (bigOffset ? 1 : 0);
    const extraLength = fields > 0 ? 4 + 8 * fields : 0;
    const version = fields > 0 ? VERSION_ZIP64 : VERSION_DEFAULT;
    const rec = Buffer.alloc(46 + r.name.length + extraLength);
    rec.writeUInt32LE(SIG_CENTRAL, 0);
    rec.writeUInt16LE(MADE_BY_UNIX | version, 4);
    rec.writeUInt16LE(version, 6);
    rec.writeUInt16LE(UTF8_NAMES, 8);
    rec.writeUInt16LE(STORED, 10);
    rec.writeUInt16LE(this.stamp.time, 12);
    rec.writeUInt16LE(this.stamp.date, 14);
    rec.writeUInt32LE(r.crc, 16);
    rec.writeUInt32LE(bigSize ? MAX32 : r.size, 20);
    rec.writeUInt32LE(bigSize ? MAX32 : r.size, 24);
    rec.writeUInt16LE(r.name.length, 28);
    rec.writeUInt16LE(extraLength, 30);
    rec.writeUInt16LE(0, 32);
    rec.writeUInt16LE(0, 34);
    rec.writeUInt16LE(0, 36);
    rec.writeUInt32LE(REGULAR_FILE_644, 38);
    rec.writeUInt32LE(bigOffset ? MAX32 : r.offset, 42);
    r.name.copy(rec, 46);
    if (fields > 0) {
      let at = 46 + r.name.length;
      rec.writeUInt16LE(1, at);
      rec.writeUInt16LE(8 * fields, at + 2);
      at += 4;
      if (bigSize) {
        rec.writeBigUInt64LE(BigInt(r.size), at);
        rec.writeBigUInt64LE(BigInt(r.size), at + 8);
        at += 16;
      }
      if (bigOffset) rec.writeBigUInt64LE(BigInt(r.offset), at);
    }
    return rec;
  }
  /** Resolves when the stream has handed `chunk` to the OS (its write callback). */
  write(chunk) {
    this.offset += chunk.length;
    return new Promise((resolve8, reject) => {
      this.out.write(chunk, (err) => err ? reject(err) : resolve8());
    });
  }
};

// src/core/sink/zip-sink.ts
function partialZipName(final) {
  return join9(dirname8(final), `.${basename4(final)}.${process.pid}-${randomBytes2(4).toString("hex")}.partial`);
}
var ZipSink = class _ZipSink {
  constructor(path, partial, stream, streamClosed, writer) {
    this.path = path;
    this.partial = partial;
    this.stream = stream;
    this.streamClosed = streamClosed;
    this.writer = writer;
  }
  path;
  partial;
  stream;
  streamClosed;
  writer;
  kind = "zip";
  state = "open";
  static async open(path, options2 = {}) {
    const final = resolve7(path);
    const existing = await stat5(final).catch(() => null);
    if (existing?.isDirectory()) {
      throw new UserError(`cannot write the ZIP ${final}: a folder has that name; choose another output path`);
    }
    try {
      await makeFolders(dirname8(final));
    } catch (err) {
      throw cannotWrite(final, err);
    }
    const partial = partialZipName(final);
    const stream = createWriteStream2(partial, { flags: "wx" });
    const streamClosed = new Promise((done) => stream.once("close", () => done()));
    try {
      await new Promise((opened, failed) => {
        stream.once("open", () => opened());
        stream.once("error", failed);
      });
    } catch (err) {
      throw cannotWrite(final, err);
    }
    return new _ZipSink(final, partial, stream, streamClosed, new ZipWriter(stream, options2));
  }
  async add(name, data) {
    if (this.state !== "open") throw new Error(`cannot add ${JSON.stringify(name)}: the ZIP is ${this.state}`);
    try {
      await this.writer.add(safeEntryName(name), data);
    } catch (err) {
      throw isSystemError(err) ? cannotWrite(this.path, err) : err;
    }
  }
  async close() {
    if (this.state !== "open") throw new Error(`cannot close the ZIP: it is already ${this.state}`);
    this.state = "closed";
    try {
      await this.writer.finish();
      await this.streamClosed;
      await rename2(this.partial, this.path);
    } catch (err) {
      await this.discard();
      throw cannotWrite(this.path, err);
    }
  }
  async abort() {
    if (this.state === "aborted") return;
    const wasClosed = this.state === "closed";
    this.state = "aborted";
    if (!wasClosed) await this.discard();
  }
  async discard() {
    this.stream.destroy();
    await this.streamClosed;
    await rm4(this.partial, { force: true });
  }
};
function cannotWrite(path, err) {
  const problem = isSystemError(err) ? systemProblem(err) : `${err.message}: check the output path`;
  return new UserError(`cannot write the ZIP ${path}: ${problem}`, { cause: err });
}

// src/core/sink/index.ts
async function openSink(path, options2 = {}) {
  return /\.zip$/i.test(path) ? ZipSink.open(path, options2) : DirSink.open(path);
}

// src/core/run/setup.ts
var MAX_KEPT_WARNINGS = 1e3;
var SinkError = class extends UserError {
};
var Warnings = class {
  constructor(events) {
    this.events = events;
  }
  events;
  kept = [];
  #count = 0;
  warn = (message) => {
    this.#count++;
    if (this.kept.length < MAX_KEPT_WARNINGS) this.kept.push(message);
    this.events.warning?.(message);
  };
  /** The manifest's list, with a last line saying how many were dropped. */
  forManifest() {
    return this.#count > this.kept.length ? [...this.kept, `\u2026 ${this.#count - this.kept.length} more warnings not kept`] : [...this.kept];
  }
};
var CleanupStack = class {
  #closers = [];
  defer(close) {
    this.#closers.push(close);
  }
  async unwind() {
    let first2 = null;
    for (let close = this.#closers.pop(); close; close = this.#closers.pop()) {
      try {
        await close();
      } catch (err) {
        first2 ??= err;
      }
    }
    if (first2) throw first2;
  }
};
var RunOutput = class {
  #sink = null;
  attach(sink) {
    this.#sink = sink;
  }
  get sink() {
    if (!this.#sink) throw new Error("internal error: the output was written before it was opened");
    return this.#sink;
  }
  write = async (file, data) => {
    const sink = this.sink;
    try {
      await sink.add(file, data);
    } catch (err) {
      const message = err instanceof UserError ? err.message : `cannot write ${file} to ${sink.path}: ${err.message}`;
      throw new SinkError(message, { cause: err });
    }
  };
};
async function openRun(options2, events, deps, warn) {
  const book = createRecipeBook(options2);
  const recipes = new RecipeRuntime(options2);
  const base = runRecipe(options2);
  const { compositor, render } = await recipes.prepare(base);
  for (const set of [...options2.pages ?? [], ...book.variants].map((r) => r.set)) await recipes.prepare(applyOverrides(base, set));
  const output = new RunOutput();
  const cleanup = new CleanupStack();
  try {
    const changes = options2.compare ? await openChangeSession({
      compare: options2.compare,
      output: options2.output.path,
      settings: settingsSummary({ ...options2, render }, ""),
      headers: render.headers,
      cookies: render.cookies,
      userAgent: render.userAgent ?? options2.discover.userAgent,
      timeoutMs: render.timeoutMs,
      write: output.write,
      warn
    }) : null;
    if (changes) cleanup.defer(() => changes.close());
    const prepared = prepareFrame(compositor, render);
    const renderer = await launchRenderer(render, warn, rendererHooks(options2, book, events, deps));
    cleanup.defer(() => renderer.close());
    output.attach(await openSink(options2.output.path));
    return { book, recipes, render, changes, renderer, output, prepared, cleanup };
  } catch (err) {
    await cleanup.unwind();
    throw err;
  }
}
function prepareFrame(compositor, render) {
  const { viewport, scale } = render;
  return compositor.prepare(Math.round(viewport.width * scale), Math.round(viewport.height * scale)).catch(() => void 0);
}
function rendererHooks(options2, book, events, deps) {
  const compositeDevices = Math.max(1, ...[options2.frame, ...[...options2.pages ?? [], ...book.variants].map((r) => r.set.frame)].map((f) => f?.composite?.layout === "responsive" ? f.composite.devices.length : 1));
  return {
    ...compositeDevices > 1 ? { profilesPerSlot: compositeDevices + 1 } : {},
    ...deps.env ? { env: deps.env } : {},
    ...events.secret ? { onSecret: (v) => events.secret?.(v) } : {},
    ...deps.cacheDir ? { cacheDir: deps.cacheDir } : {}
  };
}

// src/core/run/pipeline.ts
var STAGGER_MS = 1500;
var PENDING_COMPARES_PER_WORKER = 2;
var TARGETS_PER_SLOT_BATCH = 32;
async function runPipeline(inputs) {
  const outcome = { fatal: null, discoveryError: null, discoveryPartial: false };
  const { renderer } = inputs;
  const channel = new Channel(renderer.concurrency * 2);
  const pendingCompares = /* @__PURE__ */ new Set();
  const workers = Array.from({ length: renderer.concurrency }, (_, i) => work(inputs, outcome, channel, pendingCompares, i));
  await Promise.all([produce(inputs, outcome, channel), ...workers]);
  await Promise.all([...pendingCompares]);
  return outcome;
}
async function produce(inputs, outcome, channel) {
  const { options: options2, events, deps, warn, book, planner, tally, renderer } = inputs;
  const grouped = (options2.pages?.length ?? 0) > 0 || book.variants.length > 1;
  const batchSize = grouped ? renderer.concurrency * TARGETS_PER_SLOT_BATCH : 1;
  const batch = [];
  let lastGroup = null;
  const flush = async () => {
    const ordered = contextOrder(batch.splice(0), lastGroup);
    const last = ordered.at(-1);
    if (last) lastGroup = contextGroup(last.recipe);
    for (const target of ordered) await channel.push(target);
  };
  try {
    const discoveryWarn = (message, effect) => {
      if (effect === "incomplete") outcome.discoveryPartial = true;
      warn(message);
    };
    for await (const found of discover(options2.sources, options2.discover, discoveryWarn, deps.discoverIO)) {
      if (deps.signal?.aborted || outcome.fatal) break;
      const page = planner.add(found);
      if (page) {
        for (const target of targetsOf(page, book.forPage(page.url), book.variants, tally.planned)) {
          tally.planned++;
          events.planned?.(target, tally.planned);
          batch.push(target);
        }
        if (batch.length >= batchSize) await flush();
      }
      if (planner.full) break;
    }
  } catch (err) {
    outcome.discoveryError = err;
    warn(`discovery stopped: ${err.message}`);
  } finally {
    await flush();
    channel.close();
    events.discoveryDone?.(tally.planned, planner.stats);
  }
}
async function work(inputs, outcome, channel, pendingCompares, worker) {
  const { tally, deps } = inputs;
  if (worker >= Math.ceil(inputs.renderer.concurrency / 2)) await Promise.race([tally.firstRecorded, new Promise((r) => setTimeout(r, STAGGER_MS).unref())]);
  let framing = Promise.resolve();
  try {
    for (; ; ) {
      const next = await channel.take();
      if (next.done) return;
      const target = next.value;
      if (deps.signal?.aborted || outcome.fatal) {
        tally.record(target, failedRow(target, interruptedMessage(outcome.fatal), 0, 0));
        continue;
      }
      try {
        if (await reuseOne(inputs, target)) continue;
        tally.rendered++;
        const rendered = await renderOne(inputs, target);
        await framing;
        framing = finishOne(inputs, outcome, pendingCompares, target, rendered);
        if (!rendered.ok || rendered.ready.render.fullPage || rendered.ready.render.video) await framing;
      } catch (err) {
        outcome.fatal ??= err;
        tally.record(target, failedRow(target, err.message, 0, 1));
      }
    }
  } finally {
    await framing;
  }
}
async function finishOne(inputs, outcome, pendingCompares, target, rendered) {
  const { tally, changes } = inputs;
  try {
    if (outcome.fatal && rendered.ok) {
      tally.record(target, failedRow(target, interruptedMessage(outcome.fatal), 0, 0));
      return;
    }
    const { row, data, parts } = rendered.ok ? await frameOne(inputs, target, rendered) : rendered.failed;
    if (changes && row.status === "ok" && data) await compareLater(inputs, outcome, pendingCompares, changes, target, row, parts ?? [data]);
    else tally.record(target, row);
  } catch (err) {
    outcome.fatal ??= err;
    tally.record(target, failedRow(target, err.message, 0, 1));
  }
}
async function reuseOne(inputs, target) {
  const { incremental, changes, tally, options: options2 } = inputs;
  if (!incremental || !changes) return false;
  const { format } = target.recipe.output;
  const video = target.recipe.render.video;
  const ext = FORMAT_FILES[format].ext;
  const thumb = !video && options2.frame.thumbnail !== null ? `${target.name}.thumb.${ext}` : null;
  const names = video ? videoFiles(target.name, video, format) : { file: `${target.name}.${ext}`, poster: null };
  const row = await changes.reuse(target, names.file, names.poster ?? thumb);
  if (!row) return false;
  if (thumb) tally.thumbnails.add(row.parts ? row.file.replace(/\.(\w+)$/, ".thumb.$1") : thumb);
  tally.reused++;
  tally.record(target, row);
  return true;
}
async function compareLater(inputs, outcome, pendingCompares, changes, target, row, images) {
  const { tally, renderer } = inputs;
  const pending = changes.compare(target, row, images).then(
    (fields) => tally.record(target, { ...row, ...fields }),
    (err) => {
      outcome.fatal ??= err;
      tally.record(target, failedRow(target, err.message, row.duration_ms, row.attempts));
    }
  );
  pendingCompares.add(pending);
  void pending.finally(() => pendingCompares.delete(pending));
  while (pendingCompares.size >= renderer.concurrency * PENDING_COMPARES_PER_WORKER) await Promise.race(pendingCompares);
}
async function renderOne(inputs, target) {
  const { recipes, renderer } = inputs;
  const started = Date.now();
  try {
    const ready = await recipes.prepare(target.recipe);
    const { shot, attempts } = ready.composite ? await captureComposite(renderer, ready.composite, target, ready.render) : await renderer.capture(target, ready.render);
    return { ok: true, ready, shot, attempts, started };
  } catch (err) {
    return { ok: false, failed: pageFailure(target, err, started) };
  }
}
async function frameOne(inputs, target, rendered) {
  const { warn, write, tally } = inputs;
  const { ready, shot, attempts, started } = rendered;
  try {
    const video = ready.render.video;
    if (video && shot.video) {
      const { fields, poster } = await writeVideo({ name: target.name, shot: { ...shot, video: shot.video }, compositor: ready.compositor, video, output: target.recipe.output, write });
      if (fields.video_cut) warn(`${target.url}: ${fields.video_cut}`);
      const row2 = okRow(target, shot, fields, { kind: { still: false }, durationMs: Date.now() - started, attempts });
      return { row: row2, data: poster };
    }
    if (shot.parts) {
      const written2 = await writeParts({ name: target.name, shot: { ...shot, parts: shot.parts }, compositor: ready.compositor, url: shot.finalUrl, write });
      if (written2.cut) warn(`${target.url}: ${describeCut(written2.cut)} (in ${written2.data.length} parts)`);
      if (written2.thumbnail) tally.thumbnails.add(written2.thumbnail);
      const row2 = okRow(target, shot, written2.fields, { kind: { still: true, cut: written2.cut }, durationMs: Date.now() - started, attempts });
      return { row: row2, data: written2.data[0], parts: written2.data };
    }
    const capture = await ready.compositor.compose(shot, shot.finalUrl);
    const file = `${target.name}.${FORMAT_FILES[capture.format].ext}`;
    const thumb = capture.thumbnail ? `${target.name}.thumb.${FORMAT_FILES[capture.format].ext}` : null;
    if (capture.cut) warn(`${target.url}: ${describeCut(capture.cut)} (framed image ${capture.height} px high)`);
    await write(file, capture.data);
    if (thumb && capture.thumbnail) {
      await write(thumb, capture.thumbnail.data);
      tally.thumbnails.add(thumb);
    }
    const written = {
      file,
      width: capture.width,
      height: capture.height,
      format: capture.format,
      bytes: capture.data.length,
      sha256: sha256Hex(capture.data)
    };
    const row = okRow(target, shot, written, { kind: { still: true, cut: capture.cut ?? null }, durationMs: Date.now() - started, attempts });
    return { row, data: capture.data };
  } catch (err) {
    return pageFailure(target, err, started);
  }
}
function pageFailure(target, err, started) {
  if (err instanceof SinkError) throw err;
  const ce = err instanceof CaptureError ? err : null;
  const row = failedRow(target, err.message, Date.now() - started, ce?.attempts ?? 1, ce?.finalUrl ?? null, ce?.httpStatus ?? null);
  return { row: { ...row, category: ce?.category ?? "other" }, data: null };
}

// src/core/run/tally.ts
var Tally = class {
  constructor(onResult) {
    this.onResult = onResult;
    this.firstRecorded = new Promise((resolve8) => {
      this.#firstDone = resolve8;
    });
  }
  onResult;
  planned = 0;
  completed = 0;
  failed = 0;
  /** Pages sent to the browser, and pages whose baseline capture was carried over (--incremental). */
  rendered = 0;
  reused = 0;
  /** Baseline thumbnails carried over and part thumbnails written: the gallery shows them. */
  thumbnails = /* @__PURE__ */ new Set();
  /** Resolves at the first recorded row: the other workers wait for it (see STAGGER_MS in pipeline.ts). */
  firstRecorded;
  // Indexed by target.index; rows arrive out of order, so the array has holes until every target is recorded.
  #rows = [];
  #firstDone;
  get progress() {
    return progressOf(this.planned, this.completed, this.failed);
  }
  record(target, row) {
    this.#firstDone();
    this.#rows[target.index] = row;
    if (row.status === "ok") this.completed++;
    else this.failed++;
    this.onResult(row, this.progress);
  }
  /**
   * The rows in plan order, once the pipeline has ended. Every planned target reaches a worker,
   * which records it (as interrupted, when the run stopped), so a hole is a bug in the run loop:
   * say so here rather than let every reader defend against `undefined`.
   */
  rows() {
    const rows = Array.from(this.#rows);
    if (rows.length !== this.planned || rows.some((r) => r === void 0)) {
      throw new Error(`internal error: ${this.planned} targets planned but ${rows.filter(Boolean).length} rows recorded`);
    }
    return rows;
  }
};

// src/core/run.ts
function jobTypeOf(sources) {
  if (sources.some((s) => s.kind === "sitemap" || s.kind === "site")) return "sitemap";
  const only = sources[0];
  if (sources.length === 1 && only?.kind === "urls" && only.urls.length === 1) return "capture";
  return "batch";
}
async function runCapture(options2, events = {}, deps = {}) {
  const job = { ...newJob(jobTypeOf(options2.sources)), ...deps.identity };
  const warnings = new Warnings(events);
  const { warn } = warnings;
  const run = await openRun(options2, events, deps, warn);
  const { book, changes, renderer, output } = run;
  job.status = "processing";
  job.started_at = (/* @__PURE__ */ new Date()).toISOString();
  events.started?.({ job: { ...job }, browserVersion: renderer.browserVersion, concurrency: renderer.concurrency, output: output.sink.path });
  const planner = createPlanner(options2.plan, warn, (url) => book.keepsFragment(url));
  const tally = new Tally((row, progress) => events.result?.(row, progress));
  let outcome;
  let contextsOpened = 0;
  try {
    outcome = await runPipeline({
      options: options2,
      events,
      deps,
      warn,
      book,
      recipes: run.recipes,
      renderer,
      planner,
      changes,
      incremental: options2.compare?.incremental === true && changes?.canReuse === true,
      write: output.write,
      tally
    });
    await run.prepared;
  } catch (err) {
    await output.sink.abort();
    throw err;
  } finally {
    contextsOpened = renderer.contextsOpened;
    await run.cleanup.unwind();
  }
  const manifest = await finishRun({
    job,
    options: options2,
    render: run.render,
    signal: deps.signal,
    outcome,
    tally,
    planner,
    changes,
    renderer,
    warn,
    warnings: () => warnings.forManifest(),
    output
  });
  const { sink } = output;
  return { job, manifest, output: { path: sink.path, kind: sink.kind }, rendered: tally.rendered, reused: tally.reused, contextsOpened };
}

export {
  XMLParser,
  json2xml_default,
  XMLValidator,
  makeRedactor,
  blockedReason,
  EgressRefused,
  egressPolicy,
  EgressGuard,
  ELEMENT_STEPS,
  STYLE_STEPS,
  VALUE_STEPS,
  STEP_KINDS,
  LOGIN_STEP_KINDS,
  stepValues,
  IMAGE_FORMATS,
  DEFAULT_DISCOVER,
  VIDEO_FORMATS,
  OUTPUT_FILES,
  defaultFps,
  VIDEO_LIMITS,
  parseStorageState,
  storageSecrets,
  checkTimezone,
  checkLocale,
  parseGeolocation,
  parseHttpAuth,
  parseProxy,
  BROWSER_CHOICES,
  findBrowser,
  playwrightCacheRoot,
  defaultConcurrency,
  logInOnce,
  ulid,
  progressOf,
  finalStatus,
  newJob,
  runFails,
  VERSION,
  settingsSummary,
  buildManifest,
  VARIANT_NAME,
  MAX_VARIANTS,
  MAX_PAGE_RULES,
  runRecipe,
  compileMatch,
  loadsPerPage,
  MAX_DOWNLOAD_BYTES,
  OUTPUT_ZIP_LIMITS,
  completeManifest,
  openZipReader,
  openOutput,
  openSink,
  escapeHtml,
  GALLERY,
  galleryHtml,
  captureResultOf,
  renderWithoutFrame,
  loadCatalog,
  frameScale,
  parseShard,
  urlTemplate,
  openBaseline,
  compareImages,
  hasChanges,
  guardedFetch,
  discover,
  frameDelay,
  findFfmpeg,
  jobTypeOf,
  runCapture
};
