/**
 * `WWW-Authenticate` challenges (RFC 9110 §11.6.1): a scheme, then `name=value` parameters whose
 * values may be quoted strings with backslash escapes. One header may carry several challenges,
 * and Node joins repeated headers with `, `, so a challenge ends where the next scheme starts.
 */

export interface Challenge {
  /** Lowercase: `bearer`, `basic`. */
  scheme: string;
  /** Parameter names lowercased: `realm`, `service`, `scope`. */
  params: Record<string, string>;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/;

export function parseChallenges(header: string | readonly string[] | undefined): Challenge[] {
  if (header === undefined) return [];
  if (typeof header !== 'string') return header.flatMap((h) => parseChallenges(h));
  const challenges: Challenge[] = [];
  let rest = header;
  let current: Challenge | undefined;
  const skip = (re: RegExp) => (rest = rest.replace(re, ''));

  while (skip(/^[\s,]+/) !== '') {
    const token = TOKEN.exec(rest)?.[0];
    if (token === undefined) {
      // Not a token: skip to the next comma and resynchronise.
      const comma = rest.indexOf(',');
      rest = comma === -1 ? '' : rest.slice(comma);
      continue;
    }
    const afterToken = rest.slice(token.length);
    const param = /^\s*=\s*/.exec(afterToken);
    if (current !== undefined && param !== null && !/^\s*=\s*(=|,|$)/.test(afterToken)) {
      rest = afterToken.slice(param[0].length);
      current.params[token.toLowerCase()] = readValue();
      continue;
    }
    // A new challenge: its scheme, then maybe a token68 (Basic's credentials form, unused here).
    current = { scheme: token.toLowerCase(), params: {} };
    challenges.push(current);
    rest = afterToken;
    const t68 = /^\s+([A-Za-z0-9._~+/-]+=*)\s*(?=,|$)/.exec(rest);
    if (t68 !== null) rest = rest.slice(t68[0].length);
  }
  return challenges;

  function readValue(): string {
    if (rest.startsWith('"')) {
      let value = '';
      let i = 1;
      for (; i < rest.length && rest[i] !== '"'; i++) {
        if (rest[i] === '\\' && i + 1 < rest.length) i++;
        value += rest[i];
      }
      rest = rest.slice(i + 1);
      return value;
    }
    const token = TOKEN.exec(rest)?.[0] ?? '';
    rest = rest.slice(token.length);
    return token;
  }
}

/** The first challenge of the given scheme. */
export function findChallenge(challenges: readonly Challenge[], scheme: 'bearer' | 'basic'): Challenge | undefined {
  return challenges.find((c) => c.scheme === scheme);
}
