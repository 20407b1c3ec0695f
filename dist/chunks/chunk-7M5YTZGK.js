import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  parseRetryAfter
} from "./chunk-U4YLKYCL.js";
import {
  UserError,
  __commonJS,
  __toESM
} from "./chunk-R7XW5ZO3.js";

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
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend2 = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
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
    var scan = (input, options) => {
      const opts = options || {};
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
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
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
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
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
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
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
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance2();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
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
          const open3 = tokens[token.tokensIndex];
          open3.type = "text";
          open3.value = literal;
          open3.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open3.output;
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
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
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
        state.output = utils.wrapOutput(output, state, options);
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
          const open3 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open3);
          push(open3);
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
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
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
      } = constants2.globChars(opts.windows);
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
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
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
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend2 = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend2}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

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
  return job.status === "failed" || job.status === "partial" && failOn === "partial";
}

// src/version.ts
var VERSION = "0.1.0";

// src/core/manifest.ts
var MAX_MANIFEST_WARNINGS = 500;
function settingsSummary(options, browser) {
  const { render, frame, output } = options;
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
    browser
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
function parseColor(text) {
  const value = text.trim().toLowerCase();
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
function number(text, full, percentOnly = false) {
  const m = /^(-?\d*\.?\d+)(%?)$/.exec(text);
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
function escapeXml(text) {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}
var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
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
function parseGradient(text) {
  let angle = 180;
  let parts;
  const fn = /^linear-gradient\((.*)\)$/.exec(text);
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
    const at = text.lastIndexOf("@");
    const list = at >= 0 ? text.slice(0, at) : text;
    if (at >= 0) {
      const n = Number(text.slice(at + 1).replace(/deg$/, ""));
      if (!Number.isFinite(n) || text.slice(at + 1).trim() === "") return null;
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
function splitTopLevel(text) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "," && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
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

// src/core/frame/compositor.ts
import sharp3 from "sharp";

// src/core/frame/backdrop.ts
import sharp2 from "sharp";

// src/core/frame/outline.ts
import sharp from "sharp";
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

// src/core/frame/backdrop.ts
var KEEP = 4;
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
  small = /* @__PURE__ */ new Map();
  bandCache = /* @__PURE__ */ new Map();
  wholeCache = /* @__PURE__ */ new Map();
  patches = /* @__PURE__ */ new Map();
  imageCanvases = /* @__PURE__ */ new Map();
  /** Overlays for the canvas outside the window; none when the extend colour already is the backdrop. */
  bands(layout) {
    return cached(this.bandCache, layoutKey(layout), async () => {
      if (this.background.kind !== "image" && !await this.paintSmall(layout)) return [];
      const { width: W, height: H, window: w } = layout;
      const rects = [
        { x: 0, y: 0, width: W, height: w.y },
        { x: 0, y: w.y + w.height, width: W, height: H - w.y - w.height },
        { x: 0, y: w.y, width: w.x, height: w.height },
        { x: w.x + w.width, y: w.y, width: W - w.x - w.width, height: w.height }
      ].filter((r) => r.width > 0 && r.height > 0);
      return Promise.all(rects.map(async (r) => rawOverlay(await this.cut(layout, r), r.x, r.y)));
    });
  }
  /**
   * The whole backdrop as one overlay to put under the frame ('dest-over'),
   * for frames whose layers draw their own outline and may leave parts of the
   * window box transparent (devices). Null when there is nothing to paint.
   */
  whole(layout) {
    return cached(this.wholeCache, layoutKey(layout), async () => {
      if (this.background.kind === "transparent" && !await this.paintSmall(layout)) return null;
      return rawOverlay(await this.cut(layout, { x: 0, y: 0, width: layout.width, height: layout.height }), 0, 0, "dest-over");
    }, 2);
  }
  /** The backdrop's pixels under each window corner, for the outline's 'dest-over' step. */
  cornerPatches(layout, r) {
    return cached(this.patches, `${layoutKey(layout)}|${r}`, async () => {
      const rects = cornerRects(layout.window.width, layout.window.height, r);
      const out = await Promise.all(CORNERS.map((c) => this.cut(layout, { x: layout.window.x + rects[c].x, y: layout.window.y + rects[c].y, width: r, height: r })));
      return { tl: out[0], tr: out[1], bl: out[2], br: out[3] };
    });
  }
  /** Full-size backdrop pixels of one rectangle; sharp computes only that rectangle. */
  async cut(layout, rect) {
    if (this.background.kind === "image") {
      const canvas = await this.imageCanvas(layout, this.background.path);
      return extractRaw(canvas, rect);
    }
    const small = await this.paintSmall(layout);
    const image = small ? sharp2(small.data, { raw: { width: small.width, height: small.height, channels: 4 } }).resize(layout.width, layout.height, { fit: "fill", kernel: "cubic" }) : sharp2({ create: { width: layout.width, height: layout.height, channels: 4, background: this.extendColour } });
    const { data, info } = await image.extract({ left: rect.x, top: rect.y, width: rect.width, height: rect.height }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  }
  /**
   * An image background at full canvas size with the shadows on it. Unlike
   * the painted backdrops this is a full-size raster, so fewer are kept.
   */
  imageCanvas(layout, path) {
    return cached(this.imageCanvases, layoutKey(layout), async () => {
      const { width: W, height: H } = layout;
      const shadows = await this.paintSmall(layout);
      let image = sharp2(path).resize(W, H, { fit: "cover", position: "centre" }).ensureAlpha();
      if (shadows) {
        const full = await sharp2(shadows.data, { raw: { width: shadows.width, height: shadows.height, channels: 4 } }).resize(W, H, { fit: "fill", kernel: "cubic" }).raw().toBuffer();
        image = sharp2(await image.raw().toBuffer(), { raw: { width: W, height: H, channels: 4 } }).composite([{ input: full, raw: { width: W, height: H, channels: 4 } }]);
      }
      const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height };
    }, 2);
  }
  /** The backdrop painted small, or null when it is one flat colour (or nothing). */
  paintSmall(layout) {
    return cached(this.small, layoutKey(layout), async () => {
      const { width: W, height: H, window: win } = layout;
      const shadows = this.shadows.filter((s) => s.opacity > 0);
      const paint = backgroundPaint(this.background, W, H);
      if (shadows.length === 0 && this.background.kind !== "gradient") return null;
      const sigmas = shadows.map((s) => s.blur * this.scale / 2);
      const sharpest = sigmas.length ? Math.min(...sigmas) : Infinity;
      const factor = Math.max(1, Math.min(8, Math.floor(sharpest / 2)));
      const w = Math.max(1, Math.ceil(W / factor));
      const h = Math.max(1, Math.ceil(H / factor));
      let defs = paint?.defs ?? "";
      let body = paint ? `<rect width="${W}" height="${H}" fill="${paint.fill}" fill-opacity="${paint.opacity}"/>` : "";
      shadows.forEach((s, i) => {
        const spread = s.spread * this.scale;
        const x = win.x + s.offsetX * this.scale - spread;
        const y = win.y + s.offsetY * this.scale - spread;
        const rx = Math.max(0, layout.radius + spread);
        defs += `<filter id="s${i}" filterUnits="userSpaceOnUse" x="0" y="0" width="${W}" height="${H}"><feGaussianBlur stdDeviation="${formatNumber(sigmas[i])}"/></filter>`;
        body += `<rect x="${formatNumber(x)}" y="${formatNumber(y)}" width="${formatNumber(win.width + 2 * spread)}" height="${formatNumber(win.height + 2 * spread)}" rx="${formatNumber(rx)}" fill="#000" fill-opacity="${formatNumber(s.opacity)}" filter="url(#s${i})"/>`;
      });
      return rasterize(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none"><defs>${defs}</defs>${body}</svg>`);
    });
  }
};
function extractRaw(raw, rect) {
  const out = Buffer.alloc(rect.width * rect.height * 4);
  for (let y = 0; y < rect.height; y++) {
    const from = ((rect.y + y) * raw.width + rect.x) * 4;
    raw.data.copy(out, y * rect.width * 4, from, from + rect.width * 4);
  }
  return { data: out, width: rect.width, height: rect.height };
}
function layoutKey(l) {
  return `${l.width}x${l.height}|${l.window.x},${l.window.y},${l.window.width}x${l.window.height}|${l.radius}`;
}
function cached(map, key, make, keep = KEEP) {
  const hit = map.get(key);
  if (hit) return hit;
  const pending = make();
  map.set(key, pending);
  pending.catch(() => map.delete(key));
  while (map.size > keep) map.delete(map.keys().next().value);
  return pending;
}

// src/core/frame/encode.ts
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
function textWidth(text, fontSize) {
  let units = 0;
  for (const ch of text) units += advance(ch.codePointAt(0));
  return units * fontSize / 1e3;
}
function fitText(text, maxWidth, fontSize) {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const budget = maxWidth - textWidth(ELLIPSIS, fontSize);
  if (budget <= 0) return "";
  let used = 0;
  let kept = "";
  for (const ch of text) {
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
  let text = `${host}${port}${path}`;
  try {
    text = decodeURI(text);
  } catch {
  }
  if (!/^https?:$/.test(parsed.protocol)) text = `${parsed.protocol}${text}`;
  return { text, secure: parsed.protocol === "https:" };
}

// src/core/frame/scope.ts
var PER_CAPTURE = /* @__PURE__ */ new Set(["url", "urlWidth", "title", "titleWidth", "secure"]);
var DEFAULT_TEXT = { maxWidth: parseExpr("width"), fontSize: 13 };
function frameScope(spec, colours, frame, area, text) {
  const slot = (name) => spec.text.get(name) ?? DEFAULT_TEXT;
  const fitted = (name, scope) => {
    if (!text) return void 0;
    const s = slot(name);
    const max = evaluate(s.maxWidth, scope);
    return fitText(text[name], typeof max === "number" ? max : 0, s.fontSize);
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
        return text ? textWidth(scope.get("url"), slot("url").fontSize) : void 0;
      case "titleWidth":
        return text ? textWidth(scope.get("title"), slot("title").fontSize) : void 0;
      case "urlFontSize":
        return slot("url").fontSize;
      case "titleFontSize":
        return slot("title").fontSize;
      case "secure":
        return text ? text.secure ? 1 : 0 : void 0;
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
var DEFAULT_COMPOSE = { maxHeight: null, thumbnail: null, shadowStrength: 1 };
function plainCompositor(output, settings = DEFAULT_COMPOSE) {
  return {
    viewport: null,
    emulation: null,
    async compose(shot) {
      const keep = keptHeight(shot.height, settings.maxHeight, 1);
      const cropped = keep < shot.height;
      if (output.format === "png" && !cropped) {
        return finish({ data: shot.png, width: shot.width, height: shot.height, format: "png" }, false, output, settings);
      }
      let image = sharp3(shot.png);
      if (cropped) image = image.extract({ left: 0, top: 0, width: shot.width, height: keep });
      const { data, info } = await encode(image, output).toBuffer({ resolveWithObject: true });
      return finish({ data, width: info.width, height: info.height, format: output.format }, cropped, output, settings);
    }
  };
}
function keptHeight(height, maxHeight, scale) {
  if (maxHeight === null) return height;
  return Math.max(1, Math.min(height, Math.round(maxHeight * scale)));
}
async function finish(capture, cropped, output, settings) {
  if (settings.thumbnail === null) return { ...capture, cropped, thumbnail: null };
  const { data, info } = await encode(sharp3(capture.data).resize({ width: settings.thumbnail, withoutEnlargement: true }), output).toBuffer({ resolveWithObject: true });
  return { ...capture, cropped, thumbnail: { data, width: info.width, height: info.height } };
}
var KEEP_LAYERS = 8;
var TRANSPARENT = { r: 0, g: 0, b: 0, alpha: 0 };
var FrameCompositor = class {
  constructor(spec, options, background, output, scale, settings = DEFAULT_COMPOSE) {
    this.spec = spec;
    this.options = options;
    this.output = output;
    this.scale = scale;
    this.settings = settings;
    const colours = spec.themes.get(options.theme);
    if (!colours) {
      throw new UserError(`frame "${spec.id}" has no ${options.theme} theme: use --theme ${[...spec.themes.keys()].join(" or ")}`);
    }
    this.colours = colours;
    this.viewport = spec.viewport ? { ...spec.viewport } : null;
    this.emulation = spec.emulation ? { ...spec.emulation } : null;
    this.opaque = isOpaqueBackground(background);
    const strength = settings.shadowStrength;
    const shadows = options.shadow && options.padding > 0 && strength > 0 ? spec.shadow.map((s) => ({ ...s, opacity: Math.min(1, s.opacity * strength) })) : [];
    this.backdrop = new Backdrop(background, shadows, scale);
    this.perCapture = spec.layers.map((l) => isPerCapture(spec, l.template.names));
    this.border = this.borderColour(colours);
    this.check();
  }
  spec;
  options;
  output;
  scale;
  settings;
  viewport;
  emulation;
  colours;
  backdrop;
  opaque;
  border;
  perCapture;
  layerCache = /* @__PURE__ */ new Map();
  cornerCache = /* @__PURE__ */ new Map();
  async compose(original, url) {
    const keep = keptHeight(original.height, this.settings.maxHeight, this.scale);
    const cropped = keep < original.height;
    const shot = cropped ? { ...original, height: keep } : original;
    const layout = this.layout(shot);
    const shown = displayUrl(url);
    const text = { url: this.options.title ?? shown.text, secure: shown.secure, title: shot.title };
    const backdropLayout = { width: layout.canvas.width, height: layout.canvas.height, window: layout.window, radius: layout.radius };
    const clip = this.spec.clip;
    const [screenCuts, around, layers, outline, under] = await Promise.all([
      this.screenCornerCuts(layout),
      clip ? this.backdrop.bands(backdropLayout) : [],
      this.layerOverlays(layout, text),
      this.outlineOverlays(layout, backdropLayout),
      clip ? null : this.backdrop.whole(backdropLayout)
    ]);
    const left = layout.window.x + layout.screen.x;
    const top = layout.window.y + layout.screen.y;
    let image = sharp3(shot.png);
    if (cropped) image = image.extract({ left: 0, top: 0, width: shot.width, height: keep });
    image = image.extend({
      left,
      top,
      right: layout.canvas.width - left - shot.width,
      bottom: layout.canvas.height - top - shot.height,
      background: clip ? this.backdrop.extendColour : TRANSPARENT
    }).composite([...screenCuts, ...around, ...layers, ...outline, ...under ? [under] : []]);
    if (this.opaque) image = image.removeAlpha();
    const { data, info } = await encode(image, this.output).toBuffer({ resolveWithObject: true });
    return finish({ data, width: info.width, height: info.height, format: this.output.format }, cropped, this.output, this.settings);
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
  fill(layer, layout, text, colours = this.colours) {
    const rect = this.area(layout, layer.area);
    const geometry = { width: rect.width / this.scale, height: rect.height / this.scale, pixelWidth: rect.width, pixelHeight: rect.height };
    return { svg: fillTemplate(layer.template, frameScope(this.spec, colours, layout.css, geometry, text)), rect };
  }
  async layerOverlays(layout, text) {
    return Promise.all(this.spec.layers.map(async (layer, i) => {
      const perCapture = this.perCapture[i];
      const { svg, rect } = this.fill(layer, layout, perCapture ? text : null);
      const left = layout.window.x + rect.x;
      const top = layout.window.y + rect.y;
      if (perCapture) return { input: Buffer.from(svg), left, top };
      return rawOverlay(await this.staticLayer(svg, rect, layer), left, top);
    }));
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
    const text = fillTemplate(b.color, frameScope(this.spec, colours, sample.css, { width: 0, height: 0, pixelWidth: 0, pixelHeight: 0 }, null)).replace(/&amp;/g, "&");
    const color = parseColor(text);
    if (!color) throw new UserError(`frame "${this.spec.id}": window.border.color "${text}" is not a CSS colour`);
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
    const text = { url: "example.com/a/sample/page", secure: true, title: "Sample page" };
    for (const [theme, colours] of this.spec.themes) {
      if (theme !== this.options.theme) this.borderColour(colours);
      for (const layer of this.spec.layers) {
        let filled;
        try {
          filled = this.fill(layer, layout, text, colours);
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
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
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
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, "frames");
    if (existsSync2(join(candidate, CATALOG_FILE))) return located = candidate;
    if (dirname(dir) === dir) {
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
  const catalogFile = join(dir, CATALOG_FILE);
  let catalogText;
  try {
    catalogText = await readFile(catalogFile, "utf8");
  } catch (err) {
    throw new UserError(`cannot read the frame catalog ${catalogFile}: ${err.message}`);
  }
  const presets = parseCatalog(readJson(catalogFile, catalogText), catalogFile);
  presetsByDir.set(dir, presets);
  const entries = await readdir(dir, { withFileTypes: true });
  const frames = [];
  for (const entry2 of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const frameDir = join(dir, entry2.name);
    const file = join(frameDir, FRAME_FILE);
    if (!existsSync2(file)) continue;
    frames.push(await readFrame(frameDir, entry2.name, file));
  }
  return { dir, presets, frames };
}
function readJson(file, text) {
  try {
    return JSON.parse(text);
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
  const root = r.obj(readJson(file, await readFile(file, "utf8")), "(root)");
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
      deviceScaleFactor: r.optNum(e.deviceScaleFactor, "emulation.deviceScaleFactor", 1, 4, 1),
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
  const text = /* @__PURE__ */ new Map();
  const textRoot = root.text === void 0 ? {} : r.obj(root.text, "text");
  for (const [slot, raw] of Object.entries(textRoot)) {
    if (!SLOTS.includes(slot)) r.fail(`text.${slot}`, `is not a text slot (known: ${SLOTS.join(", ")})`);
    const t = r.obj(raw, `text.${slot}`);
    text.set(slot, { maxWidth: r.expr(t.maxWidth, `text.${slot}.maxWidth`), fontSize: r.num(t.fontSize, `text.${slot}.fontSize`, 4, 200) });
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
    const svgFile = join(frameDir, svgName);
    let source;
    try {
      source = await readFile(svgFile, "utf8");
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
    text,
    vars,
    layers,
    themes
  };
}

// src/core/frame/fonts.ts
import { readdir as readdir2 } from "node:fs/promises";
import { join as join2 } from "node:path";
import sharp4 from "sharp";
var FONTS_FOLDER = "fonts";
var registered = /* @__PURE__ */ new Map();
function registerFrameFonts(framesDir2) {
  const dir = join2(framesDir2, FONTS_FOLDER);
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
    names = (await readdir2(dir)).filter((n) => /\.(ttf|otf)$/i.test(n)).sort();
  } catch {
    return [];
  }
  const files = names.map((n) => join2(dir, n));
  for (const fontfile of files) await sharp4({ text: { text: ".", fontfile } }).png().toBuffer();
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
async function createCompositor(frame, output, scale, dirOrSettings) {
  if (!Number.isFinite(scale) || scale <= 0) throw new UserError(`scale must be a positive number, got ${scale}`);
  const more = typeof dirOrSettings === "string" ? { dir: dirOrSettings } : dirOrSettings ?? {};
  const settings = {
    maxHeight: more.maxHeight ?? frame.maxHeight ?? DEFAULT_COMPOSE.maxHeight,
    thumbnail: more.thumbnail ?? frame.thumbnail ?? DEFAULT_COMPOSE.thumbnail,
    shadowStrength: more.shadowStrength ?? frame.shadowStrength ?? DEFAULT_COMPOSE.shadowStrength
  };
  if (settings.maxHeight !== null && !(settings.maxHeight >= 1)) throw new UserError(`max height must be at least 1 CSS px, got ${settings.maxHeight}`);
  if (settings.thumbnail !== null && !(Number.isInteger(settings.thumbnail) && settings.thumbnail >= 16)) {
    throw new UserError(`thumbnail width must be a whole number of px, 16 or more, got ${settings.thumbnail}`);
  }
  if (!(settings.shadowStrength >= 0 && settings.shadowStrength <= 3)) throw new UserError(`shadow strength must be from 0 to 3, got ${settings.shadowStrength}`);
  const dir = more.dir;
  const data = await loadFrameData(dir);
  await registerFrameFonts(data.dir);
  const background = resolveBackground(frame.background, data.presets);
  if (frame.device === "none") return plainCompositor(output, settings);
  const spec = data.frames.find((f) => f.id === frame.device);
  if (!spec) {
    const known = [...data.frames.map((f) => f.id), "none"].join(", ");
    throw new UserError(`unknown frame "${frame.device}": use one of ${known} (framecap devices lists them)`);
  }
  return new FrameCompositor(spec, frame, background, output, scale, settings);
}

// src/core/render/find-browser.ts
import { constants } from "node:fs";
import { access, readdir as readdir3, stat } from "node:fs/promises";
import { delimiter, join as join3 } from "node:path";
var PATH_NAMES = ["google-chrome", "google-chrome-stable", "chromium", "chromium-browser"];
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
async function findBrowser(explicit, env, exists = isExecutableFile) {
  if (explicit) {
    if (await exists(explicit)) return { path: explicit, source: "explicit" };
    throw new UserError(`browser path ${explicit} does not exist or is not executable: fix --browser-path, or leave it out to look for a browser`);
  }
  const chromePath = env.CHROME_PATH;
  if (chromePath) {
    if (await exists(chromePath)) return { path: chromePath, source: "CHROME_PATH" };
    throw new UserError(`CHROME_PATH is ${chromePath}, which does not exist or is not executable: fix it or unset it`);
  }
  for (const path of await playwrightCacheCandidates(env)) {
    if (await exists(path)) return { path, source: "playwright-cache" };
  }
  const dirs = env.PATH ? env.PATH.split(delimiter).filter(Boolean) : DEFAULT_PATH;
  for (const name of PATH_NAMES) {
    for (const dir of dirs) {
      const path = join3(dir, name);
      if (await exists(path)) return { path, source: "PATH" };
    }
  }
  throw new UserError(
    `no Chrome or Chromium found (looked at CHROME_PATH, the Playwright browser cache, and ${PATH_NAMES.join(", ")} on PATH): ${INSTALL_HINT}`
  );
}
async function playwrightCacheCandidates(env) {
  const root = cacheRoot(env);
  if (!root) return [];
  const entries = await listDir(root);
  const newestFirst = (prefix) => entries.filter((e) => e.startsWith(prefix) && /^\d+$/.test(e.slice(prefix.length))).sort((a, b) => Number(b.slice(prefix.length)) - Number(a.slice(prefix.length)));
  const out = [];
  for (const dir of newestFirst("chromium-")) {
    for (const sub of ["chrome-linux64", "chrome-linux"]) out.push(join3(root, dir, sub, "chrome"));
  }
  for (const dir of newestFirst("chromium_headless_shell-")) {
    out.push(join3(root, dir, "chrome-linux", "headless_shell"));
    out.push(join3(root, dir, "chrome-headless-shell-linux64", "chrome-headless-shell"));
  }
  return out;
}
function cacheRoot(env) {
  const configured = env.PLAYWRIGHT_BROWSERS_PATH;
  if (configured === "0") return null;
  if (configured) return configured;
  if (env.XDG_CACHE_HOME) return join3(env.XDG_CACHE_HOME, "ms-playwright");
  return env.HOME ? join3(env.HOME, ".cache", "ms-playwright") : null;
}
async function listDir(dir) {
  try {
    return await readdir3(dir);
  } catch {
    return [];
  }
}

// src/core/render/consent.ts
import { readFile as readFile2 } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname as dirname2, join as join4 } from "node:path";
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
    const dist = dirname2(require2.resolve("@duckduckgo/autoconsent"));
    const [script, rules] = await Promise.all([
      readFile2(join4(dist, "autoconsent.playwright.js"), "utf8"),
      readFile2(require2.resolve("@duckduckgo/autoconsent/rules/rules.json"), "utf8")
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

// src/core/render/errors.ts
import { STATUS_CODES } from "node:http";
var CaptureError = class extends Error {
  constructor(message, attempts, finalUrl, httpStatus, transient, category = categoryFor(null, httpStatus)) {
    super(message);
    this.attempts = attempts;
    this.finalUrl = finalUrl;
    this.httpStatus = httpStatus;
    this.transient = transient;
    this.category = category;
  }
  attempts;
  finalUrl;
  httpStatus;
  transient;
  category;
  name = "CaptureError";
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
  const text = statusText.trim() || STATUS_CODES[status] || "";
  return text ? `HTTP ${status} ${text}` : `HTTP ${status}`;
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
  const net = /net::(ERR_[A-Z_]+)/.exec(line)?.[1];
  if (net) {
    const permanent = PERMANENT_NET_ERRORS[net];
    if (permanent) return new AttemptFailure(`${permanent} (net::${net})`, false, { category: netCategory(net) });
    if (net.startsWith("ERR_CERT_") || net.startsWith("ERR_SSL_")) {
      return new AttemptFailure(`TLS error: the site's certificate or TLS setup was refused (net::${net})`, false, { category: "tls" });
    }
    return new AttemptFailure(`${NET_ERROR_TEXT[net] ?? "network error"} (net::${net})`, true, { category: netCategory(net) });
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
function netCategory(net) {
  if (net === "ERR_NAME_NOT_RESOLVED" || net === "ERR_NAME_RESOLUTION_FAILED") return "dns";
  if (net === "ERR_TIMED_OUT" || net === "ERR_CONNECTION_TIMED_OUT") return "timeout";
  if (net.startsWith("ERR_BLOCKED_") || net === "ERR_UNSAFE_REDIRECT" || net === "ERR_UNSAFE_PORT") return "blocked";
  if (net.startsWith("ERR_CERT_") || net.startsWith("ERR_SSL_")) return "tls";
  return "network";
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
};
var SlotPool = class {
  constructor(host, options, size, recycleAfter = RECYCLE_AFTER) {
    this.host = host;
    this.options = options;
    this.size = size;
    this.recycleAfter = recycleAfter;
    this.idle = Array.from({ length: size }, (_, i) => new Slot(i));
  }
  host;
  options;
  size;
  recycleAfter;
  idle;
  waiting = [];
  acquire() {
    const slot = this.idle.pop();
    if (slot) return Promise.resolve(slot);
    return new Promise((resolve5) => this.waiting.push(resolve5));
  }
  release(slot) {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.idle.push(slot);
  }
  /** A ready page for `url` in this slot, rebuilding the context when it is stale. */
  async pageFor(slot, url) {
    const current = slot.open;
    if (current && (current.dead || !this.host.isCurrent(current.generation) || current.uses >= this.recycleAfter)) {
      await this.discard(slot);
    }
    if (!slot.open) {
      const fresh = await this.openPage();
      if (slot.open) await withTimeout(fresh.context.close(), CLOSE_TIMEOUT_MS).catch(() => void 0);
      else slot.open = fresh;
    }
    let open3 = slot.open;
    if (open3.visited.size > 0) {
      try {
        await this.forget(open3);
      } catch {
        await this.discard(slot);
        open3 = slot.open = await this.openPage();
      }
    }
    open3.visited.add(url.origin);
    const host = url.hostname;
    if (!open3.cookieHosts.has(host)) {
      const forHost = this.options.cookies.filter((c) => !c.domain).map((c) => ({ name: c.name, value: c.value, domain: host, path: c.path ?? "/", secure: url.protocol === "https:" }));
      if (forHost.length > 0) await open3.context.addCookies(forHost);
      open3.cookieHosts.add(host);
    }
    return open3;
  }
  /** Drop the cookies and storage the previous targets left, keeping the HTTP cache. */
  async forget(open3) {
    const shown = safeOrigin(open3.page.url());
    if (shown) open3.visited.add(shown);
    await open3.context.clearCookies();
    open3.cookieHosts.clear();
    for (const origin of open3.visited) {
      await open3.cdp.send("Storage.clearDataForOrigin", { origin, storageTypes: "all" });
    }
    open3.visited.clear();
    await this.addDomainCookies(open3.context);
  }
  async addDomainCookies(context) {
    const withDomain = this.options.cookies.filter((c) => c.domain).map((c) => ({ name: c.name, value: c.value, domain: c.domain, path: c.path ?? "/" }));
    if (withDomain.length > 0) await context.addCookies(withDomain);
  }
  /** After a capture whose page is still usable (a success, or a clean HTTP error): count the use. */
  reused(slot) {
    if (slot.open) slot.open.uses++;
  }
  /** Throw the slot's context away; the next capture builds a fresh one. */
  async discard(slot) {
    const open3 = slot.open;
    slot.open = null;
    if (!open3) return;
    await withTimeout(open3.context.close(), CLOSE_TIMEOUT_MS).catch(() => void 0);
  }
  async close() {
    const all = [...this.idle];
    this.idle.length = 0;
    await Promise.all(all.map((s) => this.discard(s)));
  }
  async openPage() {
    const { browser, generation } = await this.host.get();
    const o = this.options;
    const context = await browser.newContext({
      viewport: o.viewport,
      deviceScaleFactor: o.scale,
      colorScheme: o.colorScheme,
      reducedMotion: "reduce",
      ...o.userAgent ? { userAgent: o.userAgent } : {},
      ...o.isMobile ? { isMobile: true } : {},
      ...o.hasTouch ? { hasTouch: true } : {},
      extraHTTPHeaders: o.headers,
      acceptDownloads: false,
      // Service workers would outlive one target and answer the next one's requests from their cache.
      serviceWorkers: "block",
      javaScriptEnabled: true,
      // Our freeze/hide <style> must apply on pages whose CSP forbids inline styles.
      bypassCSP: true
    });
    try {
      await this.addDomainCookies(context);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      page.setDefaultTimeout(o.timeoutMs);
      page.setDefaultNavigationTimeout(o.timeoutMs);
      page.on("dialog", (d) => void (d.type() === "beforeunload" ? d.accept() : d.dismiss()).catch(() => void 0));
      page.on("popup", (p) => void p.close().catch(() => void 0));
      let markLost = () => void 0;
      const lost = new Promise((_, reject) => {
        markLost = reject;
      });
      lost.catch(() => void 0);
      const consent = o.dismissConsent ? await ConsentBridge.attach(page) : null;
      const open3 = { context, page, generation, uses: 0, cookieHosts: /* @__PURE__ */ new Set(), visited: /* @__PURE__ */ new Set(), cdp, lost, consent, dead: false };
      const die = (message) => () => {
        open3.dead = true;
        markLost(new AttemptFailure(message, true));
      };
      page.once("crash", die("the page crashed"));
      page.once("close", die("the browser closed the page (crashed or restarted)"));
      return open3;
    } catch (err) {
      await withTimeout(context.close(), CLOSE_TIMEOUT_MS).catch(() => void 0);
      throw err;
    }
  }
};
async function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((resolve5) => {
    timer = setTimeout(() => resolve5(void 0), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
function safeOrigin(url) {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.origin : null;
  } catch {
    return null;
  }
}

// src/core/render/index.ts
import { realpath } from "node:fs/promises";
import { homedir } from "node:os";

// src/util/redact.ts
function makeRedactor(secrets) {
  const values = [...new Set(secrets)].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  if (values.length === 0) return (t) => t;
  return (text) => {
    let out = text;
    for (const v of values) out = out.split(v).join("***");
    return out;
  };
}

// src/core/render/capture-page.ts
import { errors } from "playwright-core";

// src/core/render/blank.ts
import sharp5 from "sharp";
var BLANK_TOLERANCE = 6;
async function blankVerdict(png) {
  const { channels } = await sharp5(png, { limitInputPixels: false }).stats();
  const colourChannels = channels.slice(0, 3);
  const blank = colourChannels.length > 0 && colourChannels.every((c) => c.max - c.min <= BLANK_TOLERANCE);
  if (!blank) return { blank: false, colour: null };
  const hex = colourChannels.map((c) => Math.round(c.mean).toString(16).padStart(2, "0")).join("");
  return { blank: true, colour: `#${colourChannels.length === 1 ? hex.repeat(3) : hex}` };
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
  stableMs: 5e3,
  stableMaxShots: 20,
  stableIntervalMs: 150
};
var FORCE_EAGER_JS = `(() => {
  for (const el of document.querySelectorAll('img[loading="lazy"], iframe[loading="lazy"]')) el.loading = 'eager';
  return true;
})()`;
function scrollThroughJs(maxMs, maxHeight) {
  return `(async () => {
  const start = performance.now();
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 60)));
  const height = () => Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0);
  const step = Math.max(200, Math.floor(innerHeight * 0.85));
  let y = 0;
  let complete = true;
  while (y + innerHeight < height()) {
    if (performance.now() - start > ${maxMs} || y + innerHeight >= ${maxHeight}) { complete = false; break; }
    y += step;
    window.scrollTo({ top: y, left: 0, behavior: 'instant' });
    await frame();
  }
  window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
  await frame();
  return { complete };
})()`;
}
var IMAGES_DECODED_JS = `(async () => {
  const images = Array.from(document.images);
  await Promise.all(images.map((img) => img.complete ? null : new Promise((r) => {
    img.addEventListener('load', r, { once: true });
    img.addEventListener('error', r, { once: true });
  })));
  await Promise.all(images.map((img) => img.naturalWidth > 0 && img.decode ? img.decode().catch(() => null) : null));
  return true;
})()`;
var FONTS_READY_JS = "document.fonts ? document.fonts.ready.then(() => true) : true";
var NOT_BUSY_JS = `(async () => {
  const busy = () => Array.from(document.querySelectorAll('[aria-busy="true"]')).some((el) => el.getClientRects().length > 0);
  while (busy()) await new Promise((r) => setTimeout(r, 100));
  return true;
})()`;
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
  onStart = (r) => {
    this.inFlight.add(r);
    this.lastChange = Date.now();
  };
  onEnd = (r) => {
    this.inFlight.delete(r);
    this.lastChange = Date.now();
  };
  /** True once nothing has been in flight for `quietMs`; false when `maxMs` ran out first. */
  async quiet(quietMs, maxMs) {
    const until = Date.now() + maxMs;
    for (; ; ) {
      for (const r of this.inFlight) if (r.redirectedTo()) this.inFlight.delete(r);
      const now = Date.now();
      if (this.inFlight.size === 0 && now - this.lastChange >= quietMs) return true;
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

// src/core/render/retry.ts
var DEFAULT_BACKOFF = { baseMs: 500, maxMs: 1e4, maxRetryAfterMs: 3e4 };
function backoffDelay(retry2, policy, retryAfterMs = null, random = Math.random) {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, retry2 - 1));
  const jittered = exp / 2 + random() * (exp / 2);
  const serverWait = retryAfterMs === null ? 0 : Math.min(retryAfterMs, policy.maxRetryAfterMs);
  return Math.round(Math.max(jittered, serverWait));
}
function sleep(ms) {
  return new Promise((resolve5) => setTimeout(resolve5, ms));
}

// src/core/render/capture-page.ts
var FREEZE_CSS = "*,*::before,*::after{animation:none!important;transition:none!important;caret-color:transparent!important}";
var BLANK_RECHECK_MS = 1e3;
var TITLE_WAIT_MS = 1e3;
var BACKSTOP_MS = 250;
function isHttpUrl(url) {
  return /^https?:\/\//i.test(url);
}
function hideCss(selectors) {
  return selectors.map((s) => `${s}{visibility:hidden!important}`).join("\n");
}
function pngSize(png) {
  const signature = "89504e470d0a1a0a";
  if (png.length < 24 || png.subarray(0, 8).toString("hex") !== signature || png.toString("latin1", 12, 16) !== "IHDR") {
    throw new AttemptFailure("the browser returned an image that is not a PNG", true);
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
async function capturePage(input) {
  input.consent?.reset();
  const network = new NetworkTracker(input.page);
  try {
    return await navigateAndShoot(input, network);
  } finally {
    network.stop();
  }
}
async function navigateAndShoot(input, network) {
  const { finalUrl, httpStatus } = await navigate(input);
  try {
    return { ...await settleAndShoot(input, network), httpStatus };
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
  const { page, url, options } = input;
  const timeout = () => Math.max(1, input.deadline - Date.now());
  const navTimeout = `navigation timeout after ${options.timeoutMs} ms (wait-until: ${options.waitUntil})`;
  if (withoutHash(page.url()) === withoutHash(url)) {
    await guarded(page.goto("about:blank", { timeout: timeout() }), input, navTimeout);
  }
  const response = await guarded(page.goto(url, { waitUntil: options.waitUntil, timeout: timeout() }), input, navTimeout);
  const finalUrl = requireHttp(page.url());
  const httpStatus = response?.status() ?? null;
  if (response && httpStatus !== null && httpStatus >= 400) {
    throw new AttemptFailure(httpStatusMessage(httpStatus, response.statusText()), isTransientStatus(httpStatus), {
      finalUrl,
      httpStatus,
      slotHealthy: true,
      retryAfterMs: parseRetryAfter(response.headers()["retry-after"])
    });
  }
  return { finalUrl, httpStatus };
}
async function settleAndShoot(input, network) {
  const { page, options } = input;
  const budget = options.timeoutMs;
  const left = () => Math.max(0, input.deadline - Date.now());
  const step = (what, timeoutMessage) => guarded(what, input, timeoutMessage);
  if (options.waitFor) {
    const selector = options.waitFor;
    await step(
      page.locator(selector).first().waitFor({ state: "visible", timeout: Math.max(1, left()) }).catch((err) => {
        if (err instanceof errors.TimeoutError) throw err;
        throw new AttemptFailure(`cannot wait for ${JSON.stringify(selector)}: ${firstLine(err instanceof Error ? err.message : String(err))}`, false);
      }),
      `${JSON.stringify(selector)} did not become visible within the ${budget} ms page timeout`
    );
  }
  if (options.delay > 0) await sleep(Math.min(options.delay, left()));
  const noTime = `the ${budget} ms page timeout ran out before the screenshot`;
  const consent = input.consent ? await step(input.consent.settle(left()), noTime) : null;
  const css = [FREEZE_CSS, hideCss(options.hide)].filter(Boolean).join("\n");
  await step(page.addStyleTag({ content: css }), noTime);
  const log = await settle(input, network);
  const finalUrl = requireHttp(page.url());
  const shoot = () => step(
    page.screenshot({ type: "png", fullPage: options.fullPage, animations: "disabled", caret: "hide", timeout: Math.max(1, left()) }),
    `screenshot timed out (page timeout ${budget} ms)`
  );
  let png = options.stable ? await stableShot(shoot, input, log) : await shoot();
  let verdict = await blankVerdict(png);
  if (verdict.blank && left() > BLANK_RECHECK_MS) {
    await network.quiet(READINESS_LIMITS.networkQuietMs, BLANK_RECHECK_MS);
    png = await shoot();
    verdict = await blankVerdict(png);
  }
  if (verdict.blank) {
    throw new AttemptFailure(
      `blank capture: the page rendered as one flat colour (${verdict.colour}); check that it renders without JavaScript errors, or use --wait-for a selector of its content`,
      false,
      { finalUrl, slotHealthy: true, category: "blank" }
    );
  }
  const { width, height } = pngSize(png);
  const title = await bounded(page.title(), TITLE_WAIT_MS);
  return {
    png,
    width,
    height,
    finalUrl,
    title: title ?? "",
    ...log.timedOut.length > 0 ? { readinessTimeouts: log.timedOut } : {},
    ...consent ? { consent } : {}
  };
}
async function settle(input, network) {
  const { page, options } = input;
  const log = new ReadinessLog();
  const left = () => Math.max(0, input.deadline - Date.now());
  const within = async (condition, js, limit) => {
    const ms = Math.min(limit, left());
    const result = ms > 0 ? await bounded(raceLost(page.evaluate(js), input), ms) : void 0;
    log.record(condition, result !== void 0);
    return result;
  };
  if (options.lazy !== false) {
    await within("lazy", FORCE_EAGER_JS, READINESS_LIMITS.lazyMs);
    if (options.fullPage) {
      const scrolled = await within("lazy", scrollThroughJs(READINESS_LIMITS.lazyMs, READINESS_LIMITS.lazyMaxHeightPx), READINESS_LIMITS.lazyMs + 1e3);
      log.record("lazy", scrolled?.complete === true);
    }
  }
  await within("images", IMAGES_DECODED_JS, READINESS_LIMITS.imagesMs);
  await within("fonts", FONTS_READY_JS, READINESS_LIMITS.fontsMs);
  await within("busy", NOT_BUSY_JS, READINESS_LIMITS.busyMs);
  log.record("network", await network.quiet(READINESS_LIMITS.networkQuietMs, Math.min(READINESS_LIMITS.networkMs, left())));
  await within("images", IMAGES_DECODED_JS, READINESS_LIMITS.imagesMs);
  return log;
}
async function stableShot(shoot, input, log) {
  const until = Math.min(input.deadline - BACKSTOP_MS, Date.now() + READINESS_LIMITS.stableMs);
  let previous = await shoot();
  for (let shots = 1; shots < READINESS_LIMITS.stableMaxShots && Date.now() + READINESS_LIMITS.stableIntervalMs < until; shots++) {
    await sleep(READINESS_LIMITS.stableIntervalMs);
    const next = await shoot();
    if (next.equals(previous)) return next;
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
  let timer;
  const backstop = new Promise((_, reject) => {
    timer = setTimeout(() => reject(timeoutFailure(timeoutMessage)), Math.max(0, input.deadline - Date.now()) + BACKSTOP_MS);
  });
  try {
    return await Promise.race([what, input.lost, backstop]);
  } catch (err) {
    if (err instanceof errors.TimeoutError) throw timeoutFailure(timeoutMessage);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
async function bounded(what, ms) {
  what.catch(() => void 0);
  let timer;
  const timeout = new Promise((resolve5) => {
    timer = setTimeout(() => resolve5(void 0), ms);
  });
  try {
    return await Promise.race([what, timeout]);
  } catch {
    return void 0;
  } finally {
    clearTimeout(timer);
  }
}
function raceLost(what, input) {
  what.catch(() => void 0);
  return Promise.race([what, input.lost]);
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
function checkJs(scripts) {
  return `(() => {
  const canvas = document.createElement('canvas');
  canvas.width = 480; canvas.height = 80;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const draw = (text) => {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.font = '48px sans-serif';
    ctx.fillStyle = '#000';
    ctx.textBaseline = 'top';
    ctx.fillText(text, 4, 4);
    return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  };
  const inkless = (d) => { for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return false; return true; };
  const coloured = (d) => {
    for (let i = 0; i < d.length; i += 4) {
      if (d[i + 3] > 128 && (Math.abs(d[i] - d[i + 1]) > 24 || Math.abs(d[i + 1] - d[i + 2]) > 24)) return true;
    }
    return false;
  };
  const same = (a, b) => { for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false; return true; };
  return ${JSON.stringify(scripts)}.map((s) => {
    const glyphs = [...s.sample].length;
    const drawn = draw(s.sample);
    const tofu = draw('\\u{10FFFD}'.repeat(glyphs));
    const missing = inkless(drawn) || same(drawn, tofu) || (s.colour === true && !coloured(drawn));
    return missing ? s.name : null;
  }).filter((n) => n !== null);
})()`;
}
async function missingFontScripts(browser, scripts = FONT_SCRIPTS) {
  const context = await browser.newContext({ viewport: { width: 500, height: 100 } });
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8"><body></body>', { timeout: CHECK_TIMEOUT_MS });
    const result = await page.evaluate(checkJs(scripts));
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
import { chromium } from "playwright-core";
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
async function launchChromium(candidate, extraArgs = []) {
  try {
    return await chromium.launch({
      executablePath: candidate.path,
      headless: true,
      args: [...CHROMIUM_ARGS, ...extraArgs],
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
  constructor(browser, candidate, extraArgs, warn) {
    this.candidate = candidate;
    this.extraArgs = extraArgs;
    this.warn = warn;
    this.live = { browser, generation: 1 };
    this.version = browser.version();
    this.watch(browser);
  }
  candidate;
  extraArgs;
  warn;
  live;
  alive = true;
  closing = false;
  relaunching = null;
  failedRelaunches = 0;
  lastLaunchError = null;
  version;
  static async start(candidate, warn, extraArgs = []) {
    return new _BrowserHost(await launchChromium(candidate, extraArgs), candidate, extraArgs, warn);
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
        const browser = await launchChromium(this.candidate, this.extraArgs);
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

// src/core/render/index.ts
async function launchRenderer(options, warn, hooks = {}) {
  const candidate = hooks.executablePath ? { path: hooks.executablePath, source: "explicit" } : await findBrowser(options.browserPath, hooks.env ?? { HOME: homedir() });
  const host = await BrowserHost.start(candidate, warn, hooks.extraArgs);
  const missingFonts = hooks.fontCheck === false ? [] : await missingFontScripts((await host.get()).browser).catch(() => []);
  const fontProblem = fontWarning(missingFonts);
  if (fontProblem) warn(fontProblem);
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const pool = new SlotPool(host, options, concurrency, hooks.recycleAfter);
  const backoff = { ...DEFAULT_BACKOFF, ...hooks.backoff };
  const redact = makeRedactor([...Object.values(options.headers), ...options.cookies.map((c) => c.value)]);
  const product = productName(await realpath(candidate.path).catch(() => candidate.path));
  let closed = false;
  const capture = async (target) => {
    if (closed) throw new CaptureError("the renderer is closed", 0, null, null, false);
    const url = httpUrl(target.url);
    const slot = await pool.acquire();
    try {
      for (let attempt2 = 1; ; attempt2++) {
        const deadline = Date.now() + options.timeoutMs;
        try {
          const open3 = await beforeDeadline(pool.pageFor(slot, url), deadline, options.timeoutMs);
          const shot = await capturePage({ page: open3.page, lost: open3.lost, url: url.href, options, deadline, consent: open3.consent });
          pool.reused(slot);
          return { shot, attempts: attempt2 };
        } catch (err) {
          const failure = classifyError(err);
          if (failure.detail.slotHealthy) pool.reused(slot);
          else await pool.discard(slot);
          if (!failure.transient || attempt2 > options.retries || closed) {
            const { finalUrl = null, httpStatus = null } = failure.detail;
            throw new CaptureError(redact(failure.message), attempt2, finalUrl, httpStatus, failure.transient, failure.category);
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
    browserVersion: `${product} ${host.version}`,
    missingFonts,
    async close() {
      if (closed) return;
      closed = true;
      await pool.close();
      await host.close();
    }
  };
}
function httpUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new CaptureError("invalid URL", 0, null, null, false, "other");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new CaptureError(`refused: only http(s) URLs are captured, not ${url.protocol}`, 0, null, null, false, "blocked");
  }
  return url;
}
async function beforeDeadline(what, deadline, budget) {
  what.catch(() => void 0);
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(timeoutFailure(`the browser did not open a page within the ${budget} ms page timeout`)),
      Math.max(0, deadline - Date.now())
    );
  });
  try {
    return await Promise.race([what, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
function productName(path) {
  if (/headless[_-]shell/i.test(path)) return "Chromium Headless Shell";
  if (/google-chrome|Google Chrome|\/opt\/google\/chrome/.test(path)) return "Chrome";
  return "Chromium";
}

// src/core/run.ts
import { createHash as createHash2 } from "node:crypto";

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
      await new Promise((resolve5) => this.pushers.push(resolve5));
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
    return new Promise((resolve5) => this.takers.push(resolve5));
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
    case "not-sitemap":
      return `${where} ${err.message}. Point --sitemap at the sitemap (XML, text, RSS or Atom), or pass a list of page URLs instead.`;
  }
}

// src/core/discover/location.ts
import { dirname as dirname3, resolve as resolve2 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var MAX_URL_LENGTH = 2048;
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
  if (raw.length > MAX_URL_LENGTH) return { reason: `longer than ${MAX_URL_LENGTH} characters` };
  const url = httpUrl2(raw);
  if (url) return { kind: "url", url };
  if (parent.kind === "file" && !SCHEME.test(raw)) {
    return { kind: "file", path: resolve2(dirname3(parent.path), raw) };
  }
  return { reason: SCHEME.test(raw) ? "not an http(s) URL" : "relative URL; <loc> must be absolute" };
}
function locationKey(loc) {
  if (loc.kind === "file") return `file:${resolve2(loc.path)}`;
  const url = new URL(loc.url.href);
  url.hash = "";
  return url.href;
}
function describe(loc) {
  return loc.kind === "url" ? loc.url.href : loc.path;
}

// src/core/discover/fetch-source.ts
import { open } from "node:fs/promises";
import { once } from "node:events";
import { createGunzip } from "node:zlib";
var ACCEPT = "application/xml, text/xml, application/rss+xml, application/atom+xml, text/plain;q=0.9, */*;q=0.5";
async function readLocation(loc, limits, fetchFn) {
  return loc.kind === "file" ? readFile3(loc.path, limits) : readUrl(loc.url, limits, fetchFn);
}
async function readUrl(url, limits, fetchFn) {
  const done = new AbortController();
  const signal = AbortSignal.any([limits.signal, done.signal, AbortSignal.timeout(limits.timeoutMs)]);
  try {
    let res;
    try {
      res = await fetchFn(url.href, { signal, headers: { "user-agent": limits.userAgent, accept: ACCEPT } });
    } catch (err) {
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
async function readFile3(path, limits) {
  let handle;
  try {
    handle = await open(path, "r");
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
  const text = new TextDecoder("utf-8").decode(Buffer.concat(chunks, total));
  return { text, cutAtCap, damaged };
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
      if (!zlib2.write(chunk)) await once(zlib2, "drain", { signal: stop.signal });
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
function sitemapsInRobots(text, robotsUrl) {
  const found = /* @__PURE__ */ new Map();
  for (const line of text.split(/\r\n|\r|\n/)) {
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
function parseText(text, cutShort) {
  const lines = text.split(/\r\n|\r|\n/);
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
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions, options);
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
          const isValid = validateAttributeString(attrStr, options);
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
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }
          if (reachedRoot === true) {
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
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
function validateAttributeString(attrStr, options) {
  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};
  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] !== void 0 && matches[i][4] === void 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === void 0 && !options.allowBooleanAttributes) {
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
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
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
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === "function" ? options.postCheck : (r) => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);
    this._externalMap = /* @__PURE__ */ Object.create(null);
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;
    this._onExternalEntity = typeof options.onExternalEntity === "function" ? options.onExternalEntity : null;
    this._onInputEntity = typeof options.onInputEntity === "function" ? options.onInputEntity : null;
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
var buildOptions = function(options) {
  const built = Object.assign({}, defaultOptions2, options);
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
  constructor(options, xmlVersion) {
    this.suppressValidationErr = !options;
    this.options = options;
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
function toNumber(str, options = {}) {
  options = Object.assign({}, consider, options);
  if (!str || typeof str !== "string") return str;
  let trimmedStr = str.trim();
  if (trimmedStr.length === 0) return str;
  else if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str;
  else if (trimmedStr === "0") return 0;
  if (options.unicode) {
    trimmedStr = anynum_default(trimmedStr);
    if (trimmedStr === "0") return 0;
  }
  if (options.hex && hexRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 16);
  } else if (options.binary && binRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 2);
  } else if (options.octal && octRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 8);
  } else if (!isFinite(trimmedStr)) {
    const num = Number(trimmedStr);
    if (Number.isNaN(num)) return str;
    return handleInfinity(str, num, options);
  } else if (trimmedStr.includes("e") || trimmedStr.includes("E")) {
    return resolveEnotation(str, trimmedStr, options);
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
      if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros)) {
        return str;
      } else {
        const num = Number(trimmedStr);
        const parsedStr = String(num);
        if (num === 0) return num;
        if (parsedStr.search(/[eE]/) !== -1) {
          if (options.eNotation) return num;
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
function resolveEnotation(str, trimmedStr, options) {
  if (!options.eNotation) return str;
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
      if (options.leadingZeros && !eAdjacentToLeadingZeros) {
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
function handleInfinity(str, num, options) {
  const isPositive = num === Infinity;
  switch (options.infinity.toLowerCase()) {
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
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || ".";
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
  constructor(options = {}) {
    this.separator = options.separator || ".";
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
  push(tagName, attrValues = null, namespace = null, options = null) {
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
    const keep = options !== null ? options.keep : null;
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
    const sep3 = separator || this.separator;
    const isDefault = sep3 === this.separator && includeNamespace === true;
    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep3);
      this._pathStringCache = result;
      return result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep3);
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
var sep = `["'\\s]*:`;
var NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne \u2014 "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt \u2014 "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte \u2014 "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex \u2014 can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or \u2014 logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and \u2014 logical AND operator injection",
    pattern: new RegExp(`\\$and${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor \u2014 logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists \u2014 can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in \u2014 matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep}`, "i")
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
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}
function matchList(value, list) {
  const label = list.label ?? "CUSTOM";
  const decoded = decodedCopy(value, list);
  for (const rule of list) {
    if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded)) {
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
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};
  const attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
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
  constructor(options, externalEntities) {
    this.options = options;
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
  const options = this.options;
  if (val !== void 0) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === void 0) {
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
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
  const options = this.options;
  if (force === true || options.ignoreAttributes !== true && typeof attrStr === "string") {
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
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;
        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }
    if (hasRawAttrs && typeof jPath === "object" && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options.attributeNamePrefix + attrName;
      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);
        if (attrValue(matches[i]) !== void 0) {
          const oldVal = processedVals[i];
          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === void 0) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }
    if (!hasAttrs) return;
    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
var parseXml = function(xmlData) {
  const options = this.options;
  const crlfPositions = options.captureMetaData ? [] : void 0;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
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
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {
    const ch = xmlData[i];
    if (ch === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
        let tagName = xmlData.substring(i + 2, closeIndex).trim();
        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }
        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;
        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        this.matcher.pop();
        this.isCurrentNodeStopNode = false;
        currentNode = this.tagsNodeStack.pop() || xmlObj;
        if (options.captureMetaData && currentNode) {
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
        if (options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags) {
        } else {
          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");
          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap;
          }
          const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }
        i = tagData.closeIndex + 1;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
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
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }
        i = closeIndex + 2;
      } else {
        let result = readTagExp(xmlData, i, options.removeNSPrefix);
        if (!result) {
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }
        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;
        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
        if (options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName)) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }
        if (currentNode && textData) {
          if (currentNode.tagname !== "!xml") {
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
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
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }
        const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";
          if (isSelfClosing) {
            i = result.closeIndex;
          } else if (options.unpairedTagsSet.has(tagName)) {
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
          childNode.add(options.textNodeName, tagContent);
          this.matcher.pop();
          this.isCurrentNodeStopNode = false;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
          } else if (options.unpairedTagsSet.has(tagName)) {
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
            i = result.closeIndex;
            continue;
          } else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
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
            const sep3 = exp.search(/\s/);
            const name = sep3 === -1 ? exp : exp.substring(0, sep3);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          }
        }
      }
    }
  }
}
function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === "string") {
    const newval = val.trim();
    if (newval === "true") return true;
    else if (newval === "false") return false;
    else return toNumber(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return "";
    }
  }
}
function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName;
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}
function sanitizeName(name, options) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options.onDangerousProperty(name);
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
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}
function compress(arr, options, matcher, readonlyMatcher) {
  let text;
  const compressedObj = {};
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);
    if (property !== void 0 && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }
    if (property === options.textNodeName) {
      if (text === void 0) text = tagObj[property];
      else text += "" + tagObj[property];
    } else if (property === void 0) {
      continue;
    } else if (tagObj[property]) {
      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);
      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }
      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
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
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }
      if (property !== void 0 && property !== options.textNodeName) {
        matcher.pop();
      }
    }
  }
  if (typeof text === "string") {
    if (text.length > 0) compressedObj[options.textNodeName] = text;
  } else if (text !== void 0) compressedObj[options.textNodeName] = text;
  return compressedObj;
}
function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}
function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length;
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName;
      const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}
function isLeafTag(obj, options) {
  const { textNodeName } = options;
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
  constructor(options) {
    this.externalEntities = {};
    this.options = buildOptions(options);
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
function resolveName(name, isAttribute2, options, matcher, validator) {
  if (!options.sanitizeName) return name;
  const isPI = !isAttribute2 && name[0] === "?";
  const bare = isPI ? name.slice(1) : name;
  if (validator(bare)) return name;
  const result = options.sanitizeName(bare, { isAttribute: isAttribute2, matcher: matcher.readOnly() });
  if (typeof result !== "string" || !validator(result)) {
    throw new Error(`sanitizeName returned an invalid XML name for "${bare}"`);
  }
  return isPI ? "?" + result : result;
}

// node_modules/fast-xml-builder/src/orderedJs2Xml.js
var EOL = "\n";
function detectXmlVersionFromArray(jArray, options) {
  if (!Array.isArray(jArray) || jArray.length === 0) return "1.0";
  const first2 = jArray[0];
  const firstKey = propName2(first2);
  if (firstKey === "?xml") {
    const attrs = first2[":@"];
    if (attrs) {
      const versionKey = options.attributeNamePrefix + "version";
      if (attrs[versionKey]) return attrs[versionKey];
    }
  }
  return "1.0";
}
function toXml(jArray, options) {
  let indentation = "";
  if (options.format) {
    indentation = EOL;
  }
  const stopNodeExpressions = [];
  if (options.stopNodes && Array.isArray(options.stopNodes)) {
    for (let i = 0; i < options.stopNodes.length; i++) {
      const node = options.stopNodes[i];
      if (typeof node === "string") {
        stopNodeExpressions.push(new Expression(node));
      } else if (node instanceof Expression) {
        stopNodeExpressions.push(node);
      }
    }
  }
  const xmlVersion = detectXmlVersionFromArray(jArray, options);
  const qNameValidator = createValidator("qName", { xmlVersion });
  const matcher = new Matcher();
  return arrToStr(jArray, options, indentation, matcher, stopNodeExpressions, qNameValidator);
}
function arrToStr(arr, options, indentation, matcher, stopNodeExpressions, qNameValidator) {
  let xmlStr = "";
  let isPreviousElementTag = false;
  if (options.maxNestedTags && matcher.getDepth() > options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  if (!Array.isArray(arr)) {
    if (arr !== void 0 && arr !== null) {
      let text = valToStr(arr);
      text = replaceEntitiesValue2(text, options);
      return text;
    }
    return "";
  }
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const rawTagName = propName2(tagObj);
    if (rawTagName === void 0) continue;
    const isSpecialName = rawTagName === options.textNodeName || rawTagName === options.cdataPropName || rawTagName === options.commentPropName;
    const tagName = isSpecialName ? rawTagName : resolveName(rawTagName, false, options, matcher, qNameValidator);
    const attrValues = extractAttributeValues(tagObj[":@"], options);
    matcher.push(tagName, attrValues);
    const isStopNode = checkStopNode(matcher, stopNodeExpressions);
    if (tagName === options.textNodeName) {
      let tagText = tagObj[rawTagName];
      if (!isStopNode) {
        tagText = options.tagValueProcessor(tagName, tagText);
        tagText = replaceEntitiesValue2(tagText, options);
      }
      tagText = valToStr(tagText);
      if (isPreviousElementTag) {
        xmlStr += indentation;
      }
      xmlStr += tagText;
      isPreviousElementTag = false;
      matcher.pop();
      continue;
    } else if (tagName === options.cdataPropName) {
      if (isPreviousElementTag) {
        xmlStr += indentation;
      }
      const val = tagObj[rawTagName][0][options.textNodeName];
      const safeVal = safeCdata(val);
      xmlStr += `<![CDATA[${safeVal}]]>`;
      isPreviousElementTag = false;
      matcher.pop();
      continue;
    } else if (tagName === options.commentPropName) {
      const val = tagObj[rawTagName][0][options.textNodeName];
      const safeVal = safeComment(val);
      xmlStr += indentation + `<!--${safeVal}-->`;
      isPreviousElementTag = true;
      matcher.pop();
      continue;
    } else if (tagName[0] === "?") {
      const attStr2 = attr_to_str(tagObj[":@"], options, isStopNode, matcher, qNameValidator);
      const tempInd = tagName === "?xml" ? "" : indentation;
      xmlStr += tempInd + `<${tagName}${attStr2}?>`;
      isPreviousElementTag = true;
      matcher.pop();
      continue;
    }
    let newIdentation = indentation;
    if (newIdentation !== "") {
      newIdentation += options.indentBy;
    }
    const attStr = attr_to_str(tagObj[":@"], options, isStopNode, matcher, qNameValidator);
    const tagStart = indentation + `<${tagName}${attStr}`;
    let tagValue;
    if (isStopNode) {
      tagValue = getRawContent(tagObj[rawTagName], options, matcher.getDepth());
    } else {
      tagValue = arrToStr(tagObj[rawTagName], options, newIdentation, matcher, stopNodeExpressions, qNameValidator);
    }
    if (options.unpairedTags.indexOf(tagName) !== -1) {
      if (options.suppressUnpairedNode) xmlStr += tagStart + ">";
      else xmlStr += tagStart + "/>";
    } else if ((!tagValue || tagValue.length === 0) && options.suppressEmptyNode) {
      xmlStr += tagStart + "/>";
    } else if (tagValue && tagValue.endsWith(">")) {
      xmlStr += tagStart + `>${tagValue}${indentation}</${tagName}>`;
    } else {
      xmlStr += tagStart + ">";
      if (tagValue && indentation !== "" && (tagValue.includes("/>") || tagValue.includes("</"))) {
        xmlStr += indentation + options.indentBy + tagValue + indentation;
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
function extractAttributeValues(attrMap, options) {
  if (!attrMap || options.ignoreAttributes) return null;
  const attrValues = {};
  let hasAttrs = false;
  for (let attr in attrMap) {
    if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
    const cleanAttrName = attr.startsWith(options.attributeNamePrefix) ? attr.substr(options.attributeNamePrefix.length) : attr;
    attrValues[cleanAttrName] = escapeAttribute(attrMap[attr]);
    hasAttrs = true;
  }
  return hasAttrs ? attrValues : null;
}
function getRawContent(arr, options, depth = 0) {
  if (options.maxNestedTags && depth > options.maxNestedTags) {
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
    if (tagName === options.textNodeName) {
      content += valToStr(item[tagName]);
    } else if (tagName === options.cdataPropName) {
      content += item[tagName][0][options.textNodeName];
    } else if (tagName === options.commentPropName) {
      content += item[tagName][0][options.textNodeName];
    } else if (tagName && tagName[0] === "?") {
      continue;
    } else if (tagName) {
      const attStr = attr_to_str_raw(item[":@"], options);
      const nestedContent = getRawContent(item[tagName], options, depth + 1);
      if (!nestedContent || nestedContent.length === 0) {
        content += `<${tagName}${attStr}/>`;
      } else {
        content += `<${tagName}${attStr}>${nestedContent}</${tagName}>`;
      }
    }
  }
  return content;
}
function attr_to_str_raw(attrMap, options) {
  let attrStr = "";
  if (attrMap && !options.ignoreAttributes) {
    for (let attr in attrMap) {
      if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
      let attrVal = attrMap[attr];
      if (attrVal === true && options.suppressBooleanAttributes) {
        attrStr += ` ${attr.substr(options.attributeNamePrefix.length)}`;
      } else {
        attrStr += ` ${attr.substr(options.attributeNamePrefix.length)}="${escapeAttribute(attrVal)}"`;
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
function attr_to_str(attrMap, options, isStopNode, matcher, qNameValidator) {
  let attrStr = "";
  if (attrMap && !options.ignoreAttributes) {
    for (let attr in attrMap) {
      if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
      const cleanAttrName = attr.substr(options.attributeNamePrefix.length);
      const resolvedAttrName = isStopNode ? cleanAttrName : resolveName(cleanAttrName, true, options, matcher, qNameValidator);
      let attrVal;
      if (isStopNode) {
        attrVal = attrMap[attr];
      } else {
        attrVal = options.attributeValueProcessor(attr, attrMap[attr]);
        attrVal = replaceEntitiesValue2(attrVal, options);
      }
      if (attrVal === true && options.suppressBooleanAttributes) {
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
function replaceEntitiesValue2(textValue, options) {
  if (textValue && textValue.length > 0 && options.processEntities) {
    for (let i = 0; i < options.entities.length; i++) {
      const entity = options.entities[i];
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
function Builder(options) {
  this.options = Object.assign({}, defaultOptions3, options);
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
function detectXmlVersionFromObj(jObj, options) {
  const decl = jObj["?xml"];
  if (decl && typeof decl === "object") {
    if (options.attributesGroupName && decl[options.attributesGroupName]) {
      const v2 = decl[options.attributesGroupName][options.attributeNamePrefix + "version"];
      if (v2) return v2;
    }
    const v = decl[options.attributeNamePrefix + "version"];
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
  let text = input;
  let doctypeName = null;
  let declaresEntities = false;
  let pos = 0;
  for (; ; ) {
    while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
    if (pos >= text.length || text[pos] !== "<") break;
    if (text.startsWith("<?", pos)) {
      const end = text.indexOf("?>", pos + 2);
      if (end < 0) break;
      pos = end + 2;
    } else if (text.startsWith("<!--", pos)) {
      const end = text.indexOf("-->", pos + 4);
      if (end < 0) break;
      pos = end + 3;
    } else if (/^<!doctype/i.test(text.slice(pos, pos + 9))) {
      const end = doctypeEnd(text, pos + 9);
      const decl = text.slice(pos, end);
      doctypeName = /^<!doctype\s+([^\s[>]+)/i.exec(decl)?.[1] ?? "";
      declaresEntities = /<!ENTITY/i.test(decl);
      text = text.slice(0, pos) + text.slice(end);
    } else {
      const name = /^<([^\s/>!?]+)/.exec(text.slice(pos, pos + 256))?.[1] ?? null;
      return { root: name, doctypeName, declaresEntities, text };
    }
  }
  return { root: null, doctypeName, declaresEntities, text };
}
function doctypeEnd(text, from) {
  let quote2 = "";
  let inSubset = false;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (quote2) {
      if (ch === quote2) quote2 = "";
    } else if (inSubset && text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      if (end < 0) return text.length;
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
  return text.length;
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
      const decoded = decodeEntities2(String(child[TEXT]));
      value += decoded.value;
      unexpandedEntity ??= decoded.unexpandedEntity;
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
      const decoded = decodeEntities2(String(attrs[key]));
      return { value: decoded.value.trim(), unexpandedEntity: decoded.unexpandedEntity };
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
  const { root, doctypeName, declaresEntities, text } = readProlog(input);
  if (doctypeName?.toLowerCase() === "html" || root?.toLowerCase() === "html") {
    return { kind: "not-sitemap", looksLike: "looks like HTML" };
  }
  if (root === null) return { kind: "not-sitemap", looksLike: "no root element found" };
  const known = Object.hasOwn(ROOTS, localName(root)) ? ROOTS[localName(root)] : void 0;
  if (!known) return { kind: "not-sitemap", looksLike: `XML with root element <${root}>` };
  if (declaresEntities) {
    warn(`${where} declares entities in a DOCTYPE; they are not expanded, and entries that use them are skipped`);
  }
  let body = text;
  if (cutShort || !hasClosingTag(text, root)) {
    body = text.slice(0, lastEntryEnd(text, known.entry));
    if (!cutShort) warn(`${where} is incomplete (no closing </${root}>); kept the complete <${known.entry}> entries`);
  }
  const nodes = parse(body, () => text.slice(0, lastEntryEnd(text, known.entry)), where, warn);
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
      warn(`${where} has an XML error (${error}); kept the complete entries before it`);
      return nodes;
    } catch {
      return { error };
    }
  }
}
function hasClosingTag(text, root) {
  const at = text.lastIndexOf(`</${root}`);
  return at >= 0 && /^\s*>/.test(text.slice(at + 2 + root.length, at + root.length + 64));
}
function lastEntryEnd(text, entry2) {
  const closing = new RegExp(`^</(?:[\\w.-]+:)?${entry2}\\s*>`);
  for (let at = text.lastIndexOf("</"); at >= 0; at = at === 0 ? -1 : text.lastIndexOf("</", at - 1)) {
    const match = closing.exec(text.slice(at, at + entry2.length + 128));
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
function parseDocument(text, where, warn, cutShort) {
  const start = text.search(/[^\s\uFEFF]/);
  if (start < 0) return { kind: "not-sitemap", looksLike: "it is empty" };
  if (text[start] === "<") return parseXml2(text.slice(start), where, warn, cutShort);
  return parseText(text, cutShort);
}

// src/core/discover/entries.ts
var SCHEME2 = /^([a-z][a-z0-9+.-]*):/i;
function checkPageUrl(raw) {
  if (raw === "") return { reason: "empty URL" };
  if (raw.length > MAX_URL_LENGTH) return { reason: `longer than ${MAX_URL_LENGTH} characters` };
  const scheme = SCHEME2.exec(raw)?.[1]?.toLowerCase();
  if (!scheme) return { reason: "relative URL; it must be absolute (https://...)" };
  if (scheme !== "http" && scheme !== "https") return { reason: `not an http(s) URL (${scheme}:)` };
  let url;
  try {
    url = new URL(raw);
  } catch {
    return { reason: "not a valid URL" };
  }
  if (url.href.length > MAX_URL_LENGTH) return { reason: `longer than ${MAX_URL_LENGTH} characters once encoded` };
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
      const count = this.badLastmod === 1 ? "a <lastmod>" : `${this.badLastmod} <lastmod> values`;
      this.warn(`${this.where}: ignored ${count} that are not W3C datetimes (e.g. ${quote(this.firstBadLastmod)})`);
    }
  }
};
function quote(value) {
  const short = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return JSON.stringify(short);
}

// src/core/discover/sitemap.ts
async function loadSitemap(loc, ctx) {
  const { maxBytesPerFile, fetchTimeoutMs, userAgent } = ctx.options;
  const where = describe(loc);
  const limits = { maxBytes: maxBytesPerFile, timeoutMs: fetchTimeoutMs, userAgent, signal: ctx.signal };
  const body = await readLocation(loc, limits, ctx.fetch);
  if (body.cutAtCap) {
    ctx.warn(
      `${where} is larger than ${maxBytesPerFile} bytes (uncompressed); read only that much (maxBytesPerFile) and kept the complete entries`
    );
  }
  if (body.damaged !== null) {
    ctx.warn(`${where}: the gzip data is damaged or cut short (${body.damaged}); kept the complete entries`);
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
    ctx.warn(`${where} lists ${entries.length} entries; kept the first ${maxUrlsPerFile} (maxUrlsPerFile)`);
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
    ctx.warn(`not following sitemap index ${where}: it is nested deeper than maxDepth (${maxDepth})`);
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
      ctx.warn(`skipped sitemap ${describe(child)} (listed in ${where}): ${err.message}`);
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
    if (err.failure === "network") throw new UserError(`could not fetch ${robotsUrl.href}: ${err.message}; is the site up?`);
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
    else if (warnOn === "always") ctx.warn(`could not read ${where} (${err.message}); skipped`);
    return null;
  }
}

// src/core/discover/url-list.ts
import { open as open2 } from "node:fs/promises";
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
      handle = await open2(path, "r");
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
async function* discover(sources, options, warn, io = {}) {
  const stopped = new AbortController();
  const fetchFn = io.fetch ?? defaultIO.fetch;
  const stdin = io.stdin ?? defaultIO.stdin;
  let count = 0;
  try {
    for (const source of sources) {
      const ctx = { options, warn, fetch: fetchFn, signal: stopped.signal, visited: /* @__PURE__ */ new Set() };
      for await (const found of fromSource(source, ctx, stdin)) {
        if (count >= options.maxUrls) {
          warn(`found more than ${options.maxUrls} URLs; kept the first ${options.maxUrls} (maxUrls)`);
          return;
        }
        count++;
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
var sha1 = (text) => createHash("sha1").update(text).digest("hex");
function canonical(parsed) {
  const url = new URL(parsed.href);
  url.username = "";
  url.password = "";
  url.hash = "";
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
function shardOf(normalizedUrl, count) {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`shard count must be a positive integer, got ${count}`);
  if (count === 1) return 1;
  const h = Number.parseInt(sha1(normalizedUrl).slice(0, 12), 16);
  return h % count + 1;
}
function parseShard(text) {
  const m = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!(index >= 1 && count >= index && count <= MAX_SHARDS)) {
    throw new UserError(
      `invalid shard ${JSON.stringify(text)}: write k/n with 1 <= k <= n <= ${MAX_SHARDS}, e.g. 2/4 for the second of four shards`
    );
  }
  return { index, count };
}
var WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
var MAX_SEGMENT_INPUT = 1024;
function cleanSegment(raw, isFolder) {
  let text = percentDecode(raw.slice(0, MAX_SEGMENT_INPUT));
  if (isFolder) text = text.replace(/\./g, "-");
  const cleaned = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/-{2,}/g, "-").replace(/\.{2,}/g, ".");
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
function trimDotsAndDashes(text) {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === "." || text[start] === "-")) start++;
  while (end > start && (text[end - 1] === "." || text[end - 1] === "-")) end--;
  return text.slice(start, end);
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
  const raw = url.pathname.split("/").filter((s) => s !== "");
  const last = raw.length - 1;
  const segments = raw.map((rawSegment, i) => {
    let s = i === last ? cleanSegment(rawSegment.replace(/\.html?$/i, ""), false) : cleanSegment(rawSegment, true);
    if (s === "") s = sha1(rawSegment.slice(0, MAX_SEGMENT_INPUT)).slice(0, 6);
    return s;
  });
  if (segments.length === 0) segments.push("index");
  const foreignHost = primaryHost !== void 0 && url.host !== primaryHost;
  if (url.search !== "" || foreignHost) segments[segments.length - 1] += `-${sha1(url.href).slice(0, 6)}`;
  let stem = segments.map((s) => capSegment(unreserve(s), BASE_SEGMENT_LENGTH)).join("/");
  if (stem.length > BASE_STEM_LENGTH) {
    let keep = stem.slice(0, BASE_STEM_LENGTH - COLLISION_SUFFIX_LENGTH);
    const lastStart = keep.lastIndexOf("/") + 1;
    keep = keep.slice(0, lastStart + BASE_SEGMENT_LENGTH - COLLISION_SUFFIX_LENGTH).replace(/[./-]+$/, "");
    stem = `${keep}-${sha1(stem).slice(0, 8)}`;
  }
  return stem;
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
      const decoded = safeDecode(c);
      if (decoded !== c) candidates.push(decoded);
    }
    return candidates.some((c) => onPath(c));
  };
}
function safeDecode(text) {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
function createPlanner(options, warn) {
  const include = compileMatcher(options.include);
  const exclude = compileMatcher(options.exclude);
  const { limit, shard } = options;
  if (limit !== null && !(Number.isInteger(limit) && limit >= 0)) throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  const seenUrls = /* @__PURE__ */ new Set();
  const takenStems = /* @__PURE__ */ new Set();
  const warnedCredentialHosts = /* @__PURE__ */ new Set();
  let primaryHost;
  let accepted = 0;
  const stats = { seen: 0, invalid: 0, duplicates: 0, excluded: 0, overLimit: 0, otherShard: 0, planned: 0 };
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
      const normalized = canonical(parsed);
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

// src/core/sink/dir-sink.ts
import { mkdir, realpath as realpath2, rename, rm, stat as stat2, writeFile } from "node:fs/promises";
import { basename, dirname as dirname4, join as join5, resolve as resolve3, sep as sep2 } from "node:path";

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

// src/core/sink/io-problem.ts
function ioProblem(err) {
  const e = err;
  switch (e.code) {
    case "ENOSPC":
      return "the disk is full: free some space or write the output elsewhere";
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "permission denied: choose a writable output path";
    case "ENOTDIR":
      return "a file stands where a folder is needed: choose another output path";
    default:
      return `${e.message}: check the output path`;
  }
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
    const root = resolve3(path);
    const existing = await stat2(root).catch(() => null);
    if (existing && !existing.isDirectory()) {
      throw new UserError(`cannot write screenshots to the folder ${root}: a file has that name; choose another output path`);
    }
    try {
      const created = await mkdir(root, { recursive: true });
      return new _DirSink(root, await realpath2(root), created);
    } catch (err) {
      throw new UserError(`cannot create the output folder ${root}: ${ioProblem(err)}`);
    }
  }
  add(name, data) {
    const job = this.write(name, data);
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
    const target = resolve3(this.path, name);
    if (!target.startsWith(this.path + sep2)) throw new Error(`refusing to write ${JSON.stringify(name)} outside ${this.path}`);
    const folder = dirname4(target);
    const created = await mkdir(folder, { recursive: true });
    if (created !== void 0) this.createdDirs.add(created);
    const realFolder = await realpath2(folder);
    if (realFolder !== this.realRoot && !realFolder.startsWith(this.realRoot + sep2)) {
      throw new Error(`refusing to write ${JSON.stringify(name)}: ${folder} leads outside ${this.path}`);
    }
    const temp = join5(realFolder, `.${basename(target)}.${process.pid}-${++this.tempCounter}.partial`);
    try {
      await writeFile(temp, data, { flag: "wx" });
      await rename(temp, join5(realFolder, basename(target)));
    } catch (err) {
      await rm(temp, { force: true });
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
      await rm(this.createdTop, { recursive: true, force: true });
      return;
    }
    await Promise.all(this.written.map((f) => rm(f, { force: true })));
    await Promise.all([...this.createdDirs].map((d) => rm(d, { recursive: true, force: true })));
  }
};

// src/core/sink/zip-sink.ts
import { createWriteStream } from "node:fs";
import { mkdir as mkdir2, rename as rename2, rm as rm2, stat as stat3 } from "node:fs/promises";
import { dirname as dirname5, resolve as resolve4 } from "node:path";

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
  constructor(out, options = {}) {
    this.out = out;
    this.force = options.forceZip64 === true;
    this.stamp = dosDateTime(options.date ?? /* @__PURE__ */ new Date());
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
      await new Promise((resolve5, reject) => {
        this.out.end((err) => err ? reject(err) : resolve5());
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
    const count = this.records.length;
    const cdSize = this.offset - start;
    const zip64 = this.force || count >= MAX16 || start >= MAX32 || cdSize >= MAX32;
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
      end64.writeBigUInt64LE(BigInt(count), 24);
      end64.writeBigUInt64LE(BigInt(count), 32);
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
    end.writeUInt16LE(zip64 ? MAX16 : count, 8);
    end.writeUInt16LE(zip64 ? MAX16 : count, 10);
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
    return new Promise((resolve5, reject) => {
      this.out.write(chunk, (err) => err ? reject(err) : resolve5());
    });
  }
};

// src/core/sink/zip-sink.ts
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
  static async open(path, options = {}) {
    const final = resolve4(path);
    const partial = `${final}.partial`;
    const existing = await stat3(final).catch(() => null);
    if (existing?.isDirectory()) {
      throw new UserError(`cannot write the ZIP ${final}: a folder has that name; choose another output path`);
    }
    try {
      await mkdir2(dirname5(final), { recursive: true });
    } catch (err) {
      throw cannotWrite(final, err);
    }
    const stream = createWriteStream(partial);
    const streamClosed = new Promise((done) => stream.once("close", () => done()));
    try {
      await new Promise((opened, failed) => {
        stream.once("open", () => opened());
        stream.once("error", failed);
      });
    } catch (err) {
      throw cannotWrite(final, err);
    }
    return new _ZipSink(final, partial, stream, streamClosed, new ZipWriter(stream, options));
  }
  async add(name, data) {
    if (this.state !== "open") throw new Error(`cannot add ${JSON.stringify(name)}: the ZIP is ${this.state}`);
    await this.writer.add(safeEntryName(name), data);
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
    await rm2(this.partial, { force: true });
  }
};
function cannotWrite(path, err) {
  return new UserError(`cannot write the ZIP ${path}: ${ioProblem(err)}`);
}

// src/core/sink/index.ts
async function openSink(path, options = {}) {
  return /\.zip$/i.test(path) ? ZipSink.open(path, options) : DirSink.open(path);
}

// src/core/sink/gallery.ts
var GALLERY = "index.html";
var escape = (s) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
var href = (file) => file.split("/").map(encodeURIComponent).join("/");
var pageLink = (url) => /^https?:\/\//i.test(url) ? `<a href="${escape(url)}" rel="noreferrer">${escape(url)}</a>` : escape(url);
function galleryHtml(manifest, written = /* @__PURE__ */ new Set()) {
  const { job, captures } = manifest;
  const { total, completed, failed } = job.progress;
  const failures = captures.filter((c) => c.status === "failed");
  const cards = captures.filter((c) => c.status === "ok" && c.file).map((c) => {
    const thumb = c.file.replace(/\.(\w+)$/, ".thumb.$1");
    const hasThumb = written.has(thumb);
    return `<figure><a href="${href(c.file)}"><img loading="lazy" src="${href(hasThumb ? thumb : c.file)}" alt="${escape(c.url)}" width="${c.width}" height="${c.height}"></a>
<figcaption>${pageLink(c.url)}<span>${c.http_status ?? ""} \xB7 ${c.width}\xD7${c.height} \xB7 ${Math.round((c.bytes ?? 0) / 1024)} KB</span></figcaption></figure>`;
  });
  const failedRows = failures.map((c) => `<tr><td>${pageLink(c.url)}</td><td>${c.http_status ?? ""}</td><td>${escape(c.category ?? "")}</td><td>${escape(c.error ?? "")}</td></tr>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'">
<title>framecap \xB7 ${escape(job.status)} \xB7 ${completed}/${total}</title>
<style>
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f5f6fa;color:#1d2433}
header{padding:24px 32px;background:#111827;color:#fff}header h1{margin:0 0 4px;font-size:20px}
header p{margin:0;color:#c7cbe0}.status-completed{color:#4ade80}.status-partial{color:#fbbf24}.status-failed{color:#f87171}
main{padding:24px 32px}.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:20px}
figure{margin:0;background:#fff;border-radius:10px;box-shadow:0 1px 3px #0002;overflow:hidden}
figure img{display:block;width:100%;height:auto;background:#e5e7eb}
figcaption{padding:10px 12px;font-size:13px;word-break:break-all}figcaption span{display:block;color:#6b7280}
table{border-collapse:collapse;width:100%;background:#fff;margin-top:8px}td,th{border-bottom:1px solid #e5e7eb;padding:6px 10px;text-align:left;font-size:13px;vertical-align:top}
a{color:#4338ca}
</style></head><body>
<header><h1>framecap <span class="status-${escape(job.status)}">${escape(job.status)}</span></h1>
<p>${completed} of ${total} pages captured${failed ? `, ${failed} failed` : ""} \xB7 job ${escape(job.id)} \xB7 ${escape(job.completed_at ?? job.created_at)} \xB7 <a href="manifest.json" style="color:#a5b4fc">manifest.json</a></p></header>
<main>
${failedRows.length ? `<h2>Failed</h2><table><tr><th>URL</th><th>HTTP</th><th>category</th><th>error</th></tr>
${failedRows.join("\n")}
</table>` : ""}
<h2>Captures</h2>
<div class="grid">
${cards.join("\n")}
</div>
</main></body></html>
`;
}

// src/core/run.ts
var MAX_KEPT_WARNINGS = 1e3;
var STAGGER_MS = 1500;
var SinkError = class extends Error {
};
function jobTypeOf(sources) {
  if (sources.some((s) => s.kind === "sitemap" || s.kind === "site")) return "sitemap";
  const only = sources[0];
  if (sources.length === 1 && only?.kind === "urls" && only.urls.length === 1) return "capture";
  return "batch";
}
async function runCapture(options, events = {}, deps = {}) {
  const job = { ...newJob(jobTypeOf(options.sources)), ...deps.identity };
  const warnings = [];
  let warningCount = 0;
  const warn = (message) => {
    warningCount++;
    if (warnings.length < MAX_KEPT_WARNINGS) warnings.push(message);
    events.warning?.(message);
  };
  const compositor = await createCompositor(options.frame, options.output, options.render.scale);
  const render = {
    ...options.render,
    ...compositor.viewport ? { viewport: compositor.viewport } : {},
    userAgent: options.render.userAgent ?? compositor.emulation?.userAgent ?? null,
    ...compositor.emulation ? { isMobile: compositor.emulation.isMobile, hasTouch: compositor.emulation.hasTouch } : {}
  };
  const renderer = await launchRenderer(render, warn, deps.env ? { env: deps.env } : {});
  let sink;
  try {
    sink = await openSink(options.output.path);
  } catch (err) {
    await renderer.close();
    throw err;
  }
  job.status = "processing";
  job.started_at = (/* @__PURE__ */ new Date()).toISOString();
  events.started?.({ job: { ...job }, browserVersion: renderer.browserVersion, concurrency: renderer.concurrency, output: sink.path });
  const planner = createPlanner(options.plan, warn);
  const channel = new Channel(renderer.concurrency * 2);
  const rows = [];
  const thumbnails = /* @__PURE__ */ new Set();
  let planned = 0;
  let completed = 0;
  let failed = 0;
  let discoveryError = null;
  let fatal = null;
  const signal = deps.signal;
  let firstDone;
  const firstRecorded = new Promise((resolve5) => {
    firstDone = resolve5;
  });
  const record = (target, row) => {
    firstDone();
    rows[target.index] = row;
    if (row.status === "ok") completed++;
    else failed++;
    events.result?.(row, progressOf(planned, completed, failed));
  };
  const produce = async () => {
    try {
      for await (const found of discover(options.sources, options.discover, warn, deps.discoverIO)) {
        if (signal?.aborted || fatal) break;
        const target = planner.add(found);
        if (target) {
          planned++;
          events.planned?.(target, planned);
          await channel.push(target);
        }
        if (planner.full) break;
      }
    } catch (err) {
      discoveryError = err;
      warn(`discovery stopped: ${err.message}`);
    } finally {
      channel.close();
      events.discoveryDone?.(planned, planner.stats);
    }
  };
  const captureOne = async (target, renderer2) => {
    const started = Date.now();
    try {
      const { shot, attempts } = await renderer2.capture(target);
      const capture = await compositor.compose(shot, shot.finalUrl);
      const file = `${target.name}.${FORMAT_FILES[capture.format].ext}`;
      const thumb = capture.thumbnail ? `${target.name}.thumb.${FORMAT_FILES[capture.format].ext}` : null;
      if (capture.cropped) warn(`${target.url}: page taller than --max-height, cut (framed image ${capture.height} px high)`);
      try {
        await sink.add(file, capture.data);
        if (thumb && capture.thumbnail) {
          await sink.add(thumb, capture.thumbnail.data);
          thumbnails.add(thumb);
        }
      } catch (err) {
        throw new SinkError(`cannot write ${file} to ${sink.path}: ${err.message}`);
      }
      return {
        url: target.url,
        final_url: shot.finalUrl,
        http_status: shot.httpStatus,
        status: "ok",
        file,
        width: capture.width,
        height: capture.height,
        format: capture.format,
        bytes: capture.data.length,
        sha256: createHash2("sha256").update(capture.data).digest("hex"),
        duration_ms: Date.now() - started,
        attempts,
        error: null,
        ...shot.readinessTimeouts?.length ? { readiness_timeouts: shot.readinessTimeouts } : {},
        ...shot.consent ? { consent: shot.consent } : {}
      };
    } catch (err) {
      if (err instanceof SinkError) throw err;
      const ce = err instanceof CaptureError ? err : null;
      const row = failedRow(target, err.message, Date.now() - started, ce?.attempts ?? 1, ce?.finalUrl ?? null, ce?.httpStatus ?? null);
      return { ...row, category: ce?.category ?? "other" };
    }
  };
  const work = async (worker) => {
    if (worker > 0) await Promise.race([firstRecorded, new Promise((r) => setTimeout(r, STAGGER_MS).unref())]);
    for (; ; ) {
      const next = await channel.take();
      if (next.done) return;
      const target = next.value;
      if (signal?.aborted || fatal) {
        record(target, failedRow(target, interruptedMessage(fatal), 0, 0));
        continue;
      }
      try {
        record(target, await captureOne(target, renderer));
      } catch (err) {
        fatal ??= err;
        record(target, failedRow(target, err.message, 0, 1));
      }
    }
  };
  try {
    const workers = Array.from({ length: renderer.concurrency }, (_, i) => work(i));
    await Promise.all([produce(), ...workers]);
  } finally {
    await renderer.close();
  }
  job.progress = progressOf(planned, completed, failed);
  job.completed_at = (/* @__PURE__ */ new Date()).toISOString();
  const interrupted = signal?.aborted === true;
  job.status = discoveryError || interrupted || fatal ? completed > 0 ? "partial" : "failed" : finalStatus(job.progress);
  const overBudget = job.status === "partial" && exceedsBudget(failed, planned, options.maxFailures ?? null);
  if (overBudget) job.status = "failed";
  job.error = overBudget ? `${failed} of ${planned} pages failed, more than --max-failures ${budgetText(options.maxFailures)} allows` : errorSummary({ fatal, discoveryError, interrupted, rows, planned, stats: planner.stats });
  if (job.type === "capture") {
    const row = rows[0];
    if (row?.status === "ok") {
      job.result = { id: newCaptureId(), url: row.url, width: row.width, height: row.height, format: row.format };
    }
  }
  if (warningCount > warnings.length) warnings.push(`\u2026 ${warningCount - warnings.length} more warnings not kept`);
  const manifest = buildManifest(job, settingsSummary(options, renderer.browserVersion), warnings, rows);
  if (fatal) {
    await sink.abort();
    throw fatal;
  }
  await sink.add("manifest.json", Buffer.from(JSON.stringify(manifest, null, 2) + "\n"));
  await sink.add(GALLERY, Buffer.from(galleryHtml(manifest, thumbnails)));
  await sink.close();
  return { job, manifest, output: { path: sink.path, kind: sink.kind } };
}
function failedRow(target, error, durationMs, attempts, finalUrl = null, httpStatus = null) {
  return {
    url: target.url,
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
function exceedsBudget(failed, planned, budget) {
  if (!budget) return false;
  if (budget.kind === "count") return failed > budget.max;
  return planned > 0 && failed / planned * 100 > budget.max;
}
function budgetText(budget) {
  return budget.kind === "count" ? String(budget.max) : `${budget.max}%`;
}
function interruptedMessage(fatal) {
  return fatal ? `not captured: the run stopped (${fatal.message})` : "not captured: the run was interrupted";
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
  const failedRows = s.rows.filter((r) => r?.status === "failed");
  if (s.discoveryError) return `discovery stopped early: ${s.discoveryError.message}`;
  if (failedRows.length === s.planned) {
    return `all ${s.planned} pages failed; first error: ${failedRows[0]?.error ?? "unknown"}`;
  }
  return null;
}

// src/notify/sign.ts
import { createHmac } from "node:crypto";
var SECRET_PREFIX = "whsec_";
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function webhookKey(secret) {
  if (secret === "") throw new UserError("the webhook secret is empty: give a secret, or none to send unsigned webhooks");
  if (!secret.startsWith(SECRET_PREFIX)) return Buffer.from(secret, "utf8");
  const encoded = secret.slice(SECRET_PREFIX.length);
  if (encoded === "" || !BASE64.test(encoded)) {
    throw new UserError(
      "the webhook secret starts with whsec_ but the rest is not valid base64 (standard alphabet, = padding; check for stray spaces or newlines)"
    );
  }
  return Buffer.from(encoded, "base64");
}
function signWithKey(key, id, timestampSeconds, body) {
  if (!Number.isSafeInteger(timestampSeconds)) throw new TypeError("webhook timestamp must be whole unix seconds");
  if (id.includes(".")) throw new TypeError('webhook id may not contain "."');
  const mac = createHmac("sha256", key).update(`${id}.${timestampSeconds}.${body}`, "utf8").digest("base64");
  return `v1,${mac}`;
}
function newWebhookId(now) {
  return `msg_${ulid(now)}`;
}

// src/notify/events.ts
var WEBHOOK_EVENTS = ["job.completed", "job.partial", "job.failed", "job.progress"];
var DEFAULT_WEBHOOK_EVENTS = ["job.completed", "job.partial", "job.failed"];
function webhookEventFor(job) {
  switch (job.status) {
    case "completed":
      return "job.completed";
    case "partial":
      return "job.partial";
    case "failed":
      return "job.failed";
    case "pending":
    case "processing":
      return "job.progress";
  }
}
function parseWebhookEvents(list) {
  const chosen = /* @__PURE__ */ new Set();
  const words = list.flatMap((item) => item.split(/[\s,]+/)).filter((w) => w !== "");
  if (words.length === 0) {
    throw new UserError(`no webhook events given: name at least one of ${validList()}`);
  }
  for (const word of words) {
    const lower = word.toLowerCase();
    if (lower === "all" || lower === "*") {
      for (const e of WEBHOOK_EVENTS) chosen.add(e);
      continue;
    }
    const event = lower.startsWith("job.") ? lower : `job.${lower}`;
    if (!WEBHOOK_EVENTS.includes(event)) {
      throw new UserError(`unknown webhook event "${truncate(word)}": use ${validList()}`);
    }
    chosen.add(event);
  }
  return WEBHOOK_EVENTS.filter((e) => chosen.has(e));
}
function validList() {
  const short = WEBHOOK_EVENTS.map((e) => e.slice("job.".length));
  return `${short.join(", ")} (or ${WEBHOOK_EVENTS.join(", ")}), or all`;
}
function truncate(s) {
  return s.length > 40 ? `${s.slice(0, 37)}\u2026` : s;
}

// src/notify/payload.ts
var FAILURES_CAP = 50;
var ERROR_TEXT_CAP = 500;
function buildPayload(job, opts = {}) {
  const event = webhookEventFor(job);
  if (opts.event !== void 0 && opts.event !== event) {
    throw new Error(`buildPayload: a ${job.status} job is announced by ${event}, not ${opts.event}`);
  }
  const head = { job_id: job.id, id: job.id, type: job.type };
  const body = {
    progress: { ...job.progress },
    result_url: job.result_url,
    download_url: job.download_url,
    result: job.result === null ? null : { ...job.result }
  };
  const times = {
    created_at: job.created_at,
    started_at: job.started_at,
    completed_at: job.completed_at,
    expires_at: job.expires_at
  };
  const context = contextFields(opts.context);
  const failures = opts.failures ?? [];
  switch (job.status) {
    case "completed":
      return { event: "job.completed", ...head, status: "completed", ...body, error: null, ...times, ...context };
    case "partial":
      return {
        event: "job.partial",
        ...head,
        status: "partial",
        ...body,
        error: capText(job.error),
        ...failureFields(failures, job.progress),
        ...times,
        ...context
      };
    case "failed":
      return {
        event: "job.failed",
        ...head,
        status: "failed",
        ...body,
        error: capText(job.error) ?? failedRunError(job.progress),
        ...failures.length > 0 ? failureFields(failures, job.progress) : {},
        ...times,
        ...context
      };
    case "pending":
    case "processing":
      return { event: "job.progress", ...head, status: job.status, ...body, error: null, ...times, ...context };
  }
}
function failureFields(failures, progress) {
  return {
    failures: failures.slice(0, FAILURES_CAP).map((f) => ({
      url: f.url,
      error: capText(f.error),
      http_status: f.http_status
    })),
    // The caller may hold a list that is already capped; the job's own count is the truth then.
    failures_total: Math.max(failures.length, progress.failed)
  };
}
function failedRunError(progress) {
  if (progress.total === 0) return "Render failed: no URLs to capture";
  return `Render failed: all ${progress.total} URLs failed`;
}
function capText(text) {
  if (text === null || text === "") return null;
  if (text.length <= ERROR_TEXT_CAP) return text;
  const cut = text.slice(0, ERROR_TEXT_CAP - 1).replace(/[\uD800-\uDBFF]$/, "");
  return `${cut}\u2026`;
}
function contextFields(context) {
  const out = {};
  if (context === void 0) return out;
  if (context.repository !== void 0) out.repository = context.repository;
  if (context.run_url !== void 0) out.run_url = context.run_url;
  if (context.sha !== void 0) out.sha = context.sha;
  if (context.pull_request !== void 0) out.pull_request = context.pull_request;
  return out;
}

// src/notify/config.ts
var DEFAULT_WEBHOOK = Object.freeze({
  secret: null,
  // Frozen so no caller can change the defaults of every other caller.
  events: Object.freeze([...DEFAULT_WEBHOOK_EVENTS]),
  headers: Object.freeze({}),
  attemptTimeoutMs: 1e4,
  deadlineMs: 6e4,
  maxAttempts: 6
});
function webhookConfig(input) {
  const eventWords = (input.events ?? []).filter((w) => w.trim() !== "");
  const config = {
    url: input.url.trim(),
    secret: input.secret ? input.secret : null,
    events: eventWords.length > 0 ? parseWebhookEvents(eventWords) : [...DEFAULT_WEBHOOK.events],
    headers: { ...input.headers ?? {} },
    attemptTimeoutMs: input.attemptTimeoutMs ?? DEFAULT_WEBHOOK.attemptTimeoutMs,
    deadlineMs: input.deadlineMs ?? DEFAULT_WEBHOOK.deadlineMs,
    maxAttempts: input.maxAttempts ?? DEFAULT_WEBHOOK.maxAttempts
  };
  validateWebhookConfig(config);
  return config;
}
var RESERVED_HEADERS = /* @__PURE__ */ new Set([
  "webhook-id",
  "webhook-timestamp",
  "webhook-signature",
  "content-type",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "host",
  "connection",
  "user-agent"
]);
var HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
var HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
function validateWebhookConfig(config) {
  checkUrl(config.url);
  if (config.secret !== null) webhookKey(config.secret);
  if (config.events.length === 0) throw new UserError("the webhook has no events to send: leave events unset for the defaults");
  for (const [name, value] of Object.entries(config.headers)) {
    if (!HEADER_NAME.test(name)) throw new UserError(`webhook header name "${name.slice(0, 40)}" is not a valid HTTP header name`);
    if (RESERVED_HEADERS.has(name.toLowerCase())) {
      throw new UserError(`webhook header "${name}" is set by framecap and cannot be overridden: remove it`);
    }
    if (typeof value !== "string" || !HEADER_VALUE.test(value)) {
      throw new UserError(`the value of webhook header "${name}" has characters HTTP headers cannot carry (line breaks or non-Latin-1)`);
    }
  }
  positiveInteger("webhook attempt timeout (ms)", config.attemptTimeoutMs);
  positiveInteger("webhook timeout (ms)", config.deadlineMs);
  positiveInteger("webhook max attempts", config.maxAttempts);
}
function checkUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError("the webhook URL is not an absolute URL: give one such as https://example.com/hooks/framecap");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UserError(`the webhook URL must start with https:// or http:// (got ${url.protocol.slice(0, 20)})`);
  }
  if (url.username !== "" || url.password !== "") {
    throw new UserError("the webhook URL has a user:password part, which fetch refuses: send credentials as a webhook header instead");
  }
}
function positiveInteger(what, value) {
  if (!Number.isSafeInteger(value) || value < 1) throw new UserError(`${what} must be a whole number of at least 1 (got ${value})`);
}
function describeWebhookUrl(raw) {
  try {
    const url = new URL(raw);
    return url.pathname === "/" && url.search === "" ? url.origin : `${url.origin}/\u2026`;
  } catch {
    return "(invalid URL)";
  }
}
function webhookSecrets(config) {
  return [...config.secret === null ? [] : [config.secret], ...Object.values(config.headers)];
}

// src/notify/retry-policy.ts
var BACKOFF = { baseMs: 500, factor: 2, capMs: 3e4 };
function backoffMs(retry2, random = Math.random) {
  const ceiling = Math.min(BACKOFF.capMs, BACKOFF.baseMs * BACKOFF.factor ** Math.max(0, retry2 - 1));
  return Math.floor(random() * ceiling);
}
function classifyResponse(status, headers, nowMs) {
  if (status >= 200 && status < 300) return { kind: "delivered", status };
  if (status >= 300 && status < 400) {
    const to = redirectTarget(headers.get("location"));
    return {
      kind: "fatal",
      status,
      reason: `the receiver answered HTTP ${status}, a redirect${to}; redirects are not followed: set the webhook URL to the final address`
    };
  }
  if (status === 408 || status === 429 || status >= 500) {
    return { kind: "retry", status, reason: `the receiver answered HTTP ${status}`, retryAfterMs: parseRetryAfter(headers.get("retry-after"), nowMs) };
  }
  return { kind: "fatal", status, reason: `the receiver answered HTTP ${status}${REFUSAL_HINTS[status] ?? ""}` };
}
var REFUSAL_HINTS = {
  400: " (it rejected the request: check what payload it expects)",
  401: " (not authorized: check the webhook secret or the headers it expects)",
  403: " (forbidden: check the webhook secret or the headers it expects)",
  404: " (no such endpoint: check the webhook URL)",
  405: " (it does not take POST at this URL: check the webhook URL)",
  410: " (the endpoint is gone: remove this webhook)",
  413: " (the payload is too large for it)"
};
function redirectTarget(location) {
  if (location === null) return "";
  try {
    return ` to ${new URL(location).origin}`;
  } catch {
    return "";
  }
}
var TLS_CODES = /^(CERT_|ERR_TLS_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|UNABLE_TO_(GET_ISSUER_CERT|VERIFY_LEAF_SIGNATURE))/;
function classifyError2(err, timeoutMs) {
  const e = err;
  if (e?.name === "TimeoutError") {
    return { kind: "retry", status: null, reason: `timed out: no response within ${seconds(timeoutMs)}`, retryAfterMs: null };
  }
  const cause = e?.cause;
  const code = typeof cause?.code === "string" ? cause.code : "";
  if (TLS_CODES.test(code)) {
    return { kind: "fatal", status: null, reason: `the receiver's TLS certificate was rejected (${code}): fix the certificate or the URL` };
  }
  const detail = cause?.message ?? e?.message ?? String(err);
  switch (code) {
    case "ECONNREFUSED":
      return retry(`connection refused: nothing is listening at the webhook URL (${detail})`);
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return retry(`could not resolve the webhook host (${code})`);
    case "ECONNRESET":
    case "EPIPE":
    case "UND_ERR_SOCKET":
    case "UND_ERR_CLOSED":
      return retry(`the connection was closed before the receiver answered (${code})`);
    case "UND_ERR_CONNECT_TIMEOUT":
    case "ETIMEDOUT":
      return retry(`could not connect: connection timed out (${code})`);
    default:
      return retry(`network error: ${detail}`);
  }
}
function retry(reason) {
  return { kind: "retry", status: null, reason, retryAfterMs: null };
}
function seconds(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  const s = ms / 1e3;
  return s < 10 ? `${Number(s.toFixed(1))} s` : `${Math.round(s)} s`;
}

// src/notify/deliver.ts
async function deliverWebhook(config, payload, deps = {}) {
  validateWebhookConfig(config);
  const fetchImpl = deps.fetch ?? globalThis.fetch;
  const sleep2 = deps.sleep ?? realSleep;
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const onAttempt = deps.onAttempt ?? (() => {
  });
  const webhookId = deps.webhookId ?? newWebhookId(now());
  if (!config.events.includes(payload.event)) {
    return { status: "skipped", attempts: 0, webhookId, responseStatus: null, error: null };
  }
  const body = JSON.stringify(payload);
  const key = config.secret === null ? null : webhookKey(config.secret);
  const redact = makeRedactor(
    [config.secret ?? "", ...Object.values(config.headers)].flatMap((v) => [v, v.trim()]).filter((v) => v !== "")
  );
  const started = now();
  let responseStatus = null;
  for (let attempt2 = 1; ; attempt2++) {
    const left = config.deadlineMs - (now() - started);
    const timeoutMs = Math.max(1, Math.min(config.attemptTimeoutMs, left));
    const timestamp = Math.floor(now() / 1e3);
    const headers = {
      ...config.headers,
      "content-type": "application/json",
      "user-agent": `framecap/${VERSION}`,
      "webhook-id": webhookId,
      "webhook-timestamp": String(timestamp)
    };
    if (key !== null) headers["webhook-signature"] = signWithKey(key, webhookId, timestamp, body);
    const outcome = await attemptOnce(fetchImpl, config.url, headers, body, timeoutMs, now);
    if (outcome.status !== null) responseStatus = outcome.status;
    const finish2 = (status, error, note) => {
      onAttempt(attempt2, redact(note));
      return { status, attempts: attempt2, webhookId, responseStatus, error: error === null ? null : redact(error) };
    };
    if (outcome.kind === "delivered") return finish2("delivered", null, `delivered (HTTP ${outcome.status})`);
    if (outcome.kind === "fatal") return finish2("failed", outcome.reason, `${outcome.reason}; not retrying`);
    if (attempt2 >= config.maxAttempts) {
      return finish2("failed", `gave up after ${attempt2} attempts: ${outcome.reason}`, `${outcome.reason}; giving up`);
    }
    const wait = outcome.retryAfterMs ?? backoffMs(attempt2, random);
    if (now() - started + wait >= config.deadlineMs) {
      const why = outcome.retryAfterMs !== null ? `the receiver asked to retry after ${seconds(wait)}, past the ${seconds(config.deadlineMs)} webhook timeout` : `the next retry would pass the ${seconds(config.deadlineMs)} webhook timeout`;
      return finish2("failed", `gave up after ${attempt2} attempt${attempt2 === 1 ? "" : "s"} (${why}): ${outcome.reason}`, `${outcome.reason}; giving up (${why})`);
    }
    onAttempt(attempt2, redact(`${outcome.reason}; retrying in ${seconds(wait)}`));
    await sleep2(wait);
  }
}
async function attemptOnce(fetchImpl, url, headers, body, timeoutMs, now) {
  let response;
  try {
    response = await fetchImpl(url, {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs)
    });
  } catch (err) {
    return classifyError2(err, timeoutMs);
  }
  await response.body?.cancel().catch(() => {
  });
  return classifyResponse(response.status, response.headers, now());
}
function realSleep(ms) {
  return new Promise((resolve5) => setTimeout(resolve5, ms));
}

// src/config/settings.ts
var SETTING_NAMES = [
  "sitemap",
  "site",
  "urls",
  "url-file",
  "include",
  "exclude",
  "limit",
  "shard",
  "max-urls",
  "viewport",
  "scale",
  "full-page",
  "wait-until",
  "wait-for",
  "delay",
  "hide",
  "color-scheme",
  "header",
  "cookie",
  "user-agent",
  "timeout",
  "retries",
  "concurrency",
  "browser-path",
  "lazy",
  "stable",
  "dismiss-consent",
  "max-failures",
  "device",
  "theme",
  "background",
  "padding",
  "radius",
  "shadow",
  "shadow-strength",
  "title",
  "max-height",
  "thumbnail",
  "format",
  "quality",
  "output",
  "fail-on",
  "webhook-url",
  "webhook-secret",
  "webhook-events",
  "webhook-header",
  "webhook-timeout",
  "webhook-fail",
  "webhook-progress-every"
];
var SettingError = class extends UserError {
  constructor(setting, message) {
    super(message);
    this.setting = setting;
  }
  setting;
};
var WAIT_UNTIL = ["load", "domcontentloaded", "networkidle"];
var FORMATS = IMAGE_FORMATS;
var SCHEMES = ["light", "dark"];
var THEMES2 = ["light", "dark"];
var FAIL_ON = ["partial", "failed", "never"];
var WEBHOOK_FAIL = ["warn", "error"];
function resolveSettings(raw, machine, label = (n) => `--${n}`) {
  const r = new Reader2(raw, label);
  const secrets = [];
  const sources = [
    ...r.list("sitemap").map((location) => ({ kind: "sitemap", location })),
    ...r.list("site").map((root) => ({ kind: "site", root: r.httpUrl("site", root) })),
    ...r.list("url-file").map((path) => ({ kind: "url-file", path }))
  ];
  const urls = r.list("urls");
  if (urls.length > 0) sources.push({ kind: "urls", urls });
  if (sources.length === 0) {
    throw new UserError(
      `nothing to capture: give URLs, ${label("sitemap")}, ${label("site")} or ${label("url-file")}`
    );
  }
  const headers = r.headers("header");
  for (const value of Object.values(headers)) if (value) secrets.push(value);
  const cookies = r.list("cookie").map((text) => parseCookie(text, label));
  for (const c of cookies) if (c.value) secrets.push(c.value);
  const concurrencyRaw = r.str("concurrency");
  const concurrency = concurrencyRaw === void 0 || concurrencyRaw === "auto" ? defaultConcurrency(machine.cores, machine.freeMemBytes) : r.int("concurrency", 1, 32, 1);
  const format = r.oneOf("format", FORMATS, "png");
  const output = r.str("output") ?? `framecap.zip`;
  const options = {
    sources,
    discover: { ...DEFAULT_DISCOVER, maxUrls: r.int("max-urls", 1, 1e7, DEFAULT_DISCOVER.maxUrls) },
    plan: {
      include: r.list("include"),
      exclude: r.list("exclude"),
      limit: r.has("limit") ? r.int("limit", 1, 1e7, 0) : null,
      shard: r.has("shard") ? r.wrap("shard", () => parseShard(r.str("shard"))) : null
    },
    render: {
      viewport: r.viewport("viewport", { width: 1280, height: 800 }),
      scale: r.number("scale", 1, 4, 1),
      fullPage: r.bool("full-page", false),
      waitUntil: r.oneOf("wait-until", WAIT_UNTIL, "load"),
      waitFor: r.str("wait-for") ?? null,
      delay: r.int("delay", 0, 6e4, 0),
      hide: r.list("hide"),
      colorScheme: r.oneOf("color-scheme", SCHEMES, "light"),
      headers,
      cookies,
      userAgent: r.str("user-agent") ?? null,
      timeoutMs: r.int("timeout", 1e3, 6e5, 3e4),
      retries: r.int("retries", 0, 10, 2),
      concurrency,
      browserPath: r.str("browser-path") ?? null,
      lazy: r.bool("lazy", true),
      stable: r.bool("stable", false),
      dismissConsent: r.bool("dismiss-consent", false)
    },
    frame: frameWithExtras({
      device: r.str("device") ?? "browser-macos",
      theme: r.oneOf("theme", THEMES2, "light"),
      background: r.str("background") ?? "midnight",
      padding: r.int("padding", 0, 1e3, 64),
      radius: r.int("radius", 0, 200, 12),
      shadow: r.bool("shadow", true),
      title: r.str("title") ?? null,
      shadowStrength: r.number("shadow-strength", 0, 3, 1),
      maxHeight: r.has("max-height") ? r.int("max-height", 100, 1e6, 0) : null,
      thumbnail: r.has("thumbnail") ? r.int("thumbnail", 16, 4096, 0) : null
    }),
    output: {
      path: output,
      format,
      quality: r.int("quality", 1, 100, 90)
    },
    maxFailures: r.has("max-failures") ? r.failureBudget("max-failures") : null
  };
  const webhook = resolveWebhook(r, label);
  if (webhook) secrets.push(webhook.config.url, ...webhookSecrets(webhook.config));
  return { options, failOn: r.oneOf("fail-on", FAIL_ON, "failed"), webhook, secrets };
}
function frameWithExtras(frame) {
  return frame;
}
function resolveWebhook(r, label) {
  const url = r.str("webhook-url");
  if (url === void 0) {
    for (const name of ["webhook-secret", "webhook-events", "webhook-header", "webhook-progress-every"]) {
      if (r.has(name)) throw new SettingError(name, `${label(name)} needs ${label("webhook-url")}`);
    }
    return null;
  }
  const headers = r.headers("webhook-header");
  const config = r.wrap("webhook-url", () => webhookConfig({
    url,
    secret: r.str("webhook-secret") ?? null,
    events: r.list("webhook-events").flatMap((e) => e.split(",")),
    headers,
    deadlineMs: r.int("webhook-timeout", 1e3, 36e5, DEFAULT_WEBHOOK.deadlineMs)
  }));
  const progressEvery = r.has("webhook-progress-every") ? r.int("webhook-progress-every", 1, 1e6, 0) : null;
  if (progressEvery !== null && !config.events.includes("job.progress")) config.events.push("job.progress");
  return { config, fail: r.oneOf("webhook-fail", WEBHOOK_FAIL, "warn"), progressEvery };
}
function parseCookie(text, label) {
  const [pair = "", ...attrs] = text.split(";");
  const eq = pair.indexOf("=");
  const name = eq > 0 ? pair.slice(0, eq).trim() : "";
  if (!name) throw new SettingError("cookie", `${label("cookie")} must look like "name=value" or "name=value; domain=example.com"`);
  const cookie = { name, value: pair.slice(eq + 1).trim() };
  for (const attr of attrs) {
    const [k = "", v = ""] = attr.split("=").map((s) => s.trim());
    if (/^domain$/i.test(k) && v) cookie.domain = v;
    else if (/^path$/i.test(k) && v) cookie.path = v;
  }
  return cookie;
}
var Reader2 = class {
  constructor(raw, label) {
    this.raw = raw;
    this.label = label;
  }
  raw;
  label;
  has(name) {
    const v = this.raw[name];
    return v !== void 0 && v !== "" && !(Array.isArray(v) && v.length === 0);
  }
  str(name) {
    const v = this.raw[name];
    if (v === void 0 || v === "") return void 0;
    if (Array.isArray(v)) {
      if (v.length > 1) throw new SettingError(name, `${this.label(name)} takes one value, got ${v.length}`);
      return v[0];
    }
    return String(v).trim();
  }
  /** Lists accept arrays, or one string with one item a line (Action inputs are multi-line strings). */
  list(name) {
    const v = this.raw[name];
    if (v === void 0) return [];
    const items = Array.isArray(v) ? v : String(v).split(/\r?\n/);
    return items.map((s) => s.trim()).filter((s) => s !== "");
  }
  /** "Name: value" lines; the name must be an HTTP token. */
  headers(name) {
    const out = {};
    for (const line of this.list(name)) {
      const colon = line.indexOf(":");
      const header = colon > 0 ? line.slice(0, colon).trim() : "";
      if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(header)) {
        throw new SettingError(name, `${this.label(name)} must look like "Name: value" (got a value without a valid header name)`);
      }
      out[header] = line.slice(colon + 1).trim();
    }
    return out;
  }
  int(name, min, max, fallback) {
    const s = this.str(name);
    if (s === void 0) return fallback;
    if (!/^\d+$/.test(s)) throw new SettingError(name, `${this.label(name)} must be a whole number from ${min} to ${max} (got "${s}")`);
    const n = Number(s);
    if (n < min || n > max) throw new SettingError(name, `${this.label(name)} must be from ${min} to ${max} (got ${n})`);
    return n;
  }
  number(name, min, max, fallback) {
    const s = this.str(name);
    if (s === void 0) return fallback;
    const n = Number(s);
    if (!Number.isFinite(n) || n < min || n > max) {
      throw new SettingError(name, `${this.label(name)} must be a number from ${min} to ${max} (got "${s}")`);
    }
    return n;
  }
  bool(name, fallback) {
    const s = this.str(name);
    if (s === void 0) return fallback;
    if (/^(true|yes|on|1)$/i.test(s)) return true;
    if (/^(false|no|off|0)$/i.test(s)) return false;
    throw new SettingError(name, `${this.label(name)} must be true or false (got "${s}")`);
  }
  oneOf(name, allowed, fallback) {
    const s = this.str(name);
    if (s === void 0) return fallback;
    const v = s.toLowerCase();
    if (!allowed.includes(v)) {
      throw new SettingError(name, `${this.label(name)} must be one of ${allowed.join(", ")} (got "${s}")`);
    }
    return v;
  }
  /** "N" failed URLs or "N%" of the planned ones. */
  failureBudget(name) {
    const s = this.str(name) ?? "";
    const m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(s);
    const max = Number(m?.[1]);
    if (!m || m[2] === "" && !Number.isInteger(max) || m[2] === "%" && max > 100) {
      throw new SettingError(name, `${this.label(name)} must be a number of failed URLs (e.g. 5) or a percentage of them (e.g. 10%) (got "${s}")`);
    }
    return m[2] === "%" ? { kind: "percent", max } : { kind: "count", max };
  }
  viewport(name, fallback) {
    const s = this.str(name);
    if (s === void 0) return fallback;
    const m = /^(\d{2,5})\s*[x×]\s*(\d{2,5})$/i.exec(s);
    const width = Number(m?.[1]);
    const height = Number(m?.[2]);
    if (!m || width < 100 || height < 100 || width > 7680 || height > 7680) {
      throw new SettingError(name, `${this.label(name)} must be WIDTHxHEIGHT between 100 and 7680, e.g. 1280x800 (got "${s}")`);
    }
    return { width, height };
  }
  httpUrl(name, value) {
    let url;
    try {
      url = new URL(value);
    } catch {
      throw new SettingError(name, `${this.label(name)} must be an http(s) URL such as https://example.com (got "${value}")`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new SettingError(name, `${this.label(name)} must be an http(s) URL (got "${url.protocol}")`);
    }
    return url.href;
  }
  /** Re-labels a UserError thrown by a shared parser (e.g. parseShard) with this door's setting name. */
  wrap(name, fn) {
    try {
      return fn();
    } catch (err) {
      if (err instanceof UserError) throw new SettingError(name, `${this.label(name)}: ${err.message}`);
      throw err;
    }
  }
};

export {
  progressOf,
  finalStatus,
  newJob,
  runFails,
  VERSION,
  settingsSummary,
  buildManifest,
  safeEntryName,
  openSink,
  GALLERY,
  galleryHtml,
  XMLParser,
  json2xml_default,
  XMLValidator,
  discover,
  loadCatalog,
  FORMAT_FILES,
  makeRedactor,
  findBrowser,
  defaultConcurrency,
  jobTypeOf,
  runCapture,
  buildPayload,
  webhookKey,
  newWebhookId,
  webhookConfig,
  describeWebhookUrl,
  deliverWebhook,
  SETTING_NAMES,
  SettingError,
  resolveSettings
};
