// Who is calling: the product and its version, on every SDK client (CloudTrail's userAgent field
// tells our calls from the rest of the account's) and on every registry request.
import { VERSION } from '../version.js';

export const PRODUCT = 'ecr-pull-through';

/** `ecr-pull-through/0.1.0`, the User-Agent of registry requests. */
export const USER_AGENT = `${PRODUCT}/${VERSION}`;

/** The same, as the SDK's `customUserAgent` takes it (appended to its own user agent). */
export const SDK_USER_AGENT: [string, string][] = [[PRODUCT, VERSION]];
