/**
 * What the user said about a YAML file, which decides the documents whose `image:` values are
 * image references. A key named `image` is everywhere in YAML (site configs, front matter, API
 * examples), so a file met in a directory walk is read only where it is a container manifest.
 */
export interface YamlOrigin {
    /**
     * The user chose the file (named it, or picked it by `--include` or `--type`): every document's
     * string `image:` values are references, Helm values included. Default true: a caller that hands
     * over a text has chosen it.
     */
    readonly chosen?: boolean;
    /** A GitHub Actions workflow, whose job `container:` and `services:` images the runner pulls first. */
    readonly workflow?: boolean;
}
