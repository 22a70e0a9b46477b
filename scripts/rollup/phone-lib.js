// Google's number plans, as libphonenumber-js publishes them, are built into the SDK instead of
// installing libphonenumber-js: it publishes every metadata build in every module format (13 MB),
// of which the SDK uses one. They stay in their own lazily loaded chunk ("phone-lib", with the
// SDK's validator, lib/core/internal/phone-lib.ts), so importing the SDK does not load them.
const { join, dirname, resolve } = require('node:path');
const MagicString = require('magic-string');
const { nodeResolve } = require('@rollup/plugin-node-resolve');

const phoneLibInside = () => nodeResolve({ resolveOnly: ['libphonenumber-js'], preferBuiltins: true });

// Validation reads nine fields of each plan (calling code, international and national prefixes,
// national number pattern and lengths, leading digits, number types); formatting rules and the
// other formatting fields go (about 10 KB of 40 KB gzip), and so does each number type's list of
// lengths where its pattern matches no other length the plan allows (about 1 KB). Plans are
// ordered by calling code, the main country of a code first (+1: US, then AG, AI…), so plans
// that share patterns sit together for gzip and the table of calling codes, which says the same,
// goes (1.3 KB). The patterns validation only tests whole (the national number pattern and the
// number types' patterns: digits, `\d`, classes, groups, `|`, `?`, `{n,m}`) are then written
// shorter, without changing what they match (about 1.4 KB gzip): groups as `(` instead of `(?:`
// (a capturing group matches the same; the validator reads no group of these patterns), the
// number types a plan's lengths already filter joined into one alternation (a number is valid when
// any type matches; the plan's lengths are checked first), and `\d` as `d`, turned back when the
// module loads. test/browser/bundle-vm.test.ts checks, number by number, that every build answers
// as the source (whole metadata) does.
const METADATA_FILE = join(dirname(require.resolve('libphonenumber-js/package.json')), 'metadata.max.json.js');
const FIELDS_VALIDATION_READS = [0, 1, 2, 3, 5, 7, 8, 10, 11];
const [NATIONAL_NUMBER_PATTERN, POSSIBLE_LENGTHS, TYPES] = [2, 3, 11];
const phoneMetadataForValidation = {
  name: 'phone-metadata-for-validation',
  transform(code, id) {
    if (id !== METADATA_FILE) return null;
    const metadata = JSON.parse(
      code
        .slice(code.indexOf('export default') + 'export default'.length)
        .trim()
        .replace(/;$/, ''),
    );
    // Layout version 4 is the one lib/core/internal/phone-lib.ts reads; any other fails the build.
    if (metadata.version !== 4)
      throw new Error(
        `libphonenumber-js metadata layout ${metadata.version}, expected 4: update lib/core/internal/phone-lib.ts`,
      );
    for (const group of [metadata.countries, metadata.nonGeographic ?? {}]) {
      for (const plan of Object.values(group)) {
        plan.forEach((_, index) => {
          if (!FIELDS_VALIDATION_READS.includes(index)) plan[index] = 0;
        });
        if (Array.isArray(plan[TYPES]))
          plan[TYPES] = joinedTypes(plan[TYPES].map((type) => withoutImpliedLengths(type, plan[POSSIBLE_LENGTHS])));
        if (plan[NATIONAL_NUMBER_PATTERN]) plan[NATIONAL_NUMBER_PATTERN] = shorter(plan[NATIONAL_NUMBER_PATTERN]);
        while (plan[plan.length - 1] === 0) plan.pop();
      }
    }
    metadata.countries = inCallingCodeOrder(metadata.countries, metadata.country_calling_codes);
    delete metadata.country_calling_codes;
    // `d` back to `\d` in the patterns `shorter` wrote, once, when the module loads.
    const source = [
      `const plans = ${JSON.stringify(metadata)};`,
      "const digitsBack = (pattern) => pattern.replace(/d/g, '\\\\d');",
      'for (const plan of [...Object.values(plans.countries), ...Object.values(plans.nonGeographic ?? {})]) {',
      `  if (plan[${NATIONAL_NUMBER_PATTERN}]) plan[${NATIONAL_NUMBER_PATTERN}] = digitsBack(plan[${NATIONAL_NUMBER_PATTERN}]);`,
      `  if (Array.isArray(plan[${TYPES}])) for (const type of plan[${TYPES}]) if (Array.isArray(type)) type[0] = digitsBack(type[0]);`,
      '}',
      'export default plans;',
      '',
    ].join('\n');
    return { code: source, map: { mappings: 'AAAA' } };
  },
};

// What `shorter` accepts: Google's national-number patterns use nothing else (lengthsMatched
// below reads the same grammar), and with no letters in them `d` can stand for `\d`.
const WHOLE_NUMBER_PATTERN = /^(?:\\d|\(\?:|[\d[\]\-)|?{},])*$/;

/**
 * A national-number pattern written shorter, matching the same numbers: `(` for `(?:`, `d` for
 * `\d` (the module turns it back when it loads). Throws on a pattern outside the grammar, where
 * either could change what it matches.
 */
function shorter(pattern) {
  if (typeof pattern !== 'string' || !WHOLE_NUMBER_PATTERN.test(pattern))
    throw new Error(
      `libphonenumber-js metadata: unexpected national-number pattern ${pattern}; update scripts/rollup/phone-lib.js`,
    );
  return pattern.replaceAll('(?:', '(').replaceAll('\\d', 'd');
}

/**
 * A plan's number types, shorter: those without lengths of their own (the plan's lengths filter
 * them) joined into one alternation, first; those with lengths after it, each on its own.
 */
function joinedTypes(types) {
  const patterns = types.filter((type) => Array.isArray(type) && type[0]);
  const filteredByPlan = patterns.filter((type) => type.length === 1).map(([pattern]) => shorter(pattern));
  const withLengths = patterns
    .filter((type) => type.length > 1)
    .map(([pattern, lengths]) => [shorter(pattern), lengths]);
  return [...(filteredByPlan.length > 0 ? [[filteredByPlan.join('|')]] : []), ...withLengths];
}

/**
 * The plans ordered as `callingCodes` lists them (by code, main country first), so that
 * lib/core/internal/phone-lib.ts can read the lists from the plans' order; throws when it could not.
 */
function inCallingCodeOrder(countries, callingCodes) {
  const ordered = Object.entries(callingCodes)
    .sort(([a], [b]) => Number(a) - Number(b))
    .flatMap(([, regions]) => regions.map((region) => [region, countries[region]]));
  const read = {};
  for (const [region, plan] of ordered) (read[plan[0]] ??= []).push(region);
  if (ordered.length !== Object.keys(countries).length || JSON.stringify(read) !== JSON.stringify(callingCodes)) {
    throw new Error(
      'libphonenumber-js metadata: the calling-code table and the plans disagree; update scripts/rollup/phone-lib.js',
    );
  }
  return Object.fromEntries(ordered);
}

/** A number type `[pattern, lengths]` without `lengths` when the plan's lengths filter the same. */
function withoutImpliedLengths(type, planLengths) {
  if (!Array.isArray(type) || !type[0] || !Array.isArray(type[1])) return type;
  const extra = [...lengthsMatched(type[0])].filter(
    (length) => planLengths.includes(length) && !type[1].includes(length),
  );
  return extra.length === 0 ? [type[0]] : type;
}

/**
 * The lengths of the strings a national-number pattern matches. Google's patterns use digits,
 * `\d`, classes, non-capturing groups, `|`, `?` and `{n}`/`{n,m}` only; anything else throws.
 */
function lengthsMatched(pattern) {
  let at = 0;
  const sum = (a, b) => new Set([...a].flatMap((x) => [...b].map((y) => x + y)));
  const alternatives = () => {
    const lengths = new Set();
    do for (const length of sequence()) lengths.add(length);
    while (pattern[at] === '|' && ++at);
    return lengths;
  };
  const sequence = () => {
    let lengths = new Set([0]);
    while (at < pattern.length && pattern[at] !== '|' && pattern[at] !== ')')
      lengths = sum(lengths, quantified(atom()));
    return lengths;
  };
  const atom = () => {
    if (pattern.startsWith('(?:', at)) {
      at += 3;
      const inner = alternatives();
      if (pattern[at++] !== ')') throw new Error(`unclosed group in ${pattern}`);
      return inner;
    }
    if (pattern[at] === '[') at = pattern.indexOf(']', at) + 1;
    else if (pattern.startsWith('\\d', at)) at += 2;
    else if (/\d/.test(pattern[at])) at += 1;
    else throw new Error(`unexpected "${pattern[at]}" in ${pattern}`);
    return new Set([1]);
  };
  const quantified = (lengths) => {
    const bounds = /^(?:\?|\{(\d+)(?:,(\d+))?\})/.exec(pattern.slice(at));
    if (!bounds) return lengths;
    at += bounds[0].length;
    const [min, max] = bounds[0] === '?' ? [0, 1] : [Number(bounds[1]), Number(bounds[2] ?? bounds[1])];
    let result = new Set();
    let repeated = new Set([0]);
    for (let times = 0; times <= max; times += 1, repeated = sum(repeated, lengths))
      if (times >= min) for (const length of repeated) result.add(length);
    return quantified(result);
  };
  const lengths = alternatives();
  if (at !== pattern.length) throw new Error(`unexpected "${pattern[at]}" in ${pattern}`);
  return lengths;
}

// The CDN bundle (one file) carries the number plans first. In the middle of the code, where
// rollup puts its lazily imported modules (the bundle inlines them, and evaluates them when it
// loads), their ~80 KB of patterns keep gzip, which looks 32 KB back, from matching the code
// after them against the code before them; first, the bundle is about 1.5 KB gzip smaller. The
// import is added to the entry's code in the build only (lib/cdn.ts stays as written); it names
// the module phone-lib.ts imports, which is included either way.
const CDN_ENTRY = resolve('lib/cdn.ts');
const phonePlansFirst = {
  name: 'phone-plans-first',
  transform(code, id) {
    if (id !== CDN_ENTRY) return null;
    const entry = new MagicString(code);
    entry.prepend(`import ${JSON.stringify(METADATA_FILE)};\n`);
    return { code: entry.toString(), map: entry.generateMap({ hires: true }) };
  },
};

module.exports = { phoneLibInside, phoneMetadataForValidation, phonePlansFirst };
