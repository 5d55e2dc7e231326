// The GitHub runner's protocol, what the action needs of it and no more: inputs from INPUT_*
// variables, workflow commands on stdout (`::name k=v::data`), and file commands appended to the
// files the runner names (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE, GITHUB_STEP_SUMMARY). Our own
// module instead of @actions/core, whose OIDC client pulls an HTTP stack into the start-up of a step
// that never uses it; test/action/runner.oracle.test.ts holds it to @actions/core byte for byte, and
// names where it differs on purpose (DEPENDENCIES.md).

import { randomUUID } from 'node:crypto';
import { closeSync, constants, openSync, writeFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { InputError } from '../core/errors.js';

type Env = Record<string, string | undefined>;

/** The variable the runner passes an input in: `INPUT_` + the name upper-cased, spaces as `_` (hyphens kept). */
export const inputVariable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/** An input's value, trimmed; '' when not given. */
export function getInput(name: string, env: Env = process.env): string {
  return (env[inputVariable(name)] ?? '').trim();
}

/**
 * A multiline input: one trimmed value per line that is not blank. @actions/core keeps a line of
 * blanks between two others as '' (and drops one at the end); we drop every blank line alike.
 */
export function getMultilineInput(name: string, env: Env = process.env): string[] {
  return (env[inputVariable(name)] ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

// YAML 1.2 core schema booleans, the forms the runner's own toolkit accepts.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** A boolean input; anything but the core schema's six spellings is an input error naming the input. */
export function getBooleanInput(name: string, env: Env = process.env): boolean {
  const value = getInput(name, env);
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new InputError(`${name} must be true or false (or True, TRUE, False, FALSE), not "${value}"`);
}

/** Workflow command data: the runner decodes %25, %0D and %0A back. */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A property value also ends at `:` (the data starts) and `,` (the next property). */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export interface AnnotationProperties {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

/**
 * The command's property names, in the order @actions/core writes them: the runner says `line` and
 * `col` where we say startLine, startColumn.
 */
const PROPERTY_NAMES: ReadonlyArray<readonly [keyof AnnotationProperties, string]> = [
  ['title', 'title'],
  ['file', 'file'],
  ['startLine', 'line'],
  ['endLine', 'endLine'],
  ['startColumn', 'col'],
  ['endColumn', 'endColumn'],
];

/**
 * One workflow command line: `::command k=v,k=v::data`. An empty property (or line 0, which no
 * file has) is left out, as @actions/core leaves it out; with none left there is no space either.
 */
export function commandLine(command: string, data: string, properties: AnnotationProperties = {}): string {
  const props = PROPERTY_NAMES.filter(([key]) => properties[key]).map(
    ([key, name]) => `${name}=${escapeProperty(String(properties[key]))}`,
  );
  return `::${command}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(data)}`;
}

function issue(command: string, data: string, properties?: AnnotationProperties): void {
  process.stdout.write(commandLine(command, data, properties) + EOL);
}

/**
 * A file command entry, `name<<DELIMITER`, the value, `DELIMITER`: the delimiter is random and may
 * not occur in the name or the value (or the value could end early and set something else). Nor may
 * the name hold a line break, which @actions/core lets through: the runner would read the line after
 * it as an entry of its own (`X\nNODE_OPTIONS=...` sets NODE_OPTIONS for every later step).
 */
export function fileCommandEntry(
  name: string,
  value: string,
  delimiter = `ghadelimiter_${randomUUID()}`,
): string {
  if (/[\r\n]/.test(name)) throw new Error(`the name ${JSON.stringify(name)} holds a line break`);
  if (name.includes(delimiter)) throw new Error(`the name of ${name} holds the delimiter ${delimiter}`);
  if (value.includes(delimiter)) throw new Error(`the value of ${name} holds the delimiter ${delimiter}`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

/** Append only: the runner makes these files, and a missing one is not ours to create (nor is it for @actions/core). */
const APPEND_EXISTING = constants.O_WRONLY | constants.O_APPEND;

/** Append `text` to the file the runner named in `variable`; a missing file is an error, as in @actions/core. */
function appendExisting(variable: string, path: string, text: string): void {
  let fd: number;
  try {
    fd = openSync(path, APPEND_EXISTING);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    throw new Error(`${variable} names ${path}, which does not exist`);
  }
  try {
    writeFileSync(fd, text, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** Append an entry to the runner's file for `variable`; false when the runner named none (an old runner, or none). */
function fileCommand(variable: string, name: string, value: string): boolean {
  const path = process.env[variable];
  if (!path) return false;
  appendExisting(variable, path, fileCommandEntry(name, value));
  return true;
}

/**
 * A step output. Without GITHUB_OUTPUT, the stdout command older runners read, after a line break
 * as @actions/core writes it (the command must start a line even if the last output did not end one).
 */
export function setOutput(name: string, value: string): void {
  if (fileCommand('GITHUB_OUTPUT', name, value)) return;
  process.stdout.write(EOL);
  issue(`set-output name=${escapeProperty(name)}`, value);
}

/** A variable for this step (process.env) and every later step of the job. */
export function exportVariable(name: string, value: string): void {
  process.env[name] = value;
  if (!fileCommand('GITHUB_ENV', name, value)) issue(`set-env name=${escapeProperty(name)}`, value);
}

/** State for the post phase, which reads it back as STATE_<name>. */
export function saveState(name: string, value: string): void {
  if (!fileCommand('GITHUB_STATE', name, value)) issue(`save-state name=${escapeProperty(name)}`, value);
}

export const getState = (name: string): string => process.env[`STATE_${name}`] ?? '';

/** Hide `secret` wherever it shows up in the job's log from now on. */
export const setSecret = (secret: string) => issue('add-mask', secret);

export const isDebug = () => process.env.RUNNER_DEBUG === '1';
export const debug = (message: string) => issue('debug', message);
export function info(message: string): void {
  process.stdout.write(message + EOL);
}
export const notice = (message: string, properties?: AnnotationProperties) =>
  issue('notice', message, properties);
export const warning = (message: string, properties?: AnnotationProperties) =>
  issue('warning', message, properties);
export const error = (message: string, properties?: AnnotationProperties) =>
  issue('error', message, properties);

/** Fail the step: an error annotation, and exit status 1 when the process ends. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export const startGroup = (title: string) => issue('group', title);
export const endGroup = () => issue('endgroup', '');

/** `run` inside a collapsible group of the log; the group ends however `run` does. */
export async function group<T>(title: string, run: () => Promise<T>): Promise<T> {
  startGroup(title);
  try {
    return await run();
  } finally {
    endGroup();
  }
}

/**
 * Append markdown or HTML to the job summary; false when the runner named no summary file
 * (@actions/core throws there; outside a runner the log has it all, so we only say so).
 */
export function appendSummary(text: string): boolean {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) return false;
  appendExisting('GITHUB_STEP_SUMMARY', path, text);
  return true;
}
