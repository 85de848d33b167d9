// fast-check arbitraries for fuzz-write-routes.test.ts: request bodies derived
// from each route's published OpenAPI schema (so many inputs get past the
// first check and reach deeper code), then broken on purpose — wrong types,
// unknown and prototype-polluting keys, script tags, 1 MB strings, malformed
// JSON, wrong content types — plus hostile query strings, headers and path ids.
import fc from 'fast-check';

/** A JSON Schema node as the OpenAPI generator emits it (only what we read). */
export interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  maxLength?: number;
  maxItems?: number;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
}

export const ONE_MB = 1024 * 1024;

const hostileStrings = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(document.cookie)>',
  'javascript:alert(1)',
  `'; DROP TABLE "Account"; --`,
  '\u0000',
  'nimi\u0000loppu',
  '\ud800',
  '\u202e\u2066',
  '𝕆𝕚𝕜𝕖𝕦𝕤 🇫🇮',
  '../../../etc/passwd',
  '%00%2e%2e',
  '${7*7}{{7*7}}',
  'NaN',
  '-0',
  '1e309',
  ' ',
  '',
];

export const pollutingKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  '$where',
];

/** Any value of any type, hostile strings weighted in. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.constantFrom(...hostileStrings),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.integer(),
    fc.double(),
    fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -1, 0, 2 ** 31, 1.5),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom(...pollutingKeys)),
      tie('value'),
      {
        maxKeys: 4,
      },
    ),
  ),
})).value;

/** A plain object whose own keys may include `__proto__` (set as data, not as the prototype). */
export function objectFrom(entries: Array<[string, unknown]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(out, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function typesOf(node: SchemaNode): string[] {
  if (Array.isArray(node.type)) return node.type;
  if (node.type) return [node.type];
  if (node.properties) return ['object'];
  return [];
}

/** Values that fit `node` most of the time (ids drawn from `ids` so they hit real rows). */
export function fromSchema(
  node: SchemaNode,
  ids: readonly string[],
  depth = 0,
): fc.Arbitrary<unknown> {
  if (depth > 5) return fc.constant(null);
  if (node.enum && node.enum.length > 0) return fc.constantFrom(...node.enum);
  const union = node.anyOf ?? node.oneOf ?? node.allOf;
  if (union && union.length > 0)
    return fc.oneof(...union.map((n) => fromSchema(n, ids, depth + 1)));
  const types = typesOf(node);
  if (types.length === 0) return hostileValue;
  return fc.oneof(
    ...types.map((type): fc.Arbitrary<unknown> => {
      switch (type) {
        case 'string':
          if (node.format === 'uuid') return fc.oneof(fc.constantFrom(...ids), fc.uuid());
          if (node.format === 'email') return fc.emailAddress();
          if (node.format === 'date-time')
            return fc
              .date({
                min: new Date('2000-01-01'),
                max: new Date('2100-01-01'),
                noInvalidDate: true,
              })
              .map((d) => d.toISOString());
          if (node.format === 'date')
            return fc
              .date({
                min: new Date('2000-01-01'),
                max: new Date('2100-01-01'),
                noInvalidDate: true,
              })
              .map((d) => d.toISOString().slice(0, 10));
          return fc.oneof(
            fc.string({ maxLength: Math.min(node.maxLength ?? 40, 60) }),
            fc.constantFrom(...hostileStrings),
          );
        case 'integer':
          return fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer());
        case 'number':
          return fc.double({ noNaN: true });
        case 'boolean':
          return fc.boolean();
        case 'null':
          return fc.constant(null);
        case 'array':
          return fc.array(node.items ? fromSchema(node.items, ids, depth + 1) : hostileValue, {
            maxLength: Math.min(node.maxItems ?? 3, 3),
          });
        case 'object': {
          const props = node.properties ?? {};
          const keys = Object.keys(props);
          if (keys.length === 0)
            return fc.dictionary(fc.string({ maxLength: 8 }), hostileValue, { maxKeys: 3 });
          return fc.record(
            Object.fromEntries(
              keys.map((k) => [k, fromSchema(props[k] as SchemaNode, ids, depth + 1)]),
            ),
            { requiredKeys: (node.required ?? []).filter((k) => keys.includes(k)) },
          );
        }
        default:
          return hostileValue;
      }
    }),
  );
}

/** What the fuzzer sends as the body. */
export type FuzzBody =
  { kind: 'json'; value: unknown } | { kind: 'raw'; contentType: string; text: string };

/** Breaks a valid-looking object: adds unknown/polluting keys or swaps a field for a hostile value. */
function mutated(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      base,
      fc.array(
        fc.tuple(
          fc.oneof(fc.constantFrom(...pollutingKeys), fc.string({ maxLength: 12 })),
          hostileValue,
        ),
        {
          minLength: 1,
          maxLength: 3,
        },
      ),
    )
    .map(([value, extra]) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      const entries = Object.entries(value as Record<string, unknown>);
      // Replace existing fields with the same name, so a wrong type reaches a known field too.
      const merged = new Map(entries);
      for (const [key, v] of extra) merged.set(key, v);
      return objectFrom([...merged.entries()]);
    });
}

const malformedJson = fc.constantFrom(
  '{',
  '{"a":',
  '[1,2',
  '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":true}}}',
  '{"a":1,"a":2}',
  'null',
  '"just a string"',
  '12345',
  'true',
  '\ufeff{}',
  '[]',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  `{"x":${'{"x":'.repeat(2000)}1${'}'.repeat(2000)}}`,
);

export function bodyArbitrary(
  schema: SchemaNode | undefined,
  ids: readonly string[],
): fc.Arbitrary<FuzzBody> {
  const valid = schema ? fromSchema(schema, ids) : hostileValue;
  const json = (value: fc.Arbitrary<unknown>) =>
    value.map((v): FuzzBody => ({ kind: 'json', value: v }));
  return fc.oneof(
    { weight: 4, arbitrary: json(valid) },
    { weight: 4, arbitrary: json(mutated(valid)) },
    { weight: 2, arbitrary: json(hostileValue) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...pollutingKeys).map((key): FuzzBody => ({
        kind: 'json',
        value: objectFrom([[key, { polluted: true, isAdmin: true }]]),
      })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('x', '<script>alert(1)</script>').map((s): FuzzBody => ({
        kind: 'json',
        value: { body: s.repeat(Math.ceil(ONE_MB / s.length)), name: 'x' },
      })),
    },
    {
      weight: 2,
      arbitrary: malformedJson.map((text): FuzzBody => ({
        kind: 'raw',
        contentType: 'application/json',
        text,
      })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=xyz',
            'multipart/form-data',
            'application/json; charset=utf-16',
            'application/json; charset=latin1',
            'application/xml',
            'application/octet-stream',
          ),
          fc.oneof(
            fc.string({ maxLength: 200 }),
            fc.constantFrom(
              'a=1&__proto__[x]=1&constructor[prototype][y]=2',
              '--xyz\r\nContent-Disposition: form-data; name="body"\r\n\r\nhei\r\n--xyz--\r\n',
              '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4',
              '--xyz\r\n\r\n',
              `${'--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n'.repeat(8)}--xyz--\r\n`,
              '--xyz\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--xyz--\r\n',
              `--xyz\r\nContent-Disposition: form-data; name="${'k'.repeat(300)}"\r\n\r\n1\r\n--xyz--\r\n`,
              '--xyz\r\nContent-Disposition: form-data; name="other"; filename="a.pdf"\r\n\r\n%PDF\r\n--xyz--\r\n',
            ),
          ),
        )
        .map(([contentType, text]): FuzzBody => ({ kind: 'raw', contentType, text })),
    },
  );
}

const headerText = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 60,
});

export interface FuzzHeaders {
  acceptLanguage?: string;
  langCookie?: string;
  origin?: string;
  dropCsrfHeader: boolean;
  forwardedFor?: string;
  extra: Array<[string, string]>;
}

export const headersArbitrary: fc.Arbitrary<FuzzHeaders> = fc.record({
  acceptLanguage: fc.option(
    fc.oneof(fc.constantFrom('fi', 'sv', 'en', 'sv-FI,sv;q=0.9', '*', 'xx;q=abc', ''), headerText),
    {
      nil: undefined,
    },
  ),
  langCookie: fc.option(
    fc.oneof(
      fc.constantFrom('fi', 'sv', 'en', 'de', '__proto__'),
      headerText.map(encodeURIComponent),
    ),
    {
      nil: undefined,
    },
  ),
  // Mostly what the web client sends, so most inputs get past the CSRF guard to the handler.
  origin: fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.constant('http://localhost:3000') },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.constantFrom('null', 'https://evil.example', 'http://', '::::', 'file://', 'x'),
        headerText,
      ),
    },
  ),
  dropCsrfHeader: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  forwardedFor: fc.option(fc.oneof(fc.ipV4(), fc.ipV6(), headerText), { nil: undefined }),
  extra: fc.array(
    fc.tuple(
      fc.constantFrom(
        'x-http-method-override',
        'content-encoding',
        'transfer-encoding-x',
        'x-forwarded-host',
        'range',
      ),
      fc.oneof(fc.constantFrom('DELETE', 'gzip', 'br', 'evil.example', 'bytes=0-1'), headerText),
    ),
    { maxLength: 2 },
  ),
});

/** Query strings with nested, repeated and polluting keys. */
export const queryArbitrary: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(
          'version',
          'sig',
          'channel',
          'a[b][c]',
          '__proto__[polluted]',
          'constructor[prototype][x]',
          'x[]',
        ),
        fc.string({ maxLength: 8 }).map(encodeURIComponent),
      ),
      fc.oneof(
        fc.string({ maxLength: 20 }).map(encodeURIComponent),
        fc.constantFrom('%', '%E0%A4%A', '<script>', ''),
      ),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`));

/** A path id: usually the real one, sometimes malformed (bad percent-encoding, long, traversal). */
export function pathIdArbitrary(real: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(real) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.constantFrom(
          '%',
          '%E0%A4%A',
          '%ZZ',
          '..',
          '%2e%2e',
          'null',
          '0',
          '-1',
          "'",
          'a'.repeat(600),
        ),
        fc.uuid(),
        fc.string({ maxLength: 20 }).map(encodeURIComponent),
      ),
    },
  );
}
