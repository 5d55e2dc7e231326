// The agents that tunnel through an HTTP(S) proxy: their own module, loaded by agents.ts only when
// the environment names a proxy for a URL the run calls.
export { HttpProxyAgent } from 'http-proxy-agent';
export { HttpsProxyAgent } from 'https-proxy-agent';
