/**
 * `sipgateio-sdk/sandbox`: a local, stateful sipgate for tests and first steps (Node only).
 *
 * @packageDocumentation
 */
export { startSandbox, type Sandbox, type SandboxCallOptions, type SandboxOptions } from './sandbox';
export type { SandboxFault } from './faults';
export type { SandboxCall, SandboxContact, SandboxFax, SandboxHistoryEntry, SandboxSms, SandboxState } from './state';
export type { SandboxRequest, TimelineEntry } from './timeline';
export type { SimulatedCall, SimulatedOutcome, SimulatedStep } from '../webhook/simulator/simulate-call';
