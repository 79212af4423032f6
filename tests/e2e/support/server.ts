// The local static server the e2e tests browse to: samples/ at /samples/, tests/e2e/pages at /pages/.
export { startServer, defaultMounts } from '../../../scripts/serve-samples.mjs';
export type { SampleServer, ServedRequest } from '../../../scripts/serve-samples.mjs';
