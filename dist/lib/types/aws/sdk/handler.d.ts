import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { EndpointService } from '../../core/unanswered.js';
import type { Run } from '../../run/run.js';
/** A request handler for an SDK client of `service`, within `run`. */
export declare function requestHandler(service: EndpointService, run: Run): NodeHttpHandler;
