/**
 * The one place where text becomes SQL or TabSeparated input. ClickHouse on 18.16 has no server-side
 * query parameters, so values that reach a statement are spliced in as literals: always through
 * these functions, never by hand. TSV escaping is on the insert hot path, hence the fast path for the
 * common case (nothing to escape).
 */

const SPECIAL: Record<string, string> = {
  "\\": "\\\\",
  "\t": "\\t",
  "\n": "\\n",
  "\r": "\\r",
  "\0": "\\0",
  "\b": "\\b",
  "\f": "\\f",
  "'": "\\'",
  "`": "\\`",
};

const LITERAL_SPECIALS = /[\\\t\n\r\0\b\f']/g;
const IDENTIFIER_SPECIALS = /[\\\t\n\r\0\b\f`]/g;
const TSV_SPECIALS = /[\\\t\n\r\0\b\f]/;
const TSV_SPECIALS_GLOBAL = /[\\\t\n\r\0\b\f]/g;

const replaceSpecial = (ch: string) => SPECIAL[ch];

/** A ClickHouse string literal: `'it\'s'`. Also the quoting used for array elements inside TSV. */
export function quoteString(value: string): string {
  return `'${value.replace(LITERAL_SPECIALS, replaceSpecial)}'`;
}

/** A ClickHouse identifier (database, table, column): `` `metrics.key` ``. */
export function quoteIdentifier(name: string): string {
  if (name.length === 0) throw new Error("empty SQL identifier");
  return `\`${name.replace(IDENTIFIER_SPECIALS, replaceSpecial)}\``;
}

/** One TabSeparated field: the tab, newline and backslash that would break the row are escaped. */
export function tsvEscape(value: string): string {
  return TSV_SPECIALS.test(value) ? value.replace(TSV_SPECIALS_GLOBAL, replaceSpecial) : value;
}

/** A TabSeparated Array(String) field: `['a','b']`, elements quoted like literals (no raw tabs). */
export function tsvStringArray(values: readonly string[]): string {
  return `[${values.map(quoteString).join(",")}]`;
}

/**
 * A TabSeparated Float64 field. JS spells non-finite values `NaN`/`Infinity`, which ClickHouse does
 * not read; exponent notation (`1e-7`) it does.
 */
export function tsvFloat(value: number): string {
  if (Number.isFinite(value)) return String(value);
  if (Number.isNaN(value)) return "nan";
  return value > 0 ? "inf" : "-inf";
}

/** A TabSeparated Array(Float64) field. */
export function tsvFloatArray(values: readonly number[]): string {
  return `[${values.map(tsvFloat).join(",")}]`;
}
