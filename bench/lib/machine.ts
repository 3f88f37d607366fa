// What the figures were measured on: CPU, cores, memory, Node, and how busy the machine was (load average).
import { cpus, freemem, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  freeGiB: number;
  node: string;
  /** 1-minute load average, read when asked: other work on the machine makes timings noisy. */
  load1: number;
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    node: process.version,
    load1: Math.round(loadavg()[0]! * 100) / 100,
  };
}

export function describeMachine(info: MachineInfo): string {
  return `${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB RAM (${info.freeGiB} GiB free), Node ${info.node}, load average (1 min) ${info.load1}`;
}
