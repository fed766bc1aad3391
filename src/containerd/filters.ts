// containerd's filter syntax (filters/parser.go), for every List call.
const BARE_FIELD = /^[A-Za-z0-9_]+$/;
const BARE_VALUE = /^[A-Za-z0-9_][A-Za-z0-9_.:@+-]*$/;

/**
 * One clause of containerd's filter syntax, `<field path><op><value>`, with the path parts and
 * the value quoted where the syntax needs it (a label key with dots, a value starting with `/`).
 * Join clauses with `,` for "and"; pass several filters for "or". Used by every list call.
 */
export function filterClause(path: string | readonly string[], op: '==' | '!=' | '~=', value: string): string {
  const parts = typeof path === 'string' ? [path] : path;
  const field = parts.map((p) => (BARE_FIELD.test(p) ? p : JSON.stringify(p))).join('.');
  return `${field}${op}${BARE_VALUE.test(value) ? value : JSON.stringify(value)}`;
}

/** `labels."<key>"==<value>`. */
export const labelFilter = (key: string, value: string): string => filterClause(['labels', key], '==', value);
