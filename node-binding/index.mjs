// ESM entry of wasipy: the same module as `require('wasipy')`.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const wasipy = require('./index.js');

export const {
  Python,
  run,
  runSync,
  runFile,
  runFileSync,
  WasipyError,
  PythonError,
  TimeoutError,
  MemoryLimitError,
  OutputLimitError,
  FuelExhaustedError,
  CrashError,
  AbortError,
  SessionClosedError,
  PythonExitError,
  HostError,
} = wasipy;

export default wasipy;
