export const id = 789;
export const ids = [789];
export const modules = {

/***/ 4471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ layerBucketHost),
/* harmony export */   D: () => (/* binding */ classifyAddress)
/* harmony export */ });
/* harmony import */ var _image_ecr_host_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7794);
// Where an address points: a private network (a VPC interface endpoint answers there), this host,
// or the internet. And the host names a pull reaches besides the ECR API.

function ipv4(text) {
    const parts = text.split('.');
    if (parts.length !== 4)
        return undefined;
    const n = parts.map(Number);
    return n.every((x, i) => Number.isInteger(x) && x >= 0 && x <= 255 && parts[i] !== '') ? n : undefined;
}
function classifyAddress(address) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    const v4 = ipv4(mapped ?? address);
    if (v4) {
        const [a = 0, b = 0] = v4;
        if (a === 127)
            return 'loopback';
        // RFC 1918, carrier-grade NAT (VPCs may use 100.64.0.0/10) and link-local.
        if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168))
            return 'private';
        if ((a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254))
            return 'private';
        return 'public';
    }
    const v6 = address.toLowerCase();
    if (v6 === '::1')
        return 'loopback';
    // Unique local (fc00::/7) and link-local (fe80::/10).
    if (/^f[cd][0-9a-f]{2}:/.test(v6) || /^fe[89ab][0-9a-f]:/.test(v6))
        return 'private';
    return 'public';
}
/** The S3 host ECR redirects layer downloads to (its regional layer bucket). */
function layerBucketHost(region) {
    return `prod-${region}-starport-layer-bucket.s3.${region}.${(0,_image_ecr_host_js__WEBPACK_IMPORTED_MODULE_0__/* .partitionFor */ .eO)(region).dnsSuffix}`;
}


/***/ }),

/***/ 789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MIRROR_FORMATS: () => (/* binding */ MIRROR_FORMATS),
  MIRROR_FORMAT_USES: () => (/* binding */ MIRROR_FORMAT_USES),
  isMirrorFormat: () => (/* binding */ isMirrorFormat),
  renderMirrors: () => (/* binding */ renderMirrors)
});

;// CONCATENATED MODULE: ./src/core/mirrors/credentials.ts
// How the cache's credentials reach a client: no format carries a secret, so a client relies on what
// `ecr-pull-through login` writes (the docker config) or a credential helper. Docker Engine's
// `docker pull` and containerd's CRI do not read that entry: daemon-json and containerd say so.
/** The docker config `login` writes, or the ECR credential helper, for the cache host. */
const dockerConfigCredentials = (registry) => `credentials for ${registry} come from the docker config (written by 'ecr-pull-through login') or a credential helper ("credHelpers": {"${registry}": "ecr-login"})`;

// EXTERNAL MODULE: ./src/core/addresses.ts
var addresses = __webpack_require__(4471);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/image/rules.ts
var image_rules = __webpack_require__(2514);
;// CONCATENATED MODULE: ./src/core/mirrors/routes.ts
// Which upstream goes where: one route per upstream a rule covers, in the order the cache picks
// rules (mapReference: the rule with the longest upstream repository prefix, then the first given),
// and how a client must reach the cache host. Every format renders these routes and nothing else.



/** `HOST/team-a` for a route whose rule covers only part of an upstream; `docker.io` for a whole one. */
function routeUpstream(route) {
    return route.upstreamPrefix === undefined
        ? route.upstreamHost
        : `${route.upstreamHost}/${route.upstreamPrefix}`;
}
/**
 * One route per upstream, most specific first (a client that stops at the first match then picks
 * what the cache would). A second rule for the same upstream is never chosen by the mapping, so it
 * is left out.
 */
function mirrorRoutes(registry, rules) {
    const routes = new Map();
    for (const rule of rules) {
        const prefix = rule.upstreamRepositoryPrefix;
        const cachePrefix = rule.ecrRepositoryPrefix === image_rules/* ROOT */.Dl ? '' : rule.ecrRepositoryPrefix;
        const route = {
            upstreamHost: (0,image_rules/* upstreamHost */.cg)(rule.upstreamRegistryUrl),
            ...(prefix !== undefined && prefix !== image_rules/* ROOT */.Dl && prefix !== '' && { upstreamPrefix: prefix }),
            location: cachePrefix === '' ? registry : `${registry}/${cachePrefix}`,
            cachePrefix,
            rule,
        };
        const key = routeUpstream(route);
        if (!routes.has(key))
            routes.set(key, route);
    }
    const depth = (r) => (r.upstreamPrefix === undefined ? 0 : r.upstreamPrefix.length);
    return [...routes.values()].sort((a, b) => depth(b) - depth(a));
}
/** Routes that cover a whole upstream host: the only ones a per-host mirror setting can express. */
function wholeHostRoutes(routes) {
    return routes.filter((r) => r.upstreamPrefix === undefined);
}
/** A registry on this machine (the local stand-in): `localhost`, 127.0.0.0/8 or ::1, with any port. */
function isLoopbackRegistry(registry) {
    const host = registry
        .replace(/:\d+$/, '')
        .replace(/^\[(.*)\]$/, '$1')
        .toLowerCase();
    return host === 'localhost' || (0,addresses/* classifyAddress */.D)(host) === 'loopback';
}
/**
 * How clients reach the cache: ECR answers only on https; a loopback registry (the local stand-in)
 * cannot have a certificate, so it is plain http, and each format says so in its own words.
 */
function cacheScheme(registry) {
    return isLoopbackRegistry(registry) ? 'http' : 'https';
}
/** The routes a per-host format can express, and a warning for each one it cannot. */
function hostRoutesOrWarn(registry, rules, formatName) {
    const all = mirrorRoutes(registry, rules);
    const routes = wholeHostRoutes(all);
    const warnings = all
        .filter((r) => r.upstreamPrefix !== undefined)
        .map((r) => `rule "${r.rule.ecrRepositoryPrefix}" covers only ${routeUpstream(r)}: ${formatName} mirrors a whole registry host, so it is left out (use source-policy or registries-conf)`);
    return { routes, warnings };
}
/** A format with nothing to redirect is refused: an empty configuration would look like it worked. */
function requireRoutes(routes, formatName, rules) {
    if (routes.length > 0)
        return;
    const given = rules.map((r) => `${r.ecrRepositoryPrefix}=${r.upstreamRegistryUrl}`).join(', ') || 'none';
    throw new errors/* InputError */.dz(`no pull-through rule can be expressed as ${formatName} (rules: ${given})`, 'add a rule for the upstream registry the builder pulls from (--rule PREFIX=UPSTREAM_URL)');
}
/** A TOML basic string (hosts and paths here hold no characters that need more than JSON's escapes). */
const tomlString = (text) => JSON.stringify(text);
/** Comment lines (`# ...`) for formats that allow them. */
const comments = (lines) => lines.map((l) => (l === '' ? '#' : `# ${l}`)).join('\n');

;// CONCATENATED MODULE: ./src/core/mirrors/buildkitd.ts
// buildkitd.toml `[registry."HOST"] mirrors = [...]`. Facts from moby/buildkit util/resolver: a
// mirror's path is joined after /v2 (`HOST/docker-hub` is asked for `/v2/docker-hub/<name>/...`,
// which is where the cache serves it) since BuildKit 0.12; before, the whole `HOST/docker-hub` was
// the host, and containerd's resolver, which joins scheme, host and path as text, asked
// `HOST/docker-hub/v2/<name>/...`. Mirrors are tried in order, then the upstream itself, after any
// failure (an error, a 4xx or 5xx). `http = true` on the mirror host's own entry makes it plain
// http (looked up by host since 0.12.3; a loopback host is plain http without it).


const BUILDKITD_FILE = 'buildkitd.toml';
const VERSIONS = 'honoured by BuildKit >= 0.12 (a mirror path after /v2); setup-buildx-action buildkitd-config-inline, buildx create --buildkitd-config';
const FALLBACK = 'BuildKit tries the upstream without a word when the mirror fails: an image no rule covers, a missing permission, and every prefixed rule on a BuildKit older than 0.12, which puts the mirror path before /v2 (HOST/PREFIX/v2/...), where the cache serves nothing';
function renderBuildkitd(input) {
    const { routes, warnings } = hostRoutesOrWarn(input.registry, input.rules, 'buildkitd.toml');
    requireRoutes(routes, 'buildkitd.toml mirrors', input.rules);
    const blocks = routes.map((r) => `[registry.${tomlString(r.upstreamHost)}]\n  mirrors = [${tomlString(r.location)}]`);
    if (cacheScheme(input.registry) === 'http') {
        blocks.push(`# The cache is on this machine: plain http.\n[registry.${tomlString(input.registry)}]\n  http = true`);
    }
    const text = `${comments([
        'Pull-through cache mirrors, generated by ecr-pull-through mirrors --format buildkitd.',
        VERSIONS,
        `Fallback: ${FALLBACK}.`,
        'Run ecr-pull-through warm first: a mirror that answers 404 sends the pull to the upstream.',
    ])}\n\n${blocks.join('\n\n')}\n`;
    return {
        format: 'buildkitd',
        files: [{ path: BUILDKITD_FILE, text }],
        args: [],
        notes: [VERSIONS, dockerConfigCredentials(input.registry)],
        warnings: [...warnings, FALLBACK],
    };
}

;// CONCATENATED MODULE: ./src/core/mirrors/containerd.ts
// containerd hosts directory (containerd >= 1.6, `config_path`, `ctr --hosts-dir`, nerdctl):
// `DIR/<upstream host>/hosts.toml`. Facts from containerd's remotes/docker/config: a host URL's path
// is used as the API root only with `override_path = true` (otherwise containerd appends /v2 after
// it), so the cache prefix goes after /v2 in the URL itself; hosts are tried in order, then `server`
// (the upstream, by default). Credentials: containerd's CRI (pkg/cri/server/image_pull.go, 1.6 and
// 1.7) asks for the host it contacts, from `registry.configs."HOST".auth` when the kubelet passes
// none; the kubelet's ECR provider (cloud-provider-aws) answers only for ECR image names. Docker
// Engine >= 28 (daemon/hosts.go) reads the same files from /etc/docker/certs.d for BuildKit and its
// containerd image store; that store's pulls give credentials only to the name's own registry.

const HOSTS_FILE = 'hosts.toml';
const containerd_VERSIONS = 'honoured by containerd >= 1.6 (CRI with config_path set to the directory, ctr --hosts-dir, nerdctl with /etc/containerd/certs.d)';
/** Docker Engine's hosts directory, read since Engine 28. */
const DOCKER_CERTS_D = '/etc/docker/certs.d';
const containerd_FALLBACK = 'containerd tries the upstream itself (the default server of a hosts.toml) when the cache fails, without a word';
function renderContainerd(input) {
    const { routes, warnings } = hostRoutesOrWarn(input.registry, input.rules, 'containerd hosts.toml');
    requireRoutes(routes, 'containerd hosts.toml', input.rules);
    const scheme = cacheScheme(input.registry);
    const files = routes.map((r) => {
        const apiRoot = `${scheme}://${input.registry}/v2${r.cachePrefix === '' ? '' : `/${r.cachePrefix}`}`;
        const text = `${comments([
            `Pull-through cache for ${r.upstreamHost}, generated by ecr-pull-through mirrors --format containerd.`,
            containerd_VERSIONS,
            `Fallback: ${containerd_FALLBACK}.`,
            `Docker Engine >= 28 reads it from ${DOCKER_CERTS_D}/${r.upstreamHost}/ for docker build (BuildKit).`,
            'Run ecr-pull-through warm first: layers of an image still importing come from the upstream CDN.',
        ])}\n\n[host.${tomlString(apiRoot)}]\n  capabilities = ["pull", "resolve"]\n  override_path = true\n`;
        return { path: `${r.upstreamHost}/${HOSTS_FILE}`, text };
    });
    return {
        format: 'containerd',
        files,
        args: [],
        notes: [
            containerd_VERSIONS,
            `Docker Engine >= 28 reads these files from ${DOCKER_CERTS_D}/: docker build (BuildKit) pulls through the cache with the docker config entry for ${input.registry}; docker pull sends the cache no credentials (containerd image store) or ignores the files`,
            `credentials for ${input.registry} on Kubernetes nodes: the kubelet's ECR credential provider matches only ECR image names, so a docker.io/... image gets none; set [plugins."io.containerd.grpc.v1.cri".registry.configs."${input.registry}".auth] (used for the host contacted when the kubelet passes no credentials; read at containerd's start, so rewrite it and restart containerd within 12 h), or name cache URIs in pod specs`,
            `credentials for ${input.registry} elsewhere: ctr image pull --user AWS:TOKEN; nerdctl reads the docker config written by 'ecr-pull-through login'`,
        ],
        warnings: [...warnings, containerd_FALLBACK],
    };
}

// EXTERNAL MODULE: ./src/core/image/reference.ts
var reference = __webpack_require__(7600);
;// CONCATENATED MODULE: ./src/core/mirrors/daemon-json.ts
// Docker Engine `registry-mirrors` in daemon.json. Facts from moby: mirrors are used for Docker Hub
// only, and a mirror is asked for `/v2/<name>/...` at its root. Engine >= 25 accepts a mirror URL
// with a path (registry/config.go ValidateMirror) but puts it before /v2 (`HOST/docker-hub/v2/...`,
// the URL resolved against the mirror as base), so the cache must serve Hub images at its root: a
// ROOT rule. Credentials (moby registry, BuildKit session/auth/authprovider, daemon/containerd
// resolver.go): `docker pull` sends a mirror what the client has for Docker Hub; BuildKit asks the
// client for the host it contacts, the mirror's own; the containerd image store gives credentials
// only to the name's own registry, so a mirror on another host gets none.




const DAEMON_JSON_FILE = 'daemon.json';
/** The daemon.json keys, or an InputError saying why the rules cannot be expressed. */
function daemonMirrors({ registry, rules }) {
    const hub = mirrorRoutes(registry, rules).find((r) => r.upstreamHost === reference/* DOCKER_HUB */.Xb && !r.upstreamPrefix);
    if (!hub) {
        throw new errors/* InputError */.dz('daemon-json needs a Docker Hub rule: Docker Engine mirrors Docker Hub only', `add a rule ${image_rules/* ROOT */.Dl}=registry-1.docker.io, or use another format (source-policy, buildkitd)`);
    }
    if (hub.rule.ecrRepositoryPrefix !== image_rules/* ROOT */.Dl) {
        throw new errors/* InputError */.dz(`daemon-json cannot use the rule "${hub.rule.ecrRepositoryPrefix}=${hub.rule.upstreamRegistryUrl}": Docker Engine asks a mirror for /v2/library/... at its root (Engine >= 25 accepts a mirror path but puts it before /v2: ${hub.location}/v2/library/...), while the cache serves this rule under /v2/${hub.rule.ecrRepositoryPrefix}/`, `create a pull-through rule with the prefix ${image_rules/* ROOT */.Dl} for registry-1.docker.io, or use source-policy or buildkitd (they keep the prefix), or, for docker build on Docker Engine >= 28, the containerd format in /etc/docker/certs.d/`);
    }
    const scheme = cacheScheme(registry);
    return {
        'registry-mirrors': [`${scheme}://${registry}`],
        // The cache on this machine answers plain http only.
        ...(scheme === 'http' && { 'insecure-registries': [registry] }),
    };
}
function renderDaemonJson(input) {
    const keys = daemonMirrors(input);
    return {
        format: 'daemon-json',
        files: [{ path: DAEMON_JSON_FILE, text: `${JSON.stringify(keys, null, 2)}\n` }],
        args: [],
        notes: [
            'honoured by Docker Engine (dockerd) for Docker Hub images only: merge the keys into /etc/docker/daemon.json and restart the daemon',
            `credentials: docker pull and the classic builder send the mirror the docker config entry for Docker Hub (https://index.docker.io/v1/), not the one for ${input.registry}, so the cache answers 401; docker build with BuildKit sends the entry for ${input.registry} ('ecr-pull-through login' writes it); for docker pull, name cache URIs (rewrite, map)`,
        ],
        warnings: [
            'Docker Engine pulls from Docker Hub without a word when the mirror fails (a 401 too), and docker pull on the containerd image store sends a mirror on another host no credentials, so it always does',
            'images of other registries (quay.io, ghcr.io, ...) are not mirrored by the engine',
        ],
    };
}

;// CONCATENATED MODULE: ./src/core/mirrors/kaniko.ts
// kaniko flags: `--registry-map=FROM=TO` per upstream (kaniko >= 1.23 and its maintained forks).
// kaniko names Docker Hub as go-containerregistry does, `index.docker.io`; a mapped registry that
// fails is followed by the original one unless --skip-default-registry-fallback is given.



/** Docker Hub as kaniko's registry map keys it. */
const KANIKO_DOCKER_HUB = 'index.docker.io';
const kaniko_VERSIONS = 'honoured by kaniko >= 1.23 (and its maintained forks): pass the flags to the executor';
const kaniko_FALLBACK = 'kaniko pulls from the upstream when the cache fails, unless --skip-default-registry-fallback is also given';
/**
 * Whether kaniko would read a cache prefix as a registry host. It cuts a mapped location at its first
 * `/` into registry and repository prefix, then parses `PREFIX/NAME` with go-containerregistry's
 * name.NewRepository, which takes a first component that holds a `.` or `:` (newer versions: or is
 * `localhost`) for a registry: `HOST/docker.io` would pull `library/alpine` from Docker Hub itself.
 * That is the reference rule (its upper-case clause never applies: a rule's prefix is lower case).
 */
function kanikoReadsAsRegistry(cachePrefix) {
    return (0,reference/* namesRegistry */.Uh)(cachePrefix.split('/')[0]);
}
const RENAME = 'give the rule an ECR repository prefix without a dot in its first component, e.g. docker-hub';
/** Why a route cannot be a --registry-map. */
const misreadReason = (r) => `rule "${r.cachePrefix}" cannot be a kaniko --registry-map: kaniko takes the first path component of ${r.location} for a registry host when it holds a "." (or is "localhost"), so ${routeUpstream(r)} images would be pulled from "${r.cachePrefix.split('/')[0]}", not from the cache`;
function renderKaniko(input) {
    const { routes: all, warnings } = hostRoutesOrWarn(input.registry, input.rules, 'kaniko --registry-map');
    const routes = all.filter((r) => !kanikoReadsAsRegistry(r.cachePrefix));
    const misread = all.filter((r) => kanikoReadsAsRegistry(r.cachePrefix)).map(misreadReason);
    if (routes.length === 0 && misread.length > 0)
        throw new errors/* InputError */.dz(misread.join('; '), RENAME);
    warnings.push(...misread.map((m) => `${m}; it is left out (${RENAME})`));
    requireRoutes(routes, 'kaniko --registry-map', input.rules);
    const args = routes.map((r) => `--registry-map=${(0,reference/* isDockerHub */.gr)(r.upstreamHost) ? KANIKO_DOCKER_HUB : r.upstreamHost}=${r.location}`);
    // The cache on this machine answers plain http only.
    if (cacheScheme(input.registry) === 'http')
        args.push(`--insecure-registry=${input.registry}`);
    return {
        format: 'kaniko',
        files: [],
        args,
        notes: [
            kaniko_VERSIONS,
            `credentials for ${input.registry} come from /kaniko/.docker/config.json: the docker config written by 'ecr-pull-through login', or "credHelpers": {"${input.registry}": "ecr-login"}`,
        ],
        warnings: [...warnings, kaniko_FALLBACK],
    };
}

;// CONCATENATED MODULE: ./src/core/mirrors/registries-conf.ts
// containers-registries.conf(5), version 2 (containers/image: Podman, Buildah, Skopeo, CRI-O).
// A `[[registry]]` whose `prefix` matches the start of a normalized reference (the longest prefix
// wins) is fetched from its `location` with the rest of the name appended. The location itself is
// remapped to the cache, not given as a `[[registry.mirror]]`: a mirror that fails sends the pull to
// the upstream, which a runner with no internet reaches only after a timeout.
// How a client finds the file (podman 4.3 and skopeo 1.9 run here; containers/image
// sysregistriesv2): podman reads CONTAINERS_REGISTRIES_CONF (its --registries-conf is hidden),
// skopeo only its (hidden) --registries-conf, buildah --registries-conf. A file given so replaces the
// system's registries.conf, drop-ins in registries.conf.d are still read; no search list is written,
// so a drop-in keeps the system's.

const REGISTRIES_CONF_FILE = 'registries.conf';
const registries_conf_VERSIONS = 'honoured by containers/image v5 (registries.conf version 2): Podman, Buildah, Skopeo, CRI-O; install it as /etc/containers/registries.conf.d/ecr-pull-through.conf, or give it alone with CONTAINERS_REGISTRIES_CONF (podman) or --registries-conf (skopeo, buildah)';
const SHORT_NAMES = "given alone, it replaces the system's registries.conf and has no unqualified-search-registries: a short name with no alias (nginx:1.27) fails; as a drop-in in /etc/containers/registries.conf.d/ it keeps the system's search list and aliases";
function renderRegistriesConf(input) {
    const routes = mirrorRoutes(input.registry, input.rules);
    requireRoutes(routes, 'registries.conf', input.rules);
    const insecure = cacheScheme(input.registry) === 'http';
    const blocks = routes.map((r) => [
        '[[registry]]',
        `prefix = ${tomlString(routeUpstream(r))}`,
        `location = ${tomlString(r.location)}`,
        ...(insecure ? ['# The cache is on this machine: plain http.', 'insecure = true'] : []),
    ].join('\n'));
    const text = `${comments([
        'Pull-through cache locations, generated by ecr-pull-through mirrors --format registries-conf.',
        registries_conf_VERSIONS,
        'Each location is remapped, with no fallback: a pull the cache cannot serve fails here instead of',
        'timing out on the upstream. For a fallback, move the location into a [[registry.mirror]] table.',
        "Given alone, it replaces the system's registries.conf and has no unqualified-search-registries: a short",
        'name with no alias (nginx:1.27) fails. As a drop-in in /etc/containers/registries.conf.d/ it keeps the',
        "system's search list and aliases.",
        'Run ecr-pull-through warm first: layers of an image still importing come from the upstream CDN.',
    ])}\n\n${blocks.join('\n\n')}\n`;
    return {
        format: 'registries-conf',
        files: [{ path: REGISTRIES_CONF_FILE, text }],
        args: [],
        notes: [
            registries_conf_VERSIONS,
            SHORT_NAMES,
            `credentials for ${input.registry} come from the containers auth file (REGISTRY_AUTH_FILE, \${XDG_RUNTIME_DIR}/containers/auth.json) or the docker config written by 'ecr-pull-through login' (~/.docker/config.json); --creds is not sent to a remapped location`,
        ],
        warnings: [],
    };
}

;// CONCATENATED MODULE: ./src/core/mirrors/source-policy.ts
// BuildKit source policy (EXPERIMENTAL_BUILDKIT_SOURCE_POLICY): CONVERT rules on source identifiers.
// Facts from moby/buildkit sourcepolicy: identifiers are fully normalized
// (`docker-image://docker.io/library/node:20`); the selector's match type defaults to WILDCARD,
// where `*` is `(.*)` anchored at both ends and `${1}` in the update is the first capture; rules are
// tried in order and the first CONVERT that changes the identifier wins (then the policy runs again
// on the new identifier, which no selector here matches).


/** BuildKit's source scheme for registry images. */
const DOCKER_IMAGE_SCHEME = 'docker-image://';
const SOURCE_POLICY_FILE = 'source-policy.json';
/** The policy: one CONVERT per upstream, the most specific upstream first. */
function sourcePolicy({ registry, rules }) {
    const routes = mirrorRoutes(registry, rules);
    requireRoutes(routes, 'a BuildKit source policy', rules);
    return {
        rules: routes.map((r) => ({
            action: 'CONVERT',
            selector: { identifier: `${DOCKER_IMAGE_SCHEME}${routeUpstream(r)}/*` },
            updates: { identifier: `${DOCKER_IMAGE_SCHEME}${r.location}/\${1}` },
        })),
    };
}
function renderSourcePolicy(input) {
    const policy = sourcePolicy(input);
    return {
        format: 'source-policy',
        files: [{ path: SOURCE_POLICY_FILE, text: `${JSON.stringify(policy, null, 2)}\n` }],
        args: [],
        notes: [
            'honoured by BuildKit >= 0.12 driven by buildx >= 0.11 (docker build, docker buildx build, bake; any driver): set EXPERIMENTAL_BUILDKIT_SOURCE_POLICY to the file',
            "covers FROM, COPY --from, RUN --mount=from and the '# syntax=' frontend; not the builder image itself (map --buildkit gives its cache URI for driver-opts image=)",
            dockerConfigCredentials(input.registry),
        ],
        warnings: [
            'an older BuildKit or buildx ignores EXPERIMENTAL_BUILDKIT_SOURCE_POLICY and pulls from the upstream without a word',
        ],
    };
}

;// CONCATENATED MODULE: ./src/core/mirrors/index.ts
// Transparent mode: builder and engine configuration that sends pulls to the pull-through cache
// with no file edited, one renderer per format, all from the same routes (routes.ts).






const RENDERERS = {
    'source-policy': renderSourcePolicy,
    buildkitd: renderBuildkitd,
    'registries-conf': renderRegistriesConf,
    containerd: renderContainerd,
    kaniko: renderKaniko,
    'daemon-json': renderDaemonJson,
};
const MIRROR_FORMATS = Object.keys(RENDERERS);
/** What each format is for, for help texts. */
const MIRROR_FORMAT_USES = {
    'source-policy': 'BuildKit >= 0.12 via buildx >= 0.11 (EXPERIMENTAL_BUILDKIT_SOURCE_POLICY)',
    buildkitd: 'buildkitd.toml (setup-buildx-action buildkitd-config-inline)',
    'registries-conf': 'Podman, Buildah, Skopeo (containers registries.conf)',
    containerd: 'containerd >= 1.6, nerdctl, Kubernetes nodes, docker build on Docker Engine >= 28 (hosts.toml per upstream; needs --out DIR)',
    kaniko: 'kaniko >= 1.23 --registry-map flags',
    'daemon-json': 'Docker Engine registry-mirrors (Docker Hub, ROOT rule only)',
};
function isMirrorFormat(text) {
    return Object.hasOwn(RENDERERS, text);
}
/** Render one format; throws InputError when the rules cannot be expressed in it. */
function renderMirrors(format, input) {
    return RENDERERS[format](input);
}


/***/ })

};
