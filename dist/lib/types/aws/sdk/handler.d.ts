import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { EndpointService } from '../../core/unanswered.js';
import type { Agents } from '../../net/agents.js';
import type { Deadline } from '../../run/deadline.js';
/** A request handler for an SDK client of `service`. */
export declare function requestHandler(service: EndpointService, agents: Agents, deadline?: Deadline): NodeHttpHandler;
