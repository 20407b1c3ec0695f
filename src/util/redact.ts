// Defense in depth: every line a door prints passes through a redactor that
// knows the secret values (tokens, header and cookie values), so a secret
// that leaks into an error message from a library is still never printed.

export type Redact = (text: string) => string;

export function makeRedactor(secrets: Iterable<string>): Redact {
  // Very short values would mask ordinary words; they are not worth redacting as text.
  const values = [...new Set(secrets)].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  if (values.length === 0) return (t) => t;
  return (text) => {
    let out = text;
    for (const v of values) out = out.split(v).join('***');
    return out;
  };
}
