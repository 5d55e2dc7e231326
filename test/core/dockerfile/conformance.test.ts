// Other projects' own test data, read at run time from ../shared/conformance (kept outside the
// project, see its README; skipped with one line when absent): distribution/reference's vectors,
// BuildKit's parser testfiles and Renovate's Dockerfile extractor cases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexDockerfile } from '../../../src/core/dockerfile/lexer.js';
import {
  DOCKER_HUB,
  familiarName,
  formatImageRef,
  type ImageRef,
  InvalidReferenceError,
  isDockerHub,
  parseImageRef,
  refSuffix,
} from '../../../src/core/image/reference.js';
import { mapImage } from '../../../src/core/image/rules.js';
import { applyEdits, type Edit } from '../../../src/core/rewrite/edits.js';
import { extractImages, rewriteDockerfile } from '../../../src/core/rewrite/rewrite.js';
import { sharedPath } from '../../helpers/shared-data.js';
import { syntaxImage } from '../../helpers/syntax-directive.js';
import { TARGET } from '../../helpers/target.js';

const ROOT =
  sharedPath('conformance', 'the conformance suites (distribution, BuildKit, Renovate data)') ?? '';
const maybe = ROOT ? describe : describe.skip;
const load = <T>(file: string): T => (ROOT ? JSON.parse(readFileSync(join(ROOT, file), 'utf8')) : ({} as T));

// ---------------------------------------------------------------------------------------------
// distribution/reference: each vector's entry point mapped to what parseImageRef (docker's
// ParseNormalizedNamed, the reading FROM gets) exposes.

interface Vector {
  readonly id: string;
  readonly entry: string;
  readonly input: string;
  readonly upstream: Record<string, unknown> & {
    err?: string;
    domain?: string;
    path?: string;
    repository?: string;
    name?: string;
    tag?: string;
    digest?: string;
    subs?: string[];
  };
}

/** Vectors whose expectation is not the behaviour of docker itself, and why. */
const REFERENCE_DIFFERENCES: Record<string, string> = {
  'reference_test.go:TestReferenceParse#14':
    'go-digest calls sha512 unsupported only where crypto/sha512 is not linked (this test binary); docker and BuildKit link it, so a 128-digit sha512 digest is valid',
};

type Parsed = { ref: ImageRef; rule?: undefined } | { ref?: undefined; rule: string };
function parse(input: string): Parsed {
  try {
    return { ref: parseImageRef(input) };
  } catch (e) {
    if (e instanceof InvalidReferenceError) return { rule: e.rule };
    throw e;
  }
}

/** The name as written: the reference without its `:tag@digest`. */
const writtenName = (ref: ImageRef) => ref.original.slice(0, ref.original.length - refSuffix(ref).length);

/** What each upstream error means, as words our message must contain (the rule it names). */
const RULE_OF: Record<string, RegExp> = {
  ErrNameEmpty: /empty/,
  ErrNameContainsUppercase: /lowercase/,
  ErrNameTooLong: /repository path must not be longer than 255/,
  'digest.ErrDigestInvalidLength': /digest has exactly \d+ lowercase hex digits/,
  'digest.ErrDigestUnsupported': /digest algorithm .* is not supported/,
  ErrTagInvalidFormat: /tag /,
  ErrDigestInvalidFormat: /digest /,
  ErrReferenceInvalidFormat: /./,
};

function expectRejected(p: Parsed, err: string | undefined): void {
  expect(p.rule).toBeDefined();
  if (err === undefined) return;
  if (!RULE_OF[err]) throw new Error(`no rule known for ${err}`);
  expect(p.rule).toMatch(RULE_OF[err]);
}

/**
 * Parse, WithName and the regexps split off any host-shaped first component (`foo` in
 * `foo/bar`); docker takes it as a registry only with `.`, `:`, uppercase or `localhost`, and
 * otherwise as Docker Hub's namespace. Checks our registry and path against that split.
 */
function expectSplit(ref: ImageRef, domain: string, path: string | undefined): void {
  if (domain === '') {
    expect(ref.registry).toBe(DOCKER_HUB);
    if (path !== undefined) expect(ref.path.endsWith(path)).toBe(true);
  } else if (ref.registry === DOCKER_HUB && !isDockerHub(domain)) {
    expect(ref.path).toBe(path === undefined ? writtenName(ref) : `${domain}/${path}`);
  } else {
    expect(ref.registry).toBe(isDockerHub(domain) ? DOCKER_HUB : domain);
    if (path !== undefined) expect(ref.path).toBe(path);
  }
}

/** Go's path.Match, for FamiliarMatch: `*` and `?` stop at `/`, `[...]` is a class. */
function goPathMatch(pattern: string, name: string): boolean {
  const re = pattern.replace(/\[[^\]]*\]|\*|\?|[^[*?]+/g, (t) =>
    t === '*' ? '[^/]*' : t === '?' ? '[^/]' : t.startsWith('[') ? t : t.replace(/[.+^${}()|\\]/g, '\\$&'),
  );
  return new RegExp(`^${re}$`).test(name);
}

function checkVector(v: Vector): void {
  const u = v.upstream;
  const p = parse(v.input);
  const orNone = (s: string | undefined) => (s === '' || s === undefined ? undefined : s);
  switch (v.entry) {
    case 'Parse':
    case 'regexp:reference': {
      const ok = v.entry === 'Parse' ? !u.err : u.match === true;
      if (!ok) {
        expectRejected(p, u.err);
        return;
      }
      const [name, tag, digest] = u.subs ?? [u.repository, u.tag, u.digest];
      expect(p.rule).toBeUndefined();
      expect(writtenName(p.ref!)).toBe(name);
      expect(p.ref!.tag).toBe(orNone(tag));
      expect(p.ref!.digest).toBe(orNone(digest));
      if (u.domain !== undefined) expectSplit(p.ref!, u.domain, undefined);
      return;
    }
    case 'WithName':
    case 'regexp:anchoredName': {
      // A name only: a reference with a tag or digest is not one.
      const isName = p.ref !== undefined && p.ref.tag === undefined && p.ref.digest === undefined;
      const ok = v.entry === 'WithName' ? !u.err : u.match === true;
      // The name regexp has no length limit; the parser (and docker) has.
      if (ok && p.rule && /longer than 255/.test(p.rule)) {
        expect(v.input.length).toBeGreaterThan(255);
        return;
      }
      expect(isName).toBe(ok);
      if (!ok) {
        if (p.rule) expectRejected(p, u.err);
        return;
      }
      const [domain, path] = u.subs ?? [u.domain, u.path];
      if (domain !== undefined) expectSplit(p.ref!, domain, path);
      return;
    }
    case 'WithTag':
    case 'WithDigest': {
      if (u.err) {
        expectRejected(p, u.err);
        return;
      }
      // These build a reference from parts and check the digest's shape only; Parse (what docker
      // runs on the combined text) also checks its length.
      const digest = orNone(u.digest);
      if (digest?.startsWith('sha256:') && digest.length !== 'sha256:'.length + 64) {
        expect(p.rule).toMatch(/a sha256 digest has exactly 64 lowercase hex digits/);
        return;
      }
      expect(writtenName(p.ref!)).toBe(u.name);
      expect(p.ref!.tag).toBe(orNone(u.tag));
      expect(p.ref!.digest).toBe(digest);
      expect(p.ref!.original).toBe(u.combined);
      return;
    }
    case 'ParseNamed': {
      // ParseNamed is ParseNormalizedNamed that also insists the input is already canonical.
      const canonical = p.ref !== undefined && formatImageRef(p.ref) === v.input;
      expect(canonical).toBe(!u.err);
      if (canonical) {
        expect(p.ref!.registry).toBe(u.domain);
        expect(p.ref!.path).toBe(u.path);
      }
      return;
    }
    case 'ParseNormalizedNamed': {
      if (u.err) {
        expectRejected(p, u.err);
        return;
      }
      expect(p.rule === undefined).toBe(u.valid);
      if (!p.ref) return;
      const ref = p.ref;
      if (u.domain !== undefined) expect(ref.registry).toBe(u.domain);
      if (u.path !== undefined) expect(ref.path).toBe(u.path);
      if (u.fullName !== undefined) expect(`${ref.registry}/${ref.path}`).toBe(u.fullName);
      if (u.familiarName !== undefined) expect(familiarName(ref)).toBe(u.familiarName);
      if (u.string !== undefined) expect(formatImageRef(ref)).toBe(u.string);
      if (u.familiarString !== undefined) expect(familiarName(ref) + refSuffix(ref)).toBe(u.familiarString);
      if (u.tagged !== undefined) expect(ref.tag !== undefined).toBe(u.tagged);
      if (u.digested !== undefined) expect(ref.digest !== undefined).toBe(u.digested);
      return;
    }
    case 'ParseAnyReference': {
      if (u.digestReference !== undefined) {
        // ParseAnyReference also accepts content addresses; FROM (ParseNormalizedNamed) does not:
        // a bare id is refused, `sha256:<hex>` is a repository named sha256 with that tag.
        if (/^[a-f0-9]{64}$/.test(v.input)) {
          expect(p.rule).toMatch(/image id/);
          return;
        }
        expect(formatImageRef(p.ref!)).toBe(`docker.io/library/${v.input}`);
        return;
      }
      if (u.parses !== undefined) {
        expect(p.ref !== undefined).toBe(u.parses);
        if (!p.ref) return;
        // FamiliarMatch: the familiar string first, then the familiar name.
        const familiar = familiarName(p.ref);
        const pattern = u.pattern as string;
        const matches = goPathMatch(pattern, familiar + refSuffix(p.ref)) || goPathMatch(pattern, familiar);
        expect(matches).toBe(u.matches);
        return;
      }
      expect(formatImageRef(p.ref!)).toBe(u.equivalent);
      return;
    }
    case 'ParseDockerRef': {
      // ParseDockerRef adds :latest and drops a tag beside a digest, which rewrite never does
      // (tags are kept as written); apply those two steps to our normalized form.
      const ref = p.ref!;
      const suffix = ref.digest ? `@${ref.digest}` : `:${ref.tag ?? 'latest'}`;
      expect(`${ref.registry}/${ref.path}${suffix}`).toBe(u.expected);
      return;
    }
    case 'regexp:domainAndPort': {
      // A registry is the first component of a reference.
      const q = parse(`${v.input}/x`);
      expect(q.ref !== undefined).toBe(u.match);
      // One without `.`, `:`, uppercase or `localhost` is a Docker Hub namespace to docker.
      if (q.ref?.registry === DOCKER_HUB) expect(q.ref.path).toBe(`${v.input}/x`);
      else if (q.ref) expect(q.ref.registry).toBe(v.input);
      return;
    }
    case 'regexp:anchoredIdentifier':
      expect(p.rule !== undefined && /image id/.test(p.rule)).toBe(u.match);
      return;
    default:
      throw new Error(`no mapping for entry ${v.entry} (${v.id})`);
  }
}

const reference = load<{ vectors: Vector[] }>('reference/vectors.json');

maybe('distribution/reference vectors', () => {
  test('are all there', () => {
    expect(reference.vectors.length).toBeGreaterThanOrEqual(350);
  });

  test.each((reference.vectors ?? []).map((v) => [v.id, v] as const))('%s', (id, v) => {
    const why = REFERENCE_DIFFERENCES[id];
    if (why) {
      // Still differs (or the entry can go): our parser accepts it.
      expect(parse(v.input).ref).toBeDefined();
      return;
    }
    checkVector(v);
  });
});

// ---------------------------------------------------------------------------------------------
// BuildKit's parser testfiles: BuildKit's own parse result says which FROM images exist; the
// rewrite must replace exactly those (and the # syntax= image) and keep every other byte.

interface Testfile {
  readonly name: string;
  readonly dockerfile: string;
  readonly result: string;
}

/** FROM images of a BuildKit parse result, `(from [flags] "image" ...)`, one instruction per line. */
function fromImages(result: string): string[] {
  return [...result.matchAll(/^\(from (?:\[[^\]]*\] )?("(?:[^"\\]|\\.)*")/gm)].map((m) => JSON.parse(m[1]!));
}

/** Spans of the FROM images in the source: each after the next line-initial FROM keyword. */
function fromSpans(source: string, images: readonly string[]): { start: number; image: string }[] {
  const keywords = [...source.matchAll(/^[ \t]*from\b/gim)].map((m) => m.index! + m[0].length);
  expect(keywords).toHaveLength(images.length);
  return images.map((image, i) => {
    const start = source.indexOf(image, keywords[i]);
    expect(start).toBeGreaterThan(-1);
    return { start, image };
  });
}

function mapped(image: string): string {
  const m = mapImage(image, TARGET);
  if (m.kind !== 'mapped') throw new Error(`${image} is not mapped by the test rules`);
  return m.uri;
}

const buildkit = load<{ testfiles: Testfile[] }>('buildkit/testfiles.json');

maybe('BuildKit parser testfiles', () => {
  test('are all there', () => {
    expect(buildkit.testfiles.length).toBeGreaterThanOrEqual(33);
  });

  test.each((buildkit.testfiles ?? []).map((t) => [t.name, t] as const))('%s', (_name, t) => {
    const source = t.dockerfile;
    const images = fromImages(t.result);
    // The lexer finds BuildKit's instructions: one per line of its result.
    expect(lexDockerfile(source).instructions).toHaveLength(
      t.result.trim().split('\n').filter(Boolean).length,
    );

    const syntax = syntaxImage(source);
    const spans = [...(syntax ? [syntax] : []), ...fromSpans(source, images)].filter(
      (s) => s.image.toLowerCase() !== 'scratch',
    );
    const edits: Edit[] = spans.map((s) => ({
      start: s.start,
      end: s.start + s.image.length,
      text: mapped(s.image),
    }));

    const r = rewriteDockerfile(source, TARGET);
    expect(r.errors).toEqual([]);
    expect(r.output).toBe(applyEdits(source, edits));
    expect(r.changes).toHaveLength(edits.length);
    expect(rewriteDockerfile(r.output, TARGET).output).toBe(r.output);
    expect(extractImages(source, 'dockerfile').images.map((i) => i.image)).toEqual(spans.map((s) => s.image));
  });
});

// ---------------------------------------------------------------------------------------------
// Renovate's Dockerfile extractor: the images it finds are the images a build pulls, except where
// BuildKit's semantics differ (listed below, with what we find instead).

interface RenovateDep {
  readonly packageName?: string;
  readonly currentValue?: string;
  readonly currentDigest?: string;
  readonly replaceString?: string;
  readonly skipReason?: string;
}
interface RenovateCase {
  readonly id: string;
  readonly dockerfile: string;
  readonly deps: readonly RenovateDep[];
}

/** The reference a dep stands for: its replace string when that is the reference itself. */
function depImage(d: RenovateDep): string {
  const r = d.replaceString ?? '';
  if (r !== '' && !/[\s$]/.test(r)) return r;
  return `${d.packageName}${d.currentValue ? `:${d.currentValue}` : ''}${d.currentDigest ? `@${d.currentDigest}` : ''}`;
}

const RENOVATE_DIFFERENCES: Record<string, { readonly ours: readonly string[]; readonly why: string }> = {
  'ignores parser directives in wrong order': {
    ours: [],
    why: 'BuildKit joins `FROM\\` and the next line with nothing between: `FROMnginx:1.20` is an unknown instruction (the build fails), not a FROM',
  },
  'handles FROM with multiple ARG values': {
    ours: [],
    why: '`ARG LINUX_VERSION ubuntu16.04` declares two ARGs without defaults (BuildKit), not LINUX_VERSION=ubuntu16.04: the tag is unknown',
  },
  'handles FROM with overwritten ARG value': {
    ours: ['nginx:1.19', 'nginx:1.19'],
    why: 'the second `ARG base=` comes after a FROM, so it is scoped to that stage; FROM sees only the global nginx:1.19',
  },
  'extracts images from multi-line ARG statements': {
    ours: ['alpine:3.15.4'],
    why: 'nginx_version is declared after the first FROM (a stage ARG), so the last FROM cannot see it',
  },
  'handles an alternative escape character': {
    ours: ['docker/dockerfile:1', 'alpine:3.15.4', 'image5', 'image12'],
    why: 'nginx_version is declared after the first FROM (a stage ARG), so `FROM $nginx_version` cannot see it',
  },
};

const renovate = load<{ cases: RenovateCase[] }>('renovate/cases.json');

maybe('Renovate Dockerfile extractor cases', () => {
  test('are all there', () => {
    expect(renovate.cases.length).toBeGreaterThanOrEqual(61);
  });

  test.each((renovate.cases ?? []).map((c) => [c.id, c] as const))('%s', (id, c) => {
    const ours = extractImages(c.dockerfile, 'dockerfile').images.map((i) => i.image);
    const theirs = c.deps.filter((d) => !d.skipReason).map(depImage);
    const differs = RENOVATE_DIFFERENCES[id];
    if (differs) {
      expect(ours).toEqual(differs.ours);
      expect(ours).not.toEqual(theirs);
    } else expect(ours).toEqual(theirs);
  });
});
