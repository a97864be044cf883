/** The machine a run measured, printed and stored with the figures: numbers without it can't be compared. */
import { cpus, loadavg, release, totalmem } from 'node:os';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  kernel: string;
  /** 1-minute load average when the run started: anything else running skews the figures. */
  loadAtStart: number;
}

export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    kernel: release(),
    loadAtStart: Math.round(loadavg()[0]! * 100) / 100,
  };
}

export const machineLine = (m: Machine) =>
  `${m.cpus} x ${m.cpuModel}, ${m.memoryGb} GB RAM, Node ${m.node}, Linux ${m.kernel}, load ${m.loadAtStart} at start`;
