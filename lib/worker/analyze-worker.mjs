// Piscina worker entry, plain ESM so it loads outside any bundler (Next bundles route
// handlers, not this file). It loads the TypeScript pipeline through tsx's API: Node 20
// does not apply `--import tsx` hooks inside worker threads. The pool starts the thread
// with `--conditions=react-server` so `server-only` imports resolve as on the server.
import { tsImport } from 'tsx/esm/api';

const { analyzeInputs } = await tsImport('./analyze-task.ts', import.meta.url);

/** @param {import('../schema/comparison-input').CanonicalInputs} inputs */
export default function analyze(inputs) {
  return analyzeInputs(inputs);
}
